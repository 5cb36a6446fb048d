import { queryOptions } from "@tanstack/react-query";
import type { TZoomRange } from "@/components/charts/use-drag-zoom";
import { CHART_BUCKETS, type TMetricSeries } from "@/lib/runs/schemas";
import { fetchJson } from "./fetch-json";

/** One run's points of one metric, about a chart's width of them (the server downsamples),
 * over the steps zoomed into or all of them. Charts of the same run and metric share it.
 * A page that learns how many points there are (not from the run's live room) passes that
 * count, so that more points fetch again. */
export function metricSeriesQuery(runId: string, metric: string, zoom: TZoomRange | null, pointCount?: number) {
  const range = zoom ? `&from=${Math.floor(zoom.from)}&to=${Math.ceil(zoom.to)}` : "";
  return queryOptions({
    queryKey: ["run-metric", runId, metric, range, ...(pointCount === undefined ? [] : [pointCount])],
    queryFn: () => fetchJson<TMetricSeries>(`/api/v1/runs/${runId}/metrics/${encodeURIComponent(metric)}?buckets=${CHART_BUCKETS}${range}`),
  });
}
