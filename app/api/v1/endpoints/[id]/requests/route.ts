import { listEndpointRequestsRoute } from "@/lib/endpoints/routes";

export const GET = listEndpointRequestsRoute.handler;
