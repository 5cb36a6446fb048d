import { AnsiUp } from "ansi_up";

/**
 * Terminal text (streams, tracebacks) as HTML: every character escaped, colours as
 * classes styled by the output area. A fresh converter each time: one keeps state
 * between calls, and an unfinished escape must not leak into another output.
 */
export function ansiToHtml(text: string) {
  const converter = new AnsiUp();
  converter.use_classes = true;
  converter.escape_html = true;
  // Links in tracebacks and logs stay text: the studio opens nothing on a kernel's word.
  converter.url_allowlist = {};
  return converter.ansi_to_html(text);
}

/** Plain text without escape sequences, for hover help and accessible names. */
export function stripAnsi(text: string) {
  return text.replace(/\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/g, "");
}
