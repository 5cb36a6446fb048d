import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { CubeIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Models & Endpoints" };

export default async function ModelsPage() {
  await requirePageActor("model.read");
  return (
    <>
      <PageHeader title="Models & Endpoints" description="Registered model versions, and the HTTP endpoints that serve them." />
      <EmptyState
        icon={<CubeIcon />}
        title="No models registered yet"
        description="Register a model version from a finished run in one of your projects. You can then deploy it behind an endpoint, split traffic between versions and send test requests."
        action={<ButtonLink href="/experiments">Go to experiments</ButtonLink>}
      />
    </>
  );
}
