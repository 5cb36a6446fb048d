// A run's rules, oldest first, with what fired and when.
import { db } from "@/lib/db";
import type { TActor } from "@/lib/permissions";
import { ZRunRuleSpec } from "@/lib/protocol/sdk-events";
import { findAuthorizedRun } from "@/lib/runs/find-authorized-run";
import type { TRunRule } from "./schemas";

export async function findRunRules(actor: TActor | null, runId: string): Promise<{ rules: TRunRule[] }> {
  const run = await findAuthorizedRun(actor, runId);
  const rules = await db.runRule.findMany({ where: { runId: run.id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  return {
    rules: rules.map((rule) => ({
      id: rule.id,
      spec: ZRunRuleSpec.parse(rule.spec),
      status: rule.status === "FIRED" ? "fired" : "watching",
      firedStep: rule.firedStep === null ? null : Number(rule.firedStep),
      firedAt: rule.firedAt,
      message: rule.message,
      createdAt: rule.createdAt,
    })),
  };
}
