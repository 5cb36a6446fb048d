// Where an upload's bytes wait, in the data directory, until a dataset version takes them.
import path from "node:path";
import { loadConfig } from "@/lib/config";

export function uploadFilePath(uploadId: string) {
  // Ids are the studio's own (cuid): no path can be made of one.
  return path.join(loadConfig().dataDir, "uploads", uploadId);
}
