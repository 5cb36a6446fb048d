// After a batch is stored: each watching rule of its runs is checked against the new points of
// its metric, its state kept for the next batch, and a broken one fired.
import { db } from "@/lib/db";
import { ZRunRuleSpec } from "@/lib/protocol/sdk-events";
import { toNumber } from "@/lib/runs/metric-values";
import type { TLoggedSeries } from "@/lib/runs/store-metric-points";
import { evaluateRule } from "./evaluate-rule";
import { fireRunRule } from "./fire-run-rule";

export async function checkRunRules(series: TLoggedSeries) {
  if (series.size === 0) return;
  const rules = await db.runRule.findMany({
    where: { runId: { in: [...series.keys()] }, status: "WATCHING" },
    include: { run: { select: { id: true, teamId: true, name: true } } },
  });
  for (const rule of rules) {
    const points = series.get(rule.runId)?.get(rule.metric);
    if (!points) continue;
    const state = { bestValue: rule.bestValue, bestStep: rule.bestStep === null ? null : Number(rule.bestStep) };
    const verdict = evaluateRule(
      ZRunRuleSpec.parse(rule.spec),
      state,
      points.map((point) => ({ step: point.step, value: toNumber(point.value) })),
    );
    if (verdict.fired) {
      await fireRunRule({ ruleId: rule.id, run: rule.run, isStopping: rule.isStopping, ...verdict.fired });
    } else if (verdict.state.bestStep !== state.bestStep || verdict.state.bestValue !== state.bestValue) {
      await db.runRule.updateMany({ where: { id: rule.id, status: "WATCHING" }, data: { bestValue: verdict.state.bestValue, bestStep: verdict.state.bestStep } });
    }
  }
}
