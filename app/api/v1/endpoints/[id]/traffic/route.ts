import { getEndpointTrafficRoute, setTrafficRoute } from "@/lib/endpoints/routes";

export const GET = getEndpointTrafficRoute.handler;
export const POST = setTrafficRoute.handler;
