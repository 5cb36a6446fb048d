"use client";
import Link from "next/link";
import { useState } from "react";
import { postJson } from "@/components/forms/request-result";
import { useServerAction } from "@/components/forms/use-server-action";
import { FormDialogButton } from "@/components/forms/form-dialog-button";
import { modelHref } from "@/components/models/model-urls";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { TRegisterModelVersionBody } from "@/lib/models/schemas";

type TProps = { runId: string; runName: string; artifactPath: string };

/** Registers a model the run logged as the next version of a named model. */
export function RegisterModelButton({ runId, runName, artifactPath }: TProps) {
  const [registered, setRegistered] = useState<{ modelId: string; number: number } | null>(null);
  const register = useServerAction((body: TRegisterModelVersionBody) => postJson<{ modelId: string; number: number }>("/api/v1/models", body));
  if (registered) {
    return (
      <Link href={modelHref(registered.modelId)} role="status">
        Registered as version {registered.number}
      </Link>
    );
  }
  return (
    <FormDialogButton
      label="Register"
      accessibleLabel={`Register ${artifactPath} as a model version`}
      title="Register this model"
      description="It becomes the next version of the named model (the model is made if it is new), with this run's metrics and signature. Pickled models run code when they are loaded: register only models you trust."
      submitLabel="Register"
      isPending={register.isPending}
      formError={register.formError}
      onOpen={register.clearError}
      onSubmit={(values, close) =>
        register.run({ modelName: values.modelName.trim(), description: values.description ?? "", source: { kind: "run", runId, artifactPath } }, (answer) => {
          setRegistered(answer);
          close();
        })
      }
    >
      <Field label="Model name" hint="Letters, digits, dots, dashes and underscores." error={register.fieldErrors.modelName}>
        {(control) => <Input {...control} name="modelName" required autoComplete="off" defaultValue={runName.replace(/[^a-zA-Z0-9._-]+/g, "-").replace(/^[^a-zA-Z0-9]+/, "") || "model"} />}
      </Field>
      <Field label="Description (optional)">{(control) => <Input {...control} name="description" autoComplete="off" />}</Field>
    </FormDialogButton>
  );
}
