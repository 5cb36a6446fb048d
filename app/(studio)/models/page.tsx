import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { findEndpoints } from "@/lib/endpoints/find-endpoints";
import { findModels } from "@/lib/models/find-models";
import { EndpointsTable } from "@/components/endpoints/endpoints-table";
import { LiveRefresh } from "@/components/live/live-refresh";
import { ModelsTable } from "@/components/models/models-table";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { CodeBlock } from "@/components/ui/code-block";
import { EmptyState } from "@/components/ui/empty-state";
import { CubeIcon, GlobeIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import styles from "@/components/studio/page-sections.module.css";

export const metadata: Metadata = { title: "Models & Endpoints" };

const ENDPOINTS_ROOM = { kind: "endpoints" } as const;

const REGISTER_BY_API = `curl -X POST "$MLSTUDIO_URL/api/v1/models" \\
  -H "Authorization: Bearer $MLSTUDIO_API_TOKEN" -H "Content-Type: application/json" \\
  -d '{"modelName": "churn", "source": {"kind": "run", "runId": "<run id>", "artifactPath": "model.pkl"}}'`;

export default async function ModelsPage() {
  const actor = await requirePageActor("model.read");
  const [endpoints, models] = await Promise.all([findEndpoints(actor), findModels(actor)]);
  return (
    <>
      <PageHeader title="Models & Endpoints" description="Registered model versions, and the HTTP endpoints that serve them." />
      <div className={styles.stack}>
        <Card
          title="Endpoints"
          description="Each serves one version, or two while a canary takes a share of the requests."
          actions={<LiveRefresh event="endpoint:changed" room={ENDPOINTS_ROOM} />}
          isFlush
        >
          {endpoints.length ? (
            <EndpointsTable endpoints={endpoints} />
          ) : (
            <EmptyState
              size="inline"
              icon={<GlobeIcon />}
              title="No endpoints yet"
              description="Open a registered model below and choose Deploy on one of its versions. The studio starts its replicas on workers that fit and gives it a KServe V2 and an MLflow URL."
            />
          )}
        </Card>
        <Card title="Registered models" description="Named models with numbered versions, each kept with the run and dataset version it came from." isFlush>
          {models.length ? (
            <ModelsTable models={models} />
          ) : (
            <EmptyState
              size="inline"
              icon={<CubeIcon />}
              title="No models registered yet"
              description="Register a model a run logged (run.log_model) from the run's page, or with the REST API:"
              action={<ButtonLink href="/experiments">Go to experiments</ButtonLink>}
            >
              <CodeBlock label="Register a model version with the REST API">{REGISTER_BY_API}</CodeBlock>
            </EmptyState>
          )}
        </Card>
      </div>
    </>
  );
}
