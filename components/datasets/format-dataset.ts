// How datasets read in lists and headers: "v3", "1,204 rows", "60 images".
import type { TDatasetFormatName } from "@/lib/datasets/schemas";

export const FORMAT_NAMES: Record<TDatasetFormatName, string> = { table: "Table", images: "Images", text: "Text" };

const UNITS: Record<TDatasetFormatName, [string, string]> = {
  table: ["row", "rows"],
  images: ["image", "images"],
  text: ["document", "documents"],
};

export function formatCount(count: number) {
  return count.toLocaleString("en");
}

export function formatVersion(number: number) {
  return `v${number}`;
}

/** What a version holds, in its own unit: rows of a table, images, documents. */
export function formatItems(format: TDatasetFormatName, count: number) {
  const [one, many] = UNITS[format];
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}

export function pluralize(count: number, one: string, many = `${one}s`) {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}
