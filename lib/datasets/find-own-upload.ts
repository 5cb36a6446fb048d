// An upload is its uploader's alone: anyone else (of any team) is told it does not exist.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { authorizeInTeam } from "@/lib/auth/authorize";
import type { TActor } from "@/lib/permissions";

export async function findOwnUpload(actor: TActor | null, uploadId: string) {
  const { teamId, userId } = authorizeInTeam(actor, "dataset.edit");
  const upload = await db.upload.findFirst({ where: { id: uploadId, teamId, userId } });
  if (!upload) throw new AppError("not_found", "This upload does not exist.");
  return upload;
}

export function uploadView(upload: { id: string; fileName: string; sizeBytes: number; receivedBytes: number }) {
  return { id: upload.id, fileName: upload.fileName, sizeBytes: upload.sizeBytes, receivedBytes: upload.receivedBytes };
}
