"use client";
import { useMutation } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { SegmentedControl } from "@/components/charts/segmented-control";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { CodeBlock } from "@/components/ui/code-block";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { exampleMlflowRequest, exampleV2Request } from "@/lib/endpoints/inference/example-request";
import type { TModelSignature } from "@/lib/models/schemas";
import { inferencePath, type TInferenceProtocol } from "./endpoint-urls";
import { formatJson } from "./format-literal";
import { curlSnippet, pythonSnippet } from "./request-snippets";
import { CopyableSnippet } from "./copyable-snippet";
import { sendTestRequest } from "./send-test-request";
import { useOrigin } from "./use-origin";
import styles from "./endpoints.module.css";

const PROTOCOLS = [
  { value: "v2", label: "KServe V2" },
  { value: "mlflow", label: "MLflow" },
] as const;

const MS = new Intl.NumberFormat("en", { maximumFractionDigits: 1 });

type TTryEndpointProps = { endpointName: string; signature: TModelSignature | null; hasLiveVersion: boolean };

/** A request sent from here to the endpoint, its answer and time; and the same call as curl and Python. */
export function TryEndpoint({ endpointName, signature, hasLiveVersion }: TTryEndpointProps) {
  const origin = useOrigin();
  const [protocol, setProtocol] = useState<TInferenceProtocol>("v2");
  const examples = useMemo(() => ({ v2: exampleV2Request(signature), mlflow: exampleMlflowRequest(signature) }), [signature]);
  const examplesText = useMemo(() => ({ v2: formatJson(examples.v2), mlflow: formatJson(examples.mlflow) }), [examples]);
  // One draft per protocol, so that switching back finds the body as it was left; none (the
  // example, which follows the primary version's signature) until it is edited.
  const [drafts, setDrafts] = useState<Partial<Record<TInferenceProtocol, string>>>({});
  const body = drafts[protocol] ?? examplesText[protocol];
  const send = useMutation({ mutationFn: sendTestRequest });
  const answer = send.data;
  const url = `${origin}${inferencePath(protocol, endpointName)}`;
  const toggle = <SegmentedControl label="Protocol" options={PROTOCOLS} value={protocol} onChange={setProtocol} />;
  return (
    <>
      <Card
        title="Test request"
        description={hasLiveVersion ? "Sent from this browser with your session; prefilled from the primary version's signature." : "No version is live: a request gets an error."}
        actions={toggle}
      >
        <form
          className={styles.testForm}
          onSubmit={(event) => {
            event.preventDefault();
            send.mutate({ protocol, endpointName, body });
          }}
        >
          <Field label={`Request body (${protocol === "v2" ? "KServe V2" : "MLflow"} JSON)`} hint={`POST ${inferencePath(protocol, endpointName)}`}>
            {(control) => (
              <Textarea
                {...control}
                className={styles.body}
                rows={12}
                spellCheck={false}
                value={body}
                onChange={(event) => setDrafts((current) => ({ ...current, [protocol]: event.target.value }))}
              />
            )}
          </Field>
          <div className={styles.toolbar}>
            <Button type="submit" variant="primary" isPending={send.isPending}>
              Send request
            </Button>
            <Button onClick={() => setDrafts((current) => ({ ...current, [protocol]: undefined }))} disabled={drafts[protocol] === undefined}>
              Reset to example
            </Button>
          </div>
        </form>
        <div className={styles.response} data-testid="test-response">
          {send.isError && <p className={styles.error} role="alert">The request did not reach the studio: {send.error.message}</p>}
          {answer && (
            <>
              <p className={answer.status < 400 ? styles.ok : styles.error} data-http-status={answer.status} role="status">
                {answer.status} {answer.statusText} · {MS.format(answer.roundTripMs)} ms round trip
              </p>
              <CodeBlock label="Response body">{answer.body}</CodeBlock>
            </>
          )}
          {!answer && !send.isError && <p className={styles.muted} role="status">{send.isPending ? "Waiting for the answer…" : "The answer appears here."}</p>}
        </div>
      </Card>
      <Card title="Call it from code" description="With an API token from Settings → API tokens, exported as MLSTUDIO_API_TOKEN." actions={toggle}>
        <div className={styles.columns}>
          <CopyableSnippet label="curl" code={curlSnippet(url, examples[protocol])} />
          <CopyableSnippet label="Python (requests)" code={pythonSnippet(url, examples[protocol])} />
        </div>
      </Card>
    </>
  );
}
