import { getDatasetRoute } from "@/lib/datasets/routes";

export const GET = getDatasetRoute.handler;
