// `npm run worker -- --server URL --token T [--pool N] [--jobs N] [--name NAME] [--python PATH] [--advertise-host HOST]`.
// The token may come from STUDIO_WORKER_TOKEN instead, which keeps it out of `ps`; the job
// slots from STUDIO_WORKER_JOBS (set per machine, e.g. one job per GPU).
import { parseArgs } from "node:util";
import { z } from "zod";

const SERVER = "--server must be the studio's URL, e.g. http://studio.example:3000";
const TOKEN = "--token must be a worker token (mlw_…) from the Workers page";
const JOBS = "--jobs must be how many training jobs to run at once, 0 to 256";

const ZWorkerArgs = z.object({
  server: z.string({ error: SERVER }).url(SERVER),
  token: z.string({ error: TOKEN }).startsWith("mlw_", TOKEN),
  pool: z.coerce.number().int().min(0).max(16).default(1),
  // Digits only: a coerced "" or " " would read as 0 slots, a worker that silently runs no job.
  jobs: z.string().regex(/^\d+$/, JOBS).transform(Number).pipe(z.number().max(256, JOBS)).default(2),
  name: z.string().trim().min(1).max(255).optional(),
  python: z.string().min(1).default("/usr/bin/python3"),
  // Where the studio reaches this machine's model servers; they listen on this address only.
  advertiseHost: z.string().trim().min(1).max(255).default("127.0.0.1"),
});
export type TWorkerArgs = z.infer<typeof ZWorkerArgs>;

export const USAGE = "Usage: npm run worker -- --server URL --token TOKEN [--pool N] [--jobs N] [--name NAME] [--python PATH] [--advertise-host HOST]";

export function parseWorkerArgs(argv: string[], env: Record<string, string | undefined>): TWorkerArgs {
  const { values } = parseArgs({
    args: argv,
    options: { server: { type: "string" }, token: { type: "string" }, pool: { type: "string" }, jobs: { type: "string" }, name: { type: "string" }, python: { type: "string" }, "advertise-host": { type: "string" } },
    strict: true,
  });
  const parsed = ZWorkerArgs.safeParse({
    server: values.server,
    token: values.token ?? env.STUDIO_WORKER_TOKEN,
    pool: values.pool,
    jobs: values.jobs ?? (env.STUDIO_WORKER_JOBS || undefined), // set but empty: not set
    name: values.name,
    python: values.python ?? env.STUDIO_PYTHON,
    advertiseHost: values["advertise-host"] ?? env.STUDIO_WORKER_ADVERTISE_HOST,
  });
  if (!parsed.success) throw new Error(`${parsed.error.issues.map((i) => i.message).join("; ")}\n${USAGE}`);
  return parsed.data;
}
