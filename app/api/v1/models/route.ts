import { listModelsRoute, registerModelVersionRoute } from "@/lib/models/routes";

export const GET = listModelsRoute.handler;
export const POST = registerModelVersionRoute.handler;
