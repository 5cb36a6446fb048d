import { createEndpointRoute, listEndpointsRoute } from "@/lib/endpoints/routes";

export const GET = listEndpointsRoute.handler;
export const POST = createEndpointRoute.handler;
