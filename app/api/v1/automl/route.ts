import { createAutomlRoute } from "@/lib/automl/routes";

export const POST = createAutomlRoute.handler;
