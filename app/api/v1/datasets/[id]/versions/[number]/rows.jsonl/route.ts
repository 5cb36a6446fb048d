import { downloadDatasetRowsRoute } from "@/lib/datasets/routes";

export const GET = downloadDatasetRowsRoute.handler;
