"use client";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatCompactNumber } from "@/components/charts/format-number";
import { seriesColour } from "@/components/charts/series-colours";
import cartesian from "@/components/charts/cartesian-chart.module.css";
import { Card } from "@/components/ui/card";

const BAR_HEIGHT = 26;

/** run.summary["feature_importance"] as { column: importance }, when a run logged one. */
export function featureImportanceOf(summary: Record<string, unknown>) {
  const value = summary.feature_importance;
  if (!value || typeof value !== "object" || Array.isArray(value)) return null;
  const entries = Object.entries(value).filter((entry): entry is [string, number] => typeof entry[1] === "number" && Number.isFinite(entry[1]));
  return entries.length ? entries.sort((a, b) => b[1] - a[1]).map(([feature, importance]) => ({ feature, importance })) : null;
}

/** Which columns the model leans on most: AutoML's permutation importance, largest first. */
export function FeatureImportanceCard({ importances }: { importances: Array<{ feature: string; importance: number }> }) {
  return (
    <Card title="Feature importance" description="How much the score drops when a column's values are shuffled (permutation importance).">
      <figure className={cartesian.chart} style={{ height: importances.length * BAR_HEIGHT + 48, margin: 0 }} aria-label="Feature importance">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={importances} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }}>
            <CartesianGrid horizontal={false} />
            <XAxis type="number" tickFormatter={formatCompactNumber} height={36} label={{ value: "score drop", position: "insideBottom" }} />
            <YAxis type="category" dataKey="feature" width={180} interval={0} tick={{ fontSize: 12 }} />
            <Tooltip isAnimationActive={false} formatter={(value) => [formatCompactNumber(Number(value)), "score drop"]} />
            <Bar dataKey="importance" fill={seriesColour(0)} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </figure>
    </Card>
  );
}
