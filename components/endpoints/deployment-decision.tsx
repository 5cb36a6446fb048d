"use client";
import { useRouter } from "next/navigation";
import { postJson } from "@/components/forms/request-result";
import { useServerAction } from "@/components/forms/use-server-action";
import { FormDialogButton } from "@/components/forms/form-dialog-button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import styles from "./endpoints.module.css";

type TProps = { endpointId: string; canary: { id: string; label: string }; primaryLabel: string };

const decide = (verb: "promote" | "rollback") => (input: { endpointId: string; deploymentId: string }) =>
  postJson(`/api/v1/endpoints/${encodeURIComponent(input.endpointId)}/${verb}`, { deploymentId: input.deploymentId });

const rollBack = decide("rollback");

/** The end of a canary: promoted, it takes all requests and the primary retires; rolled back, it retires. */
export function DeploymentDecision({ endpointId, canary, primaryLabel }: TProps) {
  const router = useRouter();
  const promote = useServerAction(decide("promote"));
  return (
    <span className={styles.decisionButtons}>
      <FormDialogButton
        label="Promote"
        accessibleLabel={`Promote ${canary.label}`}
        title={`Promote ${canary.label}?`}
        description={`It takes all requests and ${primaryLabel} is retired: its replicas stop.`}
        submitLabel="Promote"
        isPending={promote.isPending}
        formError={promote.formError}
        onOpen={promote.clearError}
        onSubmit={(_, close) =>
          promote.run({ endpointId, deploymentId: canary.id }, () => {
            close();
            router.refresh();
          })
        }
      />
      <ConfirmButton
        label="Roll back"
        accessibleLabel={`Roll back ${canary.label}`}
        title={`Roll back ${canary.label}?`}
        description={`${primaryLabel} takes all requests again and ${canary.label} is retired: its replicas stop.`}
        action={rollBack}
        input={{ endpointId, deploymentId: canary.id }}
      />
    </span>
  );
}
