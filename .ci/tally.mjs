// Prints the closing line CI reads, counted from Vitest's JSON reports in reports/ (never typed by hand).
import { existsSync, readdirSync, readFileSync } from "node:fs";

let passed = 0;
let failed = 0;
const dir = "reports";
for (const name of existsSync(dir)
  ? readdirSync(dir)
      .filter((f) => f.endsWith(".json"))
      .sort()
  : []) {
  const report = JSON.parse(readFileSync(`${dir}/${name}`, "utf8"));
  passed += report.numPassedTests ?? 0;
  failed += (report.numFailedTests ?? 0) + (report.numRuntimeErrorTests ?? 0);
  // A suite that failed to load counts as a failure even when it reported no tests.
  failed += (report.testResults ?? []).filter(
    (r) => r.status === "failed" && (r.assertionResults ?? []).length === 0,
  ).length;
  console.log(`${name}: ${report.numPassedTests ?? 0} passed, ${report.numFailedTests ?? 0} failed`);
}
console.log(`tests: ${passed} passed, ${failed} failed`);
