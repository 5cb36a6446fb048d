"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { postJson } from "@/components/forms/request-result";
import { useServerAction } from "@/components/forms/use-server-action";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { FormDialogButton } from "@/components/forms/form-dialog-button";
import styles from "./models.module.css";

const QUICK_ALIASES = ["staging", "production"];

/** Points an alias at this version; the version that had it loses it. */
export function SetAliasButton({ modelId, number }: { modelId: string; number: number }) {
  const router = useRouter();
  const [alias, setAlias] = useState("");
  const save = useServerAction((body: { alias: string; number: number }) => postJson(`/api/v1/models/${encodeURIComponent(modelId)}/aliases`, body));
  return (
    <FormDialogButton
      label="Set alias"
      accessibleLabel={`Set an alias on version ${number}`}
      title={`Set an alias on version ${number}`}
      description="An alias names one version at a time: the version that has it now loses it."
      submitLabel="Set alias"
      isPending={save.isPending}
      formError={save.formError}
      onOpen={() => {
        setAlias("");
        save.clearError();
      }}
      onSubmit={(values, close) => save.run({ alias: values.alias.trim(), number }, () => {
        close();
        router.refresh();
      })}
    >
      <Field label="Alias" hint="Lowercase letters, digits and dashes." error={save.fieldErrors.alias}>
        {(control) => <Input {...control} name="alias" required autoComplete="off" value={alias} onChange={(event) => setAlias(event.target.value)} placeholder="production" />}
      </Field>
      <div className={styles.toolbar} role="group" aria-label="Common aliases">
        {QUICK_ALIASES.map((name) => (
          <Button key={name} size="sm" aria-pressed={alias === name} onClick={() => setAlias(name)}>
            {name}
          </Button>
        ))}
      </div>
    </FormDialogButton>
  );
}
