// Opens an upload: the file's name and size are declared first, so that its chunks can be
// checked against them and a broken transfer resumes at the bytes already received.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { db } from "@/lib/db";
import { authorizeInTeam } from "@/lib/auth/authorize";
import type { TActor } from "@/lib/permissions";
import type { TCreateUploadBody, TUpload } from "./schemas";
import { uploadFilePath } from "./upload-storage";

export async function createUpload(actor: TActor | null, input: TCreateUploadBody): Promise<TUpload> {
  const { teamId, userId } = authorizeInTeam(actor, "dataset.edit");
  const upload = await db.upload.create({ data: { teamId, userId, fileName: input.fileName, sizeBytes: input.sizeBytes } });
  const file = uploadFilePath(upload.id);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, "");
  return { id: upload.id, fileName: upload.fileName, sizeBytes: upload.sizeBytes, receivedBytes: 0 };
}
