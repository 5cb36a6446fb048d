import { z } from "zod";
import { ZArtifactPath } from "@/lib/protocol/sdk-events";

const ZId = z.string().min(1).max(64);

export const JOB_STATUS_NAMES = ["queued", "running", "succeeded", "failed", "cancelled", "lost"] as const;
export const ZJobStatusName = z.enum(JOB_STATUS_NAMES);
export type TJobStatusName = z.infer<typeof ZJobStatusName>;

/** A param's name is what `{name}` in the command stands for. */
export const PARAM_NAME_RULE = "A param's name is letters, digits and _, not starting with a digit.";
export const ZParamName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/, PARAM_NAME_RULE);
export const ZParamValue = z.union([z.string().max(1000), z.number().finite(), z.boolean()]);

const ZJobFile = z.object({
  path: ZArtifactPath,
  /** The file, base64. */
  data: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, "A file's data is base64."),
});

/** Where the job's code comes from: files sent with it (a script, a folder), or a notebook of
 * the project, whose code cells become one script. */
const ZJobSource = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("files"), files: z.array(ZJobFile).min(1, "Send at least one file.").max(10_000) }),
  z.object({ kind: z.literal("notebook"), notebookId: ZId }),
]);

export const ZCreateJobBody = z.object({
  projectId: ZId,
  name: z.string().trim().min(1, "Name the job.").max(200),
  /** Run in the job's folder by the worker's shell; `python` is the worker's Python, and
   * `{name}` stands for that param's value. Default: `python <the notebook's script>`. */
  command: z.preprocess((value) => (typeof value === "string" && !value.trim() ? undefined : value), z.string().trim().max(10_000).optional()),
  params: z.record(ZParamName, ZParamValue).default({}),
  source: ZJobSource,
  /** 0: CPU only. */
  gpus: z.number().int().min(0).max(64).default(0),
  /** How many times a job that lost its worker is queued again. */
  maxRetries: z.number().int().min(0).max(10).default(0),
});
export type TCreateJobBody = z.infer<typeof ZCreateJobBody>;

export const ZJobParams = z.object({ id: ZId });

export const ZFindJobsQuery = z.object({
  projectId: ZId.optional(),
  status: ZJobStatusName.optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});
export type TFindJobsQuery = z.infer<typeof ZFindJobsQuery>;

export const ZJobSummary = z.object({
  id: z.string(),
  name: z.string(),
  status: ZJobStatusName,
  project: z.object({ id: z.string(), name: z.string(), slug: z.string() }),
  command: z.string(),
  gpus: z.number().int(),
  attempt: z.number().int(),
  maxRetries: z.number().int(),
  workerHostname: z.string().nullable(),
  /** Why it waits, or what ended it. */
  reason: z.string().nullable(),
  exitCode: z.number().int().nullable(),
  createdBy: z.string(),
  createdAt: z.date(),
  startedAt: z.date().nullable(),
  finishedAt: z.date().nullable(),
});
export type TJobSummary = z.infer<typeof ZJobSummary>;

export const ZJobPage = z.object({
  jobs: z.array(ZJobSummary),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type TJobPage = z.infer<typeof ZJobPage>;

export const ZJobDetail = ZJobSummary.extend({
  params: z.record(z.string(), z.unknown()),
  files: z.array(z.object({ path: z.string(), size: z.number().int() })),
  isCancelRequested: z.boolean(),
  /** The runs it logged with the SDK, oldest first. */
  runs: z.array(z.object({ id: z.string(), name: z.string(), status: z.enum(["running", "finished", "failed"]) })),
});
export type TJobDetail = z.infer<typeof ZJobDetail>;

export const ZJobLogsQuery = z.object({
  /** Only chunks after this seq (what a client already has); -1: from the start. */
  after: z.coerce.number().int().min(-1).default(-1),
  limit: z.coerce.number().int().min(1).max(5_000).default(2_000),
});

export const ZJobLogChunk = z.object({
  seq: z.number().int(),
  attempt: z.number().int(),
  stream: z.enum(["stdout", "stderr", "system"]),
  text: z.string(),
  time: z.date(),
});
export type TJobLogChunk = z.infer<typeof ZJobLogChunk>;

export const ZJobLogs = z.object({ chunks: z.array(ZJobLogChunk), hasMore: z.boolean() });
