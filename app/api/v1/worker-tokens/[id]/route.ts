import { revokeWorkerTokenRoute } from "@/lib/workers/routes";

export const DELETE = revokeWorkerTokenRoute.handler;
