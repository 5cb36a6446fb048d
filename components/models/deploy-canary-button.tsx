"use client";
import { useRouter } from "next/navigation";
import { postJson } from "@/components/forms/request-result";
import { useServerAction } from "@/components/forms/use-server-action";
import { endpointHref } from "@/components/endpoints/endpoint-urls";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import type { TEndpointSummary } from "@/lib/endpoints/find-endpoints";
import type { TDeployVersionBody } from "@/lib/endpoints/schemas";
import { versionName } from "./format-model";
import { FormDialogButton } from "@/components/forms/form-dialog-button";
import { NumberField } from "@/components/forms/number-field";
import formStyles from "@/components/forms/form.module.css";

type TProps = { modelId: string; number: number; endpoints: TEndpointSummary[] };

/** Deploys the version beside an endpoint's live one, with a share of its traffic; then opens its console. */
export function DeployCanaryButton({ modelId, number, endpoints }: TProps) {
  const router = useRouter();
  const deploy = useServerAction((input: { endpointId: string; body: TDeployVersionBody }) =>
    postJson<{ deploymentId: string }>(`/api/v1/endpoints/${encodeURIComponent(input.endpointId)}/deployments`, input.body),
  );
  // An endpoint serves two versions at most: one with a canary already must promote or roll back first.
  const open = endpoints.filter((endpoint) => endpoint.versions.length < 2);
  if (open.length === 0) return null;
  return (
    <FormDialogButton
      label="Canary…"
      accessibleLabel={`Deploy version ${number} as a canary to an endpoint`}
      title={`Deploy version ${number} as a canary`}
      description="It serves beside the endpoint's live version and takes the share of requests you give it; promote it or roll it back from the endpoint's console. At 0 % it waits, ready, until promoted."
      submitLabel="Deploy canary"
      isPending={deploy.isPending}
      formError={deploy.formError}
      onOpen={deploy.clearError}
      onSubmit={(values) =>
        deploy.run(
          { endpointId: values.endpointId, body: { modelId, number, trafficPercent: Number(values.trafficPercent), replicas: Number(values.replicas), gpus: 0 } },
          () => router.push(endpointHref(values.endpointId)),
        )
      }
    >
      <Field label="Endpoint" hint="Endpoints that serve two versions already are left out.">
        {(control) => (
          <Select {...control} name="endpointId" required>
            {open.map((endpoint) => (
              <option key={endpoint.id} value={endpoint.id}>
                {endpoint.name} (serves {endpoint.versions.map((v) => versionName(v.model, v.number)).join(", ") || "nothing yet"})
              </option>
            ))}
          </Select>
        )}
      </Field>
      <div className={formStyles.row}>
        <NumberField label="Traffic %" name="trafficPercent" min={0} max={99} defaultValue={10} error={deploy.fieldErrors.trafficPercent} />
        <NumberField label="Replicas" name="replicas" min={1} max={16} defaultValue={1} error={deploy.fieldErrors.replicas} />
      </div>
    </FormDialogButton>
  );
}
