// One closing line for the whole suite, summed over Vitest's and Playwright's JSON reports.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const folder = process.argv[2];
let passed = 0;
let failed = 0;
for (const file of readdirSync(folder).filter((f) => f.endsWith(".json"))) {
  const report = JSON.parse(readFileSync(path.join(folder, file), "utf8"));
  if (report.stats?.expected !== undefined) {
    passed += report.stats.expected + (report.stats.flaky ?? 0);
    failed += report.stats.unexpected;
  } else {
    passed += report.numPassedTests;
    failed += report.numFailedTests;
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
