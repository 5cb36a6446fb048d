"use client";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { TDatasetDetail, TDatasetSummary } from "@/lib/datasets/schemas";
import type { TModelVersionView } from "@/lib/models/get-model";
import { fetchJson } from "@/components/runs/fetch-json";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import formStyles from "@/components/forms/form.module.css";

/** The endpoint's primary version: its training data is the baseline unless another is chosen. */
export type TServedModel = { id: string; number: number };

type TBaselineVersionFieldProps = {
  servedModel: TServedModel | null;
  /** Reads the lists only once the dialog is open. */
  isEnabled: boolean;
  /** The server's, e.g. when the served version was registered without a dataset version. */
  error?: string[];
};

/**
 * The baseline: the served model's training data by default, or a table dataset's version.
 * Submits `datasetVersionId`, empty for the default.
 */
export function BaselineVersionField({ servedModel, isEnabled, error }: TBaselineVersionFieldProps) {
  const [datasetId, setDatasetId] = useState("");
  const served = useQuery({
    queryKey: ["model", servedModel?.id],
    queryFn: () => fetchJson<{ versions: TModelVersionView[] }>(`/api/v1/models/${encodeURIComponent(servedModel!.id)}`),
    select: (model) => model.versions.find((version) => version.number === servedModel!.number)?.datasetVersion ?? null,
    enabled: isEnabled && servedModel !== null,
  });
  const datasets = useQuery({ queryKey: ["datasets"], queryFn: () => fetchJson<{ datasets: TDatasetSummary[] }>("/api/v1/datasets"), enabled: isEnabled });
  const versions = useQuery({
    queryKey: ["dataset", datasetId],
    queryFn: () => fetchJson<TDatasetDetail>(`/api/v1/datasets/${encodeURIComponent(datasetId)}`),
    select: (dataset) => dataset.versions.filter((version) => version.format === "table").sort((a, b) => b.number - a.number),
    enabled: datasetId !== "",
  });
  const defaultLabel = served.data
    ? `${served.data.datasetName} v${served.data.number}: the served model's training data`
    : served.data === null || servedModel === null
      ? "None: the served model was registered without one"
      : "The served model's training data";
  const loadError = datasets.error ?? versions.error;
  return (
    <div className={formStyles.row}>
      <Field label="Baseline dataset" hint="What the traffic is compared with: the data the model was trained on." error={datasetId === "" ? error : undefined}>
        {(control) => (
          <Select {...control} value={datasetId} onChange={(event) => setDatasetId(event.target.value)}>
            <option value="">{defaultLabel}</option>
            {datasets.data?.datasets.map((dataset) => (
              <option key={dataset.id} value={dataset.id}>
                {dataset.name}
              </option>
            ))}
          </Select>
        )}
      </Field>
      {datasetId !== "" && (
        <Field label="Version" hint={loadError ? `Could not load: ${loadError.message}` : "A table (CSV, JSON Lines, Parquet)."} error={error}>
          {(control) => (
            <Select key={datasetId} {...control} name="datasetVersionId" required>
              {!versions.data && <option value="">Loading versions…</option>}
              {versions.data?.length === 0 && <option value="">No table versions</option>}
              {versions.data?.map((version) => (
                <option key={version.id} value={version.id}>
                  v{version.number} · {version.rowCount} rows
                </option>
              ))}
            </Select>
          )}
        </Field>
      )}
    </div>
  );
}
