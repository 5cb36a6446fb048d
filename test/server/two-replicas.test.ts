// Two studio processes on two ports, one PostgreSQL, one Redis: an event raised on one
// replica reaches a browser socket connected to the other.
import { afterAll, beforeAll, expect, it } from "vitest";
import { PROTOCOL_VERSION } from "@/lib/protocol";
import { seedApiToken, seedMember, seedTeam, seedWorkerToken } from "@/prisma/seed/factories";
import { connectStudioSocket, connectWorkerSocket, emitWithAck, sessionCookie } from "./browser-session";
import { startRedis, startStudio } from "./start-studio";

let redis: Awaited<ReturnType<typeof startRedis>>;
let replicas: Awaited<ReturnType<typeof startStudio>>[] = [];

beforeAll(async () => {
  redis = await startRedis();
  replicas = await Promise.all([startStudio({ REDIS_URL: redis.url }), startStudio({ REDIS_URL: redis.url })]);
}, 120_000);

afterAll(async () => {
  await Promise.all(replicas.map((replica) => replica.stop()));
  await redis?.stop();
});

it("delivers an event raised on replica A to a browser connected to replica B", async () => {
  const [replicaA, replicaB] = replicas;
  const member = await seedMember((await seedTeam()).id, "MEMBER");
  const socket = await connectStudioSocket(replicaB.url, await sessionCookie(member.userId));
  try {
    expect(await emitWithAck(socket, "room:join", { room: { kind: "team" } })).toEqual({ ok: true });
    const received = new Promise((resolve) => socket.once("project:created", resolve));

    const { token } = await seedApiToken(member);
    const response = await fetch(`${replicaA.url}/api/v1/projects`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ name: "Across replicas" }),
    });
    expect(response.status).toBe(201);
    expect(await received).toMatchObject({ name: "Across replicas", slug: "across-replicas" });
  } finally {
    socket.close();
  }
});

it("counts a worker connected to replica A in replica B's health", async () => {
  const [replicaA, replicaB] = replicas;
  const owner = await seedMember((await seedTeam()).id, "OWNER");
  const { token } = await seedWorkerToken(owner.teamId, owner.userId);
  const health = async () => (await fetch(`${replicaB.url}/api/health`)).json();
  expect(await health()).toMatchObject({ ok: true, database: { ok: true }, migrations: { current: true }, workers: { connected: 0 } });
  const worker = await connectWorkerSocket(replicaA.url, { token, protocolVersion: PROTOCOL_VERSION });
  try {
    expect(await health()).toMatchObject({ workers: { connected: 1 } });
  } finally {
    worker.close();
  }
});
