import { storeMonitorBaselineRoute } from "@/lib/monitoring/routes";

export const POST = storeMonitorBaselineRoute.handler;
