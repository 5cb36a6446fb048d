"use client";
import { CopyField } from "@/components/ui/copy-field";
import { inferencePath } from "./endpoint-urls";
import { useOrigin } from "./use-origin";
import styles from "./endpoints.module.css";

/** The endpoint's two inference URLs, at the address this browser uses, to copy into a client. */
export function InferenceUrls({ endpointName }: { endpointName: string }) {
  const origin = useOrigin();
  return (
    <div className={styles.columns}>
      <CopyField label="KServe V2 infer URL" value={`${origin}${inferencePath("v2", endpointName)}`} hint={`POST a V2 inference request; GET /v2/models/${endpointName} describes the model.`} />
      <CopyField label="MLflow invocations URL" value={`${origin}${inferencePath("mlflow", endpointName)}`} hint="POST dataframe_split, dataframe_records, instances or inputs." />
    </div>
  );
}
