import { readdirSync, readFileSync } from "node:fs";

// One closing line for the whole run, summing the JSON reports of vitest (one per process) and Playwright.
interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
}
const vitest = readdirSync("test-results")
  .filter((file) => /^vitest.*\.json$/.test(file))
  .map((file) => JSON.parse(readFileSync(`test-results/${file}`, "utf8")) as VitestReport)
  .reduce((sum, report) => ({
    numPassedTests: sum.numPassedTests + report.numPassedTests,
    numFailedTests: sum.numFailedTests + report.numFailedTests,
    numPendingTests: sum.numPendingTests + report.numPendingTests,
  }));
const playwright = JSON.parse(readFileSync("test-results/playwright.json", "utf8")) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } };
const passed = vitest.numPassedTests + playwright.stats.expected + playwright.stats.flaky;
const failed = vitest.numFailedTests + playwright.stats.unexpected;
const skipped = vitest.numPendingTests + playwright.stats.skipped;
console.log(`\nunit+integration: ${vitest.numPassedTests} passed; e2e: ${playwright.stats.expected} passed`);
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed === 0 ? 0 : 1);
