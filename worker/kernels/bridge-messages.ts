// The JSON lines that worker/python/kernel_bridge.py writes on stdout, and the requests it
// reads. Every line is parsed with these schemas: the bridge is another process, and
// TypeScript types validate nothing. Jupyter's own field names (snake_case) are kept so
// that outputs can be stored and replayed as the kernel sent them.
import { z } from "zod";

import { ZExecuteStatus, ZMimeBundle } from "@/lib/protocol/kernel-output";

// The output schemas belong to the protocol: the server parses the same outputs.
export {
  KERNEL_OUTPUT_TYPES,
  ZExecuteStatus,
  ZKernelOutput,
  type TExecuteStatus,
  type TKernelOutput,
} from "@/lib/protocol/kernel-output";

const ZJsonObject = z.record(z.string(), z.unknown());

export const ZKernelInfo = z.looseObject({
  protocol_version: z.string(),
  implementation: z.string(),
  implementation_version: z.string(),
  language_info: z.looseObject({ name: z.string(), version: z.string().optional() }),
  banner: z.string().optional(),
});
export type TKernelInfo = z.infer<typeof ZKernelInfo>;

/** Everything the bridge writes; `id` is the id of the request an event belongs to. */
export const ZBridgeEvent = z.discriminatedUnion("type", [
  z.object({ type: z.literal("ready"), kernel_info: ZKernelInfo, pid: z.number().int().nullable() }),
  // IOPub is forwarded whole; ZKernelOutput parses the content of the types that matter.
  z.object({ type: z.literal("iopub"), id: z.string().nullable(), msg_type: z.string(), content: ZJsonObject }),
  z.object({ type: z.literal("reply"), id: z.string(), msg_type: z.string(), content: ZJsonObject }),
  z.object({
    type: z.literal("done"),
    id: z.string(),
    status: ZExecuteStatus,
    execution_count: z.number().int().nullable(),
  }),
  z.object({ type: z.literal("dead"), reason: z.string() }),
  z.object({ type: z.literal("failed"), id: z.string().nullable(), message: z.string() }),
]);
export type TBridgeEvent = z.infer<typeof ZBridgeEvent>;

export const ZCompleteReply = z.object({
  status: z.literal("ok"),
  matches: z.array(z.string()),
  cursor_start: z.number().int(),
  cursor_end: z.number().int(),
  metadata: ZJsonObject.default({}),
});

export const ZInspectReply = z.object({
  status: z.literal("ok"),
  found: z.boolean(),
  data: ZMimeBundle.default({}),
  metadata: ZJsonObject.default({}),
});

/** Requests to the bridge (written by us, so a type is enough). */
export type TBridgeRequest = { id: string } & (
  | { type: "execute"; code: string; silent?: boolean; store_history?: boolean }
  | { type: "complete"; code: string; cursor_pos: number }
  | { type: "inspect"; code: string; cursor_pos: number; detail_level?: 0 | 1 }
  | { type: "interrupt" | "restart" | "shutdown" }
);
