import { getRunRoute } from "@/lib/runs/routes";

export const GET = getRunRoute.handler;
