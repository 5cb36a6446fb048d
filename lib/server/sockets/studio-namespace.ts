// /studio: browsers, authenticated by their next-auth session cookie. Every inbound event
// is parsed with its schema and authorized; a malformed one is refused and logged.
import type { Namespace, Socket } from "socket.io";
import { parseCookie } from "cookie";
import { getToken } from "next-auth/jwt";
import { actorForUser } from "@/lib/auth/actor-for-user";
import { toErrorBody } from "@/lib/errors";
import { STUDIO_INBOUND, type TAck, type TStudioInboundEvent } from "@/lib/protocol";
import { STUDIO_HANDLERS } from "./studio-handlers";

type TSocketData = { userId: string };

async function userIdFromCookie(socket: Socket) {
  const header = socket.request.headers.cookie ?? "";
  const token = await getToken({
    req: { headers: socket.request.headers, cookies: parseCookie(header) } as never,
    secret: process.env.NEXTAUTH_SECRET,
  });
  return token?.sub ?? null;
}

function isKnownEvent(event: string): event is TStudioInboundEvent {
  return Object.hasOwn(STUDIO_INBOUND, event);
}

async function handleEvent(socket: Socket, event: string, args: unknown[]): Promise<TAck> {
  if (!isKnownEvent(event)) return { ok: false, error: `Unknown event "${event}".` };
  const parsed = STUDIO_INBOUND[event].safeParse(args[0]);
  if (!parsed.success) return { ok: false, error: `Malformed "${event}": ${parsed.error.issues[0]?.message}` };
  const actor = await actorForUser((socket.data as TSocketData).userId);
  try {
    const effect = await STUDIO_HANDLERS[event](actor, parsed.data as never);
    if (effect.join) await socket.join(effect.join);
    if (effect.leave) await socket.leave(effect.leave);
    return { ok: true };
  } catch (error) {
    return { ok: false, error: toErrorBody(error).body.message };
  }
}

export function setUpStudioNamespace(namespace: Namespace) {
  namespace.use(async (socket, next) => {
    const userId = await userIdFromCookie(socket).catch(() => null);
    if (!userId) return next(new Error("Please sign in."));
    (socket.data as TSocketData).userId = userId;
    next();
  });
  namespace.on("connection", (socket) => {
    socket.onAny(async (event: string, ...args: unknown[]) => {
      const ack = typeof args.at(-1) === "function" ? (args.pop() as (a: TAck) => void) : undefined;
      const result = await handleEvent(socket, event, args);
      if (!result.ok) console.warn(`[studio socket ${socket.id}] refused ${event}: ${result.error}`);
      ack?.(result);
    });
  });
}
