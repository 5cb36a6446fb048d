import { createMonitorRoute, listMonitorsRoute } from "@/lib/monitoring/routes";

export const GET = listMonitorsRoute.handler;
export const POST = createMonitorRoute.handler;
