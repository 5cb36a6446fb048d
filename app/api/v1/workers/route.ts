import { listWorkersRoute } from "@/lib/workers/routes";

export const GET = listWorkersRoute.handler;
