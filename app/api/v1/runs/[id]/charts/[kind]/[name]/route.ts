import { getRunChartRoute } from "@/lib/runs/routes";

export const GET = getRunChartRoute.handler;
