"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import type { TLabel } from "@/lib/labeling/results";
import type { TUpdateLabelingProjectBody } from "@/lib/labeling/schemas";
import { requestResult } from "@/components/forms/request-result";
import { useServerAction } from "@/components/forms/use-server-action";
import formStyles from "@/components/forms/form.module.css";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { InlineStatus } from "@/components/ui/inline-status";
import { Textarea } from "@/components/ui/input";
import { LabelsEditor } from "./labels-editor";
import { PeoplePicker, type TPerson } from "./people-picker";

type TProps = { projectId: string; labels: TLabel[]; instructions: string; annotatorIds: string[]; people: TPerson[] };

async function patchProject(projectId: string, body: TUpdateLabelingProjectBody) {
  try {
    const response = await fetch(`/api/v1/labeling/projects/${projectId}`, { method: "PATCH", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    return requestResult<{ id: string }>(response.status, await response.json().catch(() => null));
  } catch {
    return requestResult<{ id: string }>(0, null);
  }
}

/** A running project's labels (colours, hotkeys, new ones), instructions and annotators. */
export function ProjectSettingsForm({ projectId, labels: initialLabels, instructions, annotatorIds: initialAnnotators, people }: TProps) {
  const router = useRouter();
  const [labels, setLabels] = useState(initialLabels);
  const [annotatorIds, setAnnotatorIds] = useState(initialAnnotators);
  const [isSaved, setIsSaved] = useState(false);
  const save = useServerAction((body: TUpdateLabelingProjectBody) => patchProject(projectId, body));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = String(new FormData(event.currentTarget).get("instructions") ?? "");
    setIsSaved(false);
    save.run({ labels, instructions: text, annotatorIds }, () => {
      setIsSaved(true);
      router.refresh();
    });
  }

  return (
    <Card title="Settings" description="Labels may be added and recoloured as the project runs; a label in use keeps its name.">
      <form className={formStyles.form} onSubmit={submit} aria-label="Project settings">
        {save.formError && <InlineStatus tone="error">{save.formError}</InlineStatus>}
        {isSaved && <InlineStatus tone="success">Saved. Annotators get the new settings with their next item.</InlineStatus>}
        <LabelsEditor labels={labels} onChange={setLabels} errors={save.fieldErrors} />
        <Field label="Instructions" error={save.fieldErrors.instructions}>
          {(control) => <Textarea {...control} name="instructions" rows={3} defaultValue={instructions} />}
        </Field>
        <PeoplePicker people={people} value={annotatorIds} onChange={setAnnotatorIds} />
        <div className={formStyles.actions}>
          <Button type="submit" isPending={save.isPending}>
            Save settings
          </Button>
        </div>
      </form>
    </Card>
  );
}
