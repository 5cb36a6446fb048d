import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ActivityIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Monitoring" };

export default async function MonitoringPage() {
  await requirePageActor("monitoring.read");
  return (
    <>
      <PageHeader title="Monitoring" description="Live traffic compared with each model's training data: drift charts and alerts." />
      <EmptyState
        icon={<ActivityIcon />}
        title="Nothing to monitor yet"
        description="Monitoring starts when an endpoint serves traffic. Deploy a model under Models & Endpoints; its drift against the training baseline will be charted here."
        action={<ButtonLink href="/models">Go to models & endpoints</ButtonLink>}
      />
    </>
  );
}
