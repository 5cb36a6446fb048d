"use client";
import { CreateTokenForm } from "@/components/tokens/create-token-form";
import { CodeBlock } from "@/components/ui/code-block";
import { createWorkerTokenAction } from "@/lib/workers/actions";
import { workerCommand } from "./worker-command";

/** Issues a worker token and shows it once, inside the exact command that starts a worker. */
export function CreateWorkerTokenForm() {
  return (
    <CreateTokenForm
      action={createWorkerTokenAction}
      noun="Worker token"
      copyLabel="Worker token"
      submitLabel="Create worker token"
      hint="Name the machine or fleet, e.g. “gpu-box-1” or “k8s”."
      placeholder="gpu-box-1"
      renderUse={({ token, origin }) => (
        <>
          <span>On the machine, in a checkout of the studio, run:</span>
          <CodeBlock label="Command to start a worker">{workerCommand(origin, token)}</CodeBlock>
        </>
      )}
    />
  );
}
