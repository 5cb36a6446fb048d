"use server";
import { defineAction } from "@/lib/http/define-action";
import { ZCreateApiToken, ZRevokeApiToken } from "./schemas";
import { createApiToken, revokeApiToken } from "./manage-api-tokens";

export const createApiTokenAction = defineAction({ input: ZCreateApiToken, run: createApiToken });

export const revokeApiTokenAction = defineAction({
  input: ZRevokeApiToken,
  run: (actor, input) => revokeApiToken(actor, input.tokenId),
});
