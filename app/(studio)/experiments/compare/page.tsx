import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { AppError } from "@/lib/errors";
import { RUNS_ROOM } from "@/lib/protocol/studio-events";
import { compareRuns } from "@/lib/runs/compare-runs";
import { ZCompareRunsSearch } from "@/lib/runs/compare-schemas";
import { LiveRefresh } from "@/components/live/live-refresh";
import { RunComparison } from "@/components/runs/compare/run-comparison";
import { toRunsSearch } from "@/components/runs/runs-query";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { AlertIcon, FlaskIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Compare runs" };

type TProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const BACK = <Link href="/experiments">← Experiments</Link>;

function CannotCompare({ title, description, isMissing }: { title: string; description: string; isMissing?: boolean }) {
  return (
    <>
      <PageHeader parent={BACK} title="Compare runs" />
      <EmptyState
        icon={isMissing ? <AlertIcon /> : <FlaskIcon />}
        title={title}
        description={description}
        action={<ButtonLink href="/experiments">Choose runs</ButtonLink>}
      />
    </>
  );
}

export default async function CompareRunsPage({ searchParams }: TProps) {
  const actor = await requirePageActor("run.read");
  const parsed = ZCompareRunsSearch.safeParse({ runs: toRunsSearch(await searchParams).runs });
  if (!parsed.success) {
    const { message } = parsed.error.issues[0];
    const description = `${message.charAt(0).toUpperCase()}${message.slice(1)}: tick them in the runs table, then press Compare.`;
    return <CannotCompare title="Choose runs to compare" description={description} />;
  }
  let comparison;
  try {
    comparison = await compareRuns(actor, { runIds: parsed.data.runs });
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") return <CannotCompare title="A run is missing" description={error.message} isMissing />;
    throw error;
  }
  const names = comparison.runs.map((run) => run.name).join(", ");
  return (
    <>
      <PageHeader
        parent={BACK}
        title="Compare runs"
        description={`${comparison.runs.length} runs: ${names}.`}
        actions={<LiveRefresh event="run:changed" room={RUNS_ROOM} />}
      />
      <RunComparison comparison={comparison} />
    </>
  );
}
