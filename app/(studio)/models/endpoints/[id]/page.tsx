import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { getEndpoint } from "@/lib/endpoints/get-endpoint";
import { AppError } from "@/lib/errors";
import { can } from "@/lib/permissions";
import { DeleteEndpointButton } from "@/components/endpoints/delete-endpoint-button";
import { deploymentSeries } from "@/components/endpoints/deployment-series";
import { DeploymentsCard } from "@/components/endpoints/deployments-card";
import { EndpointLiveView } from "@/components/endpoints/endpoint-live-view";
import { InferenceUrls } from "@/components/endpoints/inference-urls";
import { EndpointStatusBadge } from "@/components/endpoints/status-badges";
import { EndpointDriftCard } from "@/components/monitoring/endpoint-drift-card";
import { formatDateTime } from "@/components/ui/format-date";
import { PageHeader } from "@/components/ui/page-header";
import styles from "@/components/studio/page-sections.module.css";

type TProps = { params: Promise<{ id: string }> };

// Cached per request: the metadata and the page ask for the same endpoint.
const findPageEndpoint = cache(async (id: string) => {
  const actor = await requirePageActor("endpoint.read");
  try {
    return { actor, endpoint: await getEndpoint(actor, id) };
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return { title: (await findPageEndpoint((await params).id)).endpoint.name };
}

export default async function EndpointPage({ params }: TProps) {
  const { actor, endpoint } = await findPageEndpoint((await params).id);
  const canManage = can(actor, "endpoint.manage", { teamId: actor.teamId });
  const series = deploymentSeries(endpoint);
  const primary = endpoint.live[0];
  return (
    <>
      <PageHeader
        parent={<Link href="/models">← Models & Endpoints</Link>}
        title={endpoint.name}
        description={
          <>
            <EndpointStatusBadge status={endpoint.status} /> · created {formatDateTime(endpoint.createdAt)} · {endpoint.capturePercent}% of requests captured for
            monitoring · a canary failing over {Math.round(endpoint.rollbackErrorRate * 100)}% of its requests in a minute is rolled back by itself
          </>
        }
        actions={canManage && <DeleteEndpointButton endpointId={endpoint.id} endpointName={endpoint.name} />}
      />
      <div className={styles.stack}>
        <InferenceUrls endpointName={endpoint.name} />
        <DeploymentsCard endpoint={endpoint} series={series} canManage={canManage} />
        <EndpointDriftCard endpointId={endpoint.id} canManage={canManage} servedModel={primary ? { id: primary.model.id, number: primary.model.number } : null} capturePercent={endpoint.capturePercent} />
        <EndpointLiveView endpointId={endpoint.id} endpointName={endpoint.name} deployments={series} signature={primary?.signature ?? null} hasLiveVersion={Boolean(primary)} />
      </div>
    </>
  );
}
