// A rule added to a running run (from its page or REST): checked against the points that
// arrive from now on.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { authorize } from "@/lib/auth/authorize";
import type { TActor } from "@/lib/permissions";
import { MAX_RULES_PER_RUN, type TRunRuleSpec } from "@/lib/protocol/sdk-events";
import { findAuthorizedRun } from "@/lib/runs/find-authorized-run";

export async function addRunRule(actor: TActor | null, runId: string, spec: TRunRuleSpec) {
  const run = await findAuthorizedRun(actor, runId);
  authorize(actor, "run.create", run);
  if (run.status !== "RUNNING") throw new AppError("conflict", "This run has ended: a rule added now would never be checked.");
  if ((await db.runRule.count({ where: { runId } })) >= MAX_RULES_PER_RUN) throw new AppError("conflict", `A run has at most ${MAX_RULES_PER_RUN} rules.`);
  const rule = await db.runRule.create({ data: { runId, metric: spec.metric, spec, isStopping: spec.stop } });
  return { id: rule.id };
}
