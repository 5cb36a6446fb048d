import { listRunsRoute } from "@/lib/runs/routes";

export const GET = listRunsRoute.handler;
