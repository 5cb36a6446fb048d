// Members and roles. Admins manage everyone but owners; at least one owner always stays.
import type { Role } from "@prisma/client";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { authorizeInTeam } from "@/lib/auth/authorize";
import type { TActor } from "@/lib/permissions";
import { noteMembershipChange } from "@/lib/server/sockets/socket-actor";

export async function findMembers(actor: TActor | null) {
  const { teamId } = authorizeInTeam(actor, "team.members.read");
  return db.membership.findMany({
    where: { teamId },
    orderBy: { createdAt: "asc" },
    select: { id: true, role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
  });
}

async function findManageableMembership(actor: TActor | null, membershipId: string) {
  const manager = authorizeInTeam(actor, "team.members.manage");
  const membership = await db.membership.findFirst({ where: { id: membershipId, teamId: manager.teamId } });
  if (!membership) throw new AppError("not_found", "This member is not in your team.");
  if (membership.role === "OWNER" && manager.role !== "OWNER") {
    throw new AppError("forbidden", "Only an owner can change another owner.");
  }
  return { manager, membership };
}

async function assertAnotherOwnerRemains(teamId: string, membershipId: string) {
  const owners = await db.membership.count({ where: { teamId, role: "OWNER", id: { not: membershipId } } });
  if (owners === 0) throw new AppError("conflict", "A team needs at least one owner. Make someone else owner first.");
}

export async function changeMemberRole(actor: TActor | null, membershipId: string, role: Role) {
  const { manager, membership } = await findManageableMembership(actor, membershipId);
  if (role === "OWNER" && manager.role !== "OWNER") throw new AppError("forbidden", "Only an owner can make owners.");
  if (membership.role === "OWNER" && role !== "OWNER") await assertAnotherOwnerRemains(membership.teamId, membership.id);
  const changed = await db.membership.update({ where: { id: membership.id }, data: { role }, select: { id: true, role: true } });
  noteMembershipChange(membership.userId);
  return changed;
}

export async function removeMember(actor: TActor | null, membershipId: string) {
  const { membership } = await findManageableMembership(actor, membershipId);
  if (membership.role === "OWNER") await assertAnotherOwnerRemains(membership.teamId, membership.id);
  await db.membership.delete({ where: { id: membership.id } });
  noteMembershipChange(membership.userId);
  return { id: membership.id };
}

export async function renameTeam(actor: TActor | null, name: string) {
  const { teamId } = authorizeInTeam(actor, "team.members.manage");
  return db.team.update({ where: { id: teamId }, data: { name }, select: { id: true, name: true } });
}
