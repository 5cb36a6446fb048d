"use client";
import type { TModelVersionView } from "@/lib/models/get-model";
import { formatFact } from "@/components/runs/run-facts";
import { Card } from "@/components/ui/card";
import { Table } from "@/components/ui/table";
import { numericMetrics } from "./format-model";
import { bestPositions, isLowerBetter } from "./metric-ranking";
import { SignatureTable } from "./signature-table";
import { useVersionSelection } from "./version-selection";
import compareStyles from "@/components/runs/compare/compare.module.css";
import styles from "./models.module.css";

type TComparedVersion = Pick<TModelVersionView, "number" | "metrics" | "signature">;

function MetricsByVersion({ versions }: { versions: TComparedVersion[] }) {
  const keys = [...new Set(versions.flatMap((version) => Object.keys(version.metrics)))].sort((a, b) => a.localeCompare(b));
  if (keys.length === 0) return <p className={styles.note}>None of these versions has metrics: they come from the run a version was registered from.</p>;
  return (
    <Table label="Metrics by version">
      <thead className={compareStyles.diffHead}>
        <tr>
          <th scope="col">Metric</th>
          {versions.map((version) => (
            <th key={version.number} scope="col" data-align="end">
              v{version.number}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className={compareStyles.diffBody}>
        {keys.map((key) => {
          const values = versions.map((version) => (Object.hasOwn(version.metrics, key) ? version.metrics[key] : undefined));
          const best = bestPositions(key, values);
          return (
            <tr key={key}>
              <th scope="row">
                {key} <span className={styles.subtle}>({isLowerBetter(key) ? "lower" : "higher"} is better)</span>
              </th>
              {values.map((value, index) => (
                <td key={versions[index].number} data-align="end" className={`${styles.number} ${best.has(index) ? styles.best : ""}`} data-best={best.has(index) || undefined}>
                  {value === undefined ? <span className={styles.subtle}>—</span> : formatFact(value)}
                  {best.has(index) && <span className="visually-hidden"> (best)</span>}
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}

/** The ticked versions side by side: each metric a row (the best value marked), then their signatures. */
export function CompareVersions({ versions }: { versions: TComparedVersion[] }) {
  const { selected, isComparing } = useVersionSelection();
  if (!isComparing) return null;
  const compared = versions.filter((version) => selected.includes(version.number));
  const signatures = new Set(compared.map((version) => JSON.stringify(version.signature)));
  const metricCount = new Set(compared.flatMap((version) => numericMetrics(version.metrics).map(([key]) => key))).size;
  return (
    <Card
      title="Compare versions"
      description={compared.length < 2 ? "Tick two or more versions above." : `${compared.length} versions, ${metricCount} numeric metrics. ${signatures.size === 1 ? "They take and give the same signature." : "Their signatures differ."}`}
      isFlush={compared.length >= 2}
    >
      {compared.length >= 2 && (
        <>
          <MetricsByVersion versions={compared} />
          <div className={styles.signatures}>
            {compared.map((version) => (
              <section key={version.number} aria-label={`Signature of version ${version.number}`}>
                <h3 className={styles.sectionTitle}>Signature of v{version.number}</h3>
                <SignatureTable signature={version.signature} />
              </section>
            ))}
          </div>
        </>
      )}
    </Card>
  );
}
