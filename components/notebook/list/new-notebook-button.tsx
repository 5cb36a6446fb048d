"use client";
import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { createNotebookAction } from "@/lib/notebooks/actions";
import { NOTEBOOK_EXAMPLES, type TExampleSlug } from "@/lib/notebooks/examples";
import { readForm } from "@/components/forms/form-data";
import { useServerAction } from "@/components/forms/use-server-action";
import { Button } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { PlusIcon } from "@/components/ui/icons";
import { InlineStatus } from "@/components/ui/inline-status";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import formStyles from "@/components/forms/form.module.css";
import { RadioCards } from "@/components/forms/radio-cards";
import { ProjectField, type TProjectOption } from "@/components/projects/project-field";

const STARTS = [{ slug: "", title: "Blank notebook", description: "One empty code cell, ready for your own code." }, ...NOTEBOOK_EXAMPLES];

const KERNELS = [
  { gpus: 0, label: "CPU" },
  { gpus: 1, label: "1 GPU" },
  { gpus: 2, label: "2 GPUs" },
  { gpus: 4, label: "4 GPUs" },
  { gpus: 8, label: "8 GPUs" },
];

/** Creates a notebook, blank or from an example, in a project (fixed when opened from one), then opens it. */
export function NewNotebookButton({ projects, projectId, variant = "primary" }: { projects: TProjectOption[]; projectId?: string; variant?: "primary" | "secondary" }) {
  const router = useRouter();
  const [isOpen, setIsOpen] = useState(false);
  const create = useServerAction(createNotebookAction);
  const [isOpening, setIsOpening] = useState(false);
  const [example, setExample] = useState("");
  const [name, setName] = useState("");

  function open() {
    create.clearError();
    setExample("");
    setName("");
    setIsOpen(true);
  }

  // An example names the notebook after itself, unless a name of one's own was typed.
  function chooseStart(slug: string) {
    const titles = STARTS.map((start) => start.title as string);
    if (name === "" || titles.includes(name)) setName(slug ? STARTS.find((start) => start.slug === slug)!.title : "");
    setExample(slug);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = readForm(event.currentTarget);
    const chosen = (values.example || undefined) as TExampleSlug | undefined;
    create.run({ projectId: values.projectId, name: values.name, gpus: Number(values.gpus || 0), example: chosen }, (notebook) => {
      setIsOpening(true);
      router.push(`/notebooks/${notebook.id}`);
    });
  }

  return (
    <>
      <Button variant={variant} onClick={open}>
        <PlusIcon size={16} />
        New notebook
      </Button>
      <Dialog
        isOpen={isOpen}
        onClose={() => setIsOpen(false)}
        title="New notebook"
        description="A Python notebook that runs on one of your team's workers when you run its first cell."
      >
        <form className={formStyles.form} onSubmit={submit} noValidate>
          {create.formError && <InlineStatus tone="error">{create.formError}</InlineStatus>}
          <RadioCards legend="Start from" name="example" options={STARTS.map((start) => ({ value: start.slug, title: start.title, description: start.description }))} value={example} onChange={chooseStart} />
          <Field label="Name" error={create.fieldErrors.name}>
            {(control) => <Input {...control} name="name" placeholder="Exploration" value={name} onChange={(event) => setName(event.target.value)} autoFocus />}
          </Field>
          <ProjectField projects={projects} projectId={projectId} error={create.fieldErrors.projectId} />
          <Field label="Kernel" hint="What a worker must have free to run it. You can change it later." error={create.fieldErrors.gpus}>
            {(control) => (
              <Select {...control} name="gpus" defaultValue="0">
                {KERNELS.map((kernel) => (
                  <option key={kernel.gpus} value={kernel.gpus}>
                    {kernel.label}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <DialogActions>
            <Button onClick={() => setIsOpen(false)}>Cancel</Button>
            <Button type="submit" variant="primary" isPending={create.isPending || isOpening}>
              Create notebook
            </Button>
          </DialogActions>
        </form>
      </Dialog>
    </>
  );
}
