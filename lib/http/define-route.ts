// REST routes under /api/v1: one spec gives the Next handler, the OpenAPI entry and the
// entry that permissions.test.ts calls for every role. Bodies and queries are parsed with
// zod; callers are API tokens (Authorization: Bearer) or a browser session. A route answers
// JSON, or a file (`file` instead of `response`); errors are JSON either way.
import { z } from "zod";
import { getServerSession } from "next-auth";
import { NextResponse, type NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/options";
import { TEAM_COOKIE, actorForUser } from "@/lib/auth/actor-for-user";
import { requireActor } from "@/lib/auth/authorize";
import { AppError, parseInput, toErrorBody } from "@/lib/errors";
import type { TActor } from "@/lib/permissions";
import { authenticateApiToken } from "@/lib/tokens/authenticate-api-token";
import { fileResponse, type TFileAnswer, type TFileKind } from "./file-answer";

export type THttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

type TRouteInput = { params?: unknown; query?: unknown; body?: unknown };

type TRouteRun<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType, A> = (
  actor: TActor | null,
  input: { params: z.infer<P>; query: z.infer<Q>; body: z.infer<B> },
) => Promise<A>;

type TRouteAnswer<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType, R extends z.ZodType> =
  | {
      response: R;
      /** Headers to answer with besides the JSON, e.g. a Content-Disposition for a file. */
      headers?: (result: z.output<R>) => Record<string, string>;
      run: TRouteRun<P, Q, B, z.input<R>>;
      file?: never;
    }
  | {
      /** The route answers a file: run returns a TFileAnswer, sent as its bytes of this type. */
      file: TFileKind;
      run: TRouteRun<P, Q, B, TFileAnswer>;
      response?: never;
    };

type TRouteRequest<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> = {
  method: THttpMethod;
  /** OpenAPI style: /api/v1/projects/{id} */
  path: string;
  summary: string;
  tag: string;
  isPublic?: boolean;
  params?: P;
  query?: Q;
  body?: B;
  /** The largest request body taken, in bytes; DEFAULT_MAX_BODY_BYTES unless given. */
  maxBodyBytes?: number;
  /** The body is bytes (application/octet-stream), given to run as a Buffer, not JSON. */
  isBinaryBody?: boolean;
};

type TRouteSpec<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType, R extends z.ZodType> = TRouteRequest<P, Q, B> & TRouteAnswer<P, Q, B, R>;

type TRouteResult = { status: number; body: unknown; headers?: Record<string, string> };

export type TRoute = {
  spec: Omit<TRouteRequest<z.ZodType, z.ZodType, z.ZodType>, "maxBodyBytes"> & ({ response: z.ZodType; file?: never } | { file: TFileKind; response?: never });
  invoke: (actor: TActor | null, input: TRouteInput) => Promise<TRouteResult>;
  /** A catch-all segment ([...path]) gives its parts. */
  handler: (request: NextRequest, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;
};

const ZNone = z.object({}).passthrough();

export const DEFAULT_MAX_BODY_BYTES = 8 * 2 ** 20;

async function actorFromRequest(request: NextRequest, method: THttpMethod): Promise<TActor | null> {
  const authorization = request.headers.get("authorization");
  if (authorization) {
    const token = authorization.match(/^Bearer\s+(\S+)$/i)?.[1];
    const actor = token ? await authenticateApiToken(token) : null;
    if (!actor) throw new AppError("unauthenticated", "Invalid or revoked API token.");
    return actor;
  }
  const session = await getServerSession(authOptions);
  if (!session?.user?.id) return null;
  // A cookie rides along on cross-site requests: mutations must come from our own pages.
  if (method !== "GET" && request.headers.get("origin") !== request.nextUrl.origin) {
    throw new AppError("forbidden", "Cross-site request refused.");
  }
  return actorForUser(session.user.id, request.cookies.get(TEAM_COOKIE)?.value);
}

function tooLarge(maxBytes: number) {
  return new AppError("payload_too_large", `The request is too large: this takes at most ${Math.round(maxBytes / 2 ** 20)} MB.`);
}

// The declared length refuses a large body before it is read; counting while reading
// refuses one whose header understates it (or that has none), without holding more.
async function readBody(request: NextRequest, maxBytes: number, isBinary = false) {
  if (request.method === "GET" || request.method === "DELETE") return undefined;
  if (Number(request.headers.get("content-length")) > maxBytes) throw tooLarge(maxBytes);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  if (isBinary) return Buffer.concat(chunks);
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8")) as unknown;
  } catch {
    throw new AppError("bad_input", "The request body must be JSON.");
  }
}

export function defineRoute<P extends z.ZodType = typeof ZNone, Q extends z.ZodType = typeof ZNone, B extends z.ZodType = typeof ZNone, R extends z.ZodType = z.ZodType>(
  spec: TRouteSpec<P, Q, B, R>,
): TRoute {
  const invoke = async (actor: TActor | null, input: TRouteInput) => {
    try {
      if (!spec.isPublic) requireActor(actor);
      const parsed = {
        params: parseInput(spec.params ?? ZNone, input.params ?? {}),
        query: parseInput(spec.query ?? ZNone, input.query ?? {}),
        body: parseInput(spec.body ?? ZNone, input.body ?? {}),
      };
      const answer = await spec.run(actor, parsed as never);
      const status = spec.method === "POST" ? 201 : 200;
      if (spec.file) return { status, body: answer };
      const body = spec.response.parse(answer);
      return { status, body, headers: spec.headers?.(body) };
    } catch (error) {
      return toErrorBody(error);
    }
  };
  const handler = async (request: NextRequest, context: { params: Promise<Record<string, string | string[]>> }) => {
    let result: TRouteResult;
    try {
      const actor = spec.isPublic ? null : await actorFromRequest(request, spec.method);
      result = await invoke(actor, {
        params: await context.params,
        query: Object.fromEntries(request.nextUrl.searchParams),
        body: await readBody(request, spec.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES, spec.isBinaryBody),
      });
    } catch (error) {
      result = toErrorBody(error);
    }
    // A file route's invoke gives its TFileAnswer as the body, unread (the permission test
    // looks at the status only): here it is sent.
    if (spec.file && result.status < 400) return fileResponse(spec.file, result.body as TFileAnswer, result.status);
    return NextResponse.json(result.body, { status: result.status, headers: { "Cache-Control": "no-store", ...result.headers } });
  };
  return { spec, invoke, handler } as TRoute;
}
