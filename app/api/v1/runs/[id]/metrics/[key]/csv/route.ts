import { exportMetricCsvRoute } from "@/lib/runs/download-routes";

export const GET = exportMetricCsvRoute.handler;
