// The live server's guards: security headers, CSRF on cookie-authenticated mutations,
// socket authentication and malformed events.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROTOCOL_VERSION } from "@/lib/protocol";
import { seedMember, seedProject, seedTeam, seedWorkerToken } from "@/prisma/seed/factories";
import { db } from "@/lib/db";
import { connectStudioSocket, connectWorkerSocket, emitWithAck, sessionCookie } from "./browser-session";
import { startStudio } from "./start-studio";

let studio: Awaited<ReturnType<typeof startStudio>>;

beforeAll(async () => {
  studio = await startStudio();
}, 120_000);

afterAll(() => studio?.stop());

async function refusal(promise: Promise<unknown>) {
  return promise.then(() => "connected", (error: Error) => error.message);
}

describe("HTTP", () => {
  it("sends a nonce CSP without inline script, and refuses framing", async () => {
    const response = await fetch(`${studio.url}/sign-in`);
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("refuses a cross-site mutation that rides on a session cookie, changing nothing", async () => {
    const member = await seedMember((await seedTeam()).id, "MEMBER");
    const headers = { cookie: await sessionCookie(member.userId), "content-type": "application/json" };
    const body = JSON.stringify({ name: "Forged" });
    const forged = await fetch(`${studio.url}/api/v1/projects`, { method: "POST", headers: { ...headers, origin: "https://evil.example" }, body });
    expect(forged.status).toBe(403);
    expect(await db.project.count({ where: { teamId: member.teamId } })).toBe(0);
    const own = await fetch(`${studio.url}/api/v1/projects`, { method: "POST", headers: { ...headers, origin: studio.url }, body });
    expect(own.status).toBe(201);
  });

  it("answers bad input with 422 and field errors, and bad tokens with 401", async () => {
    const member = await seedMember((await seedTeam()).id, "MEMBER");
    const headers = { cookie: await sessionCookie(member.userId), origin: studio.url, "content-type": "application/json" };
    const invalid = await fetch(`${studio.url}/api/v1/projects`, { method: "POST", headers, body: JSON.stringify({ name: "" }) });
    expect(invalid.status).toBe(422);
    expect(await invalid.json()).toMatchObject({ code: "bad_input", fieldErrors: { name: [expect.any(String)] } });
    const notJson = await fetch(`${studio.url}/api/v1/projects`, { method: "POST", headers, body: "{" });
    expect(notJson.status).toBe(422);
    const badToken = await fetch(`${studio.url}/api/v1/projects`, { headers: { authorization: "Bearer mls_nope" } });
    expect(badToken.status).toBe(401);
    expect(await db.project.count({ where: { teamId: member.teamId } })).toBe(0);
  });
});

describe("/studio sockets", () => {
  it("refuses a browser without a session", async () => {
    expect(await refusal(connectStudioSocket(studio.url, ""))).toBe("Please sign in.");
  });

  it("refuses malformed and unknown events, keeps serving, and checks room permission", async () => {
    const team = await seedTeam();
    const annotator = await seedMember(team.id, "ANNOTATOR");
    const project = await seedProject(team.id);
    const socket = await connectStudioSocket(studio.url, await sessionCookie(annotator.userId));
    try {
      expect(await emitWithAck(socket, "room:join", { room: { kind: "galaxy" } })).toMatchObject({ ok: false });
      expect(await emitWithAck(socket, "room:join", "x".repeat(10_000))).toMatchObject({ ok: false });
      expect(await emitWithAck(socket, "drop:tables", {})).toEqual({ ok: false, error: 'Unknown event "drop:tables".' });
      expect(await emitWithAck(socket, "room:join", { room: { kind: "project", id: project.id } })).toEqual({
        ok: false,
        error: "Your role does not allow this.",
        code: "forbidden",
      });
      expect(await emitWithAck(socket, "room:join", { room: { kind: "team" } })).toEqual({ ok: true });
    } finally {
      socket.close();
    }
  });

  it("refuses the default namespace", async () => {
    const { io } = await import("socket.io-client");
    const socket = io(studio.url, { transports: ["websocket"], reconnection: false });
    expect(await refusal(new Promise<void>((resolve, reject) => {
      socket.once("connect", () => resolve());
      socket.once("connect_error", reject);
    }))).toBe("Connect to /studio or /workers.");
    socket.close();
  });
});

describe("/workers sockets", () => {
  it("admits a worker token and refuses browsers, bad tokens, revoked tokens and old protocols", async () => {
    const owner = await seedMember((await seedTeam()).id, "OWNER");
    const { id, token } = await seedWorkerToken(owner.teamId, owner.userId);
    const auth = { token, protocolVersion: PROTOCOL_VERSION };

    const worker = await connectWorkerSocket(studio.url, auth);
    worker.close();
    expect(await refusal(connectWorkerSocket(studio.url, auth, { origin: studio.url }))).toBe("Browsers may not connect to /workers.");
    expect(await refusal(connectWorkerSocket(studio.url, { token: "mlw_wrong-token", protocolVersion: PROTOCOL_VERSION }))).toBe(
      "Unknown or revoked worker token.",
    );
    expect(await refusal(connectWorkerSocket(studio.url, { token, protocolVersion: 999 }))).toMatch(/Update the worker/);
    expect(await refusal(connectWorkerSocket(studio.url, {}))).toMatch(/must send/);
    await db.workerToken.update({ where: { id }, data: { revokedAt: new Date() } });
    expect(await refusal(connectWorkerSocket(studio.url, auth))).toBe("Unknown or revoked worker token.");
  });
});
