import { logRunEventsRoute } from "@/lib/runs/routes";

export const POST = logRunEventsRoute.handler;
