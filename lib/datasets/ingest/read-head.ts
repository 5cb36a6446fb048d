// The first bytes of a file, for telling what it is without reading all of it.
import { open } from "node:fs/promises";

export async function readHead(options: { path: string; bytes: number }): Promise<Buffer> {
  const handle = await open(options.path, "r");
  try {
    const buffer = Buffer.alloc(options.bytes);
    const { bytesRead } = await handle.read(buffer, 0, options.bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
