// The states of endpoints, their replicas and model versions as pills, in the tones runs and
// jobs use: green serves, blue is on its way, amber serves in part, red gave up.
import type { TEndpointView } from "@/lib/endpoints/get-endpoint";
import type { TModelVersionView } from "@/lib/models/get-model";
import runStyles from "@/components/runs/runs.module.css";
import badgeStyles from "@/components/ui/badge.module.css";
import styles from "./endpoints.module.css";

type TLook = { label: string; tone: string };

function Pill({ look, kind, status, testId }: { look: TLook; kind: string; status: string; testId?: string }) {
  return (
    <span className={`${runStyles.status} ${look.tone}`} data-status={status} data-testid={testId}>
      <span className="visually-hidden">{kind}: </span>
      {look.label}
    </span>
  );
}

const ENDPOINT: Record<TEndpointView["status"], TLook> = {
  READY: { label: "Ready", tone: runStyles.finished },
  DEGRADED: { label: "Degraded", tone: styles.warning },
  STARTING: { label: "Starting", tone: runStyles.running },
  FAILED: { label: "Failed", tone: runStyles.failed },
};

/** Read aloud as "Endpoint status: Ready". */
export function EndpointStatusBadge({ status }: { status: TEndpointView["status"] }) {
  return <Pill look={ENDPOINT[status]} kind="Endpoint status" status={status} testId="endpoint-status" />;
}

type TReplicaStatus = TEndpointView["live"][number]["replicas"][number]["status"];

const REPLICA: Record<TReplicaStatus, TLook> = {
  PENDING: { label: "Waiting for a worker", tone: badgeStyles.neutral },
  STARTING: { label: "Starting", tone: runStyles.running },
  READY: { label: "Ready", tone: runStyles.finished },
  CRASHED: { label: "Crashed", tone: runStyles.failed },
  STOPPED: { label: "Stopped", tone: badgeStyles.neutral },
};

export function ReplicaStatusBadge({ status }: { status: TReplicaStatus }) {
  return <Pill look={REPLICA[status]} kind="Replica status" status={status} />;
}

const VERSION: Record<TModelVersionView["status"], TLook> = {
  READY: { label: "Ready", tone: runStyles.finished },
  ARCHIVED: { label: "Archived", tone: styles.archived },
};

export function VersionStatusBadge({ status }: { status: TModelVersionView["status"] }) {
  return <Pill look={VERSION[status]} kind="Version status" status={status} />;
}
