// `studio notebook run FILE.ipynb [options]`: the arguments, checked with zod. The server and
// token may come from MLSTUDIO_URL and MLSTUDIO_API_TOKEN, as for the Python SDK.
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { UsageError } from "./cli-errors";

export const RUN_USAGE = `Usage: npm run studio -- notebook run FILE.ipynb [options]

Runs the notebook top to bottom on a fresh kernel of the studio's workers, like
\`jupyter nbconvert --to notebook --execute\`, and writes the executed notebook.

Options:
  --out OUT.ipynb      where to write it (default: FILE.nbconvert.ipynb beside FILE)
  --server URL         the studio (default: $MLSTUDIO_URL or http://localhost:3000)
  --token TOKEN        an API token from Team settings → Tokens (default: $MLSTUDIO_API_TOKEN)
  --project SLUG|ID    the project to import into (default: notebook-runs, made if missing)
  --timeout SECONDS    stop the run this long after its first cell started
  --allow-errors       run every cell even after one fails (exit 0 if the run completes)
  --keep               keep the imported notebook in the studio (default: delete it)

Exit status: 0 the run succeeded, 1 it failed or the studio refused, 2 bad usage or input.`;

const TOKEN = "Pass an API token with --token or MLSTUDIO_API_TOKEN (create one in Team settings → Tokens).";
const SERVER = "--server must be the studio's URL, e.g. http://localhost:3000.";

const ZRunArgs = z.object({
  file: z.string({ error: "Name the notebook to run: FILE.ipynb." }).min(1),
  out: z.string().min(1).optional(),
  server: z.url(SERVER).transform((url) => url.replace(/\/+$/, "")),
  token: z.string({ error: TOKEN }).startsWith("mls_", TOKEN),
  project: z.string().trim().min(1).max(120).optional(),
  timeoutSeconds: z.coerce.number({ error: "--timeout must be a number of seconds." }).int("--timeout must be whole seconds.").min(1).max(7 * 24 * 3600).optional(),
  allowErrors: z.boolean(),
  keep: z.boolean(),
});
export type TRunArgs = z.infer<typeof ZRunArgs> & { out: string };

/** Where nbconvert writes: FILE.nbconvert.ipynb beside FILE. */
function defaultOut(file: string) {
  const { dir, name } = path.parse(file);
  return path.join(dir, `${name}.nbconvert.ipynb`);
}

export function parseRunArgs(argv: string[], env: Record<string, string | undefined>): TRunArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: "string" },
        server: { type: "string" },
        token: { type: "string" },
        project: { type: "string" },
        timeout: { type: "string" },
        "allow-errors": { type: "boolean", default: false },
        keep: { type: "boolean", default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message, RUN_USAGE);
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) throw new UsageError(`One notebook at a time (got ${positionals.join(", ")}).`, RUN_USAGE);
  const args = ZRunArgs.safeParse({
    file: positionals[0],
    out: values.out,
    server: values.server ?? env.MLSTUDIO_URL ?? "http://localhost:3000",
    token: values.token ?? env.MLSTUDIO_API_TOKEN,
    project: values.project,
    timeoutSeconds: values.timeout,
    allowErrors: values["allow-errors"],
    keep: values.keep,
  });
  if (!args.success) throw new UsageError(args.error.issues.map((issue) => issue.message).join("\n"), RUN_USAGE);
  return { ...args.data, out: args.data.out ?? defaultOut(args.data.file) };
}
