import { getMonitorWindowRoute } from "@/lib/monitoring/routes";

export const GET = getMonitorWindowRoute.handler;
