// Jupyter counts cursor positions in Unicode code points; JavaScript strings (and Monaco)
// in UTF-16 code units. An emoji or a CJK extension character is one of the former and two
// of the latter.

/** UTF-16 offset → code-point offset. */
export function toCodePointOffset(text: string, utf16Offset: number) {
  let points = 0;
  for (let i = 0; i < utf16Offset && i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A high surrogate followed by a low one is a single code point.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    points++;
  }
  return points;
}

/** Code-point offset → UTF-16 offset. */
export function toUtf16Offset(text: string, codePointOffset: number) {
  let i = 0;
  for (let points = 0; points < codePointOffset && i < text.length; points++) {
    const code = text.charCodeAt(i);
    i += code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
  }
  return i;
}
