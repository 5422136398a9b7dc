// The classroom end to end in headless Chromium: a teacher signs up and makes a class on
// the real server (plain HTTP, like a browser without JavaScript), a pupil opens the join
// link, picks their card, types its PIN on the number pad, plays the assigned level, and
// the result appears on the teacher's dashboard and in the CSV.
import { openPage, check, waitForScreen, click, go, clickThroughLevel, hook } from "./lib.mjs";

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
let r = await http("POST", "/teacher/sign-up", { email: "teacher@school.example", password: "a long password", csrf: csrfOf(signUp.body) });
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
  // Each stage redraws the screen: give it a moment to settle, as a pupil's eyes would.
  await click(page, "Next");
  await page.waitForTimeout(1500);
  await click(page, nickname);
  await page.waitForTimeout(1500);
  // Quick taps, one after another, as a pupil who knows their PIN types it. Under software
  // WebGL (a few frames a second) a tap is now and then lost, as it can be on a slow
  // tablet; the pupil sees fewer stars than digits and types it again. Count the tries.
  // If the game took a different PIN than was typed, it says "That PIN doesn't match"
  // and the pupil types it again; so does this, saying so (a known open problem: under
  // software WebGL a fast tap now and then lands as a neighbouring key).
  let joined = false;
  for (let attempt = 1; attempt <= 3 && !joined; attempt++) {
    let tries = 0;
    for (; tries < 3; tries++) {
      for (let i = 0; i < 4; i++) await click(page, "Delete");
      for (const digit of pin) await click(page, digit);
      await page.waitForTimeout(300);
      if ((await hook(page)).status === "4 of 4 digits typed") break;
      console.log(`  (a tap was lost: ${(await hook(page)).status}; typing the PIN again)`);
    }
    check(tries < 3, `the PIN was typed (${tries + 1} ${tries ? "tries" : "try"})`);
    await click(page, "Next");
    joined = await page
      .waitForFunction(() => window.clickwise && window.clickwise.screen === "levels", null, { timeout: 8000, polling: 100 })
      .then(() => true, () => false);
    if (!joined) console.log(`  (the game did not take the PIN ${pin} as typed: typing it again)`);
  }
  check(joined, "the game took the PIN");
  await waitForScreen(page, "levels");
  console.log("ok - the pupil joined with their card and PIN");
  await go(page, "Spot the Trick", "play");
  await clickThroughLevel(page);
  console.log("ok - the assigned level was played");

  // The result reaches the teacher.
  let dashboard = "";
  for (let i = 0; i < 50 && !/★/.test(dashboard); i++) {
    await page.waitForTimeout(200);
    dashboard = (await http("GET", classPath)).body;
  }
  check(dashboard.includes(nickname) && /★/.test(dashboard), "the result is on the teacher's dashboard");
  const csv = (await http("GET", `${classPath}/results.csv`)).body;
  check(csv.includes(nickname) && csv.includes("ks1-spot-the-trick"), "and in the CSV export");
  // The server stored the result before it answered; the game empties its outbox when
  // that answer arrives, on its next (slow, under software WebGL) frame: allow it a moment.
  const outboxEmpty = await page
    .waitForFunction(() => !/outbox:\[\(/.test(localStorage.getItem("clickwise.save") || ""), null, { timeout: 10000, polling: 200 })
    .then(() => true, () => false);
  check(outboxEmpty, "nothing is left waiting in the save's outbox");
  check(problems.length === 0, `no console errors and no third-party requests${problems.length ? ": " + problems.join("; ") : ""}`);
  console.log("classroom browser test passed");
} catch (e) {
  console.error(`classroom browser test FAILED: ${e.message}`);
  console.error(`last hook state: ${JSON.stringify(await hook(page))}`);
  await page.screenshot({ path: `${process.env.ARTIFACTS || "target/browser-test"}/classroom-failure.png` }).catch(() => {});
  process.exitCode = 1;
} finally {
  await browser.close();
}
