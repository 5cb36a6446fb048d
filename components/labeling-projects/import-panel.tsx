"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { postJson } from "@/components/forms/request-result";
import { useServerAction } from "@/components/forms/use-server-action";
import formStyles from "@/components/forms/form.module.css";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { InlineStatus } from "@/components/ui/inline-status";
import { Select } from "@/components/ui/select";
import styles from "./labeling.module.css";

type TAnswer = { tasks: number; updated: number };

/** Label Studio tasks (predictions or earlier annotations) brought in as pre-labels or final labels. */
export function ImportPanel({ projectId }: { projectId: string }) {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const [done, setDone] = useState<TAnswer | null>(null);
  const importing = useServerAction((body: { tasks: unknown; use: string }) => postJson<TAnswer>(`/api/v1/labeling/projects/${projectId}/import`, body));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const use = String(new FormData(event.currentTarget).get("use"));
    if (!file) return setReadError("Choose a Label Studio JSON file.");
    let tasks: unknown;
    try {
      tasks = JSON.parse(await file.text());
    } catch {
      return setReadError(`${file.name} is not JSON.`);
    }
    setReadError(null);
    importing.run({ tasks, use }, (answer) => {
      setDone(answer);
      router.refresh();
    });
  }

  return (
    <Card title="Import pre-labels" description="Label Studio JSON tasks, matched to items by image path or text: their predictions show to annotators as editable suggestions, or become final labels.">
      <form className={formStyles.form} onSubmit={submit} aria-label="Import pre-labels">
        {(readError || importing.formError) && <InlineStatus tone="error">{readError ?? importing.formError}</InlineStatus>}
        {done && (
          <InlineStatus tone="success">
            {done.updated} of {done.tasks} tasks imported.
          </InlineStatus>
        )}
        <div className={styles.toolbar}>
          <input type="file" accept=".json,application/json" aria-label="Label Studio JSON file" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
          <Select size="sm" name="use" aria-label="Import as" defaultValue="suggestions">
            <option value="suggestions">as suggestions for annotators</option>
            <option value="final">as final labels</option>
          </Select>
          <Button type="submit" size="sm" isPending={importing.isPending}>
            Import
          </Button>
        </div>
      </form>
    </Card>
  );
}
