"use server";
import { defineAction } from "@/lib/http/define-action";
import { ZSignUp } from "@/lib/auth/schemas";
import { ZChangeMemberRole, ZCreateInvite, ZRemoveMember, ZRenameTeam, ZRevokeInvite } from "./schemas";
import { createInvite } from "./create-invite";
import { revokeInvite } from "./manage-invites";
import { changeMemberRole, removeMember, renameTeam } from "./manage-members";
import { signUp } from "./sign-up";

export const signUpAction = defineAction({ input: ZSignUp, isPublic: true, run: (_actor, input) => signUp(input) });

export const createInviteAction = defineAction({ input: ZCreateInvite, run: createInvite });

export const revokeInviteAction = defineAction({
  input: ZRevokeInvite,
  run: (actor, input) => revokeInvite(actor, input.inviteId),
});

export const changeMemberRoleAction = defineAction({
  input: ZChangeMemberRole,
  run: (actor, input) => changeMemberRole(actor, input.membershipId, input.role),
});

export const removeMemberAction = defineAction({
  input: ZRemoveMember,
  run: (actor, input) => removeMember(actor, input.membershipId),
});

export const renameTeamAction = defineAction({ input: ZRenameTeam, run: (actor, input) => renameTeam(actor, input.name) });
