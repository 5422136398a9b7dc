// Benchmark: Lighthouse's accessibility and best-practices scores for the served game
// page, in Debian's Chromium (never a downloaded one). Figures, not failures: prints the
// scores against their targets and the ids of the audits that lost points.
import { spawnSync } from "node:child_process";

const url = process.argv[2];
const run = spawnSync(process.env.LIGHTHOUSE, [
  url,
  "--only-categories=accessibility,best-practices",
  // A classroom laptop, like first-paint.mjs.
  "--preset=desktop",
  "--output=json",
  "--output-path=stdout",
  "--quiet",
  "--chrome-flags=--headless=new --no-sandbox --use-angle=swiftshader --enable-unsafe-swiftshader",
], {
  env: { ...process.env, CHROME_PATH: process.env.CHROMIUM || "/usr/bin/chromium" },
  encoding: "utf8",
  maxBuffer: 256 * 1024 * 1024,
});
if (run.status !== 0) {
  console.error(`lighthouse failed (${run.error || "exit " + run.status}):\n${run.stderr}`);
  process.exit(1);
}
const report = JSON.parse(run.stdout);
if (report.runtimeError) {
  console.error(`lighthouse could not audit the page: ${report.runtimeError.message}`);
  process.exit(1);
}

const score = (id) => Math.round(report.categories[id].score * 100);
// Scored audits that lost points (weight 0 audits are informative only).
const failing = (id) => report.categories[id].auditRefs
  .filter((ref) => ref.weight > 0 && report.audits[ref.id].score !== null && report.audits[ref.id].score < 1)
  .map((ref) => ref.id);
console.log(`lighthouse ${report.lighthouseVersion}: accessibility ${score("accessibility")} (target 100), best practices ${score("best-practices")} (target >= 95)`);
for (const id of ["accessibility", "best-practices"]) {
  const ids = failing(id);
  if (ids.length) console.log(`  ${id} audits failing: ${ids.join(", ")}`);
}
for (const warning of report.runWarnings || []) console.log(`  warning: ${warning}`);
