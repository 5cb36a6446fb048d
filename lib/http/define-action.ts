// Server actions are thin: validate → authorize → call one lib function. Each is made
// with defineAction so that permissions.test.ts can find and exercise every one of them.
import type { z } from "zod";
import { currentActor } from "@/lib/auth/current-actor";
import { requireActor } from "@/lib/auth/authorize";
import { parseInput, toErrorBody, type TErrorBody } from "@/lib/errors";
import type { TActor } from "@/lib/permissions";

export type TActionResult<T> = { ok: true; data: T } | { ok: false; error: TErrorBody };

type TActionSpec<S extends z.ZodType, O> = {
  input: S;
  /** Public actions (sign-up) run without a session; all others need one. */
  isPublic?: boolean;
  run: (actor: TActor | null, input: z.infer<S>) => Promise<O>;
};

export type TDefinedAction<O = unknown> = ((input: unknown) => Promise<TActionResult<O>>) & {
  invoke: (actor: TActor | null, input: unknown) => Promise<TActionResult<O>>;
};

export function defineAction<S extends z.ZodType, O>(spec: TActionSpec<S, O>): TDefinedAction<O> {
  const invoke = async (actor: TActor | null, raw: unknown): Promise<TActionResult<O>> => {
    try {
      if (!spec.isPublic) requireActor(actor);
      const input = parseInput(spec.input, raw);
      return { ok: true, data: await spec.run(actor, input) };
    } catch (error) {
      return { ok: false, error: toErrorBody(error).body };
    }
  };
  const action = async (raw: unknown) => invoke(await currentActor(), raw);
  return Object.assign(action, { invoke });
}
