// The /workers namespace: only kernel workers, authenticated by a worker token.
import { z } from "zod";

export const ZWorkerHandshake = z.object({
  token: z.string().min(10).max(200),
  protocolVersion: z.number().int().positive(),
});
export type TWorkerHandshake = z.infer<typeof ZWorkerHandshake>;
