import { healthRoute } from "@/lib/server/routes";

export const GET = healthRoute.handler;
