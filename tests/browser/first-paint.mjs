// Benchmark: time from navigation to the game's first drawn screen, in headless Chromium
// with software WebGL (a slow school laptop is in the same range). Median of 3.
import { launch, waitForScreen } from "./lib.mjs";

const url = process.argv[2];
const browser = await launch();
const times = [];
for (let i = 0; i < 3; i++) {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  const t0 = Date.now();
  await page.goto(url);
  await waitForScreen(page, "title", 120000);
  times.push(Date.now() - t0);
  await page.close();
}
times.sort((a, b) => a - b);
console.log(`first painted frame (title screen), headless Chromium + SwiftShader: ${(times[1] / 1000).toFixed(2)} s median (runs: ${times.map((t) => (t / 1000).toFixed(2)).join(", ")} s)`);
await browser.close();
