import { z } from "zod";

export const ZCreateApiToken = z.object({
  name: z.string().trim().min(1, "Name the token.").max(80),
  /** "endpoints": it may only call the team's endpoints (for a client application). */
  scope: z.enum(["FULL", "ENDPOINTS"]).default("FULL"),
});
export type TCreateApiToken = z.input<typeof ZCreateApiToken>;

export const ZRevokeApiToken = z.object({ tokenId: z.string().min(1).max(64) });
