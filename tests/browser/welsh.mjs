// The game in Welsh: a home-practice link with `?lang=cy` opens the title screen in Welsh,
// a new player starts in Welsh, and a KS1 level is played to its results with the Welsh
// buttons a Welsh-speaking pupil reads (taken from the game's own Fluent file), ending on
// the Welsh help route; then the home Champion certificate page in Welsh. Fails on any English left on those screens that the Welsh file
// has a word for, any console error, or any request to another origin.
import { readFileSync } from "node:fs";
import { openPage, check, artifacts, hook, waitForScreen, settled, go, pick, clickThroughLevel, gameMessage, gameWords, lostTaps } from "./lib.mjs";

const base = process.argv[2];
const { browser, page, problems } = await openPage(base);
const cy = gameWords("cy");
const en = gameWords("en");
const word = gameMessage;
const repo = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");
const labels = (h) => h.widgets.map((w) => w.label);

try {
  await page.goto(new URL("?lang=cy", base).href);
  const title = await waitForScreen(page, "title", 90000);
  check(labels(title).includes(word("cy", "title-new-player")), `the title screen is in Welsh (${labels(title).join(", ")})`);
  check(!labels(title).includes(word("en", "title-new-player")), "and its English button is gone");
  // The page is tagged Welsh (a screen reader then says the mirror's words as Welsh), and
  // so was the loading line before the game drew anything.
  const tagged = await page.evaluate(() => ({ lang: document.documentElement.lang, status: document.getElementById("status").textContent }));
  check(tagged.lang === "cy", `the page's language is cy (${tagged.lang})`);
  check(/gêm/.test(tagged.status), `the loading line was Welsh ("${tagged.status}")`);
  await page.screenshot({ path: `${artifacts()}/welsh-title.png` });

  // A new player, in Welsh from the start.
  const profile = await go(page, word("cy", "title-new-player"), "profile");
  const otherNames = word("cy", "profile-other-names");
  // A Welsh nickname is two to four words, noun first ("Tylluan Ddoeth", "Buwch Goch Gota Ddewr").
  const nickname = profile.widgets.find((w) => /^\p{Lu}[\p{L}'-]+( \p{Lu}[\p{L}'-]+){1,3}$/u.test(w.label) && w.label !== otherNames).label;
  await pick(page, nickname);
  await pick(page, word("cy", "animal-fox"));
  await go(page, cy.next, "phase");
  await go(page, word("cy", "phase-ks1"), "levels");
  await go(page, word("cy", "map-all-levels"), "all-levels");

  // A level by its Welsh title, as the level file gives it.
  const source = repo("levels/ks1-pop-up-prize.level.ron");
  const [, english, welsh] = source.match(/title: \(en: "([^"]+)", cy: "([^"]+)"\)/);
  const list = await settled(page);
  check(labels(list).includes(welsh) && !labels(list).includes(english), `the level list shows "${welsh}", not "${english}"`);
  await go(page, welsh, "play");
  const first = await settled(page);
  check(labels(first).includes(cy.start) && !labels(first).includes(en.start), `the level starts with "${cy.start}"`);
  await clickThroughLevel(page, { words: cy });
  check((await hook(page)).screen === "results", "the Welsh level was played to its results");
  await settled(page);
  await page.screenshot({ path: `${artifacts()}/welsh-results.png` });

  // The results: Welsh praise and the Welsh help route for ages 4 to 7.
  const shown = await page.evaluate(() => document.getElementById("a11y-mirror").innerText);
  const route = repo("levels/curriculum.ron").match(/phase: Ks1, text: \(\s*en: "[^"]+",\s*cy: "([^"]+)"/)[1];
  check(shown.includes(route), `the results end with the Welsh help route ("${route.slice(0, 40)}…")`);
  const praise = ["results-brilliant", "results-well-done", "results-good-try"];
  check(praise.some((k) => shown.includes(word("cy", k))), "the praise is Welsh");
  check(!praise.some((k) => shown.includes(word("en", k))), "and no English praise is left");

  // The home Champion certificate as the game opens it for a Welsh player: the page's own
  // words in Welsh, the link's words put in as text.
  await page.goto(new URL("certificate.html?lang=cy&name=Happy%20Otter&pic=otter&world=Stryd%20Heulog&ages=Oed%204%20i%207&can=Rwy%27n%20gallu%20sylwi", base).href);
  await page.waitForFunction(() => document.getElementById("date").textContent !== "");
  const certificate = await page.evaluate(() => ({ lang: document.documentElement.lang, text: document.body.innerText }));
  check(certificate.lang === "cy", `the certificate page is <html lang="cy"> (${certificate.lang})`);
  for (const w of ["Pencampwr Clickwise", "Mae'r dystysgrif hon ar gyfer", "ym myd Stryd Heulog", "Dyddiad", "Argraffu", "Rwy'n gallu sylwi"]) {
    check(certificate.text.includes(w), `the Welsh certificate says "${w}"`);
  }
  for (const e of ["Clickwise Champion", "This certificate is for", "Print", "Date"]) {
    check(!certificate.text.includes(e), `and not "${e}"`);
  }
  check(problems.length === 0, `no console errors and no third-party requests${problems.length ? ": " + problems.join("; ") : ""}`);
  console.log(`taps the page never received (tried again): ${lostTaps.length}${lostTaps.length ? " (" + lostTaps.join(", ") + ")" : ""}`);
  console.log("Welsh browser test passed");
} catch (e) {
  console.error(`Welsh browser test FAILED: ${e.message}`);
  console.error(`last hook state: ${JSON.stringify(await hook(page))}`);
  await page.screenshot({ path: `${process.env.ARTIFACTS || "target/browser-test"}/welsh-failure.png` }).catch(() => {});
  process.exitCode = 1;
} finally {
  await browser.close();
}
