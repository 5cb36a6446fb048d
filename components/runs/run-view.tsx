"use client";
import { useState } from "react";
import { MetricChartControls, type TMetricChartSettings } from "@/components/charts/metric-chart-controls";
import { Card } from "@/components/ui/card";
import { runArtifactUrl } from "@/lib/runs/download-urls";
import type { TMetricSeries, TRunDetail } from "@/lib/runs/schemas";
import { FeatureImportanceCard, featureImportanceOf } from "./feature-importance-card";
import { formatMetricValue } from "./format-run";
import { MetricPanel } from "./metric-panel";
import { RunChartPanel } from "./run-chart-panel";
import { RunFacts } from "./run-facts";
import { RunStatusBadge } from "./run-status-badge";
import { RunRulesPanel } from "./run-rules-panel";
import { RunSystemPanel } from "./run-system-panel";
import { chartKey, useRunLive } from "./use-run-live";
import { RegisterModelButton } from "./register-model-button";
import styles from "./run-view.module.css";

const LIVE_LABEL = { connecting: "Connecting…", live: "Live", offline: "Offline: reload for updates" };

/** A run's page body: its charts, live while it runs, then its params, summary and files. */
export function RunView({ run, initialSeries, canAddRules, canRegister }: { run: TRunDetail; initialSeries: TMetricSeries[]; canAddRules: boolean; canRegister: boolean }) {
  const { live, connection } = useRunLive(run.id, { status: run.status, summary: run.summary });
  const [settings, setSettings] = useState<TMetricChartSettings>({ x: "step", smoothing: 0, isLogScale: false });
  const metricKeys = [...new Set([...run.metrics.map((m) => m.key), ...Object.keys(live.points)])].sort();
  const charts = new Map(run.charts.map((chart) => [chartKey(chart.kind, chart.name), { kind: chart.kind, name: chart.name }]));
  for (const key of Object.keys(live.charts)) {
    const [kind, ...name] = key.split(":");
    charts.set(key, { kind: kind as "confusion" | "histogram", name: name.join(":") });
  }
  const timeOrigin = new Date(run.startedAt).getTime() / 1000;
  // Each metric's last value, as loaded or as it arrives.
  const lastValues = Object.fromEntries(run.metrics.map((m) => [m.key, formatMetricValue(m.lastValue)]));
  for (const [key, points] of Object.entries(live.points)) lastValues[key] = formatMetricValue(points.at(-1)?.value);

  const importances = featureImportanceOf(live.summary);
  const { feature_importance: _shownAbove, ...summary } = live.summary;

  return (
    <div className={styles.layout}>
      <div className={styles.statusLine}>
        <RunStatusBadge status={live.status} />
        <span className={`${styles.liveStatus} ${styles[connection]}`} role="status" data-live-status={connection}>
          {live.status === "running" ? LIVE_LABEL[connection] : null}
        </span>
      </div>
      <Card title="Metrics" description={metricKeys.length ? "Drag across a chart to zoom in." : undefined} actions={metricKeys.length > 0 && <MetricChartControls value={settings} onChange={setSettings} />}>
        {metricKeys.length === 0 ? (
          <p className={styles.muted}>No metrics yet: they appear here as soon as the run logs one with run.log().</p>
        ) : (
          <div className={styles.chartGrid}>
            {metricKeys.map((key) => (
              <MetricPanel
                key={key}
                runId={run.id}
                metric={key}
                initialSeries={initialSeries.find((series) => series.key === key)}
                livePoints={live.points[key] ?? []} settings={settings} timeOrigin={timeOrigin} />
            ))}
          </div>
        )}
      </Card>
      {[...charts].map(([key, chart]) => (
        <Card key={key} title={chart.kind === "confusion" ? `Confusion matrix: ${chart.name}` : `Histogram: ${chart.name}`}>
          <RunChartPanel runId={run.id} kind={chart.kind} name={chart.name} liveSteps={live.charts[key] ?? []} />
        </Card>
      ))}
      {importances && <FeatureImportanceCard importances={importances} />}
      <RunRulesPanel runId={run.id} metricKeys={metricKeys} canAdd={canAddRules && live.status === "running"} />
      <RunSystemPanel runId={run.id} isRunning={live.status === "running"} />
      <div className={styles.factsGrid}>
        <Card title="Parameters" isFlush>
          <RunFacts label="Parameters" facts={run.params} empty="No parameters were logged." />
        </Card>
        <Card title="Summary" description="Logged with run.summary, and each metric's last value." isFlush>
          <RunFacts label="Summary" facts={{ ...lastValues, ...(importances ? summary : live.summary) }} empty="Nothing yet." />
        </Card>
      </div>
      <Card
        title="Files"
        isFlush
        actions={canRegister && run.artifacts.filter((a) => a.model).map((a) => <RegisterModelButton key={a.path} runId={run.id} runName={run.name} artifactPath={a.path} />)}
      >
        {run.artifacts.length === 0 ? (
          <p className={styles.muted}>No files: log one with run.log_artifact(path), or a model with run.log_model(model).</p>
        ) : (
          <RunFacts
            label="Files"
            downloadUrlOf={(path) => runArtifactUrl(run.id, path)}
            facts={Object.fromEntries(run.artifacts.map((a) => [a.path, `${(a.size / 1024).toFixed(1)} KB${a.model ? ` · ${String(a.model.flavor)} model` : ""}`]))}
            empty=""
          />
        )}
      </Card>
    </div>
  );
}
