// Where the studio keeps its state and how it is reached, from the environment.
import path from "node:path";
import { z } from "zod";

const ZEnv = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  STUDIO_DATA_DIR: z.string().min(1).default(".studio"),
  DATABASE_URL: z.string().url().optional(),
  REDIS_URL: z.string().url().optional(),
  STUDIO_PYTHON: z.string().min(1).default("/usr/bin/python3"),
});

export type TStudioConfig = ReturnType<typeof loadConfig>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env) {
  const parsed = ZEnv.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment: ${problems.join("; ")}`);
  }
  const { PORT, STUDIO_DATA_DIR, DATABASE_URL, REDIS_URL, STUDIO_PYTHON } = parsed.data;
  return {
    port: PORT,
    dataDir: path.resolve(STUDIO_DATA_DIR),
    databaseUrl: DATABASE_URL,
    redisUrl: REDIS_URL,
    python: STUDIO_PYTHON,
  };
}
