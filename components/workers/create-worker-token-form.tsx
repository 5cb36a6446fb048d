"use client";
import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { createWorkerTokenAction } from "@/lib/workers/actions";
import { readForm } from "@/components/forms/form-data";
import { useServerAction } from "@/components/forms/use-server-action";
import { Button } from "@/components/ui/button";
import { CodeBlock } from "@/components/ui/code-block";
import { CopyField } from "@/components/ui/copy-field";
import { Field } from "@/components/ui/field";
import { InlineStatus } from "@/components/ui/inline-status";
import { Input } from "@/components/ui/input";
import formStyles from "@/components/forms/form.module.css";
import { workerCommand } from "./worker-command";
import styles from "./workers.module.css";

type TCreated = { name: string; token: string; origin: string };

/** Issues a worker token and shows it once, inside the exact command that starts a worker. */
export function CreateWorkerTokenForm() {
  const router = useRouter();
  const create = useServerAction(createWorkerTokenAction);
  const [created, setCreated] = useState<TCreated | null>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setCreated(null);
    create.run(readForm(form), (data) => {
      setCreated({ name: data.name, token: data.token, origin: window.location.origin });
      form.reset();
      router.refresh();
    });
  }

  return (
    <div className={formStyles.form}>
      <form className={styles.createRow} onSubmit={submit} noValidate>
        <Field label="Token name" hint="Name the machine or fleet, e.g. “gpu-box-1” or “k8s”." error={create.fieldErrors.name}>
          {(control) => <Input {...control} name="name" placeholder="gpu-box-1" />}
        </Field>
        <Button type="submit" variant="primary" isPending={create.isPending} className={styles.createButton}>
          Create worker token
        </Button>
      </form>
      {create.formError && <InlineStatus tone="error">{create.formError}</InlineStatus>}
      {created && (
        <InlineStatus tone="success">
          <span>
            Worker token <strong>{created.name}</strong> created. Copy it now: it is shown only once.
          </span>
          <CopyField label="Worker token" value={created.token} />
          <span>On the machine, in a checkout of the studio, run:</span>
          <CodeBlock label="Command to start a worker">{workerCommand(created.origin, created.token)}</CodeBlock>
        </InlineStatus>
      )}
    </div>
  );
}
