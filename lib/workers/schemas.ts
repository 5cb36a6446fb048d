import { z } from "zod";
import { ZCapabilities, ZUtilisation } from "@/lib/protocol";

export const ZCreateWorkerToken = z.object({ name: z.string().trim().min(1, "Name the token.").max(80) });
export type TCreateWorkerToken = z.infer<typeof ZCreateWorkerToken>;

export const ZRevokeWorkerToken = z.object({ tokenId: z.string().min(1).max(64) });

export const ZNoInput = z.object({}).strict().optional();

export const ZWorkerToken = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  createdAt: z.date(),
  lastUsedAt: z.date().nullable(),
  workerCount: z.number().int(),
});

export const ZUtilisationSample = ZUtilisation.extend({ at: z.string() });

/** What Worker.utilisation holds: the latest sample and a short history for sparklines. */
export const ZStoredUtilisation = z.object({ latest: ZUtilisationSample, history: z.array(ZUtilisationSample) });
export type TStoredUtilisation = z.infer<typeof ZStoredUtilisation>;

export const ZWorkerSummary = z.object({
  id: z.string(),
  hostname: z.string(),
  status: z.enum(["online", "offline"]),
  tokenName: z.string(),
  isTokenRevoked: z.boolean(),
  capabilities: ZCapabilities.nullable(),
  utilisation: ZStoredUtilisation.nullable(),
  connectedAt: z.date(),
  lastSeenAt: z.date(),
  kernels: z.array(
    z.object({ sessionId: z.string(), notebookId: z.string(), notebookName: z.string(), state: z.string(), gpus: z.number().int() }),
  ),
});
export type TWorkerSummary = z.infer<typeof ZWorkerSummary>;
