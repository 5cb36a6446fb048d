import { deleteEndpointRoute, getEndpointRoute, updateEndpointRoute } from "@/lib/endpoints/routes";

export const GET = getEndpointRoute.handler;
export const PATCH = updateEndpointRoute.handler;
export const DELETE = deleteEndpointRoute.handler;
