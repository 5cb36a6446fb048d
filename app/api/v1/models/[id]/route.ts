import { getModelRoute } from "@/lib/models/routes";

export const GET = getModelRoute.handler;
