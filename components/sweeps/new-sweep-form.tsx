"use client";
import { useId, useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import type { TEarlyStopping } from "@/lib/sweeps/early-stopping";
import type { z } from "zod";
import type { ZCreateSweepBody, TSweepMethodName } from "@/lib/sweeps/schemas";
import { postJson } from "@/components/forms/request-result";
import { RadioCards } from "@/components/forms/radio-cards";
import { useServerAction } from "@/components/forms/use-server-action";
import formStyles from "@/components/forms/form.module.css";
import jobStyles from "@/components/jobs/new-job.module.css";
import { Button, ButtonLink } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { InlineStatus } from "@/components/ui/inline-status";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { SearchSpaceField } from "./search-space-field";
import { rowsFromParams, spaceFromRows, type TSpaceRow } from "./space-rows";
import styles from "./new-sweep.module.css";

export type TTunableJob = {
  id: string;
  name: string;
  projectId: string;
  command: string;
  params: Record<string, unknown>;
  gpus: number;
  maxRetries: number;
  /** What its runs logged: the objective is one of them. */
  metricKeys: string[];
};

type TStopping = TEarlyStopping["type"];
/** What the form sends: the server fills in the defaults. */
type TDraft = z.input<typeof ZCreateSweepBody>;

const METHODS = [
  { value: "tpe" as const, title: "Bayesian (TPE)", description: "Learns from the trials so far where good values lie; random for the first 5." },
  { value: "random" as const, title: "Random", description: "Each trial draws its values at random from the space." },
  { value: "grid" as const, title: "Grid", description: "Every combination of the listed values, in order." },
];

const STOPPINGS: Array<{ value: TStopping; label: string; hint: string }> = [
  { value: "none", label: "None", hint: "Every trial runs to its end." },
  { value: "median", label: "Median rule", hint: "A trial worse than the median of completed ones at its step stops." },
  { value: "asha", label: "ASHA (successive halving)", hint: "At steps 1, 3, 9, … only the best of the trials there go on." },
];

const SHOWN_ERRORS = /^(name|command|objective\.metric|maxTrials|parallelism|gpus|maxRetries|source\.jobId|space(\..+)?|params(\..+)?|earlyStopping(\..+)?)$/;

function numberOf(values: FormData, name: string) {
  const text = String(values.get(name) ?? "").trim();
  return text === "" ? undefined : Number(text);
}

function earlyStoppingOf(kind: TStopping, values: FormData): TEarlyStopping {
  if (kind === "median") return { type: "median", startupTrials: numberOf(values, "startupTrials") ?? 3, warmupSteps: numberOf(values, "warmupSteps") ?? 0 };
  if (kind === "asha") return { type: "asha", minResource: numberOf(values, "minResource") ?? 1, reductionFactor: numberOf(values, "reductionFactor") ?? 3 };
  return { type: "none" };
}

/** A new sweep over a job's params: the space, the objective, the budget; then its page. */
export function NewSweepForm({ jobs, initialJobId }: { jobs: TTunableJob[]; initialJobId?: string }) {
  const router = useRouter();
  const listId = useId();
  const [job, setJob] = useState(jobs.find((candidate) => candidate.id === initialJobId) ?? jobs[0]);
  const [rows, setRows] = useState<TSpaceRow[]>(() => rowsFromParams(job.params));
  const [method, setMethod] = useState<TSweepMethodName>("tpe");
  const [stopping, setStopping] = useState<TStopping>("median");
  const [localErrors, setLocalErrors] = useState<Record<string, string[]>>({});
  const { params, space, errors: rowErrors } = spaceFromRows(rows);
  const create = useServerAction((draft: TDraft) => postJson<{ id: string }>("/api/v1/sweeps", draft));
  const errors = { ...create.fieldErrors, ...localErrors };

  function chooseJob(id: string) {
    const next = jobs.find((candidate) => candidate.id === id)!;
    setJob(next);
    setRows(rowsFromParams(next.params));
    create.clearError();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = new FormData(event.currentTarget);
    const problems: Record<string, string[]> = {};
    if (Object.keys(rowErrors).length) problems.space = ["Some params need attention."];
    else if (Object.keys(space).length === 0) problems.space = ["Search at least one param: set it to a list of values or a range."];
    if (!String(values.get("metric") ?? "").trim()) problems["objective.metric"] = ["Name the metric to optimise."];
    setLocalErrors(problems);
    if (Object.keys(problems).length) return create.clearError();
    create.run(
      {
        projectId: job.projectId,
        name: String(values.get("name") ?? "").trim(),
        command: String(values.get("command") ?? "").trim() || undefined,
        source: { kind: "job", jobId: job.id },
        params,
        space,
        method,
        objective: { metric: String(values.get("metric")).trim(), direction: values.get("direction") === "maximize" ? "maximize" : "minimize" },
        maxTrials: numberOf(values, "maxTrials"),
        parallelism: numberOf(values, "parallelism"),
        earlyStopping: earlyStoppingOf(stopping, values),
        gpus: numberOf(values, "gpus"),
        maxRetries: numberOf(values, "maxRetries"),
      },
      (sweep) => router.push(`/experiments/sweeps/${sweep.id}`),
    );
  }

  const spaceErrors = Object.entries(errors)
    .filter(([key]) => /^(space|params)(\.|$)/.test(key))
    .flatMap(([key, messages]) => messages.map((message) => (key === "space" || key === "params" ? message : `${key.split(".").slice(1).join(".")}: ${message}`)));
  const otherErrors = Object.entries(create.fieldErrors)
    .filter(([key]) => !SHOWN_ERRORS.test(key))
    .map(([key, messages]) => `${key}: ${messages[0]}`);
  const isBusy = create.isPending;
  return (
    <form className={`${formStyles.form} ${jobStyles.form}`} onSubmit={submit} noValidate aria-label="New sweep">
      {(create.formError || otherErrors.length > 0) && <InlineStatus tone="error">{[create.formError, ...otherErrors].filter(Boolean).join(" ")}</InlineStatus>}
      <div className={formStyles.row}>
        <Field label="Job to tune" hint={<span className={styles.jobCommand}>{job.command}</span>} error={errors["source.jobId"]}>
          {(control) => (
            <Select {...control} name="job" value={job.id} onChange={(event) => chooseJob(event.target.value)} disabled={isBusy}>
              {jobs.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="Name" error={errors.name}>
          {(control) => <Input {...control} key={job.id} name="name" defaultValue={`${job.name} sweep`} maxLength={200} disabled={isBusy} />}
        </Field>
      </div>
      <Field label="Command" hint="The job's own; searched params go into it as {name}." error={errors.command}>
        {(control) => <Input {...control} key={job.id} name="command" className={jobStyles.mono} defaultValue={job.command} autoComplete="off" spellCheck={false} disabled={isBusy} />}
      </Field>
      <SearchSpaceField
        rows={rows}
        onChange={(next) => {
          setRows(next);
          if (localErrors.space) setLocalErrors(({ space: _gone, ...rest }) => rest);
        }}
        rowErrors={rowErrors}
        errors={spaceErrors}
        disabled={isBusy}
      />
      <RadioCards legend="Search method" name="method" options={METHODS} value={method} onChange={setMethod} />
      <div className={formStyles.row}>
        <Field label="Objective metric" hint="As the job's runs log it, e.g. val_loss." error={errors["objective.metric"]}>
          {(control) => <Input {...control} key={job.id} name="metric" list={listId} defaultValue={job.metricKeys[0] ?? ""} placeholder="val_loss" autoComplete="off" disabled={isBusy} />}
        </Field>
        <datalist id={listId}>
          {job.metricKeys.map((key) => (
            <option key={key} value={key} />
          ))}
        </datalist>
        <Field label="Better is">
          {(control) => (
            <Select {...control} name="direction" defaultValue="minimize" disabled={isBusy}>
              <option value="minimize">Lower (loss, error)</option>
              <option value="maximize">Higher (accuracy, F1)</option>
            </Select>
          )}
        </Field>
      </div>
      <div className={formStyles.row}>
        <Field label="Trials" hint="At most this many (1–500)." error={errors.maxTrials}>
          {(control) => <Input {...control} name="maxTrials" type="number" min={1} max={500} defaultValue={12} inputMode="numeric" disabled={isBusy} />}
        </Field>
        <Field label="At once" hint="Trials running at the same time (1–32)." error={errors.parallelism}>
          {(control) => <Input {...control} name="parallelism" type="number" min={1} max={32} defaultValue={2} inputMode="numeric" disabled={isBusy} />}
        </Field>
        <Field label="GPUs per trial" error={errors.gpus}>
          {(control) => <Input {...control} key={job.id} name="gpus" type="number" min={0} max={64} defaultValue={job.gpus} inputMode="numeric" disabled={isBusy} />}
        </Field>
        <Field label="Retries" hint="A trial whose worker is lost is queued again." error={errors.maxRetries}>
          {(control) => <Input {...control} key={job.id} name="maxRetries" type="number" min={0} max={10} defaultValue={job.maxRetries} inputMode="numeric" disabled={isBusy} />}
        </Field>
      </div>
      <div className={formStyles.row}>
        <Field label="Early stopping" hint={STOPPINGS.find((option) => option.value === stopping)!.hint} error={errors.earlyStopping}>
          {(control) => (
            <Select {...control} value={stopping} onChange={(event) => setStopping(event.target.value as TStopping)} disabled={isBusy}>
              {STOPPINGS.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </Select>
          )}
        </Field>
        {stopping === "median" && (
          <>
            <Field label="After trials" hint="Complete trials before any is stopped." error={errors["earlyStopping.startupTrials"]}>
              {(control) => <Input {...control} name="startupTrials" type="number" min={0} defaultValue={3} inputMode="numeric" disabled={isBusy} />}
            </Field>
            <Field label="From step" hint="No trial is stopped before it." error={errors["earlyStopping.warmupSteps"]}>
              {(control) => <Input {...control} name="warmupSteps" type="number" min={0} defaultValue={0} inputMode="numeric" disabled={isBusy} />}
            </Field>
          </>
        )}
        {stopping === "asha" && (
          <>
            <Field label="First rung at step" error={errors["earlyStopping.minResource"]}>
              {(control) => <Input {...control} name="minResource" type="number" min={1} defaultValue={1} inputMode="numeric" disabled={isBusy} />}
            </Field>
            <Field label="Keep 1 in" hint="At each rung (2–10)." error={errors["earlyStopping.reductionFactor"]}>
              {(control) => <Input {...control} name="reductionFactor" type="number" min={2} max={10} defaultValue={3} inputMode="numeric" disabled={isBusy} />}
            </Field>
          </>
        )}
      </div>
      <div className={formStyles.actions}>
        <Button type="submit" variant="primary" isPending={isBusy}>
          Start sweep
        </Button>
        <ButtonLink href="/experiments/sweeps">Cancel</ButtonLink>
      </div>
    </form>
  );
}
