// Which notebook each editor model belongs to, so that Monaco's one completion provider
// and one hover provider (registered per language, not per editor) can ask the right kernel.
// Kept free of Monaco imports: the cell list registers models without loading the editor.

export type TCompletion = { matches: string[]; cursorStart: number; cursorEnd: number };
export type TInspection = { found: boolean; data: Record<string, unknown> };

export type TKernelAssist = {
  complete: (code: string, cursorPos: number) => Promise<TCompletion | null>;
  inspect: (code: string, cursorPos: number) => Promise<TInspection | null>;
};

const assists = new Map<string, TKernelAssist>();

export function cellModelPath(notebookId: string, cellId: string) {
  return `notebook-${notebookId}/cell-${cellId}.py`;
}

export function setKernelAssist(notebookId: string, assist: TKernelAssist | null) {
  if (assist) assists.set(notebookId, assist);
  else assists.delete(notebookId);
}

/** The assist for a model, from its path (see cellModelPath). */
export function kernelAssistFor(modelPath: string) {
  const match = /notebook-([^/]+)\/cell-/.exec(modelPath);
  return match ? (assists.get(match[1]) ?? null) : null;
}
