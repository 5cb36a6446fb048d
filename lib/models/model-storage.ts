// Where a registered version's file lives in the artifact store: a copy, so that the run it
// came from can be deleted without breaking the endpoints that serve it.
export function modelFileKey(modelId: string, number: number, fileName: string) {
  return `models/${modelId}/${number}/${fileName}`;
}

/** The largest model file: it travels to a worker inside the replica's start command. */
export const MAX_MODEL_BYTES = 11 * 2 ** 20;

/** The file name a flavor's file keeps, from the name it came with. */
export function modelFileName(flavor: string, givenName: string) {
  if (flavor === "pytorch") return "model.pt";
  return /\.joblib$/i.test(givenName) ? "model.joblib" : "model.pkl";
}
