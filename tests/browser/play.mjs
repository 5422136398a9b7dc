// The browser test: a pupil's journey through the built game, served by the real server,
// with real pointer clicks and key presses. Fails on any console error or any request to
// another origin.
import { FEED_MOVE, openPage, check, artifacts, hook, waitForScreen, clickAndSettle, clickAndWait, go, pick, tabTo, clickThroughLevel, settled, version, lostTaps } from "./lib.mjs";

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
    const next = now.widgets.find((w) => w.label === "Next" || w.label === "Done");
    // An answer or a feed's move, not a corner button (Options, read aloud) or a speaker.
    const answer = now.widgets.find((w) => w.role === "answer" || FEED_MOVE.test(w.label));
    const target = next ? next.label : answer && answer.label;
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

/** On the level's first question, picks a risky answer (read from the level file the
 *  server serves), sees what happened next, and goes back to choose again. */
async function rewindOnce() {
  await clickAndWait(page, "Start", () => !window.clickwise.widgets.some((w) => w.label === "Start"), "started the level");
  // Under its content-hashed name, from the table the page was given (files.js).
  const source = await page.evaluate(async () => (await fetch(window.clickwiseFiles["assets/levels/ks1-pop-up-prize.level.ron"])).text());
  // A text is a plain string or `(en: "…", cy: "…")`: the English is what this page shows.
  const risky = [...source.matchAll(/text: (?:\(en: )?"([^"]+)"(?:, cy: "(?:[^"\\]|\\.)*"\))?,\s*outcome: Risky/g)].map((m) => m[1]);
  const asPattern = (t) => new RegExp("^" + t.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{[a-z-]+\}/g, ".+") + "$");
  const question = await settled(page);
  const answer = question.widgets.find((w) => w.role === "answer" && risky.some((t) => asPattern(t).test(w.label)));
  check(answer, `a risky answer is on the first question (${risky.join(" / ")})`);
  await clickAndSettle(page, answer.label);
  const after = await settled(page);
  check(after.widgets.some((w) => w.label === "Go back and choose again"), "after a risky answer the game offers to go back");
  await page.screenshot({ path: `${artifacts()}/what-happened-next.png` });
  await clickAndSettle(page, "Go back and choose again");
  const again = await settled(page);
  check(again.widgets.some((w) => w.role === "answer") && !again.widgets.some((w) => w.label === "Go back and choose again"), "it rewound to the same question");
  const saved = await page.evaluate(() => window.clickwise.screen);
  check(saved === "play", "still playing after the rewind");
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
  // The way in is a map: walk from place to place until the level's place is open.
  const map = await go(page, "Ages 4 to 7", "levels");
  const places = map.widgets.filter((w) => / levels done$/.test(w.label)).map((w) => w.label);
  check(places.length >= 5, `the map shows the places of the world (${places.length})`);
  await page.screenshot({ path: `${artifacts()}/map.png` });
  let here = map;
  for (const place of places) {
    if (here.widgets.some((w) => w.label === "The Surprise Pop-up")) break;
    await clickAndSettle(page, place);
    here = await settled(page);
  }
  check(here.widgets.some((w) => w.label === "The Surprise Pop-up"), "walking the map opens the place holding the KS1 level");
  await go(page, "The Surprise Pop-up", "play");
  await rewindOnce();
  await clickThroughLevel(page);
  check((await hook(page)).screen === "results", "a level was completed by clicking");
  await page.screenshot({ path: `${artifacts()}/results.png` });

  // Keyboard only: back to the list, then Tab and Enter all the way.
  await tabTo(page, "Choose another level");
  await page.keyboard.press("Enter");
  await waitForScreen(page, "levels");
  // Back on the map, at the same place: its levels are still open.
  await tabTo(page, "The Surprise Pop-up");
  await page.keyboard.press("Enter");
  await playToResults(true);
  check((await hook(page)).screen === "results", "a level was completed by keyboard");

  // Every mechanic, by clicking: two KS1 levels between them use all five.
  const mechanics = new Set();
  for (const title of ["Spot the Trick", "Chat in the Game"]) {
    await go(page, "Choose another level", "levels");
    await go(page, "All levels", "all-levels");
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
