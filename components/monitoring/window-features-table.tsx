"use client";
import { useState, type ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { Select } from "@/components/ui/select";
import { Table } from "@/components/ui/table";
import { describeRule, formatDriftValue, readDriftValue } from "./drift-metrics";
import { driftedBy, type TDriftFeature, type TDriftWindow } from "./drift-series";
import { DriftBadges } from "./monitor-status-badge";
import { SendToLabelingButton } from "./send-to-labeling-button";
import styles from "./monitoring.module.css";

const COUNT = new Intl.NumberFormat("en");
const PERCENT = new Intl.NumberFormat("en", { style: "percent", maximumFractionDigits: 1 });
const STATUS: Record<string, string> = { missing: "Not in the requests", empty: "No values" };

type TEntry = Record<string, unknown> | undefined;
const valueAt = (...path: string[]) => (entry: TEntry) => readDriftValue(entry, { path });

/** A value, and below it in small type what qualifies it (a p-value, the missing share). */
function Stacked({ value, detail }: { value: string; detail?: string | null }) {
  return (
    <>
      {value}
      {detail && <span className={styles.detail}>{detail}</span>}
    </>
  );
}

const withP = (statistic: number | null, p: number | null) => <Stacked value={formatDriftValue(statistic)} detail={statistic === null ? null : `p ${formatDriftValue(p)}`} />;

// The metrics of a feature's entry, each as a column; one not measured on its kind is "—".
const COLUMNS: Array<{ label: string; render: (entry: TEntry) => ReactNode }> = [
  { label: "Mean", render: (entry) => formatDriftValue(valueAt("mean")(entry)) },
  { label: "PSI", render: (entry) => formatDriftValue(valueAt("psi")(entry)) },
  { label: "KS", render: (entry) => withP(valueAt("ks", "statistic")(entry), valueAt("ks", "p_value")(entry)) },
  { label: "Wasserstein", render: (entry) => formatDriftValue(valueAt("wasserstein")(entry)) },
  { label: "Jensen–Shannon", render: (entry) => formatDriftValue(valueAt("jensen_shannon")(entry)) },
  { label: "χ²", render: (entry) => withP(valueAt("chi_squared", "statistic")(entry), valueAt("chi_squared", "p_value")(entry)) },
];

/** How many values the window had and the share missing, or why it had none. */
function Values({ entry }: { entry: TEntry }) {
  const count = valueAt("count")(entry);
  if (!entry) return "Not compared";
  if (entry.status !== "ok" || count === null) return STATUS[String(entry.status)] ?? String(entry.status);
  const missing = valueAt("missing_rate")(entry);
  return <Stacked value={COUNT.format(count)} detail={missing ? `${PERCENT.format(missing)} missing` : null} />;
}

type TWindowFeaturesTableProps = {
  monitorId: string;
  features: TDriftFeature[];
  /** Oldest first, each with its label as the server wrote it. */
  windows: Array<TDriftWindow & { label: string }>;
  canLabel: boolean;
};

/** Every metric of every feature in one window (the latest unless another is chosen), and the rules that fired. */
export function WindowFeaturesTable({ monitorId, features, windows, canLabel }: TWindowFeaturesTableProps) {
  const [chosenId, setChosenId] = useState<string | null>(null);
  // Newest first; a new window shows at once unless the person chose an older one.
  const newestFirst = [...windows].reverse();
  const window = newestFirst.find((one) => one.id === chosenId) ?? newestFirst[0];
  return (
    <Card
      title="Features in a window"
      description="Each metric against the training data; a rule past its threshold marks the feature drifted."
      actions={
        <span className={styles.actions}>
          <Select size="sm" className={styles.windowSelect} aria-label="Window" value={window.id} onChange={(event) => setChosenId(event.target.value)}>
            {newestFirst.map((one) => (
              <option key={one.id} value={one.id}>
                {one.label}
              </option>
            ))}
          </Select>
          {canLabel && window.drifted.length > 0 && <SendToLabelingButton key={window.id} monitorId={monitorId} windowId={window.id} />}
        </span>
      }
      isFlush
    >
      <Table label="Features in the window">
        <thead>
          <tr>
            <th>Feature</th>
            <th>Drifted by</th>
            <th data-align="end">Values</th>
            {COLUMNS.map((column) => (
              <th key={column.label} data-align="end">
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {features.map((feature) => {
            const entry = window.features[feature.name];
            const rules = driftedBy(entry);
            return (
              <tr key={feature.name} data-feature={feature.name} data-drifted={rules.length > 0}>
                <td className={styles.featureCell}>
                  <span className={styles.name}>{feature.name}</span>
                  <span className={styles.muted}> {feature.kind}</span>
                </td>
                <td>
                  <DriftBadges names={rules.map(describeRule)} none="—" />
                </td>
                <td data-align="end" className={styles.number}>
                  <Values entry={entry} />
                </td>
                {COLUMNS.map((column) => (
                  <td key={column.label} data-align="end" className={styles.number}>
                    {column.render(entry)}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </Table>
    </Card>
  );
}
