// /workers: kernel workers only. A worker proves a worker token and the protocol version
// in its handshake; browsers (which always send an Origin header) are turned away.
import type { Namespace } from "socket.io";
import { db } from "@/lib/db";
import { hashSecretToken } from "@/lib/auth/secret-token";
import { PROTOCOL_VERSION, ZWorkerHandshake } from "@/lib/protocol";

type TWorkerSocketData = { workerTokenId: string; teamId: string };

export async function authenticateWorker(handshake: { auth: unknown; headers: Record<string, unknown> }) {
  if (handshake.headers.origin) return { error: "Browsers may not connect to /workers." } as const;
  const parsed = ZWorkerHandshake.safeParse(handshake.auth);
  if (!parsed.success) return { error: "A worker must send { token, protocolVersion }." } as const;
  if (parsed.data.protocolVersion !== PROTOCOL_VERSION) {
    return { error: `Protocol ${parsed.data.protocolVersion} is not supported; the server speaks ${PROTOCOL_VERSION}. Update the worker.` } as const;
  }
  const token = await db.workerToken.findUnique({ where: { tokenHash: hashSecretToken(parsed.data.token) } });
  if (!token || token.revokedAt) return { error: "Unknown or revoked worker token." } as const;
  await db.workerToken.update({ where: { id: token.id }, data: { lastUsedAt: new Date() } });
  return { workerTokenId: token.id, teamId: token.teamId } as const;
}

export function setUpWorkersNamespace(namespace: Namespace) {
  namespace.use(async (socket, next) => {
    const result = await authenticateWorker(socket.handshake).catch(() => ({ error: "Worker authentication failed." }));
    if ("error" in result) {
      console.warn(`[workers] refused a connection: ${result.error}`);
      return next(new Error(result.error));
    }
    const data = socket.data as TWorkerSocketData;
    data.workerTokenId = result.workerTokenId;
    data.teamId = result.teamId;
    next();
  });
  namespace.on("connection", (socket) => {
    // Workers' events arrive with the worker issue; until then nothing inbound is accepted.
    socket.onAny((event: string) => console.warn(`[workers ${socket.id}] refused unknown event ${event}`));
  });
}
