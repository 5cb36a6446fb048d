import { listAlertsRoute } from "@/lib/rules/routes";

export const GET = listAlertsRoute.handler;
