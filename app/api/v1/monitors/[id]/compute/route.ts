import { computeMonitorRoute } from "@/lib/monitoring/routes";

export const POST = computeMonitorRoute.handler;
