import { removeModelAliasRoute } from "@/lib/models/routes";

export const DELETE = removeModelAliasRoute.handler;
