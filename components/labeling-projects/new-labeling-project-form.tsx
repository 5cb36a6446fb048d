"use client";
import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import type { TLabelingSources } from "@/lib/labeling/find-labeling-sources";
import { TEMPLATE_MEDIA, type TLabel, type TLabelingTemplate } from "@/lib/labeling/results";
import { TEMPLATE_TITLES, type TCreateLabelingProjectBody } from "@/lib/labeling/schemas";
import { postJson } from "@/components/forms/request-result";
import { useServerAction } from "@/components/forms/use-server-action";
import formStyles from "@/components/forms/form.module.css";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { InlineStatus } from "@/components/ui/inline-status";
import { Input, Textarea } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { defaultLabels } from "./default-labels";
import { LabelsEditor } from "./labels-editor";
import { PeoplePicker } from "./people-picker";
import styles from "./new-labeling-project.module.css";

type TProps = { sources: TLabelingSources; initialDatasetId?: string; initialVersion?: number };

const TEMPLATES = Object.keys(TEMPLATE_TITLES) as TLabelingTemplate[];

/** A new project: what to label, how, by whom; then its page. */
export function NewLabelingProjectForm({ sources, initialDatasetId, initialVersion }: TProps) {
  const router = useRouter();
  const [datasetId, setDatasetId] = useState(sources.datasets.find((d) => d.id === initialDatasetId)?.id ?? sources.datasets[0].id);
  const dataset = sources.datasets.find((d) => d.id === datasetId)!;
  const [versionNumber, setVersionNumber] = useState(dataset.versions.find((v) => v.number === initialVersion)?.number ?? dataset.versions[0]?.number);
  const version = dataset.versions.find((v) => v.number === versionNumber) ?? dataset.versions[0];
  const fitting = TEMPLATES.filter((t) => (TEMPLATE_MEDIA[t] === "image") === (version?.format === "images"));
  const [template, setTemplate] = useState<TLabelingTemplate>(fitting.includes("object_detection") ? "object_detection" : fitting[0]);
  const [labels, setLabels] = useState<TLabel[]>(() => defaultLabels(template));
  const [annotatorIds, setAnnotatorIds] = useState<string[]>([]);
  const create = useServerAction((body: TCreateLabelingProjectBody) => postJson<{ id: string }>("/api/v1/labeling/projects", body));
  const errors = create.fieldErrors;
  const needsColumn = TEMPLATE_MEDIA[template] === "text" && version?.format === "table";

  function chooseDataset(id: string) {
    const next = sources.datasets.find((d) => d.id === id)!;
    setDatasetId(id);
    setVersionNumber(next.versions[0]?.number);
    const nextFitting = TEMPLATES.filter((t) => (TEMPLATE_MEDIA[t] === "image") === (next.versions[0]?.format === "images"));
    if (!nextFitting.includes(template)) chooseTemplate(nextFitting[0]);
  }

  function chooseTemplate(next: TLabelingTemplate) {
    setTemplate(next);
    setLabels(defaultLabels(next));
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = new FormData(event.currentTarget);
    create.run(
      {
        name: String(values.get("name") ?? "").trim(),
        datasetId,
        versionNumber: version?.number ?? 0,
        template,
        labels,
        instructions: String(values.get("instructions") ?? ""),
        overlap: Number(values.get("overlap")),
        lockMinutes: Number(values.get("lockMinutes")),
        textColumn: needsColumn ? String(values.get("textColumn") ?? "") : undefined,
        annotatorIds,
      },
      (project) => router.push(`/data/labeling/${project.id}`),
    );
  }

  return (
    <form className={formStyles.form} onSubmit={submit} noValidate aria-label="New labeling project">
      {create.formError && <InlineStatus tone="error">{create.formError}</InlineStatus>}
      <Field label="Name" error={errors.name}>
        {(control) => <Input {...control} name="name" defaultValue={`${dataset.name} labels`} maxLength={200} />}
      </Field>
      <div className={formStyles.row}>
        <Field label="Dataset">
          {(control) => (
            <Select {...control} value={datasetId} onChange={(e) => chooseDataset(e.target.value)}>
              {sources.datasets.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="Version" error={errors.versionNumber}>
          {(control) => (
            <Select {...control} value={version?.number ?? ""} onChange={(e) => setVersionNumber(Number(e.target.value))}>
              {dataset.versions.map((v) => (
                <option key={v.number} value={v.number}>
                  v{v.number} · {v.format} · {v.rowCount.toLocaleString("en-US")} {v.format === "images" ? "images" : "rows"}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="Template" error={errors.template}>
          {(control) => (
            <Select {...control} value={template} onChange={(e) => chooseTemplate(e.target.value as TLabelingTemplate)}>
              {fitting.map((t) => (
                <option key={t} value={t}>
                  {TEMPLATE_TITLES[t]}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      {needsColumn && (
        <Field label="Text column" hint="The column whose text annotators read." error={errors.textColumn}>
          {(control) => (
            <Select {...control} name="textColumn">
              {version.textColumns.map((column) => (
                <option key={column}>{column}</option>
              ))}
            </Select>
          )}
        </Field>
      )}
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>Labels</legend>
        <LabelsEditor labels={labels} onChange={setLabels} errors={errors} />
      </fieldset>
      <div className={formStyles.row}>
        <Field label="Annotations per item" hint="Overlap: how many different people label each item." error={errors.overlap}>
          {(control) => <Input {...control} name="overlap" type="number" min={1} max={10} defaultValue={1} />}
        </Field>
        <Field label="Lock time (minutes)" hint="An opened item returns to the queue after this long." error={errors.lockMinutes}>
          {(control) => <Input {...control} name="lockMinutes" type="number" min={1} max={1440} defaultValue={10} />}
        </Field>
      </div>
      <Field label="Instructions" hint="Shown to annotators beside every item." error={errors.instructions}>
        {(control) => <Textarea {...control} name="instructions" rows={3} placeholder="Draw a tight box around every car and person; skip blurry images." />}
      </Field>
      {errors.annotatorIds && <InlineStatus tone="error">{errors.annotatorIds[0]}</InlineStatus>}
      <PeoplePicker people={sources.people} value={annotatorIds} onChange={setAnnotatorIds} />
      <div className={formStyles.actions}>
        <Button type="submit" variant="primary" isPending={create.isPending}>
          Create project
        </Button>
      </div>
    </form>
  );
}
