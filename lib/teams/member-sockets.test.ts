// A membership change reaches the member's open sockets: a real socket.io server (the
// studio's namespaces) in this process, a real browser-side client, a real database.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { encode } from "next-auth/jwt";
import { io, type Socket } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TAck } from "@/lib/protocol";
import { createSocketServer } from "@/lib/server/sockets/create-socket-server";
import { seedMember, seedProject, seedTeam } from "@/prisma/seed/factories";
import { changeMemberRole, removeMember } from "./manage-members";

let url = "";
let close = async () => {};

beforeAll(async () => {
  const httpServer = createServer();
  const sockets = await createSocketServer(httpServer, { isDev: false });
  await new Promise<void>((resolve) => httpServer.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
  close = () => sockets.close();
});

afterAll(() => close());

async function browserSocket(userId: string) {
  const jwt = await encode({ token: { sub: userId }, secret: process.env.NEXTAUTH_SECRET! });
  const socket = io(`${url}/studio`, { transports: ["websocket"], extraHeaders: { cookie: `next-auth.session-token=${jwt}` }, reconnection: false });
  await new Promise<void>((resolve, reject) => socket.once("connect", () => resolve()).once("connect_error", reject));
  return socket;
}

function joinProject(socket: Socket, projectId: string) {
  return socket.timeout(5000).emitWithAck("room:join", { room: { kind: "project", id: projectId } }) as Promise<TAck>;
}

function closedByServer(socket: Socket) {
  return new Promise((resolve) => socket.once("disconnect", resolve));
}

async function teamWithProject() {
  const team = await seedTeam();
  const [admin, member, bystander] = await Promise.all([seedMember(team.id, "ADMIN"), seedMember(team.id, "MEMBER"), seedMember(team.id, "MEMBER")]);
  return { admin, member, bystander, project: await seedProject(team.id) };
}

describe("a membership change and the member's open sockets", () => {
  it("a removed member's sockets are closed, and their room is refused when they connect again", async () => {
    const { admin, member, bystander, project } = await teamWithProject();
    const [removed, other] = await Promise.all([browserSocket(member.userId), browserSocket(bystander.userId)]);
    expect(await joinProject(removed, project.id)).toEqual({ ok: true });
    expect(await joinProject(other, project.id)).toEqual({ ok: true });
    const closed = closedByServer(removed);
    await removeMember(admin, member.membershipId);
    expect(await closed).toBe("io server disconnect");
    expect(other.connected).toBe(true);
    const again = await browserSocket(member.userId);
    expect(await joinProject(again, project.id)).toMatchObject({ ok: false });
    [again, other].forEach((socket) => socket.close());
  });

  it("a member whose role changed is connected again under the new role", async () => {
    const { admin, member, project } = await teamWithProject();
    const before = await browserSocket(member.userId);
    expect(await joinProject(before, project.id)).toEqual({ ok: true });
    const closed = closedByServer(before);
    await changeMemberRole(admin, member.membershipId, "ANNOTATOR");
    expect(await closed).toBe("io server disconnect");
    const after = await browserSocket(member.userId);
    // Annotators see only their labeling projects, not the team's projects.
    expect(await joinProject(after, project.id)).toMatchObject({ ok: false });
    after.close();
  });
});
