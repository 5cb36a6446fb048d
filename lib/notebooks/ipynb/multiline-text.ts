// nbformat lets text be one string or a list of lines. The studio stores one string and
// writes lines, as Jupyter does (nbformat's split_lines / join_lines): diffs of .ipynb
// files in git then show the changed lines only.
import type { TIpynbMimeBundle, TMultilineString } from "./ipynb-types";

/** application/json and application/…+json hold JSON of any shape, never split text. */
export function isJsonMime(mime: string) {
  return /^application\/(.*\+)?json$/.test(mime);
}

// Jupyter splits text types and two textual non-text ones; base64 images stay whole.
function isSplitMime(mime: string) {
  return mime.startsWith("text/") || mime === "application/javascript" || mime === "image/svg+xml";
}

export function joinLines(text: TMultilineString) {
  return Array.isArray(text) ? text.join("") : text;
}

/** Lines with their line ends, so joining them gives the text back; "" is no lines. */
export function splitLines(text: string) {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

export function joinMimeBundle(bundle: TIpynbMimeBundle): TIpynbMimeBundle {
  return Object.fromEntries(
    Object.entries(bundle).map(([mime, value]) => [mime, !isJsonMime(mime) && Array.isArray(value) ? value.join("") : value]),
  );
}

export function splitMimeBundle(bundle: TIpynbMimeBundle): TIpynbMimeBundle {
  return Object.fromEntries(
    Object.entries(bundle).map(([mime, value]) => [mime, isSplitMime(mime) && typeof value === "string" ? splitLines(value) : value]),
  );
}
