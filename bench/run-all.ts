// `npm run bench`: builds the studio into its own folder, then runs every benchmark.
import { execSync } from "node:child_process";
import { benchDatasetIngest } from "./dataset-ingest";
import { benchDrift } from "./drift";
import { benchGatewayOverhead } from "./gateway-overhead";
import { benchHeadlessRun } from "./headless-run";
import { benchLabelingExport } from "./labeling-export";
import { benchLabelingProject } from "./labeling-project";
import { benchMetricIngest } from "./metric-ingest";
import { benchNotebookOpen } from "./notebook-open";
import { benchNotebookOutputThroughput } from "./notebook-output-throughput";
import { benchNotebookRoundTrip } from "./notebook-round-trip";
import { benchPageTimes } from "./page-times";
import { benchRunChartOpen } from "./run-chart-open";
import { benchRunsTable } from "./runs-table";
import { benchStartup } from "./startup";

process.env.NEXT_DIST_DIR ??= ".next-bench";
execSync("bash -c 'source scripts/ensure.sh && ensure_node_modules && ensure_prisma_client && ensure_python && ensure_anchors && ensure_chromium && ensure_build'", {
  stdio: "inherit",
});
await benchStartup();
await benchPageTimes();
await benchHeadlessRun();
await benchNotebookRoundTrip();
await benchNotebookOutputThroughput();
await benchNotebookOpen();
await benchMetricIngest();
await benchRunChartOpen();
await benchRunsTable();
await benchDatasetIngest();
await benchLabelingProject();
await benchLabelingExport();
await benchGatewayOverhead();
await benchDrift();
