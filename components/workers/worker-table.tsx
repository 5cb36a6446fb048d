import Link from "next/link";
import { Sparkline } from "@/components/charts/sparkline";
import { Table } from "@/components/ui/table";
import { formatBytes, type TWorkerView } from "./worker-view";
import styles from "./workers.module.css";

const PERCENT = new Intl.NumberFormat("en", { maximumFractionDigits: 0 });

function Load({ label, values, tone, suffix }: { label: string; values: Array<{ at: number; value: number }>; tone: "accent" | "success" | "warning"; suffix?: string }) {
  const current = values.at(-1)?.value;
  return (
    <span className={styles.load}>
      <Sparkline points={values} max={100} label={label} tone={tone} width={80} />
      <span className={styles.loadValue}>{current === undefined ? "—" : `${PERCENT.format(current)}%`}</span>
      {suffix && <span className={styles.loadSuffix}>{suffix}</span>}
    </span>
  );
}

function specs(worker: TWorkerView) {
  const parts = [];
  if (worker.cpuCores) parts.push(`${worker.cpuCores} cores`);
  if (worker.memoryBytes) parts.push(formatBytes(worker.memoryBytes));
  parts.push(worker.gpus.length ? worker.gpus.map((gpu) => `${gpu.name} (${formatBytes(gpu.memoryBytes)})`).join(", ") : "no GPU");
  if (worker.python) parts.push(`Python ${worker.python}`);
  return parts.join(" · ");
}

/** Workers with what they have, their load over the last minutes and the kernels they run. */
export function WorkerTable({ workers }: { workers: TWorkerView[] }) {
  return (
    <Table label="Workers">
      <thead>
        <tr>
          <th scope="col">Worker</th>
          <th scope="col">CPU</th>
          <th scope="col">Memory</th>
          <th scope="col">GPU</th>
          <th scope="col">Kernels</th>
          <th scope="col">Last seen</th>
        </tr>
      </thead>
      <tbody>
        {workers.map((worker) => {
          const isOnline = worker.status === "online";
          const last = worker.history.at(-1);
          const usedMemory = last && worker.memoryBytes ? (last.memoryPercent / 100) * worker.memoryBytes : null;
          return (
            <tr key={worker.id} data-worker={worker.hostname} data-status={worker.status}>
              <td>
                <div className={styles.worker}>
                  <span className={styles.hostLine}>
                    <span className={`${styles.status} ${isOnline ? styles.online : styles.offline}`}>
                      <span className={styles.statusDot} aria-hidden="true" />
                      {isOnline ? "Online" : "Offline"}
                    </span>
                    <span className={styles.hostname}>{worker.hostname}</span>
                  </span>
                  <span className={styles.specs}>{specs(worker)}</span>
                  <span className={styles.token}>
                    Token “{worker.tokenName}”{worker.isTokenRevoked && " (revoked)"}
                  </span>
                </div>
              </td>
              <td>
                {isOnline ? (
                  <Load label={`CPU of ${worker.hostname} over the last minutes`} tone="accent" values={worker.history.map((s) => ({ at: s.at, value: s.cpuPercent }))} />
                ) : (
                  <span className={styles.none}>—</span>
                )}
              </td>
              <td>
                {isOnline ? (
                  <Load
                    label={`Memory of ${worker.hostname} over the last minutes`}
                    tone="success"
                    values={worker.history.map((s) => ({ at: s.at, value: s.memoryPercent }))}
                    suffix={usedMemory !== null ? formatBytes(usedMemory) : undefined}
                  />
                ) : (
                  <span className={styles.none}>—</span>
                )}
              </td>
              <td>
                {isOnline && worker.gpus.length > 0 ? (
                  <Load
                    label={`GPU use of ${worker.hostname} over the last minutes`}
                    tone="warning"
                    values={worker.history.filter((s) => s.gpuPercent !== null).map((s) => ({ at: s.at, value: s.gpuPercent! }))}
                  />
                ) : (
                  <span className={styles.none}>{worker.gpus.length ? "—" : "None"}</span>
                )}
              </td>
              <td>
                {worker.kernels.length === 0 ? (
                  <span className={styles.none}>None</span>
                ) : (
                  <ul className={styles.kernels}>
                    {worker.kernels.map((kernel) => (
                      <li key={kernel.notebookId + kernel.state}>
                        <Link href={`/notebooks/${kernel.notebookId}`}>{kernel.notebookName}</Link> <span className={styles.kernelState}>{kernel.state}</span>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td data-muted>{isOnline ? "Now" : worker.lastSeen}</td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
