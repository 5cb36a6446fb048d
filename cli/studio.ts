// The studio's command line: `npm run studio -- notebook run FILE.ipynb [options]` (see
// parse-run-args.ts). Talks to a running studio over its REST API with an API token.
import { CliError, UsageError } from "./cli-errors";
import { parseRunArgs, RUN_USAGE } from "./parse-run-args";
import { runNotebookFile } from "./run-notebook-file";

const USAGE = `Usage: npm run studio -- <command>

Commands:
  notebook run FILE.ipynb [options]   run a notebook headless, like nbconvert --execute

${RUN_USAGE}`;

const log = (line: string) => process.stderr.write(`${line}\n`);

async function main(argv: string[]) {
  if (argv.length === 0 || ["-h", "--help", "help"].includes(argv[0])) {
    console.log(USAGE);
    return argv.length === 0 ? 2 : 0;
  }
  const [area, command, ...rest] = argv;
  if (area !== "notebook" || command !== "run") throw new UsageError(`Unknown command: ${[area, command].filter(Boolean).join(" ")}`, USAGE);
  if (rest.includes("--help") || rest.includes("-h")) {
    console.log(RUN_USAGE);
    return 0;
  }
  const args = parseRunArgs(rest, process.env);
  const interrupted = new AbortController();
  process.once("SIGINT", () => interrupted.abort());
  return runNotebookFile(args, { signal: interrupted.signal, log });
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) log(error.usage ? `${error.message}\n\n${error.usage}` : error.message);
    else if (error instanceof CliError) log(error.message);
    else log(`Unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(error instanceof CliError ? error.exitCode : 1);
  },
);
