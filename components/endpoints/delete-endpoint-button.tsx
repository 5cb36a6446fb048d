"use client";
import { useRouter } from "next/navigation";
import { useServerAction } from "@/components/forms/use-server-action";
import { FormDialogButton } from "@/components/forms/form-dialog-button";
import { sendJson } from "@/components/models/send-json";

/** Stops the endpoint's replicas and deletes it, then goes back to the list (its console is gone). */
export function DeleteEndpointButton({ endpointId, endpointName }: { endpointId: string; endpointName: string }) {
  const router = useRouter();
  const remove = useServerAction(() => sendJson("DELETE", `/api/v1/endpoints/${encodeURIComponent(endpointId)}`));
  return (
    <FormDialogButton
      label="Delete endpoint"
      accessibleLabel={`Delete endpoint ${endpointName}`}
      title={`Delete endpoint ${endpointName}?`}
      description="Its replicas stop and its URLs answer 404 at once; its traffic history and request log go with it. The model versions stay registered."
      submitLabel="Delete endpoint"
      submitVariant="destructive"
      triggerVariant="danger"
      isPending={remove.isPending}
      formError={remove.formError}
      onOpen={remove.clearError}
      onSubmit={() => remove.run(undefined, () => router.push("/models"))}
    />
  );
}
