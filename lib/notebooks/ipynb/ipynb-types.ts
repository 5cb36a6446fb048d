// A Jupyter notebook file (nbformat 4.5) as nbformat's schema describes it: what
// validateIpynb answers and exportNotebook writes. Text may be one string or a list of lines.
export type TMultilineString = string | string[];
export type TJsonObject = Record<string, unknown>;
/** MIME type → data: text types hold (multiline) text, JSON types (application/…+json) any JSON. */
export type TIpynbMimeBundle = Record<string, unknown>;

export type TIpynbOutput =
  | { output_type: "stream"; name: string; text: TMultilineString }
  | { output_type: "display_data"; data: TIpynbMimeBundle; metadata: TJsonObject }
  | { output_type: "execute_result"; data: TIpynbMimeBundle; metadata: TJsonObject; execution_count: number | null }
  | { output_type: "error"; ename: string; evalue: string; traceback: string[] };

type TCellBase = { id: string; metadata: TJsonObject; source: TMultilineString };

export type TIpynbCell =
  | (TCellBase & { cell_type: "code"; execution_count: number | null; outputs: TIpynbOutput[] })
  | (TCellBase & { cell_type: "markdown" | "raw"; attachments?: Record<string, TIpynbMimeBundle> });

export type TIpynbNotebook = {
  nbformat: 4;
  nbformat_minor: number;
  metadata: TJsonObject;
  cells: TIpynbCell[];
};
