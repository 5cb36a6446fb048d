import { deployVersionRoute } from "@/lib/endpoints/routes";

export const POST = deployVersionRoute.handler;
