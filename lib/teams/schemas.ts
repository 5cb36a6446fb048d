import { z } from "zod";
import { ZEmail } from "@/lib/auth/schemas";

export const ZRole = z.enum(["OWNER", "ADMIN", "MEMBER", "ANNOTATOR", "VIEWER"]);

export const ZCreateInvite = z.object({
  role: ZRole,
  email: z.union([ZEmail, z.literal("").transform(() => undefined)]).optional(),
});
export type TCreateInvite = z.infer<typeof ZCreateInvite>;

export const ZId = z.string().min(1).max(64);

export const ZRevokeInvite = z.object({ inviteId: ZId });
export const ZChangeMemberRole = z.object({ membershipId: ZId, role: ZRole });
export const ZRemoveMember = z.object({ membershipId: ZId });
export const ZRenameTeam = z.object({ name: z.string().trim().min(1, "Enter a team name.").max(80) });
