// The V2 model metadata response (GET /v2/models/{name}[/versions/{v}]) built from the
// model's signature, so a V2 client can discover what to send without reading our docs.
// https://kserve.github.io/website/docs/concepts/architecture/data-plane/v2-protocol
import { toV2Datatype, type TModelSignature, type TSignatureEntry } from "./check-signature";

export type TV2TensorMetadata = { name: string; datatype: string; shape: number[] };
export type TV2ModelMetadata = {
  name: string;
  versions: string[];
  platform: string;
  inputs: TV2TensorMetadata[];
  outputs: TV2TensorMetadata[];
};

export function describeV2Model(options: {
  name: string;
  version: string | number;
  /** e.g. "sklearn", "xgboost", "pytorch": the model's flavor. */
  platform: string;
  signature: TModelSignature | null;
}): TV2ModelMetadata {
  const { name, version, platform, signature } = options;
  return {
    name,
    versions: [String(version)],
    platform,
    inputs: (signature?.inputs ?? []).map(describeTensor),
    outputs: (signature?.outputs ?? []).map(describeTensor),
  };
}

/** The metadata must name a datatype; a type V2 has none for (complex, timedelta…) is
 * described as BYTES, the only one that can carry any value (as text). Shapes keep -1 for
 * "any size", as the spec's metadata does; a DataFrame column is [-1]. */
function describeTensor(entry: TSignatureEntry): TV2TensorMetadata {
  return { name: entry.name, datatype: toV2Datatype(entry.type) ?? "BYTES", shape: [...entry.shape] };
}
