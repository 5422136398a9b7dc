// The classroom end to end in headless Chromium: a teacher signs up and makes a class on
// the real server (plain HTTP, like a browser without JavaScript), a pupil opens the join
// link, picks their card, types its PIN on the number pad, plays the assigned level, and
// the result appears on the teacher's dashboard and in the CSV.
import { openPage, check, waitForScreen, click, clickAndSettle, go, clickThroughLevel, hook, lostTaps } from "./lib.mjs";

const base = process.argv[2].replace(/\/$/, "");

// --- the teacher, over HTTP ---
const cookies = {};
const cookieHeader = () => Object.entries(cookies).map(([k, v]) => `${k}=${v}`).join("; ");
async function http(method, path, form) {
  const res = await fetch(base + path, {
    method,
    redirect: "manual",
    headers: { cookie: cookieHeader(), ...(form ? { "content-type": "application/x-www-form-urlencoded" } : {}) },
    body: form ? new URLSearchParams(form).toString() : undefined,
  });
  for (const c of res.headers.getSetCookie()) {
    const [pair] = c.split(";");
    const [k, v] = pair.split("=");
    cookies[k] = v;
  }
  return { status: res.status, location: res.headers.get("location"), body: await res.text() };
}
const csrfOf = (html) => html.match(/name="csrf" value="([^"]+)"/)[1];

const signUp = await http("GET", "/teacher/sign-up");
let r = await http("POST", "/teacher/sign-up", { email: `teacher-${Date.now()}@school.example`, password: "a long password", csrf: csrfOf(signUp.body) });
check(r.status === 303 && cookies.cw_session, "a teacher signs up");
const csrf = csrfOf((await http("GET", "/teacher")).body);
r = await http("POST", "/teacher/classes", { name: "Class 1 Birch", phase: "Ks1", csrf });
const classPath = r.location;
check(/^\/teacher\/classes\/\d+$/.test(classPath), "and makes a class");
await http("POST", `${classPath}/cards`, { count: "3", csrf });
await http("POST", `${classPath}/assign`, { csrf, level: "ks1-spot-the-trick", "due-ks1-spot-the-trick": "2026-12-04" });
const cards = (await http("GET", `${classPath}/cards`)).body;
const nickname = cards.match(/class="nick">([^<]+)</)[1];
const pin = cards.match(/class="pin">(\d{4})</)[1];
const code = (await http("GET", classPath)).body.match(/class="code">(\d{6})</)[1];
check(nickname && pin && code, `login cards printed (first card: ${nickname})`);

// --- the pupil, in the game ---
const { browser, page, problems } = await openPage(base + "/");
try {
  await page.goto(`${base}/?class=${code}`);
  await waitForScreen(page, "join-class", 90000);
  console.log("ok - the join link opens Join my class");
  // Each stage redraws the screen: wait for the game to say it has settled.
  await clickAndSettle(page, "Next");
  await clickAndSettle(page, nickname);
  // Quick taps, one after another, as a pupil who knows their PIN types it. Each must land
  // on its own key: if the game takes a different digit, or misses one the page received,
  // the test fails (it never types the PIN again to hide it).
  for (const digit of pin) await click(page, digit);
  const typed = await page
    .waitForFunction(() => window.clickwise && window.clickwise.status === "4 of 4 digits typed", null, { timeout: 15000, polling: 50 })
    .then(() => true, () => false);
  check(typed, `the four PIN taps were each taken (${(await hook(page)).status})`);
  await click(page, "Next");
  const joined = await page
    .waitForFunction(() => window.clickwise && window.clickwise.screen === "levels", null, { timeout: 15000, polling: 50 })
    .then(() => true, () => false);
  if (!joined) {
    const said = (await hook(page)).texts.map((t) => t.text).join(" | ");
    throw new Error(`the game did not take the PIN ${pin} as typed: ${said}`);
  }
  check(joined, "the game took the PIN");
  await waitForScreen(page, "levels");
  console.log("ok - the pupil joined with their card and PIN");
  await go(page, "Spot the Trick", "play");
  await clickThroughLevel(page);
  console.log("ok - the assigned level was played");

  // The result reaches the teacher: the game says so only once the server confirmed it.
  const sent = await page
    .waitForFunction(() => window.clickwise && window.clickwise.texts.some((t) => t.text === "Sent to your teacher."), null, { timeout: 15000, polling: 50 })
    .then(() => true, () => false);
  check(sent, "the results screen says the result was sent, once the server confirmed it");
  const dashboard = (await http("GET", classPath)).body;
  check(dashboard.includes(nickname) && /★/.test(dashboard), "the result is on the teacher's dashboard");
  const csv = (await http("GET", `${classPath}/results.csv`)).body;
  check(csv.includes(nickname) && csv.includes("ks1-spot-the-trick"), "and in the CSV export");
  // The game took the server's answer (it said "sent"), so its outbox is empty and saved.
  const outboxEmpty = await page.evaluate(() => !/outbox:\[\(/.test(localStorage.getItem("clickwise.save") || ""));
  check(outboxEmpty, "nothing is left waiting in the save's outbox");
  check(problems.length === 0, `no console errors and no third-party requests${problems.length ? ": " + problems.join("; ") : ""}`);
  console.log(`taps the page never received (tried again): ${lostTaps.length}${lostTaps.length ? " (" + lostTaps.join(", ") + ")" : ""}`);
  console.log("classroom browser test passed");
} catch (e) {
  console.error(`classroom browser test FAILED: ${e.message}`);
  console.error(`last hook state: ${JSON.stringify(await hook(page))}`);
  await page.screenshot({ path: `${process.env.ARTIFACTS || "target/browser-test"}/classroom-failure.png` }).catch(() => {});
  process.exitCode = 1;
} finally {
  await browser.close();
}
