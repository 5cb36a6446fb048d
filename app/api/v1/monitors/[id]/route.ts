import { getMonitorRoute } from "@/lib/monitoring/routes";

export const GET = getMonitorRoute.handler;
