// The classroom end to end in headless Chromium: a teacher signs up and makes a class on
// the real server (plain HTTP, like a browser without JavaScript), a pupil opens the join
// link, picks their card, types its PIN on the number pad, plays the assigned level, and
// the result appears on the teacher's dashboard and in the CSV.
import { openPage, check, go, clickThroughLevel, hook, lostTaps, joinClass } from "./lib.mjs";
import { makeClass } from "./teacher.mjs";

const base = process.argv[2].replace(/\/$/, "");

// --- the teacher, over HTTP ---
const { http, classPath, nickname, pin, code } = await makeClass(base, { level: "ks1-spot-the-trick" });

// --- the pupil, in the game ---
const { browser, page, problems } = await openPage(base + "/");
try {
  await joinClass(page, base, { code, nickname, pin });
  await go(page, "Spot the Trick", "play");
  // On the first try the pupil says nobody can help: a choice the level flags.
  const flagged = "Nobody. Keep it to herself.";
  await clickThroughLevel(page, { prefer: [flagged] });
  console.log("ok - the assigned level was played, with a flagged first-try choice");

  // The result reaches the teacher: the game says so only once the server confirmed it.
  const sent = await page
    .waitForFunction(() => window.clickwise && window.clickwise.texts.some((t) => t.text === "Sent to your teacher."), null, { timeout: 15000, polling: 50 })
    .then(() => true, () => false);
  check(sent, "the results screen says the result was sent, once the server confirmed it");
  const dashboard = (await http("GET", classPath)).body;
  check(dashboard.includes(nickname) && /★/.test(dashboard), "the result is on the teacher's dashboard");
  // "Needs a word": the pupil, the question, their choice and why, near the top of the page.
  const start = dashboard.indexOf('id="needs-a-word"');
  const panel = start < 0 ? "" : dashboard.slice(start, dashboard.indexOf("</section>", start));
  check(
    panel.includes(nickname) && panel.includes(flagged) && panel.includes("Keeping a worry secret and telling nobody"),
    "the flagged choice is in the dashboard's Needs a word panel, with the pupil's nickname",
  );
  check(dashboard.indexOf('id="needs-a-word"') < dashboard.indexOf('id="grid"'), "Needs a word comes before the grid");
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
