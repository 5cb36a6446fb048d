import { setModelAliasRoute } from "@/lib/models/routes";

export const POST = setModelAliasRoute.handler;
