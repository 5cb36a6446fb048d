// The batch's start events become runs with their rules (a start sent again is ignored); then every run the
// batch names must be one of the team's (of the job's, for a job). A project is found by name or slug, and created when
// the team has none by that name (as W&B and MLflow do), if the user may create projects.
import { Prisma } from "@prisma/client";
import { AppError } from "@/lib/errors";
import type { TPreparedQuery } from "@/lib/db/prepared-query";
import type { TSdkEvent } from "@/lib/protocol/sdk-events";
import { slugify } from "@/lib/projects/slugify";
import type { TRunOrigin } from "./run-origin";

type TStart = Extract<TSdkEvent, { type: "start" }>;
export type TKnownRun = { id: string; projectId: string; isNew: boolean };

async function findOrCreateProject(query: TPreparedQuery, origin: TRunOrigin, name: string) {
  const slug = slugify(name);
  const find = Prisma.sql`SELECT id FROM "Project" WHERE "teamId" = ${origin.teamId} AND (slug = ${slug} OR name = ${name}) ORDER BY (name = ${name}) DESC LIMIT 1`;
  const [found] = await query<{ id: string }>(find);
  if (found) return found.id;
  if (!origin.mayCreateProject) throw new AppError("forbidden", `The team has no project "${name}", and your role may not create one.`);
  await query(Prisma.sql`
    INSERT INTO "Project" (id, "teamId", name, slug, description, "createdAt")
    VALUES (${crypto.randomUUID()}, ${origin.teamId}, ${name}, ${slug}, '', now() AT TIME ZONE 'UTC')
    ON CONFLICT ("teamId", slug) DO NOTHING`);
  const [created] = await query<{ id: string }>(find);
  return created.id;
}

async function projectOf(query: TPreparedQuery, origin: TRunOrigin, start: TStart) {
  if (start.project) return findOrCreateProject(query, origin, start.project);
  const from = origin.notebook ?? origin.job;
  if (from) return from.projectId;
  throw new AppError("bad_input", "Name a project: mlstudio.init(project=\"…\").");
}

/** The batch's runs, all of the origin's team; throws (and the batch is refused) otherwise. */
export async function startRuns(query: TPreparedQuery, origin: TRunOrigin, events: TSdkEvent[]): Promise<Map<string, TKnownRun>> {
  const created = new Set<string>();
  for (const start of events.filter((e): e is TStart => e.type === "start")) {
    const projectId = await projectOf(query, origin, start);
    const rows = await query<{ id: string }>(Prisma.sql`
      INSERT INTO "Run" (id, "teamId", "projectId", name, params, tags, "createdById", "notebookId", "jobId", "workerId", "startedAt", "updatedAt")
      VALUES (${start.run}, ${origin.teamId}, ${projectId}, ${start.name ?? `run-${start.run.slice(0, 8)}`}, ${JSON.stringify(start.params)}::jsonb,
        ${start.tags}::text[], ${origin.userId}, ${origin.notebook?.id ?? null}, ${origin.job?.id ?? null},
        ${origin.notebook?.workerId ?? origin.job?.workerId ?? null},
        to_timestamp(${start.time}) AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC')
      ON CONFLICT (id) DO NOTHING
      RETURNING id`);
    if (!rows.length) continue;
    created.add(start.run);
    for (const rule of start.rules) {
      await query(Prisma.sql`
        INSERT INTO "RunRule" (id, "runId", metric, spec, "isStopping", "createdAt")
        VALUES (${crypto.randomUUID()}, ${start.run}, ${rule.metric}, ${JSON.stringify(rule)}::jsonb, ${rule.stop}, now() AT TIME ZONE 'UTC')`);
    }
  }
  const ids = [...new Set(events.map((e) => e.run))];
  // A job logs only into its own runs (as can() has it for its token).
  const jobId = origin.job?.id ?? null;
  const known = await query<{ id: string; projectId: string }>(Prisma.sql`
    SELECT id, "projectId" FROM "Run" WHERE id = ANY(${ids}::text[]) AND "teamId" = ${origin.teamId}
      AND (${jobId}::text IS NULL OR "jobId" = ${jobId}::text)`);
  const runs = new Map(known.map((run) => [run.id, { ...run, isNew: created.has(run.id) }]));
  const unknown = ids.find((id) => !runs.has(id));
  if (unknown) {
    const hint = jobId ? "a job logs only into the runs it started" : "start it with mlstudio.init() first";
    throw new AppError("not_found", `Unknown run ${unknown}: ${hint}.`);
  }
  return runs;
}
