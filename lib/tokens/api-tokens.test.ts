import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedMember, seedTeam, seedTeamWithEveryRole } from "@/prisma/seed/factories";
import { authenticateApiToken } from "./authenticate-api-token";
import { createApiToken, findApiTokens, revokeApiToken } from "./manage-api-tokens";

describe("API tokens", () => {
  it("are shown once, stored hashed, authenticate, record last use and stop working when revoked", async () => {
    const member = await seedMember((await seedTeam()).id, "MEMBER");
    const created = await createApiToken(member, { name: "laptop" });
    expect(created.token).toMatch(/^mls_/);
    const stored = await db.apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored.tokenHash).not.toContain(created.token);
    expect(JSON.stringify(await findApiTokens(member))).not.toContain(created.token);

    expect(await authenticateApiToken(created.token)).toEqual({ userId: member.userId, teamId: member.teamId, role: "MEMBER" });
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: created.id } })).lastUsedAt).not.toBeNull();

    await revokeApiToken(member, created.id);
    expect(await authenticateApiToken(created.token)).toBeNull();
    expect(await findApiTokens(member)).toEqual([]);
  });

  it("stop working when their owner leaves the team", async () => {
    const { members } = await seedTeamWithEveryRole();
    const created = await createApiToken(members.MEMBER, { name: "ci" });
    await db.membership.delete({ where: { id: members.MEMBER.membershipId } });
    expect(await authenticateApiToken(created.token)).toBeNull();
  });

  it("refuse unknown tokens", async () => {
    expect(await authenticateApiToken("mls_not-a-token")).toBeNull();
  });
});
