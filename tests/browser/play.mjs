// The browser test: a pupil's journey through the built game, served by the real server,
// with real pointer clicks and key presses. Fails on any console error or any request to
// another origin.
import { openPage, check, artifacts, hook, waitForScreen, clickAndSettle, clickAndWait, go, pick, tabTo, clickThroughLevel, settled, version, lostTaps } from "./lib.mjs";

const url = process.argv[2];
const { browser, page, problems } = await openPage(url);

async function playToResults(byKeyboard) {
  await waitForScreen(page, "play");
  if (byKeyboard) {
    const before = await version(page);
    await page.keyboard.press("Enter");
    await settled(page, before);
  } else await clickAndWait(page, "Start", () => !window.clickwise.widgets.some((w) => w.label === "Start"), "started the level");
  for (let step = 0; step < 20; step++) {
    const now = await settled(page);
    if (now.screen === "results") return;
    const next = now.widgets.find((w) => w.label === "Next");
    // An answer, not a corner button (Options, read aloud) or a speaker in a bubble.
    const answer = now.widgets.find((w) => w.role === "answer");
    const target = next ? "Next" : answer && answer.label;
    if (!target) throw new Error(`no answer and no Next on the play screen: ${now.widgets.map((w) => w.label).join(", ")}`);
    if (!byKeyboard && step === 0 && answer) await page.screenshot({ path: `${artifacts()}/play.png` });
    if (byKeyboard) {
      await tabTo(page, target);
      const before = await version(page);
      await page.keyboard.press("Enter");
      await settled(page, before);
    } else await clickAndSettle(page, target);
  }
  throw new Error("the level never reached the results screen");
}

try {
  const t0 = Date.now();
  await page.goto(url);
  await waitForScreen(page, "title", 90000);
  console.log(`ok - game started in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const shot = await page.locator("#clickwise").screenshot();
  check(shot.length > 20000, `the canvas painted a real picture (${shot.length} byte PNG)`);

  // Mouse: make a player and play the KS1 level.
  const profile = await go(page, "New player", "profile");
  const nickname = profile.widgets.find((w) => /^[A-Z][a-z]+ [A-Z][a-z]+$/.test(w.label) && w.label !== "Other names").label;
  await pick(page, nickname);
  await pick(page, "fox");
  await go(page, "Next", "phase");
  const levels = await go(page, "Ages 4 to 7", "levels");
  check(levels.widgets.some((w) => w.label === "The Surprise Pop-up"), "the KS1 level is listed");
  await go(page, "The Surprise Pop-up", "play");
  await playToResults(false);
  check((await hook(page)).screen === "results", "a level was completed by clicking");
  await page.screenshot({ path: `${artifacts()}/results.png` });

  // Keyboard only: back to the list, then Tab and Enter all the way.
  await tabTo(page, "Choose another level");
  await page.keyboard.press("Enter");
  await waitForScreen(page, "levels");
  await tabTo(page, "The Surprise Pop-up");
  await page.keyboard.press("Enter");
  await playToResults(true);
  check((await hook(page)).screen === "results", "a level was completed by keyboard");

  // Every mechanic, by clicking: two KS1 levels between them use all five.
  const mechanics = new Set();
  for (const title of ["Spot the Trick", "Chat in the Game"]) {
    await go(page, "Choose another level", "levels");
    await go(page, title, "play");
    for (const m of await clickThroughLevel(page)) mechanics.add(m);
    check((await hook(page)).screen === "results", `"${title}" was completed by clicking`);
  }
  await page.screenshot({ path: `${artifacts()}/summary.png` });
  for (const m of ["SpotClues", "Chat", "Settings", "Sort", "Report"]) check(mechanics.has(m), `the ${m} activity was played`);

  // Progress survives a reload.
  await page.reload();
  const title = await waitForScreen(page, "title", 90000);
  check(title.widgets.some((w) => w.label === nickname), `after reload the title offers "${nickname}"`);
  await go(page, nickname, "levels");
  const saved = await page.evaluate(() => localStorage.getItem("clickwise.save"));
  check(saved && saved.includes("ks1-pop-up-prize") && saved.includes(nickname), "the attempts are saved in localStorage");
  await page.screenshot({ path: `${artifacts()}/levels.png` });

  check(problems.length === 0, `no console errors and no third-party requests${problems.length ? ":\n  " + problems.join("\n  ") : ""}`);
  console.log(`taps the page never received (tried again): ${lostTaps.length}`);
  console.log("browser test passed");
} catch (e) {
  await page.screenshot({ path: `${artifacts()}/failure.png` }).catch(() => {});
  console.error(`browser test FAILED: ${e.message}`);
  console.error(`last hook state: ${JSON.stringify(await hook(page).catch(() => null))}`);
  if (problems.length) console.error(problems.join("\n"));
  process.exitCode = 1;
} finally {
  await browser.close();
}
