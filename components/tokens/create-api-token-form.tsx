"use client";
import { CodeBlock } from "@/components/ui/code-block";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { createApiTokenAction } from "@/lib/tokens/actions";
import { CreateTokenForm } from "./create-token-form";

/** An API token, shown once beside a request that uses it. */
export function CreateApiTokenForm() {
  return (
    <CreateTokenForm
      action={createApiTokenAction}
      noun="Token"
      copyLabel="API token"
      submitLabel="Create token"
      hint="Say where it will be used, e.g. “laptop” or “CI”."
      placeholder="laptop"
      extraFields={
        <Field label="Access" hint="Give a client application a token that can only call endpoints.">
          {(control) => (
            <Select {...control} name="scope" defaultValue="FULL">
              <option value="FULL">Everything your role allows</option>
              <option value="ENDPOINTS">Only calling endpoints</option>
            </Select>
          )}
        </Field>
      }
      renderUse={({ token, origin }) => (
        <CodeBlock label="Example request">{`curl -H "Authorization: Bearer ${token}" ${origin}/api/v1/projects`}</CodeBlock>
      )}
    />
  );
}
