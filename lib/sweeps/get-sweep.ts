// A sweep with its settings and its trials, best first: its page and GET /api/v1/sweeps/{id}.
import { db } from "@/lib/db";
import type { TActor } from "@/lib/permissions";
import { ZEarlyStopping } from "./early-stopping";
import { findAuthorizedSweep } from "./find-authorized-sweep";
import type { TSweepDetail } from "./schemas";
import { ZSearchSpace } from "./search-space";
import { SWEEP_DETAIL_SELECT, toSweepWithTrials } from "./sweep-summary";

export async function getSweep(actor: TActor | null, sweepId: string): Promise<TSweepDetail> {
  const sweep = await findAuthorizedSweep(actor, "run.read", sweepId);
  const row = await db.sweep.findUniqueOrThrow({ where: { id: sweep.id }, select: SWEEP_DETAIL_SELECT });
  const { summary, trials } = toSweepWithTrials(row);
  return {
    ...summary,
    space: ZSearchSpace.parse(sweep.space),
    fixedParams: sweep.fixedParams as Record<string, unknown>,
    earlyStopping: ZEarlyStopping.parse(sweep.earlyStopping),
    seed: sweep.seed,
    command: sweep.command,
    gpus: sweep.gpus,
    maxRetries: sweep.maxRetries,
    trials,
  };
}
