import { storeMonitorFailureRoute } from "@/lib/monitoring/routes";

export const POST = storeMonitorFailureRoute.handler;
