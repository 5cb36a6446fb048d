"use client";
import { useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { TCreateMonitorBody } from "@/lib/monitoring/schemas";
import type { TProject } from "@/lib/projects/schemas";
import { postJson } from "@/components/forms/request-result";
import { useServerAction } from "@/components/forms/use-server-action";
import { FormDialogButton } from "@/components/forms/form-dialog-button";
import { NumberField } from "@/components/forms/number-field";
import { fetchJson } from "@/components/runs/fetch-json";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { BaselineVersionField, type TServedModel } from "./baseline-version-field";
import { monitorHref } from "./monitor-urls";
import formStyles from "@/components/forms/form.module.css";

// The thresholds a person sets here; the rest keep the SDK's defaults.
const THRESHOLDS = [
  { name: "psi", label: "PSI threshold", defaultValue: 0.2, max: 10, hint: "Drifted at or above it (0.1–0.2 is a moderate shift)." },
  { name: "ks_p_value", label: "KS p-value threshold", defaultValue: 0.01, max: 1, hint: "A numeric feature drifted below it." },
] as const;

type TStartMonitoringButtonProps = { endpointId: string; servedModel: TServedModel | null };

/** Starts a drift monitor of the endpoint (its baseline job first), then opens the monitor's page. */
export function StartMonitoringButton({ endpointId, servedModel }: TStartMonitoringButtonProps) {
  const router = useRouter();
  const [isOpen, setIsOpen] = useState(false);
  const start = useServerAction((body: TCreateMonitorBody) => postJson<{ id: string }>("/api/v1/monitors", body));
  const projects = useQuery({ queryKey: ["projects"], queryFn: () => fetchJson<{ projects: TProject[] }>("/api/v1/projects"), enabled: isOpen });
  return (
    <FormDialogButton
      label="Start monitoring"
      accessibleLabel="Start monitoring"
      title="Start drift monitoring"
      description="A job computes the baseline from the training data; then each window of captured requests is compared with it, and a feature past a threshold raises an alert."
      submitLabel="Create monitor"
      isPending={start.isPending}
      formError={start.formError}
      onOpen={() => {
        start.clearError();
        setIsOpen(true);
      }}
      onSubmit={(values) =>
        start.run(
          {
            endpointId,
            projectId: values.projectId,
            datasetVersionId: values.datasetVersionId || undefined,
            windowMinutes: Number(values.windowMinutes),
            thresholds: Object.fromEntries(THRESHOLDS.map(({ name }) => [name, Number(values[name])])),
            webhookUrl: values.webhookUrl.trim() || undefined,
          },
          ({ id }) => router.push(monitorHref(id)),
        )
      }
    >
      <Field label="Project" hint="Where its jobs run and are listed." error={start.fieldErrors.projectId ?? (projects.error ? `Could not load the projects: ${projects.error.message}` : undefined)}>
        {(control) => (
          <Select {...control} name="projectId" required>
            {!projects.data && <option value="">Loading projects…</option>}
            {projects.data?.projects.map((project) => (
              <option key={project.id} value={project.id}>
                {project.name}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <BaselineVersionField servedModel={servedModel} isEnabled={isOpen} error={start.fieldErrors.datasetVersionId} />
      <div className={formStyles.row}>
        <NumberField label="Window (minutes)" name="windowMinutes" min={1} max={7 * 24 * 60} defaultValue={60} hint="Captured traffic compared at a time." error={start.fieldErrors.windowMinutes} />
        {THRESHOLDS.map((threshold) => (
          <Field key={threshold.name} label={threshold.label} hint={threshold.hint} error={start.fieldErrors[`thresholds.${threshold.name}`]}>
            {(control) => (
              <Input {...control} name={threshold.name} type="number" inputMode="decimal" required min={0.0001} max={threshold.max} step="any" defaultValue={threshold.defaultValue} />
            )}
          </Field>
        ))}
      </div>
      <Field label="Webhook URL (optional)" hint="Each alert is also POSTed there as JSON." error={start.fieldErrors.webhookUrl}>
        {(control) => <Input {...control} name="webhookUrl" type="url" autoComplete="off" placeholder="https://hooks.example.com/drift" />}
      </Field>
    </FormDialogButton>
  );
}
