// The accessibility test: a pupil's journey driven only through the DOM mirror of the
// canvas (web/a11y.js), the way a screen reader drives it: real buttons found by role and
// accessible name, pressed with Enter. On each screen it checks the h1, that every button
// has a name and that focus stays in step with the game; it checks the live region says
// the feedback to an answer, and runs axe-core on the title, profile and play screens.
// Fails on any console error or any request to another origin, like play.mjs.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { openPage, check, artifacts, hook, waitForScreen, settled, version } from "./lib.mjs";

const require = createRequire(process.env.NODE_PATH + "/");
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

const url = process.argv[2];
const axeFailures = [];
const { browser, page, problems } = await openPage(url);
const mirror = page.locator("#a11y-mirror");

/** Waits until the game has settled and the mirror shows its latest description. */
async function mirrorCaughtUp() {
  await settled(page);
  await page.waitForFunction(() => {
    const m = document.getElementById("a11y-mirror");
    return m && window.clickwise && window.clickwise.settled && m.dataset.version === String(window.clickwise.version);
  }, null, { timeout: 15000, polling: 50 });
  return hook(page);
}

/** A widget's mirror element, found as a screen reader finds it: by role and name. */
function control(widget) {
  return mirror.getByRole(widget.role === "radio" ? "radio" : "button", { name: widget.label, exact: true }).first();
}

/** Presses the mirror button of the widget with this label (or matching this test). */
async function press(which) {
  const h = await hook(page);
  const w = h.widgets.find(typeof which === "function" ? which : (w) => w.label === which);
  if (!w) throw new Error(`the ${h.screen} screen has no widget ${which}`);
  console.log(`  press "${w.label}" (${w.role}) with Enter`);
  await control(w).press("Enter");
  return w;
}

/** Presses `label` and waits for `screen`, which must differ from the one we were on. */
async function go(label, screen) {
  const from = (await hook(page)).screen;
  await press(label);
  await waitForScreen(page, screen).catch(() => {
    throw new Error(`pressing the mirror's "${label}" never opened "${screen}" (does clickwise.js export a11y_request?)`);
  });
  const h = await mirrorCaughtUp();
  check(from !== screen, `the mirror's "${label}" took the game from ${from} to ${screen}`);
  return h;
}

/** The screen's widgets (logged, so a failing run shows what was offered), its h1, the
 *  names of its buttons, and where DOM focus is. */
async function checkScreen(name) {
  const h = await hook(page);
  console.log(`  ${name} widgets: ${h.widgets.map((w) => `${w.role} "${w.label}"${w.focused ? " (focused)" : ""}`).join(", ")}`);
  const h1 = mirror.locator("h1");
  await h1.first().waitFor({ state: "attached", timeout: 5000 }).catch(() => {});
  check(await h1.count() === 1, `${name}: the mirror has one h1 ("${await h1.first().textContent().catch(() => "")}")`);
  const tree = await mirror.ariaSnapshot();
  console.log(tree.replace(/^/gm, "    "));
  const unnamed = tree.split("\n").filter((l) => /^\s*- (button|radio)( \[.*\])?:?$/.test(l));
  check(unnamed.length === 0, `${name}: every mirror button has an accessible name${unnamed.length ? ": " + unnamed.join(" | ") : ""}`);
  const exposed = await mirror.getByRole("button").count() + await mirror.getByRole("radio").count();
  check(exposed === await mirror.locator("button").count(), `${name}: every mirror button is in the accessibility tree`);
  return h;
}

/** DOM focus, after a press took the game to a new screen, is on the game's focused widget
 *  (or the h1 while nothing is focused), never dropped to <body>. */
async function checkFocusKept(name) {
  const { active, focused } = await page.evaluate(() => ({
    active: document.activeElement && document.activeElement.closest("#a11y-mirror") ? document.activeElement.textContent : null,
    focused: (window.clickwise.widgets.find((w) => w.focused) || {}).label || null,
  }));
  check(active !== null, `${name}: DOM focus stayed in the mirror (on "${active}")`);
  if (focused) check(active === focused, `${name}: DOM focus is on the game's focused widget "${focused}"`);
}

/** Runs axe-core on the page and records its violations. It is evaluated rather than
 *  added as a script tag, which the page's Content-Security-Policy would block. */
async function axeCheck(name) {
  if (!(await page.evaluate(() => !!window.axe))) await page.evaluate(AXE);
  const violations = await page.evaluate(async () => (await window.axe.run(document)).violations.map((v) => ({
    id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(" ")),
  })));
  for (const v of violations) console.log(`  axe, ${name}: ${v.id} (${v.impact}) ${v.help}: ${v.targets.join(", ")}`);
  if (violations.length) axeFailures.push(`${name}: ${violations.map((v) => v.id).join(", ")}`);
  else console.log(`ok - axe finds no violations on the ${name} screen`);
}

try {
  await page.goto(url);
  const title = await waitForScreen(page, "title", 90000);
  await checkScreen("title");
  await axeCheck("title");

  // The canvas has focus after loading: Tab there moves the game's focus, and the canvas
  // points screen readers at the focused widget's mirror element.
  await page.locator("#clickwise").focus();
  const wasFocused = (title.widgets.find((w) => w.focused) || {}).label;
  await page.keyboard.press("Tab");
  // Wait for the game to have taken the Tab (its frames are slow under software WebGL)
  // before moving on to the DOM, so the two don't race.
  const described = await page.waitForFunction((before) => {
    const f = window.clickwise.widgets.find((w) => w.focused);
    const id = document.getElementById("clickwise").getAttribute("aria-activedescendant");
    const el = id && document.getElementById(id);
    return f && f.label !== before && el && el.textContent === f.label && f.label;
  }, wasFocused, { timeout: 5000, polling: 100 }).then((j) => j.jsonValue());
  check(described, `the canvas's aria-activedescendant follows the game's focus ("${described}")`);

  // Focus in step: focusing a mirror button focuses its widget, and Tab in the DOM moves
  // the game's focus with it.
  const first = title.widgets.find((w) => w.label === "New player") || title.widgets[0];
  await control(first).focus();
  await page.waitForFunction((l) => window.clickwise.widgets.some((w) => w.focused && w.label === l), first.label, { timeout: 5000, polling: 100 });
  check(true, `focusing the mirror's "${first.label}" focused it in the game`);
  await page.keyboard.press("Tab");
  const next = await page.evaluate(() => document.activeElement.closest("#a11y-mirror") && document.activeElement.textContent);
  check(next && next !== first.label, `Tab moved DOM focus on to the mirror's "${next}"`);
  await page.waitForFunction((l) => window.clickwise.widgets.some((w) => w.focused && w.label === l), next, { timeout: 5000, polling: 100 })
    .catch(() => { throw new Error(`after Tab the game's focus did not follow to "${next}"`); });
  check(true, `and the game's focus followed to "${next}"`);

  // The journey, by the mirror alone.
  const profile = await go("New player", "profile");
  await checkScreen("profile");
  await checkFocusKept("profile");
  await axeCheck("profile");
  const nickname = profile.widgets.find((w) => /^[A-Z][a-z]+ [A-Z][a-z]+$/.test(w.label) && w.label !== "Other names").label;
  await press(nickname);
  await press("fox");
  await go("Next", "phase");
  await checkScreen("phase");
  await checkFocusKept("phase");
  await go("Ages 4 to 7", "levels");
  await checkScreen("levels");
  await checkFocusKept("levels");
  await go("All levels", "all-levels");
  await checkScreen("all-levels");
  await go("The Surprise Pop-up", "play");
  await checkScreen("play");
  await checkFocusKept("play");

  // Through the level's opening to its first question.
  for (let step = 0; step < 10; step++) {
    const h = await mirrorCaughtUp();
    if (h.widgets.some((w) => w.role === "answer")) break;
    const on = h.widgets.find((w) => w.label === "Start" || w.label === "Next");
    if (!on) throw new Error(`no answer, Start or Next on the play screen: ${h.widgets.map((w) => w.label).join(", ")}`);
    const before = await version(page);
    await press(on.label);
    await settled(page, before);
  }
  await mirrorCaughtUp();
  await checkScreen("play (question)");
  await axeCheck("play (question)");
  const before = await page.locator("#a11y-live").textContent();
  const answer = await press((w) => w.role === "answer");
  const said = await page.waitForFunction((b) => {
    const t = document.getElementById("a11y-live").textContent.trim();
    return t && t !== b && t;
  }, before.trim(), { timeout: 10000, polling: 100 }).then((j) => j.jsonValue())
    .catch(() => { throw new Error(`the live region said nothing new after answering "${answer.label}" (it says "${before}")`); });
  check(said, `after answering "${answer.label}" the live region said "${said}"`);
  await mirrorCaughtUp();
  await checkScreen("play (feedback)");
  await axeCheck("play (feedback)");

  check(axeFailures.length === 0, `axe found no violations${axeFailures.length ? ":\n  " + axeFailures.join("\n  ") : ""}`);
  check(problems.length === 0, `no console errors and no third-party requests${problems.length ? ":\n  " + problems.join("\n  ") : ""}`);
  console.log("accessibility test passed");
} catch (e) {
  await page.screenshot({ path: `${artifacts()}/a11y-failure.png` }).catch(() => {});
  console.error(`accessibility test FAILED: ${e.message}`);
  console.error(`last hook state: ${JSON.stringify(await hook(page).catch(() => null))}`);
  if (problems.length) console.error(problems.join("\n"));
  process.exitCode = 1;
} finally {
  await browser.close();
}
