"use client";
// One cell's Monaco editor: as tall as its text (the page scrolls, never the editor), the
// notebook's keys bound inside it, and the text kept in step with the notebook's state.
import { Editor } from "@monaco-editor/react";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { cellModelPath } from "./kernel-assist";
import { FONT_FAMILY, FONT_SIZE, LINE_HEIGHT, PADDING, TEXT_INSET, contentHeight } from "./metrics";
import { STUDIO_THEME, setUpMonaco, type TCodeEditor, type TMonaco } from "./monaco-setup";

setUpMonaco();

export type TEditorKeys = {
  runAndAdvance: () => void;
  run: () => void;
  runAndInsert: () => void;
  commandMode: () => void;
  split: (offset: number) => void;
  moveUp: () => void;
  moveDown: () => void;
  /** Up on the first line, Down on the last: on to the cell above or below. */
  leaveUp: () => void;
  leaveDown: () => void;
};

export type TCodeEditorProps = {
  notebookId: string;
  cellId: string;
  language: "python" | "markdown" | "plaintext";
  source: string;
  onChange: (source: string) => void;
  /** Take the keyboard focus (edit mode); where the cursor goes if it moves in. */
  focusRequest: { at: "start" | "end" | "keep"; token: number } | null;
  onFocus: () => void;
  /** The cursor moved (a UTF-16 offset), for commands run from outside the editor. */
  onCursor: (offset: number) => void;
  /** Monaco has made the editor: it shows the text and takes keys. */
  onReady: () => void;
  keys: TEditorKeys;
  isReadOnly: boolean;
  /** Shown until Monaco is ready: the same text at the same height. */
  placeholder: ReactNode;
  label: string;
};

export default function CodeEditor(props: TCodeEditorProps) {
  const { notebookId, cellId, language, source, focusRequest, isReadOnly, placeholder, label } = props;
  const editorRef = useRef<TCodeEditor | null>(null);
  const [height, setHeight] = useState(() => contentHeight(source));
  const [isReady, setIsReady] = useState(false);
  // The latest callbacks, without re-binding Monaco's actions on every render.
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });

  // Text changed elsewhere (another person's save, a split, "use theirs"): edit it in, so
  // that Ctrl+Z still works.
  useEffect(() => {
    const editor = editorRef.current;
    const model = editor?.getModel();
    if (!editor || !model || model.getValue() === source) return;
    editor.pushUndoStop();
    model.pushEditOperations([], [{ range: model.getFullModelRange(), text: source }], () => null);
    editor.pushUndoStop();
  }, [source]);

  useEffect(() => {
    const editor = editorRef.current;
    if (!editor || !focusRequest) return;
    focusEditor(editor, focusRequest.at);
  }, [focusRequest]);

  function onMount(editor: TCodeEditor, monaco: TMonaco) {
    editorRef.current = editor;
    setIsReady(true);
    latest.current.onReady();
    editor.onDidContentSizeChange((event) => setHeight(event.contentHeight));
    setHeight(editor.getContentHeight());
    editor.onDidFocusEditorText(() => latest.current.onFocus());
    editor.onDidChangeCursorPosition((event) => {
      const model = editor.getModel();
      if (model) latest.current.onCursor(model.getOffsetAt(event.position));
    });
    const { KeyMod, KeyCode } = monaco;
    const bind = (id: string, keybinding: number, run: (editor: TCodeEditor) => void, precondition?: string) =>
      editor.addAction({ id: `notebook.${id}`, label: id, keybindings: [keybinding], precondition, run });
    bind("run-and-advance", KeyMod.Shift | KeyCode.Enter, () => latest.current.keys.runAndAdvance());
    bind("run", KeyMod.CtrlCmd | KeyCode.Enter, () => latest.current.keys.run());
    bind("run-and-insert", KeyMod.Alt | KeyCode.Enter, () => latest.current.keys.runAndInsert());
    bind("move-up", KeyMod.CtrlCmd | KeyMod.Shift | KeyCode.UpArrow, () => latest.current.keys.moveUp());
    bind("move-down", KeyMod.CtrlCmd | KeyMod.Shift | KeyCode.DownArrow, () => latest.current.keys.moveDown());
    bind("split", KeyMod.CtrlCmd | KeyMod.Shift | KeyCode.Minus, (ed) => {
      const model = ed.getModel();
      const position = ed.getPosition();
      if (model && position) latest.current.keys.split(model.getOffsetAt(position));
    });
    // Tab after a name completes it, as in Jupyter; elsewhere it indents.
    bind(
      "tab-complete",
      KeyCode.Tab,
      (ed) => {
        const model = ed.getModel();
        const position = ed.getPosition();
        const before = model && position ? model.getLineContent(position.lineNumber).slice(0, position.column - 1) : "";
        const isName = latest.current.language === "python" && /[\w.)\]]$/.test(before);
        ed.trigger("keyboard", isName ? "editor.action.triggerSuggest" : "tab", null);
      },
      "!suggestWidgetVisible && !inSnippetMode && !editorHasSelection && !editorTabMovesFocus",
    );
    const noWidget = "!suggestWidgetVisible && !parameterHintsVisible && !findWidgetVisible && !inSnippetMode";
    bind("command-mode", KeyCode.Escape, () => latest.current.keys.commandMode(), `${noWidget} && !editorHasMultipleSelections`);
    editor.onKeyDown((event) => {
      if (event.keyCode !== KeyCode.UpArrow && event.keyCode !== KeyCode.DownArrow) return;
      if (event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) return;
      const model = editor.getModel();
      const position = editor.getPosition();
      const isSuggesting = editor.getDomNode()?.querySelector(".suggest-widget.visible");
      if (!model || !position || isSuggesting) return;
      if (event.keyCode === KeyCode.UpArrow && position.lineNumber === 1) {
        event.preventDefault();
        latest.current.keys.leaveUp();
      } else if (event.keyCode === KeyCode.DownArrow && position.lineNumber === model.getLineCount()) {
        event.preventDefault();
        latest.current.keys.leaveDown();
      }
    });
    if (latest.current.focusRequest) focusEditor(editor, latest.current.focusRequest.at);
  }

  return (
    <div style={{ height }} data-editor-ready={isReady ? "" : undefined}>
      <Editor
        path={cellModelPath(notebookId, cellId)}
        language={language}
        value={source}
        theme={STUDIO_THEME}
        height={height}
        loading={placeholder}
        onMount={onMount}
        onChange={(value) => latest.current.onChange(value ?? "")}
        wrapperProps={{ "data-cell-editor": cellId }}
        options={{
          ariaLabel: label,
          readOnly: isReadOnly,
          fontFamily: FONT_FAMILY,
          fontSize: FONT_SIZE,
          lineHeight: LINE_HEIGHT,
          padding: { top: PADDING, bottom: PADDING },
          minimap: { enabled: false },
          lineNumbers: "off",
          glyphMargin: false,
          folding: false,
          lineDecorationsWidth: TEXT_INSET,
          lineNumbersMinChars: 0,
          renderLineHighlight: "none",
          scrollBeyondLastLine: false,
          overviewRulerLanes: 0,
          overviewRulerBorder: false,
          hideCursorInOverviewRuler: true,
          scrollbar: { vertical: "hidden", horizontal: "auto", horizontalScrollbarSize: 8, alwaysConsumeMouseWheel: false },
          wordBasedSuggestions: "off",
          quickSuggestions: false,
          suggestOnTriggerCharacters: true,
          tabCompletion: "on",
          automaticLayout: true,
          fixedOverflowWidgets: true,
          contextmenu: false,
          stickyScroll: { enabled: false },
          guides: { indentation: true },
          renderWhitespace: "none",
          occurrencesHighlight: "off",
          links: false,
          tabSize: 4,
        }}
      />
    </div>
  );
}

function focusEditor(editor: TCodeEditor, at: "start" | "end" | "keep") {
  const model = editor.getModel();
  if (model && at === "start") editor.setPosition({ lineNumber: 1, column: 1 });
  if (model && at === "end") {
    const line = model.getLineCount();
    editor.setPosition({ lineNumber: line, column: model.getLineMaxColumn(line) });
  }
  editor.focus();
}
