"use server";
import { defineAction } from "@/lib/http/define-action";
import { ZCreateWorkerToken, ZNoInput, ZRevokeWorkerToken } from "./schemas";
import { createWorkerToken, findWorkerTokens, revokeWorkerToken } from "./manage-worker-tokens";
import { findWorkers } from "./find-workers";

export const listWorkersAction = defineAction({ input: ZNoInput, run: (actor) => findWorkers(actor) });

export const listWorkerTokensAction = defineAction({ input: ZNoInput, run: (actor) => findWorkerTokens(actor) });

/** Answers { id, name, prefix, token }: the only time the token is shown. */
export const createWorkerTokenAction = defineAction({ input: ZCreateWorkerToken, run: createWorkerToken });

export const revokeWorkerTokenAction = defineAction({
  input: ZRevokeWorkerToken,
  run: (actor, input) => revokeWorkerToken(actor, input.tokenId),
});
