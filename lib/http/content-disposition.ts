// Content-Disposition for a download: a plain-ASCII filename for old clients and the exact
// name, UTF-8 and percent-encoded (RFC 6266), for every browser since.
export function attachmentDisposition(input: { fileName: string }) {
  const ascii = input.fileName.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(input.fileName)}`;
}
