// Test helpers: feed items to an exporter in batches and read back what it wrote.
import { unzipSync } from "fflate";
import type { TLabel, TLabeledItem } from "@/lib/labeling/results";
import type { TExportChunk } from "./export-options";

export const ANIMAL_LABELS: TLabel[] = [
  { name: "cat", color: "#ff0000" },
  { name: "dog", color: "#00ff00" },
];

export async function* batchesOf(items: readonly TLabeledItem[], size = 2): AsyncGenerator<TLabeledItem[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}

export async function readBytes(chunks: AsyncIterable<TExportChunk>): Promise<Uint8Array> {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  for await (const chunk of chunks) parts.push(typeof chunk === "string" ? encoder.encode(chunk) : chunk);
  return Buffer.concat(parts);
}

export async function readText(chunks: AsyncIterable<TExportChunk>): Promise<string> {
  return new TextDecoder().decode(await readBytes(chunks));
}

/** A zip's entries as texts, by name. */
export async function readZip(chunks: AsyncIterable<TExportChunk>): Promise<Record<string, string>> {
  const files = unzipSync(await readBytes(chunks));
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, new TextDecoder().decode(bytes)]));
}
