import { listDatasetFilesRoute } from "@/lib/datasets/routes";

export const GET = listDatasetFilesRoute.handler;
