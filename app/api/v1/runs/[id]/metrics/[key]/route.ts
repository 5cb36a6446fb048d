import { getMetricSeriesRoute } from "@/lib/runs/routes";

export const GET = getMetricSeriesRoute.handler;
