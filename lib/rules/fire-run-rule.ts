// A rule broke: it is marked fired once (a later batch that breaks it again changes nothing),
// an alert goes to the team's feed and the run's page, and a stopping rule stops the run.
import { db } from "@/lib/db";
import { RUNS_ROOM } from "@/lib/protocol";
import { publishToRoom } from "@/lib/server/publish";
import { stopRun } from "./stop-run";

type TFiring = { ruleId: string; run: { id: string; teamId: string; name: string }; isStopping: boolean; step: number; message: string };

export async function fireRunRule({ ruleId, run, isStopping, step, message }: TFiring) {
  const title = `A rule fired on run ${run.name}`;
  const alert = await db.$transaction(async (tx) => {
    const { count } = await tx.runRule.updateMany({ where: { id: ruleId, status: "WATCHING" }, data: { status: "FIRED", firedStep: step, firedAt: new Date(), message } });
    if (count === 0) return null;
    return tx.alert.create({ data: { teamId: run.teamId, title, message: isStopping ? `${message} The run was stopped.` : message, runId: run.id, ruleId } });
  });
  if (!alert) return;
  const raised = { alertId: alert.id, runId: run.id, title, message: alert.message };
  publishToRoom(run.teamId, RUNS_ROOM, "alert:raised", raised);
  publishToRoom(run.teamId, { kind: "run", id: run.id }, "alert:raised", raised);
  if (isStopping) await stopRun(run.id, message);
}
