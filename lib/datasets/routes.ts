import { z } from "zod";
import { defineRoute } from "@/lib/http/define-route";
import { appendUploadChunk } from "./append-upload-chunk";
import { createDatasetVersion } from "./create-dataset-version";
import { createUpload } from "./create-upload";
import { findDatasetFiles } from "./find-dataset-files";
import { findDatasets } from "./find-datasets";
import { findOwnUpload, uploadView } from "./find-own-upload";
import { getDataset } from "./get-dataset";
import { openDatasetFile } from "./open-dataset-file";
import { openDatasetRows } from "./open-dataset-rows";
import { readDatasetRows } from "./read-dataset-rows";
import {
  MAX_UPLOAD_CHUNK_BYTES,
  ZCreateDatasetVersionBody,
  ZCreateUploadBody,
  ZDatasetDetail,
  ZDatasetFileParams,
  ZDatasetList,
  ZDatasetParams,
  ZDatasetVersionParams,
  ZFilesPage,
  ZFindDatasetsQuery,
  ZPageQuery,
  ZRowsPage,
  ZUpload,
  ZUploadChunkQuery,
  ZUploadParams,
} from "./schemas";

export const createUploadRoute = defineRoute({
  method: "POST",
  path: "/api/v1/uploads",
  summary: "Open an upload: declare a file's name and size, then PUT its bytes in chunks",
  tag: "Datasets",
  body: ZCreateUploadBody,
  response: ZUpload,
  run: (actor, { body }) => createUpload(actor, body),
});

export const getUploadRoute = defineRoute({
  method: "GET",
  path: "/api/v1/uploads/{id}",
  summary: "How much of an upload has arrived: resume a broken upload at receivedBytes",
  tag: "Datasets",
  params: ZUploadParams,
  response: ZUpload,
  run: async (actor, { params }) => uploadView(await findOwnUpload(actor, params.id)),
});

export const putUploadChunkRoute = defineRoute({
  method: "PUT",
  path: "/api/v1/uploads/{id}",
  summary: "Send the next chunk of an upload (at most 16 MB), starting at ?offset= (409 with receivedBytes when elsewhere)",
  tag: "Datasets",
  params: ZUploadParams,
  query: ZUploadChunkQuery,
  body: z.instanceof(Buffer),
  isBinaryBody: true,
  maxBodyBytes: MAX_UPLOAD_CHUNK_BYTES,
  response: ZUpload,
  run: (actor, { params, query, body }) => appendUploadChunk(actor, { uploadId: params.id, offset: query.offset, bytes: body }),
});

export const createDatasetVersionRoute = defineRoute({
  method: "POST",
  path: "/api/v1/datasets",
  summary: "Make a new version of a dataset (the dataset too, the first time) from finished uploads: CSV, JSON Lines, Parquet, images (files or zips) or text files",
  tag: "Datasets",
  body: ZCreateDatasetVersionBody,
  response: z.object({ datasetId: z.string(), versionId: z.string(), number: z.number() }),
  run: (actor, { body }) => createDatasetVersion(actor, body),
});

export const listDatasetsRoute = defineRoute({
  method: "GET",
  path: "/api/v1/datasets",
  summary: "The team's datasets by name, each with its latest version (?name= for one)",
  tag: "Datasets",
  query: ZFindDatasetsQuery,
  response: ZDatasetList,
  run: (actor, { query }) => findDatasets(actor, query),
});

export const getDatasetRoute = defineRoute({
  method: "GET",
  path: "/api/v1/datasets/{id}",
  summary: "A dataset and its versions, newest first, with who, when, size, rows and column statistics",
  tag: "Datasets",
  params: ZDatasetParams,
  response: ZDatasetDetail,
  run: (actor, { params }) => getDataset(actor, params.id),
});

export const getDatasetRowsRoute = defineRoute({
  method: "GET",
  path: "/api/v1/datasets/{id}/versions/{number}/rows",
  summary: "A page of a version's rows (tables and texts), at most 500",
  tag: "Datasets",
  params: ZDatasetVersionParams,
  query: ZPageQuery,
  response: ZRowsPage,
  run: (actor, { params, query }) => readDatasetRows(actor, { datasetId: params.id, number: params.number, ...query }),
});

export const downloadDatasetRowsRoute = defineRoute({
  method: "GET",
  path: "/api/v1/datasets/{id}/versions/{number}/rows.jsonl",
  summary: "Every row of a version as JSON Lines",
  tag: "Datasets",
  params: ZDatasetVersionParams,
  file: { contentType: "application/x-ndjson", description: "One JSON object a row" },
  run: (actor, { params }) => openDatasetRows(actor, { datasetId: params.id, number: params.number }),
});

export const listDatasetFilesRoute = defineRoute({
  method: "GET",
  path: "/api/v1/datasets/{id}/versions/{number}/files",
  summary: "A page of a version's files: path, type, size, and an image's width and height",
  tag: "Datasets",
  params: ZDatasetVersionParams,
  query: ZPageQuery,
  response: ZFilesPage,
  run: (actor, { params, query }) => findDatasetFiles(actor, { datasetId: params.id, number: params.number, ...query }),
});

export const downloadDatasetFileRoute = defineRoute({
  method: "GET",
  path: "/api/v1/datasets/{id}/versions/{number}/files/{path}",
  summary: "One file of a version by its path (an image, or the table as uploaded), as an attachment of the type checked on upload",
  tag: "Datasets",
  params: ZDatasetFileParams,
  file: { contentType: "application/octet-stream", description: "The file's bytes" },
  run: (actor, { params }) => openDatasetFile(actor, { datasetId: params.id, number: params.number, path: params.path }),
});
