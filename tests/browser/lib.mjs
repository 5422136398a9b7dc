// Shared by the browser scripts: launch Debian's Chromium headless with software WebGL,
// and read the game's page-level widget hook (window.clickwise).
import { createRequire } from "node:module";
import { mkdirSync, readFileSync } from "node:fs";
const require = createRequire(process.env.NODE_PATH + "/");
const { chromium } = require("playwright-core");

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--use-angle=swiftshader",
      "--enable-unsafe-swiftshader",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/** Launches Chromium with a laptop-sized page that records console errors, page errors
 *  and any request to another origin than `url`'s into `problems`. The page counts the
 *  pointer presses and lifts it receives, so a test can tell a tap the page never got
 *  (the only kind it may try again) from one the game got and misread (a failure). */
export async function openPage(url) {
  const origin = new URL(url).origin;
  const problems = [];
  const browser = await launch();
  // A context of its own, so a test can open a second page in it (a second visit).
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__pointer = { down: 0, up: 0 };
    addEventListener("pointerdown", () => window.__pointer.down++, true);
    addEventListener("pointerup", () => window.__pointer.up++, true);
  });
  page.on("console", (m) => { if (m.type() === "error") problems.push(`console error: ${m.text()}`); });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("request", (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith("data:")) problems.push(`request to another origin: ${u}`);
  });
  return { browser, page, problems };
}

/** Taps that provably never reached the page and were tried again: printed at the end. */
export const lostTaps = [];

/** Fails the script with `what` unless `cond` holds; logs it when it does. */
export function check(cond, what) {
  if (!cond) throw new Error(what);
  console.log(`ok - ${what}`);
}

export function artifacts() {
  const dir = process.env.ARTIFACTS || "target/browser-test";
  mkdirSync(dir, { recursive: true });
  return dir;
}

export async function hook(page) {
  return page.evaluate(() => window.clickwise ? JSON.parse(JSON.stringify(window.clickwise)) : null);
}

/** Waits for the game's own word that the screen is drawn where it says: a description
 *  newer than `after` (a version number) that reports nothing moving. */
export async function settled(page, after = 0, timeout = 20000) {
  await page.waitForFunction(
    (v) => window.clickwise && window.clickwise.version > v && window.clickwise.settled && window.clickwise.widgets.length > 0,
    after,
    { timeout, polling: 50 },
  );
  return hook(page);
}

/** The version of the game's current screen description (0 before the first). */
export async function version(page) {
  return page.evaluate(() => (window.clickwise ? window.clickwise.version : 0));
}

/** Waits until the game shows `screen`, settled. */
export async function waitForScreen(page, screen, timeout = 20000) {
  await page.waitForFunction(
    (s) => window.clickwise && window.clickwise.screen === s && window.clickwise.settled && window.clickwise.widgets.length > 0,
    screen,
    { timeout, polling: 50 },
  );
  return hook(page);
}

/** Clicks the centre of the widget whose label matches, with a real mouse: arrive, press,
 *  lift. Scrolls the page with the wheel first if the widget is out of view. Waits up to
 *  `timeout` ms for the widget to be there, then until the game says it took the tap (its
 *  count of taps goes up), and returns the version of the description that said so. If
 *  the page provably never received the press and lift, taps again and says so (counted
 *  in `lostTaps`); a tap the page received is never repeated: if the game doesn't take it,
 *  that fails. */
export async function click(page, label, timeout = 15000) {
  const find = async () => {
    const state = await page.waitForFunction(
      (l) => window.clickwise && window.clickwise.widgets.find((w) => (typeof l === "string" ? w.label === l : new RegExp(l).test(w.label)) && w.w > 0),
      label instanceof RegExp ? label.source : label,
      { timeout, polling: 50 },
    );
    return state.jsonValue();
  };
  const box = await page.locator("#clickwise").boundingBox();
  let w = await find();
  for (let i = 0; i < 20 && (w.y < 0 || w.y + Math.min(w.h, 80) > box.height); i++) {
    const before = await version(page);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, w.y < 0 ? -200 : 200);
    await settled(page, before, 3000).catch(() => {}); // at the end of the page nothing moves
    w = await find();
  }
  const x = box.x + w.x + w.w / 2;
  const y = box.y + w.y + Math.min(w.h / 2, 40);
  for (let tap = 1; tap <= 3; tap++) {
    const before = await page.evaluate(() => ({ ...window.__pointer, taps: window.clickwise.taps }));
    console.log(`  click "${w.label}" at (${Math.round(x)}, ${Math.round(y)})`);
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.up();
    const after = await page.evaluate(() => ({ ...window.__pointer }));
    if (after.down > before.down && after.up > before.up) {
      const taken = await page
        .waitForFunction((n) => window.clickwise.taps > n && window.clickwise.version, before.taps, { timeout: 15000, polling: 20 })
        .then((j) => j.jsonValue(), () => null);
      if (taken === null) throw new Error(`the page received the tap on "${w.label}" but the game never took it`);
      return taken;
    }
    lostTaps.push(w.label);
    console.log(`  (the page never received the tap on "${w.label}": tapping again)`);
  }
  throw new Error(`three taps on "${w.label}" never reached the page`);
}

/** Clicks `label`, then waits for the game to show everything the tap did, settled. The
 *  description that first counted the tap is never settled (that frame took a tap), so
 *  any settled one from it on shows all the tap did. */
export async function clickAndSettle(page, label) {
  const taken = await click(page, label);
  return settled(page, taken - 1);
}

/** Clicks `label` and waits for `done(window.clickwise)` to hold. Fails if the game got the
 *  tap and never did it: no second tap hides a misread one. */
export async function clickAndWait(page, label, done, what = label) {
  await click(page, label);
  try {
    await page.waitForFunction(done, null, { timeout: 15000, polling: 50 });
  } catch (_) {
    throw new Error(`the game got the tap on "${label}" but never ${what}`);
  }
  return hook(page);
}

/** Clicks `label` until the game shows `screen`, settled. */
export async function go(page, label, screen) {
  await clickAndWait(page, label, new Function(`return window.clickwise && window.clickwise.screen === ${JSON.stringify(screen)}`), `opened ${screen}`);
  return waitForScreen(page, screen);
}

/** Clicks `label` and waits until the game shows it picked. */
export async function pick(page, label) {
  const test = `return window.clickwise && window.clickwise.widgets.some((w) => w.label === ${JSON.stringify(label)} && w.checked === true)`;
  return clickAndWait(page, label, new Function(test), "picked it");
}

/** Plays the open level to its results by clicking, whatever its mechanics: flags a part,
 *  sorts every card into the first box, previews settings, answers, replies, and waits
 *  through chat typing pauses. Each tap waits for the game's next settled description
 *  before looking again. Returns the kinds of screen it met. */
/** A feed's move buttons say the move, then the item: "Leave it: Buy gems now!". */
export const FEED_MOVE = /^(Open it|Leave it|Report it|Ask a grown-up): /;

/** The buttons `clickThroughLevel` presses, as the game words them in English. */
export const ENGLISH = gameWords("en");

/** A message of the game's own Fluent file in `lang` (a one-line `key = value`), so a
 *  test in Welsh presses what a Welsh-speaking pupil reads. */
export function gameMessage(lang, key) {
  const ftl = readFileSync(new URL(`../../crates/clickwise-core/i18n/${lang}/game.ftl`, import.meta.url), "utf8");
  const line = ftl.split("\n").find((l) => l.startsWith(`${key} = `));
  if (!line) throw new Error(`${lang}/game.ftl has no ${key}`);
  return line.slice(key.length + 3).trim();
}

/** The buttons `clickThroughLevel` presses, in `lang`. */
export function gameWords(lang) {
  const ftl = readFileSync(new URL(`../../crates/clickwise-core/i18n/${lang}/game.ftl`, import.meta.url), "utf8");
  const value = (key) => gameMessage(lang, key);
  const escape = (t) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const moves = ["feed-move-open", "feed-move-ignore", "feed-move-report", "feed-move-ask"].map((k) => escape(value(k)));
  return {
    start: value("play-start"), next: value("button-next"), done: value("feed-done"),
    spotFinished: value("spot-finished"), seeWhatHappens: value("settings-see-what-happens"),
    happy: value("settings-happy"), checkSorting: value("sort-check"), tellGrownUp: value("safety-tell"),
    closeChat: value("chat-close"), feedMove: new RegExp(`^(${moves.join("|")}): `),
    // "You marked 2 parts": the words before the number, in the plural message's first form.
    marked: new RegExp("^" + escape(ftl.split("spot-marked =")[1].split("]")[1].trim().split(/\d/)[0].trim())),
  };
}

export async function clickThroughLevel(page, { prefer = [], words = ENGLISH } = {}) {
  const met = new Set();
  const has = (h, label) => h.widgets.some((w) => w.label === label);
  const tap = (label) => clickAndSettle(page, label);
  // Answers to pick whenever they are on screen (once each), e.g. a flagged choice.
  const wanted = new Set(prefer);
  for (let step = 0; step < 80; step++) {
    const h = await settled(page);
    if (h.screen === "results") return met;
    if (h.activity) met.add(h.activity);
    const role = (r) => h.widgets.filter((w) => w.role === r);
    const preferred = role("answer").find((w) => wanted.has(w.label));
    if (preferred) {
      wanted.delete(preferred.label);
      await tap(preferred.label);
    } else if (has(h, words.start)) await tap(words.start);
    else if (has(h, words.next)) await tap(words.next);
    else if (has(h, words.spotFinished)) {
      met.add("SpotClues");
      const toggles = role("toggle");
      if (toggles.length && !h.widgets.some((w) => words.marked.test(w.label))) await tap(toggles[toggles.length - 1].label);
      await tap(words.spotFinished);
    } else if (has(h, words.seeWhatHappens)) {
      met.add("Settings");
      await tap(role("radio")[0].label);
      await tap(words.seeWhatHappens);
    } else if (has(h, words.happy)) await tap(words.happy);
    else if (has(h, words.checkSorting)) await tap(words.checkSorting);
    else if (has(h, words.done)) await tap(words.done);
    else if (h.widgets.some((w) => words.feedMove.test(w.label))) {
      met.add("Feed");
      await tap(h.widgets.find((w) => words.feedMove.test(w.label)).label);
    }
    else if (role("card").length && role("bin").length) {
      met.add("Sort");
      await tap(role("card")[0].label);
      await tap(role("bin")[0].label);
    } else if (has(h, words.tellGrownUp)) {
      met.add("Chat");
      if (role("answer").length) await tap(role("answer")[0].label);
      else if (has(h, words.closeChat)) await tap(words.closeChat);
      // The contact is still typing: wait for their next message to be drawn.
      else await settled(page, h.version);
    } else if (role("answer").length) await tap(role("answer")[0].label);
    else throw new Error(`nothing to do on this screen: ${h.widgets.map((w) => w.label).join(", ")}`);
  }
  throw new Error("the level never reached the results screen");
}
/** Presses Tab until the focused widget matches `label`, then returns. Like a person, it
 *  presses Tab and looks where focus went before pressing again: under software WebGL a
 *  frame can be slow, and Tabs pressed blind are taken all at once, overshooting. */
export async function tabTo(page, label, max = 40) {
  const focused = () => page.evaluate(() => {
    const f = window.clickwise && window.clickwise.widgets.find((w) => w.focused);
    return f ? { id: f.id, label: f.label } : { id: null, label: null };
  });
  for (let i = 0; i < max; i++) {
    const before = await focused();
    if (before.label === label) return;
    await page.keyboard.press("Tab");
    await page
      .waitForFunction(
        (id) => { const f = window.clickwise && window.clickwise.widgets.find((w) => w.focused); return (f ? f.id : null) !== id; },
        before.id,
        { timeout: 3000, polling: 50 },
      )
      .catch(() => {}); // focus may stay put (one widget on screen); the loop looks again
  }
  throw new Error(`Tab never reached "${label}"`);
}

/** A pupil opens the class's join link, picks their card and types its PIN on the number
 *  pad, quickly, as a pupil who knows it. Each tap must land on its own key: if the game
 *  takes a different digit, or misses one the page received, this fails (it never types
 *  the PIN again to hide it). Ends on the pupil's map. */
export async function joinClass(page, base, { code, nickname, pin }) {
  await page.goto(`${base}/?class=${code}`);
  await waitForScreen(page, "join-class", 90000);
  console.log("ok - the join link opens Join my class");
  // Each stage redraws the screen: wait for the game to say it has settled.
  await clickAndSettle(page, "Next");
  await clickAndSettle(page, nickname);
  for (const digit of pin) await click(page, digit);
  const all = `${pin.length} of ${pin.length} digits typed`;
  const typed = await page
    .waitForFunction((all) => window.clickwise && window.clickwise.status === all, all, { timeout: 15000, polling: 50 })
    .then(() => true, () => false);
  check(typed, `the PIN taps were each taken (${(await hook(page)).status})`);
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
}
