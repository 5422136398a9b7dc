// Benchmark: what a first visit downloads, measured in headless Chromium (compressed bytes
// on the wire, as served by the class server): up to the title screen, and then up to a
// new player's map. Figures, not pass/fail.
import { openPage, waitForScreen, go, pick } from "./lib.mjs";

const url = process.argv[2];
const { browser, page } = await openPage(url);
let bytes = 0;
let requests = 0;
page.on("requestfinished", async (request) => {
  const sizes = await request.sizes().catch(() => null);
  if (sizes) {
    bytes += sizes.responseBodySize + sizes.responseHeadersSize;
    requests += 1;
  }
});
const t0 = Date.now();
await page.goto(url);
await waitForScreen(page, "title", 120000);
const title = { bytes, requests, secs: (Date.now() - t0) / 1000 };
const profile = await go(page, "New player", "profile");
const nickname = profile.widgets.find((w) => /^[A-Z][a-z]+ [A-Z][a-z]+$/.test(w.label) && w.label !== "Other names").label;
await pick(page, nickname);
await pick(page, "fox");
await go(page, "Next", "phase");
await go(page, "Ages 4 to 7", "levels");
await page.waitForLoadState("networkidle");
const mb = (b) => (b / 1_000_000).toFixed(2);
console.log(`first visit to the title screen: ${mb(title.bytes)} MB in ${title.requests} requests, ${title.secs.toFixed(1)} s`);
console.log(`first visit to a new player's map: ${mb(bytes)} MB in ${requests} requests`);
await browser.close();
