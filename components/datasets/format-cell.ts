// A cell as the rows table shows it: every value visible as text, long ones cut short with
// the whole (up to a limit) in the title, so a page of documents stays light in the DOM.
const SHOWN_CHARS = 160;
const TITLE_CHARS = 2_000;

export type TShownCell = { text: string; title?: string; isNull: boolean };

function clip(text: string, limit: number) {
  return text.length > limit ? `${text.slice(0, limit)}…` : text;
}

export function formatCell(value: unknown): TShownCell {
  if (value === null || value === undefined) return { text: "null", isNull: true };
  const text = typeof value === "object" ? JSON.stringify(value) : String(value);
  const oneLine = text.replace(/\s+/g, " ");
  return { text: clip(oneLine, SHOWN_CHARS), title: oneLine.length > 24 ? clip(text, TITLE_CHARS) : undefined, isNull: false };
}
