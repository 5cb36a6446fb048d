// Adds a chunk at the offset the client says it starts at. Only the next bytes are taken: a
// chunk sent again after a lost answer, or one from the wrong place, is answered with what
// the studio has (409 with receivedBytes), and the client carries on from there.
import { open } from "node:fs/promises";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/permissions";
import { findOwnUpload, uploadView } from "./find-own-upload";
import type { TUpload } from "./schemas";
import { uploadFilePath } from "./upload-storage";

function offsetConflict(receivedBytes: number) {
  return new AppError("conflict", `The upload has ${receivedBytes} bytes; send the chunk that starts there.`, undefined, { receivedBytes });
}

export async function appendUploadChunk(actor: TActor | null, input: { uploadId: string; offset: number; bytes: Buffer }): Promise<TUpload> {
  const upload = await findOwnUpload(actor, input.uploadId);
  if (upload.usedAt) throw new AppError("conflict", "This upload is already part of a dataset version.");
  if (input.offset !== upload.receivedBytes) throw offsetConflict(upload.receivedBytes);
  if (input.bytes.length === 0) throw new AppError("bad_input", "The chunk is empty.");
  const end = input.offset + input.bytes.length;
  if (end > upload.sizeBytes) throw new AppError("bad_input", `The chunk ends at byte ${end}, past the file's declared size of ${upload.sizeBytes}.`);
  // Written at its place, not appended: a chunk written twice by two racing requests lands on
  // the same bytes, and only one of them moves the count on.
  const file = await open(uploadFilePath(upload.id), "r+");
  try {
    await file.write(input.bytes, 0, input.bytes.length, input.offset);
  } finally {
    await file.close();
  }
  const moved = await db.upload.updateMany({ where: { id: upload.id, receivedBytes: input.offset, usedAt: null }, data: { receivedBytes: end } });
  if (moved.count === 0) {
    const now = await db.upload.findUniqueOrThrow({ where: { id: upload.id } });
    throw offsetConflict(now.receivedBytes);
  }
  return uploadView({ ...upload, receivedBytes: end });
}
