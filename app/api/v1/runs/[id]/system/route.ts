import { getRunSystemRoute } from "@/lib/runs/system-routes";

export const GET = getRunSystemRoute.handler;
