// The studio's addresses for a dataset version's data, built in one place: the REST routes
// for the browser's fetches and <img>, and the pages that link to them.
const PAGE_PARAMS = (offset: number, limit: number) => `offset=${offset}&limit=${limit}`;

function versionApi(datasetId: string, number: number) {
  return `/api/v1/datasets/${encodeURIComponent(datasetId)}/versions/${number}`;
}

export function rowsUrl(datasetId: string, number: number, offset: number, limit: number) {
  return `${versionApi(datasetId, number)}/rows?${PAGE_PARAMS(offset, limit)}`;
}

export function filesUrl(datasetId: string, number: number, offset: number, limit: number) {
  return `${versionApi(datasetId, number)}/files?${PAGE_PARAMS(offset, limit)}`;
}

/** One file by its path: each segment encoded, the slashes kept (the route is a catch-all). */
export function fileUrl(datasetId: string, number: number, path: string) {
  return `${versionApi(datasetId, number)}/files/${path.split("/").map(encodeURIComponent).join("/")}`;
}

export function datasetHref(datasetId: string, number?: number) {
  return `/data/datasets/${encodeURIComponent(datasetId)}${number === undefined ? "" : `?v=${number}`}`;
}

/** The upload page, set to add a version to this dataset. */
export function newVersionHref(datasetName: string) {
  return `/data/upload?dataset=${encodeURIComponent(datasetName)}`;
}
