// Jupyter counts cursor positions in Unicode code points (protocol 5.2+); JavaScript and
// Monaco count UTF-16 units. They differ after any character outside the BMP (emoji,
// some CJK), and a completion would then replace the wrong span.

export function toCodePointOffset(text: string, utf16Offset: number) {
  return Array.from(text.slice(0, utf16Offset)).length;
}

export function toUtf16Offset(text: string, codePointOffset: number) {
  return Array.from(text).slice(0, codePointOffset).join("").length;
}
