import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetDatabase } from "@/test/reset-database";
import { seedInvite } from "@/prisma/seed/factories";
import { AppError } from "@/lib/errors";
import { createInvite } from "./create-invite";
import { signUp } from "./sign-up";

const person = (email: string, extra: object = {}) => ({ name: "Ada", email, password: "a long password", ...extra });

async function expectError(promise: Promise<unknown>, code: string) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

describe("signUp", () => {
  beforeEach(resetDatabase);

  it("makes the first user owner of a new team", async () => {
    const { userId, teamId } = await signUp(person("Ada@Example.test"));
    const membership = await db.membership.findUniqueOrThrow({ where: { userId_teamId: { userId, teamId } } });
    expect(membership.role).toBe("OWNER");
    const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(user.email).toBe("ada@example.test");
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it("lets only one of two racing first users found a team", async () => {
    await Promise.allSettled([signUp(person("a@example.test")), signUp(person("b@example.test"))]);
    expect(await db.team.count()).toBe(1);
  });

  it("refuses later sign-ups without an invite, creating nothing", async () => {
    await signUp(person("owner@example.test"));
    await expectError(signUp(person("stranger@example.test")), "forbidden");
    expect(await db.user.count()).toBe(1);
  });

  it("places an invited user in the inviting team with the invited role, once", async () => {
    const owner = await signUp(person("owner@example.test"));
    const invite = await createInvite({ ...owner, role: "OWNER" }, { role: "ANNOTATOR" });
    const joined = await signUp(person("ann@example.test", { inviteToken: invite.token }));
    expect(joined.teamId).toBe(owner.teamId);
    const membership = await db.membership.findFirstOrThrow({ where: { userId: joined.userId } });
    expect(membership.role).toBe("ANNOTATOR");
    await expectError(signUp(person("again@example.test", { inviteToken: invite.token })), "not_found");
  });

  it("keeps an email-bound invite to that email", async () => {
    const owner = await signUp(person("owner@example.test"));
    const invite = await createInvite({ ...owner, role: "OWNER" }, { role: "MEMBER", email: "bob@example.test" });
    const error = await expectError(signUp(person("eve@example.test", { inviteToken: invite.token })), "bad_input");
    expect(error.fieldErrors?.email).toBeDefined();
    expect(await db.user.count({ where: { email: "eve@example.test" } })).toBe(0);
  });

  it("refuses expired invites and duplicate emails", async () => {
    const owner = await signUp(person("owner@example.test"));
    const invite = await seedInvite(owner.teamId, owner.userId);
    await db.invite.update({ where: { id: invite.id }, data: { expiresAt: new Date(Date.now() - 1) } });
    await expectError(signUp(person("late@example.test", { inviteToken: invite.token })), "not_found");
    await expectError(signUp(person("owner@example.test")), "conflict");
  });

  it("answers bad input with field errors", async () => {
    const error = await expectError(signUp({ name: "", email: "not-an-email", password: "short" }), "bad_input");
    expect(Object.keys(error.fieldErrors ?? {}).sort()).toEqual(["email", "name", "password"]);
    expect(await db.user.count()).toBe(0);
  });
});
