import type { Metadata } from "next";
import { headers } from "next/headers";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { CodeBlock } from "@/components/ui/code-block";
import { EmptyState } from "@/components/ui/empty-state";
import { CpuIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Workers" };

export default async function WorkersPage() {
  await requirePageActor("worker.read");
  const requestHeaders = await headers();
  // The address this browser reached the studio at is the one a worker on the same network dials.
  const origin = `${requestHeaders.get("x-forwarded-proto") ?? "http"}://${requestHeaders.get("host")}`;
  return (
    <>
      <PageHeader
        title="Workers"
        description="The machines that run your notebooks, training jobs and endpoints. Workers dial out to the studio, so they need no open port."
      />
      <EmptyState
        icon={<CpuIcon />}
        title="No workers connected"
        description="Once workers land, start one on each machine with a CPU or GPU to share, using a worker token issued on this page. Connected workers are listed here with their CPUs, memory, GPUs and Python packages."
      >
        <CodeBlock label="Command to start a worker">{`npm run worker -- --server ${origin} --token T`}</CodeBlock>
      </EmptyState>
    </>
  );
}
