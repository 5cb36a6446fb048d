"use client";
import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { createApiTokenAction } from "@/lib/tokens/actions";
import { readForm } from "@/components/forms/form-data";
import { useServerAction } from "@/components/forms/use-server-action";
import { Button } from "@/components/ui/button";
import { CodeBlock } from "@/components/ui/code-block";
import { CopyField } from "@/components/ui/copy-field";
import { Field } from "@/components/ui/field";
import { InlineStatus } from "@/components/ui/inline-status";
import { Input } from "@/components/ui/input";
import formStyles from "@/components/forms/form.module.css";
import styles from "./tokens.module.css";

type TCreatedToken = { name: string; token: string; origin: string };

export function CreateTokenForm() {
  const router = useRouter();
  const create = useServerAction(createApiTokenAction);
  const [created, setCreated] = useState<TCreatedToken | null>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setCreated(null);
    create.run(readForm(form), (data) => {
      // The secret comes back only now; the studio keeps just its hash.
      setCreated({ name: data.name, token: data.token, origin: window.location.origin });
      form.reset();
      router.refresh();
    });
  }

  return (
    <div className={formStyles.form}>
      <form className={styles.createRow} onSubmit={submit} noValidate>
        <Field label="Token name" hint="Say where it will be used, e.g. “laptop” or “CI”." error={create.fieldErrors.name}>
          {(control) => <Input {...control} name="name" placeholder="laptop" />}
        </Field>
        <Button type="submit" variant="primary" isPending={create.isPending} className={styles.createButton}>
          Create token
        </Button>
      </form>
      {create.formError && <InlineStatus tone="error">{create.formError}</InlineStatus>}
      {created && (
        <InlineStatus tone="success">
          <span>
            Token <strong>{created.name}</strong> created. Copy it now: it is shown only once.
          </span>
          <CopyField label="API token" value={created.token} />
          <CodeBlock label="Example request">{`curl -H "Authorization: Bearer ${created.token}" ${created.origin}/api/v1/projects`}</CodeBlock>
        </InlineStatus>
      )}
    </div>
  );
}
