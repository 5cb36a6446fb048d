import { describe, expect, it } from "vitest";
import { mergeTraffic, toTrafficSeconds, trafficSeries, type TTrafficSecond } from "./traffic-series";

const second = (deploymentId: string, at: number, requests = 1, p95Ms = 10): TTrafficSecond => ({ deploymentId, at, requests, errors: 0, p50Ms: 5, p95Ms, p99Ms: 20 });
const deployments = [
  { deploymentId: "blue", label: "churn v1", colour: "#111" },
  { deploymentId: "green", label: "churn v2", colour: "#222" },
];

describe("an endpoint's traffic for the charts", () => {
  it("reads an event's ISO second as epoch seconds, one entry per deployment", () => {
    const seconds = toTrafficSeconds("2024-05-01T10:00:07.000Z", [{ deploymentId: "blue", requests: 3, errors: 1, p50Ms: 4, p95Ms: 9, p99Ms: 12 }]);
    expect(seconds).toEqual([{ deploymentId: "blue", at: Date.UTC(2024, 4, 1, 10, 0, 7) / 1000, requests: 3, errors: 1, p50Ms: 4, p95Ms: 9, p99Ms: 12 }]);
  });

  it("adds live seconds newer than the stored ones, summing two processes' shares of one second", () => {
    const merged = mergeTraffic([second("blue", 100), second("blue", 101)], [second("blue", 101, 5), second("blue", 102, 2, 30), second("blue", 102, 3, 40)]);
    expect(merged.map((s) => [s.at, s.requests, s.p95Ms])).toEqual([
      [100, 1, 10],
      [101, 1, 10],
      [102, 5, 40],
    ]);
  });

  it("keeps only the last window, counted back from the newest second", () => {
    expect(mergeTraffic([second("blue", 0), second("blue", 50)], [second("blue", 100)], 60).map((s) => s.at)).toEqual([50, 100]);
  });

  it("draws a line per deployment with traffic, counts at 0 in its quiet seconds and latencies only where it served", () => {
    const seconds = [second("blue", 10, 4), second("blue", 13, 2)];
    const requests = trafficSeries(seconds, deployments, { value: (s) => s.requests, isCount: true });
    expect(requests.series.map((s) => s.name)).toEqual(["churn v1"]);
    expect(requests.colours).toEqual(["#111"]);
    expect(requests.series[0].points.map((p) => [p.time, p.value])).toEqual([
      [10, 4],
      [11, 0],
      [12, 0],
      [13, 2],
    ]);
    const latency = trafficSeries(seconds, deployments, { value: (s) => s.p95Ms, isCount: false });
    expect(latency.series[0].points.map((p) => p.time)).toEqual([10, 13]);
  });
});
