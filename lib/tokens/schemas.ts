import { z } from "zod";

export const ZCreateApiToken = z.object({ name: z.string().trim().min(1, "Name the token.").max(80) });
export type TCreateApiToken = z.infer<typeof ZCreateApiToken>;

export const ZRevokeApiToken = z.object({ tokenId: z.string().min(1).max(64) });
