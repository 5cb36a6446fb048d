// What a signed-in browser sends: next-auth's session cookie, made with the server's secret.
import { encode } from "next-auth/jwt";
import { io, type Socket } from "socket.io-client";
import type { TAck } from "@/lib/protocol";
import { TEST_SECRET } from "./start-studio";

export async function sessionCookie(userId: string) {
  const jwt = await encode({ token: { sub: userId }, secret: TEST_SECRET });
  return `next-auth.session-token=${jwt}`;
}

async function connected(socket: Socket) {
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", resolve);
    socket.once("connect_error", reject);
  });
  return socket;
}

export function connectStudioSocket(url: string, cookie: string, headers: Record<string, string> = {}) {
  return connected(io(`${url}/studio`, { transports: ["websocket"], extraHeaders: { cookie, ...headers }, reconnection: false }));
}

/** As a worker process connects: no cookie, no Origin, a token in the handshake. */
export function connectWorkerSocket(url: string, auth: object, headers: Record<string, string> = {}) {
  return connected(io(`${url}/workers`, { transports: ["websocket"], auth, extraHeaders: headers, reconnection: false }));
}

export function emitWithAck(socket: Socket, event: string, payload: unknown) {
  return socket.timeout(5000).emitWithAck(event, payload) as Promise<TAck>;
}
