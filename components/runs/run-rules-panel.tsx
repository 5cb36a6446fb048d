"use client";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import type { TRunRuleSpec } from "@/lib/protocol/sdk-events";
import type { TRunRule } from "@/lib/rules/schemas";
import { postJson } from "@/components/forms/request-result";
import { useServerAction } from "@/components/forms/use-server-action";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { InlineStatus } from "@/components/ui/inline-status";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Table } from "@/components/ui/table";
import { describeRule } from "./describe-rule";
import { fetchJson } from "./fetch-json";
import styles from "./run-view.module.css";

type TKind = TRunRuleSpec["kind"];
const KINDS: Array<{ value: TKind; label: string }> = [
  { value: "nan", label: "is NaN or infinite" },
  { value: "not_improving", label: "stops improving" },
  { value: "below", label: "falls below" },
  { value: "above", label: "rises above" },
];

type TRunRulesPanelProps = { runId: string; metricKeys: string[]; canAdd: boolean };

/** The run's rules (the Debugger's job): what each watches for, and what fired when. */
export function RunRulesPanel({ runId, metricKeys, canAdd }: TRunRulesPanelProps) {
  const queryClient = useQueryClient();
  const rules = useQuery({ queryKey: ["run-rules", runId], queryFn: () => fetchJson<{ rules: TRunRule[] }>(`/api/v1/runs/${runId}/rules`) });
  const list = rules.data?.rules ?? [];
  return (
    <Card title="Rules" description="Checked as each point arrives; a fired rule raises an alert in Monitoring, and may stop the run." isFlush>
      {rules.isError ? (
        <p className={styles.error} role="alert">
          Could not load the rules: {rules.error.message}
        </p>
      ) : list.length === 0 ? (
        <p className={styles.muted}>{rules.isPending ? "Loading rules…" : "No rules. Set them in mlstudio.init(rules=[mlstudio.rules.nan(\"loss\")]) or add one here."}</p>
      ) : (
        <Table label="Rules">
          <tbody>
            {list.map((rule) => (
              <tr key={rule.id} data-rule-status={rule.status}>
                <td>
                  When {describeRule(rule.spec)}
                  {rule.spec.stop ? ", stop the run" : ""}
                </td>
                <td className={rule.status === "fired" ? styles.ruleFired : styles.ruleWatching}>{rule.status === "fired" ? `Fired: ${rule.message}` : "Watching"}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {canAdd && <AddRuleForm runId={runId} metricKeys={metricKeys} onAdded={() => queryClient.invalidateQueries({ queryKey: ["run-rules", runId] })} />}
    </Card>
  );
}

function AddRuleForm({ runId, metricKeys, onAdded }: { runId: string; metricKeys: string[]; onAdded: () => Promise<void> }) {
  const listId = useId();
  const [kind, setKind] = useState<TKind>("nan");
  const add = useServerAction((spec: Record<string, unknown>) => postJson<{ id: string }>(`/api/v1/runs/${runId}/rules`, spec));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const values = new FormData(form);
    const amount = Number(values.get("amount"));
    const spec = {
      kind,
      metric: String(values.get("metric") ?? "").trim(),
      stop: values.get("stop") === "on",
      ...(kind === "not_improving" && { patience: amount }),
      ...((kind === "below" || kind === "above") && { threshold: amount }),
    };
    add.run(spec, async () => {
      form.reset();
      await onAdded();
    });
  }

  const problem = add.formError ?? Object.entries(add.fieldErrors).map(([key, messages]) => `${key}: ${messages[0]}`)[0];
  return (
    <form className={styles.ruleForm} onSubmit={submit} aria-label="Add a rule" noValidate>
      <span>When</span>
      <Input name="metric" list={listId} defaultValue={metricKeys[0] ?? ""} aria-label="Metric" placeholder="loss" className={styles.ruleMetric} />
      <datalist id={listId}>
        {metricKeys.map((key) => (
          <option key={key} value={key} />
        ))}
      </datalist>
      <Select value={kind} onChange={(event) => setKind(event.target.value as TKind)} aria-label="Rule" className={styles.ruleKind}>
        {KINDS.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
      {kind !== "nan" && <Input name="amount" type="number" step="any" aria-label={kind === "not_improving" ? "Steps" : "Threshold"} placeholder={kind === "not_improving" ? "steps" : "threshold"} className={styles.ruleAmount} />}
      <label className={styles.ruleStop}>
        <input type="checkbox" name="stop" /> stop the run
      </label>
      <Button type="submit" size="sm" isPending={add.isPending}>
        Add rule
      </Button>
      {problem && <InlineStatus tone="error">{problem}</InlineStatus>}
    </form>
  );
}
