"use client";
import { useRouter } from "next/navigation";
import { postJson } from "@/components/forms/request-result";
import { useServerAction } from "@/components/forms/use-server-action";
import { endpointHref } from "@/components/endpoints/endpoint-urls";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { TCreateEndpointBody } from "@/lib/endpoints/schemas";
import { FormDialogButton } from "@/components/forms/form-dialog-button";
import { NumberField } from "@/components/forms/number-field";
import formStyles from "@/components/forms/form.module.css";

/** A model's name as an endpoint may be called (lowercase, digits and dashes, as in a URL). */
function endpointNameFor(modelName: string) {
  return modelName.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 63).replace(/-+$/, "");
}

type TProps = { modelId: string; modelName: string; number: number };

/** Deploys the version as a new endpoint, then opens its console to watch the replicas start. */
export function DeployEndpointButton({ modelId, modelName, number }: TProps) {
  const router = useRouter();
  const deploy = useServerAction((body: TCreateEndpointBody) => postJson<{ id: string }>("/api/v1/endpoints", body));
  return (
    <FormDialogButton
      label="Deploy"
      accessibleLabel={`Deploy version ${number} as a new endpoint`}
      title={`Deploy version ${number} as an endpoint`}
      description="Its replicas start on workers with room for them; the endpoint answers once one is ready."
      submitLabel="Deploy"
      isPending={deploy.isPending}
      formError={deploy.formError}
      onOpen={deploy.clearError}
      onSubmit={(values) =>
        deploy.run(
          { name: values.name.trim(), modelId, number, replicas: Number(values.replicas), gpus: 0, capturePercent: Number(values.capturePercent) },
          ({ id }) => router.push(endpointHref(id)),
        )
      }
    >
      <Field label="Endpoint name" hint="Part of its URLs: lowercase letters, digits and dashes." error={deploy.fieldErrors.name}>
        {(control) => <Input {...control} name="name" required autoComplete="off" defaultValue={endpointNameFor(modelName)} />}
      </Field>
      <div className={formStyles.row}>
        <NumberField label="Replicas" name="replicas" min={1} max={16} defaultValue={1} error={deploy.fieldErrors.replicas} />
        <NumberField
          label="Capture %"
          name="capturePercent"
          min={0}
          max={100}
          defaultValue={10}
          hint="Requests kept with inputs and outputs, for monitoring."
          error={deploy.fieldErrors.capturePercent}
        />
      </div>
    </FormDialogButton>
  );
}
