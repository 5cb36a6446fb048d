/** Where the browser reads a file of a dataset version: each path segment encoded, slashes kept. */
export function datasetFileUrl(dataset: { id: string; version: number }, filePath: string) {
  const encoded = filePath.split("/").map(encodeURIComponent).join("/");
  return `/api/v1/datasets/${dataset.id}/versions/${dataset.version}/files/${encoded}`;
}
