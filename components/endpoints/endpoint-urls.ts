// An endpoint's addresses, built in one place: the console's page, and the gateway's two
// inference URLs that the URLs field, the test panel and the snippets show and call.

export function endpointHref(endpointId: string) {
  return `/models/endpoints/${encodeURIComponent(endpointId)}`;
}

export type TInferenceProtocol = "v2" | "mlflow";

/** The gateway's path for a protocol: KServe V2's infer, or MLflow's invocations. */
export function inferencePath(protocol: TInferenceProtocol, endpointName: string) {
  const name = encodeURIComponent(endpointName);
  return protocol === "v2" ? `/v2/models/${name}/infer` : `/api/v1/endpoints/${name}/invocations`;
}
