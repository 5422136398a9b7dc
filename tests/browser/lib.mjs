// Shared by the browser scripts: launch Debian's Chromium headless with software WebGL,
// and read the game's page-level widget hook (window.clickwise).
import { createRequire } from "node:module";
import { mkdirSync } from "node:fs";
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
 *  and any request to another origin than `url`'s into `problems`. */
export async function openPage(url) {
  const origin = new URL(url).origin;
  const problems = [];
  const browser = await launch();
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  page.on("console", (m) => { if (m.type() === "error") problems.push(`console error: ${m.text()}`); });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("request", (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith("data:")) problems.push(`request to another origin: ${u}`);
  });
  return { browser, page, problems };
}

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

/** Waits until the game shows `screen` (and has laid out at least one widget). */
export async function waitForScreen(page, screen, timeout = 20000) {
  await page.waitForFunction(
    (s) => window.clickwise && window.clickwise.screen === s && window.clickwise.widgets.length > 0,
    screen,
    { timeout, polling: 100 },
  );
  // Let the layout and pictures settle, as a pupil's eyes would: clicks in the first
  // few hundred milliseconds after a screen change can be missed under software WebGL.
  await page.waitForTimeout(800);
  return hook(page);
}

/** Clicks the centre of the widget whose label matches, with a real mouse click. Scrolls
 *  the page with the mouse wheel first if the widget is out of view. Waits up to
 *  `timeout` ms for the widget to be there. */
export async function click(page, label, timeout = 15000) {
  const find = async () => {
    const state = await page.waitForFunction(
      (l) => window.clickwise && window.clickwise.widgets.find((w) => (typeof l === "string" ? w.label === l : new RegExp(l).test(w.label)) && w.w > 0),
      label instanceof RegExp ? label.source : label,
      { timeout, polling: 100 },
    );
    return state.jsonValue();
  };
  const box = await page.locator("#clickwise").boundingBox();
  let w = await find();
  for (let i = 0; i < 20 && (w.y < 0 || w.y + Math.min(w.h, 80) > box.height); i++) {
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, w.y < 0 ? -200 : 200);
    await page.waitForTimeout(150);
    w = await find();
  }
  const x = box.x + w.x + w.w / 2;
  const y = box.y + w.y + Math.min(w.h / 2, 40);
  console.log(`  click "${w.label}" at (${Math.round(x)}, ${Math.round(y)})`);
  // Like a real hand on a mouse: arrive, then press and release.
  await page.mouse.move(x, y);
  await page.waitForTimeout(100);
  await page.mouse.down();
  await page.waitForTimeout(60);
  await page.mouse.up();
  await page.waitForTimeout(120);
  return w;
}

/** Clicks `label` until `done(hook)` holds. Under software WebGL a tap is now and then
 *  lost (the game never sees it); a pupil would tap again, and so does this, saying so.
 *  Fails if three taps all go unseen. */
export async function clickUntil(page, label, done, what = label) {
  for (let tap = 1; tap <= 3; tap++) {
    await click(page, label);
    try {
      await page.waitForFunction(done, null, { timeout: 4000, polling: 100 });
      return hook(page);
    } catch (_) {
      if (tap < 3) console.log(`  (a tap on "${label}" was lost: tapping again)`);
    }
  }
  throw new Error(`three taps on "${label}" never ${what}`);
}

/** Clicks `label` (again if a tap is lost) until the game shows `screen`, then lets it settle. */
export async function go(page, label, screen) {
  await clickUntil(page, label, new Function(`return window.clickwise && window.clickwise.screen === ${JSON.stringify(screen)}`), `opened ${screen}`);
  return waitForScreen(page, screen);
}

/** Clicks `label` (again if a tap is lost) until the game shows it picked. */
export async function pick(page, label) {
  const test = `return window.clickwise && window.clickwise.widgets.some((w) => w.label === ${JSON.stringify(label)} && w.checked === true)`;
  return clickUntil(page, label, new Function(test), "picked it");
}

/** Plays the open level to its results by clicking, whatever its mechanics: flags a part,
 *  sorts every card into the first box, previews settings, answers, replies, and waits
 *  through chat typing pauses. Returns the kinds of screen it met. */
export async function clickThroughLevel(page) {
  const met = new Set();
  const has = (h, label) => h.widgets.some((w) => w.label === label);
  // The screen read below can be a frame old: a slow tap may land just after it, and the
  // button it named is gone. Then look at the screen again rather than wait for it.
  const tap = (label) =>
    click(page, label, 3000).catch((e) => {
      if (!/Timeout/.test(e.message)) throw e;
      console.log(`  ("${label}" went away before the tap: looking again)`);
    });
  for (let step = 0; step < 80; step++) {
    await page.waitForTimeout(250);
    const h = await hook(page);
    if (!h) continue;
    if (h.screen === "results") return met;
    if (h.activity) met.add(h.activity);
    const role = (r) => h.widgets.filter((w) => w.role === r);
    if (has(h, "Start")) await tap("Start");
    else if (has(h, "Next")) await tap("Next");
    else if (has(h, "I've finished looking")) {
      met.add("SpotClues");
      const toggles = role("toggle");
      if (toggles.length && !h.widgets.some((w) => w.label.startsWith("You marked"))) await tap(toggles[toggles.length - 1].label);
      await tap("I've finished looking");
    } else if (has(h, "See what happens")) {
      met.add("Settings");
      await tap(role("radio")[0].label);
      await tap("See what happens");
    } else if (has(h, "I'm happy with these")) await tap("I'm happy with these");
    else if (has(h, "Check my sorting")) await tap("Check my sorting");
    else if (role("card").length && role("bin").length) {
      met.add("Sort");
      await tap(role("card")[0].label);
      await tap(role("bin")[0].label);
    } else if (has(h, "Tell a grown-up")) {
      met.add("Chat");
      if (role("answer").length) await tap(role("answer")[0].label);
      else if (has(h, "Close the chat")) await tap("Close the chat");
      else await page.waitForTimeout(400); // the contact is still typing
    } else if (role("answer").length) await tap(role("answer")[0].label);
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
