// The studio and one online worker of a fresh team, with a member's API token and a project:
// what a test of jobs, sweeps or AutoML starts from.
import { seedApiToken, seedMember, seedProject, seedTeam } from "@/prisma/seed/factories";
import { startStudio } from "./start-studio";
import { studioApi } from "./studio-api";
import { startOnlineWorker } from "./worker-process";

export async function startStudioWithWorker(workerName: string) {
  const studio = await startStudio();
  const member = await seedMember((await seedTeam()).id, "MEMBER");
  const token = (await seedApiToken(member)).token;
  const project = await seedProject(member.teamId);
  const worker = await startOnlineWorker({ url: studio.url, teamId: member.teamId, userId: member.userId, name: workerName });
  return {
    project,
    api: studioApi(() => studio.url, () => token),
    async stop() {
      if (process.env.STUDIO_TEST_LOGS) console.log(studio.output(), worker.worker.output());
      await worker.worker.stop();
      await studio.stop();
    },
  };
}
