import type { Metadata } from "next";
import { headers } from "next/headers";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { can } from "@/lib/permissions";
import { WORKERS_ROOM } from "@/lib/protocol/studio-events";
import { findWorkers } from "@/lib/workers/find-workers";
import { findWorkerTokens } from "@/lib/workers/manage-worker-tokens";
import { LiveRefresh } from "@/components/live/live-refresh";
import { CreateWorkerTokenForm } from "@/components/workers/create-worker-token-form";
import { workerCommand } from "@/components/workers/worker-command";
import { WorkerTokensTable } from "@/components/workers/worker-tokens-table";
import { toWorkerView } from "@/components/workers/worker-view";
import { WorkersLive } from "@/components/workers/workers-live";
import { Card } from "@/components/ui/card";
import { CodeBlock } from "@/components/ui/code-block";
import { EmptyState } from "@/components/ui/empty-state";
import { CpuIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import pageStyles from "@/components/studio/page-sections.module.css";
import styles from "@/components/workers/workers.module.css";

export const metadata: Metadata = { title: "Workers" };

function describe(workers: Array<{ status: string }>) {
  const online = workers.filter((worker) => worker.status === "online").length;
  return `${online} of ${workers.length} online. Load is sampled every few seconds.`;
}

export default async function WorkersPage() {
  const actor = await requirePageActor("worker.read");
  const canManage = can(actor, "worker.manage", { teamId: actor.teamId });
  const [workers, tokens] = await Promise.all([findWorkers(actor), canManage ? findWorkerTokens(actor) : null]);
  const requestHeaders = await headers();
  // The address this browser reached the studio at is the one a worker on the same network dials.
  const origin = `${requestHeaders.get("x-forwarded-proto") ?? "http"}://${requestHeaders.get("host")}`;
  return (
    <>
      <PageHeader
        title="Workers"
        description="The machines that run your notebooks, training jobs and endpoints. Workers dial out to the studio, so they need no open port."
      />
      <div className={pageStyles.stack}>
        {workers.length > 0 ? (
          <WorkersLive workers={workers.map(toWorkerView)} description={describe(workers)} />
        ) : (
          <EmptyState
            icon={<CpuIcon />}
            title="No workers connected"
            description="A worker is a small program that runs your team's code on a machine with CPUs or GPUs to share. Start one on each such machine; it appears here as soon as it connects."
            action={<LiveRefresh event="worker:changed" room={WORKERS_ROOM} />}
          >
            <ol className={styles.steps}>
              <li>{canManage ? "Create a worker token below." : "Ask an admin of your team for a worker token."}</li>
              <li>On the machine, in a checkout of ML Studio with Python 3 and ipykernel installed, run:</li>
            </ol>
            <CodeBlock label="Command to start a worker">{workerCommand(origin, "<worker token>")}</CodeBlock>
          </EmptyState>
        )}
        {tokens && (
          <>
            <Card
              title="Create a worker token"
              description="Admins issue one token per machine or fleet. A worker proves it with every connection; revoking it disconnects the worker at once."
            >
              <CreateWorkerTokenForm />
            </Card>
            <Card title="Worker tokens" isFlush>
              <WorkerTokensTable tokens={tokens} />
            </Card>
          </>
        )}
      </div>
    </>
  );
}
