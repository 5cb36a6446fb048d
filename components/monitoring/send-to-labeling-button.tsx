"use client";
import { useState } from "react";
import { postJson } from "@/components/forms/request-result";
import { useServerAction } from "@/components/forms/use-server-action";
import { Button, ButtonLink } from "@/components/ui/button";
import { labelingProjectHref, windowLabelingApi } from "./monitor-urls";
import styles from "./monitoring.module.css";

type TLabelingBatch = { projectId: string; datasetId: string };

/**
 * Sends a drifted window's captured inputs to labeling (a dataset version and a labeling
 * project, pre-labelled with the model's predictions), then links to the new project.
 * Keyed by window: another window starts afresh.
 */
export function SendToLabelingButton({ monitorId, windowId }: { monitorId: string; windowId: string }) {
  const send = useServerAction(() => postJson<TLabelingBatch>(windowLabelingApi(monitorId, windowId)));
  const [created, setCreated] = useState<TLabelingBatch | null>(null);
  if (created) {
    return (
      <span className={styles.actions} role="status">
        <span className={styles.muted}>Labeling project created.</span>
        <ButtonLink href={labelingProjectHref(created.projectId)} variant="primary" size="sm">
          Open the labeling project
        </ButtonLink>
      </span>
    );
  }
  return (
    <span className={styles.actions}>
      {send.formError && (
        <span className={styles.error} role="alert">
          {send.formError}
        </span>
      )}
      <Button size="sm" isPending={send.isPending} onClick={() => send.run(undefined, setCreated)}>
        Send to labeling
      </Button>
    </span>
  );
}
