"use client";
import { useRouter } from "next/navigation";
import { useServerAction } from "@/components/forms/use-server-action";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { InlineStatus } from "@/components/ui/inline-status";
import type { TEndpointSummary } from "@/lib/endpoints/find-endpoints";
import type { TModelVersionView } from "@/lib/models/get-model";
import { DeployCanaryButton } from "./deploy-canary-button";
import { DeployEndpointButton } from "./deploy-endpoint-button";
import { sendJson } from "./send-json";
import { SetAliasButton } from "./set-alias-button";
import styles from "./models.module.css";

type TVersionActionsProps = {
  modelId: string;
  modelName: string;
  version: Pick<TModelVersionView, "number" | "status">;
  /** model.manage: aliases and archiving. */
  canManage: boolean;
  /** endpoint.manage: deploying; with the endpoints a canary may go to. */
  canDeploy: boolean;
  endpoints: TEndpointSummary[];
};

function statusUrl(modelId: string, number: number) {
  return `/api/v1/models/${encodeURIComponent(modelId)}/versions/${number}`;
}

const archive = (input: { modelId: string; number: number }) => sendJson("PATCH", statusUrl(input.modelId, input.number), { status: "ARCHIVED" });

/** What a manager may do with one version: alias it, archive or restore it, deploy it. */
export function VersionActions({ modelId, modelName, version, canManage, canDeploy, endpoints }: TVersionActionsProps) {
  const router = useRouter();
  const restore = useServerAction(() => sendJson("PATCH", statusUrl(modelId, version.number), { status: "READY" }));
  const { number } = version;
  if (version.status === "ARCHIVED") {
    if (!canManage) return null;
    return (
      <span className={styles.actions}>
        <Button size="sm" aria-label={`Restore version ${number}`} isPending={restore.isPending} onClick={() => restore.run(undefined, () => router.refresh())}>
          Restore
        </Button>
        {restore.formError && <InlineStatus tone="error">{restore.formError}</InlineStatus>}
      </span>
    );
  }
  return (
    <span className={styles.actions}>
      {canDeploy && <DeployEndpointButton modelId={modelId} modelName={modelName} number={number} />}
      {canDeploy && <DeployCanaryButton modelId={modelId} number={number} endpoints={endpoints} />}
      {canManage && <SetAliasButton modelId={modelId} number={number} />}
      {canManage && (
        <ConfirmButton
          label="Archive"
          accessibleLabel={`Archive version ${number}`}
          title={`Archive version ${number}?`}
          description="It keeps its file and lineage but loses its aliases and cannot be deployed until restored. A version an endpoint serves cannot be archived."
          action={archive}
          input={{ modelId, number }}
        />
      )}
    </span>
  );
}
