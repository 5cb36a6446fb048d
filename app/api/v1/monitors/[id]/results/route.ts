import { storeMonitorResultRoute } from "@/lib/monitoring/routes";

export const POST = storeMonitorResultRoute.handler;
