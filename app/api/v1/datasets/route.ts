import { createDatasetVersionRoute, listDatasetsRoute } from "@/lib/datasets/routes";

export const GET = listDatasetsRoute.handler;
export const POST = createDatasetVersionRoute.handler;
