// How many entries a zip's central directory (its table of contents, at the end) lists.
// The streaming unzip reads entries front to back and never needs the directory; checking
// it tells a whole archive from one cut short after its last complete entry.
import { open } from "node:fs/promises";

const END_RECORD = 0x06054b50;
const END_RECORD_BYTES = 22;
const MAX_COMMENT_BYTES = 0xffff;

/** The count, undefined when the directory's end record is missing; null for zip64's "see elsewhere". */
export async function readZipDirectoryCount(options: { path: string }): Promise<number | null | undefined> {
  const handle = await open(options.path, "r");
  try {
    const { size } = await handle.stat();
    const length = Math.min(size, END_RECORD_BYTES + MAX_COMMENT_BYTES);
    const tail = Buffer.alloc(length);
    await handle.read(tail, 0, length, size - length);
    for (let at = length - END_RECORD_BYTES; at >= 0; at--) {
      if (tail.readUInt32LE(at) !== END_RECORD) continue;
      const count = tail.readUInt16LE(at + 10);
      return count === 0xffff ? null : count;
    }
    return undefined;
  } finally {
    await handle.close();
  }
}
