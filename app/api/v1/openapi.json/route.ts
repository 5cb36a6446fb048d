import { openApiRoute } from "@/lib/http/route-registry";

export const GET = openApiRoute.handler;
