const KILOBYTE = 1024;
const MEGABYTE = 2 ** 20;

/** A file's size as people read it: "420 B", "12 KB", "3.4 MB". */
export function formatSize(bytes: number) {
  if (bytes < KILOBYTE) return `${bytes} B`;
  return bytes < MEGABYTE ? `${Math.round(bytes / KILOBYTE)} KB` : `${(bytes / MEGABYTE).toFixed(1)} MB`;
}
