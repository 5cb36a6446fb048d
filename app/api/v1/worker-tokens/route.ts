import { createWorkerTokenRoute, listWorkerTokensRoute } from "@/lib/workers/routes";

export const GET = listWorkerTokensRoute.handler;
export const POST = createWorkerTokenRoute.handler;
