// Export of 100,000 annotations (a detection project, one box each) as COCO, through the
// studio: started by REST, made in the background, timed until its file is ready; median of 3.
// Anchor, in the same run: reading the same items and annotations in one SQL query, the floor
// under any export from PostgreSQL (Label Studio: about 4 minutes for 50,000, its issue 5873).
//   npx tsx bench/labeling-export.ts
import pg from "pg";
import { startBenchDatabase, startBenchServer } from "./bench-studio";
import { median, printTable } from "./stats";

const ANNOTATIONS = Number(process.env.BENCH_ANNOTATIONS ?? 100_000);
const RUNS = 3;
const BUDGET_MS = 30_000;

async function seedAnnotatedProject() {
  const { seedApiToken, seedMember, seedTeam } = await import("@/prisma/seed/factories");
  const { db } = await import("@/lib/db");
  const team = await seedTeam("Bench team");
  const owner = await seedMember(team.id, "OWNER");
  const dataset = await db.dataset.create({ data: { teamId: team.id, name: "street-scenes" } });
  const version = await db.datasetVersion.create({ data: { datasetId: dataset.id, teamId: team.id, number: 1, format: "IMAGES", sizeBytes: 0, rowCount: ANNOTATIONS, createdById: owner.userId } });
  const project = await db.labelingProject.create({
    data: {
      teamId: team.id,
      name: "Street scenes",
      datasetVersionId: version.id,
      template: "OBJECT_DETECTION",
      labels: [{ name: "car", color: "#1971c2" }, { name: "person", color: "#d9480f" }],
      itemCount: ANNOTATIONS,
      completedCount: ANNOTATIONS,
      createdById: owner.userId,
    },
  });
  await db.$executeRaw`
    INSERT INTO "LabelingItem" (id, "projectId", position, data, "annotationCount", "isComplete")
    SELECT md5(i::text), ${project.id}, i, jsonb_build_object('kind', 'image', 'path', 'images/' || i || '.jpg', 'width', 640, 'height', 480), 1, true
    FROM generate_series(0, ${ANNOTATIONS - 1}) AS i`;
  await db.$executeRaw`
    INSERT INTO "Annotation" (id, "itemId", "projectId", "annotatorId", result, status, "updatedAt")
    SELECT md5('a' || i::text), md5(i::text), ${project.id}, ${owner.userId},
      jsonb_build_object('kind', 'boxes', 'boxes', jsonb_build_array(jsonb_build_object('label', CASE WHEN i % 2 = 0 THEN 'car' ELSE 'person' END, 'x', 0.1, 'y', 0.2, 'width', 0.3, 'height', 0.25))),
      'SUBMITTED', now()
    FROM generate_series(0, ${ANNOTATIONS - 1}) AS i`;
  await db.$executeRaw`ANALYZE`;
  return { projectId: project.id, token: (await seedApiToken(owner)).token };
}

async function timeExport(url: string, projectId: string, token: string) {
  const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
  const startedAt = performance.now();
  const started = await fetch(`${url}/api/v1/labeling/projects/${projectId}/exports`, { method: "POST", headers, body: JSON.stringify({ format: "coco" }) });
  const { id } = (await started.json()) as { id: string };
  for (;;) {
    const list = (await (await fetch(`${url}/api/v1/labeling/projects/${projectId}/exports`, { headers })).json()) as { exports: { id: string; status: string; error: string | null }[] };
    const row = list.exports.find((e) => e.id === id);
    if (row?.status === "failed") throw new Error(`export failed: ${row.error}`);
    if (row?.status === "succeeded") break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const file = await fetch(`${url}/api/v1/labeling/projects/${projectId}/exports/${id}/file`, { headers });
  const coco = (await file.json()) as { annotations: unknown[] };
  if (coco.annotations.length !== ANNOTATIONS) throw new Error(`the export holds ${coco.annotations.length} annotations`);
  return performance.now() - startedAt;
}

async function timeReadAll(databaseUrl: string, projectId: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const startedAt = performance.now();
      const { rowCount } = await client.query(`SELECT i.id, i.data, a.result FROM "LabelingItem" i JOIN "Annotation" a ON a."itemId" = i.id WHERE i."projectId" = $1 ORDER BY i.position`, [projectId]);
      if (rowCount !== ANNOTATIONS) throw new Error(`read ${rowCount} rows`);
      samples.push(performance.now() - startedAt);
    }
    return median(samples);
  } finally {
    await client.end();
  }
}

export async function benchLabelingExport() {
  const database = await startBenchDatabase("labeling-export");
  try {
    const { projectId, token } = await seedAnnotatedProject();
    const server = await startBenchServer(database.url);
    try {
      const samples: number[] = [];
      for (let i = 0; i < RUNS; i++) samples.push(await timeExport(server.url, projectId, token));
      const exportMs = median(samples);
      const readMs = await timeReadAll(database.url, projectId);
      printTable(`Export of ${ANNOTATIONS.toLocaleString("en")} annotations as COCO, median of ${RUNS} (ms)`, [
        { path: "studio: POST …/exports, until the file is ready, then downloaded", ms: Math.round(exportMs), ratio: (exportMs / readMs).toFixed(2) },
        { path: "anchor: one SQL query reading the items and annotations", ms: Math.round(readMs), ratio: "1.00" },
      ]);
      console.log(`export ${(exportMs / 1000).toFixed(1)} s (budget ${BUDGET_MS / 1000} s: ${exportMs < BUDGET_MS ? "met" : "MISSED"})`);
    } finally {
      await server.stop();
    }
  } finally {
    await database.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchLabelingExport();
