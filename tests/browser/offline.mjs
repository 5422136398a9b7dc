// Offline play, end to end in headless Chromium: a pupil joins a class and the game keeps
// its files on the device (service worker). Then the network goes off: the game reloads,
// starts and plays a level to its results with no network at all, and keeps the result.
// Back online, the result reaches the teacher exactly once. A second visit downloads no
// wasm and at most 50 KB. Figures are printed for the bench (`cargo xtask bench`).
// The service worker's own requests are reported (and taken offline) only with this on:
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = "1";
const { openPage, check, go, clickThroughLevel, hook, joinClass, waitForScreen } = await import("./lib.mjs");
const { makeClass } = await import("./teacher.mjs");

const base = process.argv[2].replace(/\/$/, "");
const level = { id: "ks1-spot-the-trick", title: "Spot the Trick" };
const { http, classPath, nickname, pin, code } = await makeClass(base, { level: level.id });

// What crosses the network (not answered by the service worker from its cache).
const traffic = { bytes: 0, requests: [], wasmBytes: 0 };
const countFrom = (context) => context.on("requestfinished", async (request) => {
  const response = await request.response().catch(() => null);
  if (!response || response.fromServiceWorker()) return;
  const sizes = await request.sizes().catch(() => null);
  const bytes = sizes ? sizes.responseBodySize + sizes.responseHeadersSize : 0;
  traffic.bytes += bytes;
  traffic.requests.push(new URL(request.url()).pathname);
  if (request.url().endsWith(".wasm")) traffic.wasmBytes += bytes;
});
const resetTraffic = () => Object.assign(traffic, { bytes: 0, requests: [], wasmBytes: 0 });
const kb = (b) => (b / 1000).toFixed(1);

const { browser, page, problems } = await openPage(base + "/");
const context = page.context();
countFrom(context);
const failedOffline = [];
try {
  await joinClass(page, base, { code, nickname, pin });
  const kept = await page
    .waitForFunction(() => window.clickwiseOffline === "ready", null, { timeout: 120000, polling: 250 })
    .then(() => true, () => false);
  check(kept, `the game kept its files for offline play (${await page.evaluate(() => window.clickwiseOffline)})`);
  // Installable: Chromium's own check finds nothing wrong with the manifest, icons and
  // worker (a test browser profile is private, which alone stops installing).
  const cdp = await context.newCDPSession(page);
  const manifest = await cdp.send("Page.getAppManifest");
  const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
  const blocking = installabilityErrors.map((e) => e.errorId).filter((id) => id !== "in-incognito");
  check(manifest.errors.length === 0 && blocking.length === 0, `Chromium can install it (${blocking.join(", ") || "no installability errors"})`);
  // The counting below sees real downloads: the first visit fetched the wasm.
  check(traffic.wasmBytes > 100_000, `the first visit downloaded the wasm (${kb(traffic.wasmBytes)} KB), and this test saw it`);
  // Every file in the worker's list is in its cache: nothing is left to the network.
  const missing = await page.evaluate(async () => {
    const text = await (await fetch("sw.js", { cache: "no-store" })).text();
    const files = JSON.parse(text.match(/^const FILES = (\[.*\]);$/m)[1]);
    const build = JSON.parse(text.match(/^const BUILD = (".*");$/m)[1]);
    const cache = await caches.open("clickwise-" + build);
    const out = [];
    for (const f of files) if (!(await cache.match(new URL(f, location.href).href))) out.push(f);
    return { count: files.length, missing: out };
  });
  check(missing.count > 100 && missing.missing.length === 0, `all ${missing.count} files are on the device${missing.missing.length ? "; missing: " + missing.missing.join(", ") : ""}`);

  // --- no network ---
  await context.setOffline(true);
  context.on("requestfailed", (r) => failedOffline.push(new URL(r.url()).pathname));
  resetTraffic();
  const problemsBefore = problems.length;
  // The pupil opens Clickwise again (not the join link): the page comes from the device.
  await page.goto(base + "/");
  await waitForScreen(page, "title", 90000);
  await go(page, nickname, "levels");
  await go(page, level.title, "play");
  await clickThroughLevel(page);
  const waiting = (await hook(page)).texts.some((t) => t.text.startsWith("Saved. It will go to your teacher"));
  check(waiting, "offline, the level was played to its results, which wait to be sent");
  const inOutbox = await page.evaluate(() => /outbox:\[\(/.test(localStorage.getItem("clickwise.save") || ""));
  check(inOutbox, "the result waits in the save's outbox");
  const offlineBytes = traffic.bytes;
  check(traffic.requests.length === 0, `nothing came over the network while offline (${traffic.requests.join(", ") || "0 requests"})`);
  const notApi = failedOffline.filter((p) => !p.startsWith("/api/"));
  check(notApi.length === 0, `the only requests that failed offline were to the class server's API (${notApi.join(", ") || "none else"})`);
  // Offline, the browser logs the failed result upload; nothing else may go wrong.
  const offlineProblems = problems.splice(problemsBefore).filter((p) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|net::/.test(p));
  check(offlineProblems.length === 0, `no other errors offline${offlineProblems.length ? ": " + offlineProblems.join("; ") : ""}`);

  // --- back online ---
  await context.setOffline(false);
  const sent = await page
    .waitForFunction(() => window.clickwise && window.clickwise.texts.some((t) => t.text === "Sent to your teacher."), null, { timeout: 30000, polling: 100 })
    .then(() => true, () => false);
  check(sent, "back online, the game sends the result and says so");
  const csv = (await http("GET", `${classPath}/results.csv`)).body;
  const rows = csv.split("\n").filter((line) => line.includes(nickname) && line.includes(level.id));
  check(rows.length === 1, `the teacher has the result exactly once (${rows.length} rows)`);

  // --- a second visit ---
  resetTraffic();
  const second = await context.newPage();
  await second.goto(base + "/");
  await waitForScreen(second, "title", 90000);
  await second.waitForLoadState("networkidle");
  check(traffic.wasmBytes === 0, "a second visit downloads no wasm");
  check(traffic.bytes <= 50_000, `a second visit downloads at most 50 KB (${kb(traffic.bytes)} KB: ${traffic.requests.join(", ")})`);
  console.log(`figures: offline start and level: ${offlineBytes} bytes over the network; second visit: ${kb(traffic.bytes)} KB in ${traffic.requests.length} requests`);
  check(problems.length === 0, `no console errors and no third-party requests${problems.length ? ": " + problems.join("; ") : ""}`);
  console.log("offline browser test passed");
} catch (e) {
  console.error(`offline browser test FAILED: ${e.message}`);
  console.error(`last hook state: ${JSON.stringify(await hook(page).catch(() => null))}`);
  await page.screenshot({ path: `${process.env.ARTIFACTS || "target/browser-test"}/offline-failure.png` }).catch(() => {});
  process.exitCode = 1;
} finally {
  await browser.close();
}
