// Every REST route of the studio. The OpenAPI document and the permission test read it;
// a route file under app/api that is not listed here fails that test.
import { z } from "zod";
import { createProjectRoute, deleteProjectRoute, getProjectRoute, listProjectsRoute } from "@/lib/projects/routes";
import { getMeRoute } from "@/lib/teams/routes";
import { healthRoute } from "@/lib/server/routes";
import {
  addCellRoute,
  createNotebookRoute,
  deleteCellRoute,
  deleteNotebookRoute,
  exportNotebookRoute,
  getNotebookRoute,
  importNotebookRoute,
  listNotebooksRoute,
  updateCellRoute,
  updateNotebookRoute,
} from "@/lib/notebooks/routes";
import { cancelNotebookRunRoute, getNotebookRunRoute, startNotebookRunRoute } from "@/lib/notebook-runs/routes";
import { createWorkerTokenRoute, listWorkerTokensRoute, listWorkersRoute, revokeWorkerTokenRoute } from "@/lib/workers/routes";
import { getMetricSeriesRoute, getRunChartRoute, getRunRoute, listRunsRoute, logRunEventsRoute } from "@/lib/runs/routes";
import { downloadRunArtifactRoute, exportMetricCsvRoute } from "@/lib/runs/download-routes";
import { getRunSystemRoute } from "@/lib/runs/system-routes";
import { cancelJobRoute, createJobRoute, getJobLogsRoute, getJobRoute, listJobsRoute } from "@/lib/jobs/routes";
import { addRunRuleRoute, listAlertsRoute, listRunRulesRoute } from "@/lib/rules/routes";
import { createAutomlRoute } from "@/lib/automl/routes";
import { cancelSweepRoute, createSweepRoute, getSweepRoute, listSweepsRoute } from "@/lib/sweeps/routes";
import {
  createDatasetVersionRoute,
  createUploadRoute,
  downloadDatasetFileRoute,
  downloadDatasetRowsRoute,
  getDatasetRoute,
  getDatasetRowsRoute,
  getUploadRoute,
  listDatasetFilesRoute,
  listDatasetsRoute,
  putUploadChunkRoute,
} from "@/lib/datasets/routes";
import {
  claimNextItemRoute,
  createLabelingProjectRoute,
  downloadLabelingExportRoute,
  getLabelingProjectRoute,
  getOwnItemRoute,
  importLabelStudioTasksRoute,
  listLabelingExportsRoute,
  listLabelingProjectsRoute,
  listReviewItemsRoute,
  reviewItemRoute,
  saveExportAsDatasetRoute,
  startLabelingExportRoute,
  submitAnnotationRoute,
  updateLabelingProjectRoute,
} from "@/lib/labeling/routes";
import {
  getModelRoute,
  listModelsRoute,
  registerModelVersionRoute,
  removeModelAliasRoute,
  setModelAliasRoute,
  setModelVersionStatusRoute,
} from "@/lib/models/routes";
import { defineRoute, type TRoute } from "./define-route";
import { buildOpenApiDocument } from "./openapi";

export const openApiRoute = defineRoute({
  method: "GET",
  path: "/api/v1/openapi.json",
  summary: "This document",
  tag: "Studio",
  isPublic: true,
  response: z.record(z.string(), z.unknown()),
  run: async () => buildOpenApiDocument(ROUTES),
});

export const ROUTES: TRoute[] = [
  healthRoute,
  openApiRoute,
  getMeRoute,
  listProjectsRoute,
  createProjectRoute,
  getProjectRoute,
  deleteProjectRoute,
  listNotebooksRoute,
  createNotebookRoute,
  importNotebookRoute,
  getNotebookRoute,
  exportNotebookRoute,
  updateNotebookRoute,
  deleteNotebookRoute,
  addCellRoute,
  updateCellRoute,
  deleteCellRoute,
  startNotebookRunRoute,
  getNotebookRunRoute,
  cancelNotebookRunRoute,
  listWorkersRoute,
  listWorkerTokensRoute,
  createWorkerTokenRoute,
  revokeWorkerTokenRoute,
  logRunEventsRoute,
  listRunsRoute,
  getRunRoute,
  getMetricSeriesRoute,
  getRunChartRoute,
  downloadRunArtifactRoute,
  exportMetricCsvRoute,
  getRunSystemRoute,
  createJobRoute,
  listJobsRoute,
  getJobRoute,
  getJobLogsRoute,
  cancelJobRoute,
  listRunRulesRoute,
  addRunRuleRoute,
  listAlertsRoute,
  listSweepsRoute,
  createSweepRoute,
  getSweepRoute,
  cancelSweepRoute,
  createAutomlRoute,
  createUploadRoute,
  getUploadRoute,
  putUploadChunkRoute,
  createDatasetVersionRoute,
  listDatasetsRoute,
  getDatasetRoute,
  getDatasetRowsRoute,
  downloadDatasetRowsRoute,
  listDatasetFilesRoute,
  downloadDatasetFileRoute,
  createLabelingProjectRoute,
  listLabelingProjectsRoute,
  getLabelingProjectRoute,
  updateLabelingProjectRoute,
  claimNextItemRoute,
  getOwnItemRoute,
  submitAnnotationRoute,
  listReviewItemsRoute,
  reviewItemRoute,
  startLabelingExportRoute,
  listLabelingExportsRoute,
  downloadLabelingExportRoute,
  importLabelStudioTasksRoute,
  saveExportAsDatasetRoute,
  listModelsRoute,
  registerModelVersionRoute,
  getModelRoute,
  setModelAliasRoute,
  removeModelAliasRoute,
  setModelVersionStatusRoute,
];
