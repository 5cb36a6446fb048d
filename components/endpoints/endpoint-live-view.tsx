"use client";
import type { TModelSignature } from "@/lib/models/schemas";
import { RequestLog } from "./request-log";
import { TrafficCard } from "./traffic-charts";
import type { TDeploymentSeries } from "./traffic-series";
import { TryEndpoint } from "./try-endpoint";
import { useEndpointLive } from "./use-endpoint-live";

type TEndpointLiveViewProps = {
  endpointId: string;
  endpointName: string;
  deployments: TDeploymentSeries[];
  /** The primary version's, for the example request. */
  signature: TModelSignature | null;
  hasLiveVersion: boolean;
};

/** The console's live half, on one subscription to the endpoint's room: traffic charts, the test panel and the request log. */
export function EndpointLiveView({ endpointId, endpointName, deployments, signature, hasLiveVersion }: TEndpointLiveViewProps) {
  const { connection, liveSeconds } = useEndpointLive(endpointId);
  return (
    <>
      <TrafficCard endpointId={endpointId} deployments={deployments} liveSeconds={liveSeconds} connection={connection} />
      <TryEndpoint endpointName={endpointName} signature={signature} hasLiveVersion={hasLiveVersion} />
      <RequestLog endpointId={endpointId} deployments={deployments} />
    </>
  );
}
