// Server time of the main pages for a signed-in owner, on the embedded PostgreSQL, beside
// the anchor: the same server rendering its not-found page (Next's floor, no data).
import { sessionCookie, startBenchDatabase, startBenchServer } from "./bench-studio";
import { median, percentile, printTable } from "./stats";

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 40);
const WARMUP = 5;
const PAGES = ["/projects", "/projects/{slug}", "/notebooks", "/data", "/experiments", "/models", "/monitoring", "/workers", "/settings/team", "/settings/tokens"];

async function seed() {
  const { seedApiToken, seedInvite, seedMember, seedProject, seedTeam } = await import("@/prisma/seed/factories");
  const team = await seedTeam("Bench team");
  const owner = await seedMember(team.id, "OWNER");
  for (const role of ["ADMIN", "MEMBER", "MEMBER", "ANNOTATOR", "VIEWER"] as const) await seedMember(team.id, role);
  const projects = [];
  for (let i = 0; i < 20; i++) projects.push(await seedProject(team.id, `bench-project-${i}`));
  for (let i = 0; i < 5; i++) await seedApiToken(owner, `token ${i}`);
  for (let i = 0; i < 3; i++) await seedInvite(team.id, owner.userId);
  return { owner, slug: projects[0].slug };
}

async function timeRequests(url: string, cookie: string, expectedStatus: number) {
  const times: number[] = [];
  for (let i = 0; i < WARMUP + SAMPLES; i++) {
    const since = performance.now();
    const response = await fetch(url, { headers: { cookie }, redirect: "manual" });
    await response.text();
    // A redirect to sign-in would be fast and prove nothing: only the real page counts.
    if (response.status !== expectedStatus) throw new Error(`${url} answered ${response.status}`);
    if (i >= WARMUP) times.push(performance.now() - since);
  }
  return times;
}

export async function benchPageTimes() {
  const database = await startBenchDatabase("pages");
  const { owner, slug } = await seed();
  const server = await startBenchServer(database.url).catch(async (error) => {
    await database.stop();
    throw error;
  });
  const base = server.url;
  try {
    const cookie = await sessionCookie(owner.userId);
    const anchor = median(await timeRequests(`${base}/no-such-page`, cookie, 404));
    const rows = [];
    for (const page of PAGES) {
      const times = await timeRequests(base + page.replace("{slug}", slug), cookie, 200);
      rows.push({
        page,
        "median ms": median(times).toFixed(1),
        "p95 ms": percentile(times, 95).toFixed(1),
        "anchor: not-found page ms": anchor.toFixed(1),
        ratio: (median(times) / anchor).toFixed(2),
        "budget 100 ms": median(times) < 100 ? "met" : "MISSED",
      });
    }
    printTable(`Server time of the main pages, ${SAMPLES} sequential requests each, after ${WARMUP} warm-up`, rows);
    return rows;
  } finally {
    await server.stop();
    await database.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchPageTimes();
