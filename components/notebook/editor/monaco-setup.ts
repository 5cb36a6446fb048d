// Monaco from the local monaco-editor package (no CDN: the studio runs air-gapped), its
// worker bundled from the package's own export path, and the kernel's completions and
// hover help. Imported only by the client-side editor (next/dynamic with ssr: false).
import { loader } from "@monaco-editor/react";
import * as monaco from "monaco-editor";
import { stripAnsi } from "../outputs/ansi";
import { kernelAssistFor } from "./kernel-assist";
import { toCodePointOffset, toUtf16Offset } from "./offsets";

declare global {
  interface Window {
    MonacoEnvironment?: monaco.Environment;
  }
}

let isSetUp = false;

export const STUDIO_THEME = "ml-studio";

function guessKind(match: string) {
  const kinds = monaco.languages.CompletionItemKind;
  if (match.endsWith("(")) return kinds.Function;
  if (match.startsWith("%")) return kinds.Keyword;
  if (match.includes("/")) return kinds.File;
  return kinds.Variable;
}

function registerKernelProviders() {
  monaco.languages.registerCompletionItemProvider("python", {
    triggerCharacters: ["."],
    async provideCompletionItems(model, position, _context, token) {
      const assist = kernelAssistFor(model.uri.path);
      if (!assist) return { suggestions: [] };
      const code = model.getValue();
      const offset = model.getOffsetAt(position);
      const reply = await assist.complete(code, toCodePointOffset(code, offset));
      if (!reply || token.isCancellationRequested) return { suggestions: [] };
      const start = model.getPositionAt(toUtf16Offset(code, reply.cursorStart));
      const end = model.getPositionAt(toUtf16Offset(code, reply.cursorEnd));
      const range = new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column);
      return {
        suggestions: reply.matches.slice(0, 500).map((match, index) => ({
          label: match,
          kind: guessKind(match),
          insertText: match,
          range,
          // Keep the kernel's order, which ranks the likeliest first.
          sortText: String(index).padStart(4, "0"),
        })),
      };
    },
  });

  monaco.languages.registerHoverProvider("python", {
    async provideHover(model, position, token) {
      const assist = kernelAssistFor(model.uri.path);
      const word = model.getWordAtPosition(position);
      if (!assist || !word) return null;
      const code = model.getValue();
      // Inspect at the end of the word under the mouse, as Jupyter's Shift+Tab does.
      const offset = model.getOffsetAt({ lineNumber: position.lineNumber, column: word.endColumn });
      const reply = await assist.inspect(code, toCodePointOffset(code, offset));
      const text = reply?.found ? reply.data["text/plain"] : null;
      if (typeof text !== "string" || token.isCancellationRequested) return null;
      const help = stripAnsi(text).slice(0, 6_000);
      return {
        range: new monaco.Range(position.lineNumber, word.startColumn, position.lineNumber, word.endColumn),
        contents: [{ value: "```text\n" + help.replace(/```/g, "ˋˋˋ") + "\n```" }],
      };
    },
  });
}

export function setUpMonaco() {
  if (isSetUp) return monaco;
  isSetUp = true;
  window.MonacoEnvironment = {
    getWorker() {
      // Python and Markdown are tokenized on the main thread; this worker serves the
      // editor's own services (links, word ranges, diffs).
      return new Worker(new URL("monaco-editor/editor/editor.worker.js", import.meta.url), { type: "module" });
    },
  };
  loader.config({ monaco });
  monaco.editor.defineTheme(STUDIO_THEME, {
    base: "vs",
    inherit: true,
    rules: [
      { token: "comment", foreground: "6b7585", fontStyle: "italic" },
      { token: "keyword", foreground: "3140b3" },
      { token: "string", foreground: "17794a" },
      { token: "number", foreground: "a5500a" },
    ],
    colors: {
      "editor.background": "#f7f8fa",
      "editor.lineHighlightBackground": "#f7f8fa",
      "editor.lineHighlightBorder": "#00000000",
      "editorCursor.foreground": "#3d4fd1",
      "editor.selectionBackground": "#d9ddf7",
      "editor.inactiveSelectionBackground": "#e6e9f7",
      "editorIndentGuide.background1": "#e3e6eb",
      "editorWidget.background": "#ffffff",
      "editorWidget.border": "#c9cfd8",
      "editorSuggestWidget.selectedBackground": "#eef0fc",
      "editorHoverWidget.background": "#ffffff",
      "editorHoverWidget.border": "#c9cfd8",
      focusBorder: "#00000000",
    },
  });
  registerKernelProviders();
  return monaco;
}

export type TMonaco = typeof monaco;
export type TCodeEditor = monaco.editor.IStandaloneCodeEditor;
