// The editor's type and spacing, shared with the plain-text preview shown in its place, so
// that swapping one for the other moves nothing on the page.
export const LINE_HEIGHT = 20;
export const PADDING = 8;
export const FONT_SIZE = 13;
export const FONT_FAMILY = '"DejaVu Sans Mono", ui-monospace, "SFMono-Regular", Menlo, monospace';
/** Monaco's left margin before the text (lineDecorationsWidth, no line numbers). */
export const TEXT_INSET = 12;

export function contentHeight(source: string) {
  return source.split("\n").length * LINE_HEIGHT + 2 * PADDING;
}
