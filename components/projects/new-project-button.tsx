"use client";
import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { createProjectAction } from "@/lib/projects/actions";
import { readForm } from "@/components/forms/form-data";
import { useServerAction } from "@/components/forms/use-server-action";
import { Button } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { PlusIcon } from "@/components/ui/icons";
import { InlineStatus } from "@/components/ui/inline-status";
import { Input, Textarea } from "@/components/ui/input";
import formStyles from "@/components/forms/form.module.css";

export function NewProjectButton() {
  const router = useRouter();
  const [isOpen, setIsOpen] = useState(false);
  const create = useServerAction(createProjectAction);

  function open() {
    create.clearError();
    setIsOpen(true);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    create.run(readForm(event.currentTarget), () => {
      setIsOpen(false);
      router.refresh();
    });
  }

  return (
    <>
      <Button variant="primary" onClick={open}>
        <PlusIcon size={16} />
        New project
      </Button>
      <Dialog
        isOpen={isOpen}
        onClose={() => setIsOpen(false)}
        title="New project"
        description="A project holds the notebooks, datasets, runs, models and endpoints of one ML problem."
      >
        <form className={formStyles.form} onSubmit={submit} noValidate>
          {create.formError && <InlineStatus tone="error">{create.formError}</InlineStatus>}
          <Field label="Name" hint="Also gives the project its address, e.g. /projects/churn-prediction." error={create.fieldErrors.name}>
            {(control) => <Input {...control} name="name" placeholder="Churn prediction" autoFocus />}
          </Field>
          <Field label="Description (optional)" error={create.fieldErrors.description}>
            {(control) => <Textarea {...control} name="description" rows={3} placeholder="What this project predicts, and for whom." />}
          </Field>
          <DialogActions>
            <Button onClick={() => setIsOpen(false)}>Cancel</Button>
            <Button type="submit" variant="primary" isPending={create.isPending}>
              Create project
            </Button>
          </DialogActions>
        </form>
      </Dialog>
    </>
  );
}
