"use client";
import { useState, type FormEvent, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { readForm } from "@/components/forms/form-data";
import { useServerAction } from "@/components/forms/use-server-action";
import { Button } from "@/components/ui/button";
import { CopyField } from "@/components/ui/copy-field";
import { Field } from "@/components/ui/field";
import { InlineStatus } from "@/components/ui/inline-status";
import { Input } from "@/components/ui/input";
import type { TActionResult } from "@/lib/http/define-action";
import formStyles from "@/components/forms/form.module.css";
import styles from "./tokens.module.css";

export type TCreatedToken = { name: string; token: string; origin: string };

type TCreateTokenFormProps = {
  /** A server action that issues a named token and returns its secret, once. */
  action: (input: unknown) => Promise<TActionResult<{ name: string; token: string }>>;
  /** What the token is called in sentences ("Token", "Worker token") and on its copy field. */
  noun: string;
  copyLabel: string;
  submitLabel: string;
  hint: string;
  placeholder: string;
  /** How to use the new token, shown under it. */
  renderUse: (created: TCreatedToken) => ReactNode;
  /** More fields beside the name (an API token's scope). */
  extraFields?: ReactNode;
};

/** Issues a named token and shows its secret once, with how to use it. */
export function CreateTokenForm({ action, noun, copyLabel, submitLabel, hint, placeholder, renderUse, extraFields }: TCreateTokenFormProps) {
  const router = useRouter();
  const create = useServerAction(action);
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
        <Field label="Token name" hint={hint} error={create.fieldErrors.name}>
          {(control) => <Input {...control} name="name" placeholder={placeholder} />}
        </Field>
        {extraFields}
        <Button type="submit" variant="primary" isPending={create.isPending} className={styles.createButton}>
          {submitLabel}
        </Button>
      </form>
      {create.formError && <InlineStatus tone="error">{create.formError}</InlineStatus>}
      {created && (
        <InlineStatus tone="success">
          <span>
            {noun} <strong>{created.name}</strong> created. Copy it now: it is shown only once.
          </span>
          <CopyField label={copyLabel} value={created.token} />
          {renderUse(created)}
        </InlineStatus>
      )}
    </div>
  );
}
