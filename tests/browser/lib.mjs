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
  // Let the layout settle for a frame or two.
  await page.waitForTimeout(150);
  return hook(page);
}

/** Clicks the centre of the widget whose label matches, with a real mouse click. */
export async function click(page, label) {
  const state = await page.waitForFunction(
    (l) => window.clickwise && window.clickwise.widgets.find((w) => (typeof l === "string" ? w.label === l : new RegExp(l).test(w.label)) && w.w > 0),
    label instanceof RegExp ? label.source : label,
    { timeout: 15000, polling: 100 },
  );
  const w = await state.jsonValue();
  const box = await page.locator("#clickwise").boundingBox();
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

/** Presses Tab until the focused widget matches `label`, then returns. */
export async function tabTo(page, label, max = 40) {
  for (let i = 0; i < max; i++) {
    const h = await hook(page);
    const f = h && h.widgets.find((w) => w.focused);
    if (f && f.label === label) return f;
    await page.keyboard.press("Tab");
    await page.waitForTimeout(80);
  }
  throw new Error(`Tab never reached "${label}"`);
}
