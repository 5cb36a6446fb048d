// /studio: browsers, authenticated by their next-auth session cookie. Every inbound event
// is parsed with its schema and authorized; a malformed one is refused and logged.
import type { Namespace, Socket } from "socket.io";
import { actorForUser } from "@/lib/auth/actor-for-user";
import { sessionFromHeaders } from "@/lib/auth/session-from-headers";
import { toErrorBody } from "@/lib/errors";
import { STUDIO_INBOUND, type TAck, type TStudioInboundEvent } from "@/lib/protocol";
import { socketActor, userSocketsRoom, type TKeptActor } from "./socket-actor";
import { ORDERED_EVENTS, STUDIO_HANDLERS } from "./studio-handlers";

type TSocketData = { userId: string; preferredTeamId?: string; actor?: TKeptActor };

function isKnownEvent(event: string): event is TStudioInboundEvent {
  return Object.hasOwn(STUDIO_INBOUND, event);
}

async function handleEvent(socket: Socket, event: string, args: unknown[]): Promise<TAck> {
  if (!isKnownEvent(event)) return { ok: false, error: `Unknown event "${event}".` };
  const parsed = STUDIO_INBOUND[event].safeParse(args[0]);
  if (!parsed.success) return { ok: false, error: `Malformed "${event}": ${parsed.error.issues[0]?.message}` };
  const data = socket.data as TSocketData;
  try {
    // The same team as the pages this browser shows (the team cookie); a role changed or a
    // member removed closes the socket (socket-actor.ts).
    const actor = await socketActor(data, () => actorForUser(data.userId, data.preferredTeamId));
    const effect = await STUDIO_HANDLERS[event](actor, parsed.data as never);
    if (effect.join) await socket.join(effect.join);
    if (effect.leave) await socket.leave(effect.leave);
    return effect.ack === undefined ? { ok: true } : { ok: true, data: effect.ack };
  } catch (error) {
    const { message, code, details } = toErrorBody(error).body;
    return { ok: false, error: message, code, ...(details && { details }) };
  }
}

export function setUpStudioNamespace(namespace: Namespace) {
  namespace.use(async (socket, next) => {
    const session = await sessionFromHeaders(socket.request.headers).catch(() => null);
    if (!session?.userId) return next(new Error("Please sign in."));
    (socket.data as TSocketData).userId = session.userId;
    (socket.data as TSocketData).preferredTeamId = session.preferredTeamId;
    next();
  });
  namespace.on("connection", (socket) => {
    // Joined before any event is read, so that a membership change reaches every socket whose actor it can make wrong.
    void socket.join(userSocketsRoom((socket.data as TSocketData).userId));
    let ordered = Promise.resolve();
    socket.onAny((event: string, ...args: unknown[]) => {
      const ack = typeof args.at(-1) === "function" ? (args.pop() as (a: TAck) => void) : undefined;
      const answer = async () => {
        const result = await handleEvent(socket, event, args);
        if (!result.ok) console.warn(`[studio socket ${socket.id}] refused ${event}: ${result.error}`);
        ack?.(result);
      };
      // Completions and room changes need not wait behind a restart.
      if (ORDERED_EVENTS.has(event as never)) ordered = ordered.then(answer);
      else void answer();
    });
  });
}
