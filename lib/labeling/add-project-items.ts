// Makes a new project's items from its dataset version, in the database, in bulk: an image
// version's files in one statement; a text version's rows streamed in batches, so that a
// million items are neither held in memory nor sent one by one.
import { createReadStream } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import type { Prisma } from "@prisma/client";
import { AppError } from "@/lib/errors";
import { datasetVersionDir } from "@/lib/datasets/dataset-storage";

type TTx = Prisma.TransactionClient;
const ROWS_PER_INSERT = 5_000;

export async function addImageItems(tx: TTx, input: { projectId: string; versionId: string }) {
  return tx.$executeRaw`
    INSERT INTO "LabelingItem" (id, "projectId", position, data)
    SELECT gen_random_uuid()::text, ${input.projectId}, (row_number() OVER (ORDER BY position)) - 1,
           jsonb_build_object('kind', 'image', 'path', path, 'width', width, 'height', height)
    FROM "DatasetFile"
    WHERE "versionId" = ${input.versionId} AND width IS NOT NULL AND height IS NOT NULL`;
}

async function insertTexts(tx: TTx, projectId: string, firstPosition: number, texts: string[]) {
  const positions = texts.map((_, index) => firstPosition + index);
  await tx.$executeRaw`
    INSERT INTO "LabelingItem" (id, "projectId", position, data)
    SELECT gen_random_uuid()::text, ${projectId}, p, jsonb_build_object('kind', 'text', 'text', t)
    FROM unnest(${positions}::int[], ${texts}::text[]) AS u(p, t)`;
}

export async function addTextItems(tx: TTx, input: { projectId: string; versionId: string; textColumn: string }) {
  const lines = createInterface({ input: createReadStream(path.join(datasetVersionDir(input.versionId), "rows.jsonl")), crlfDelay: Infinity });
  let batch: string[] = [];
  let count = 0;
  for await (const line of lines) {
    if (!line) continue;
    const row = JSON.parse(line) as Record<string, unknown>;
    if (!(input.textColumn in row)) throw new AppError("bad_input", `The dataset has no column "${input.textColumn}".`);
    const value = row[input.textColumn];
    batch.push(value === null || value === undefined ? "" : String(value));
    if (batch.length === ROWS_PER_INSERT) {
      await insertTexts(tx, input.projectId, count, batch);
      count += batch.length;
      batch = [];
    }
  }
  if (batch.length) await insertTexts(tx, input.projectId, count, batch);
  return count + batch.length;
}
