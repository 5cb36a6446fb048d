// What a kernel sends that changes a cell's output area, as Jupyter names it (snake_case),
// so outputs are stored and replayed exactly as the kernel sent them. The worker parses
// its bridge's lines with these, and the server parses the worker's events with them.
import { z } from "zod";

const ZJsonObject = z.record(z.string(), z.unknown());
/** MIME type → data, e.g. "text/plain" → "2", "image/png" → base64, custom JSON types. */
export const ZMimeBundle = ZJsonObject;

const ZDisplayContent = z.object({
  data: ZMimeBundle,
  metadata: ZJsonObject.default({}),
  transient: z.object({ display_id: z.string().optional() }).optional(),
});

export const ZKernelOutput = z.discriminatedUnion("msg_type", [
  z.object({
    msg_type: z.literal("stream"),
    content: z.object({ name: z.enum(["stdout", "stderr"]), text: z.string() }),
  }),
  z.object({ msg_type: z.literal("display_data"), content: ZDisplayContent }),
  z.object({
    msg_type: z.literal("update_display_data"),
    content: ZDisplayContent.extend({ transient: z.object({ display_id: z.string() }) }),
  }),
  z.object({
    msg_type: z.literal("execute_result"),
    content: ZDisplayContent.extend({ execution_count: z.number().int().nullable() }),
  }),
  z.object({
    msg_type: z.literal("error"),
    content: z.object({ ename: z.string(), evalue: z.string(), traceback: z.array(z.string()) }),
  }),
  z.object({ msg_type: z.literal("clear_output"), content: z.object({ wait: z.boolean() }) }),
]);
export type TKernelOutput = z.infer<typeof ZKernelOutput>;
export const KERNEL_OUTPUT_TYPES = new Set<string>(ZKernelOutput.options.map((o) => o.shape.msg_type.value));

/** How an execution ended; "dead" when the kernel died under it, "lost" when its worker did. */
export const ZExecuteStatus = z.enum(["ok", "error", "aborted", "dead"]);
export type TExecuteStatus = z.infer<typeof ZExecuteStatus>;
