import { getDatasetRowsRoute } from "@/lib/datasets/routes";

export const GET = getDatasetRowsRoute.handler;
