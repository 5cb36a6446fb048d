// Creates an account. The first user of a fresh studio founds a team and owns it; after
// that, sign-up needs an invite link, which places the new user in the inviting team.
import type { Prisma } from "@prisma/client";
import { db } from "@/lib/db";
import { AppError, parseInput } from "@/lib/errors";
import { hashPassword } from "@/lib/auth/password";
import { ZSignUp } from "@/lib/auth/schemas";
import { findOpenInvite } from "./find-open-invite";

// Serialises sign-ups so that two people racing to be "first" cannot both found a team.
const SIGN_UP_LOCK = 724_001;

export async function signUp(rawInput: unknown) {
  const input = parseInput(ZSignUp, rawInput);
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SIGN_UP_LOCK})`;
    if (await tx.user.findUnique({ where: { email: input.email } })) {
      throw new AppError("conflict", "An account with this email already exists. Sign in instead.", {
        email: ["This email is already registered."],
      });
    }
    const isFirstUser = (await tx.user.count()) === 0;
    const user = await tx.user.create({ data: { email: input.email, name: input.name, passwordHash } });
    if (isFirstUser) {
      const team = await tx.team.create({ data: { name: `${input.name}'s team` } });
      await tx.membership.create({ data: { userId: user.id, teamId: team.id, role: "OWNER" } });
      return { userId: user.id, teamId: team.id };
    }
    return joinThroughInvite(tx, user.id, user.email, input.inviteToken);
  });
}

async function joinThroughInvite(tx: Prisma.TransactionClient, userId: string, email: string, token?: string) {
  if (!token) throw new AppError("forbidden", "Sign-up needs an invite link. Ask an owner or admin of your team.");
  const invite = await findOpenInvite(token, tx);
  if (!invite) throw new AppError("not_found", "This invite link is invalid, used or expired. Ask for a new one.");
  if (invite.email && invite.email !== email) {
    throw new AppError("bad_input", "This invite is for another email address.", { email: [`Use ${invite.email}.`] });
  }
  await tx.membership.create({ data: { userId, teamId: invite.teamId, role: invite.role } });
  await tx.invite.update({ where: { id: invite.id }, data: { acceptedAt: new Date() } });
  return { userId, teamId: invite.teamId };
}
