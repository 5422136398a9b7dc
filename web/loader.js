// Loads the game: checks WebGL2, downloads and compiles the wasm at once with a progress
// bar that counts its bytes, resumes audio on the first tap or key press (browsers start
// it suspended), and starts the screen-reader mirror of the canvas. Once the game is up, a service worker
// keeps every file on the device (sw.js) so the next start needs no internet.
// A namespace import: a build without `a11y_request` still links (a named one would not).
import * as game from "./clickwise.js";
import { startMirror } from "./a11y.js";
// Each file's content-hashed name and the wasm's size, written by the build.
import { FILES, WASM_BYTES } from "./files.js";
import { offline } from "./offline.js";

const loading = document.getElementById("loading");
const status = document.getElementById("status");
const bar = document.getElementById("bar");
const fill = document.getElementById("fill");

// A home-practice link may ask for Welsh (`?lang=cy`) before the game is there to say so.
const welsh = new URLSearchParams(location.search).get("lang") === "cy";
const say = (en, cy) => (welsh ? cy : en);
if (welsh) {
  document.documentElement.lang = "cy";
  status.textContent = "Wrthi'n paratoi'r gêm…";
  bar.setAttribute("aria-label", "Wrthi'n llwytho'r gêm");
}

function problem(text) {
  status.textContent = text;
  status.className = "problem";
  bar.hidden = true;
}

function setProgress(done, total) {
  const pct = total > 0 ? Math.min(100, Math.round((done / total) * 100)) : 0;
  fill.style.width = pct + "%";
  bar.setAttribute("aria-valuenow", String(pct));
}

// Browsers create audio suspended until a user gesture: track every AudioContext and
// resume them all on the first gesture.
function restartAudioOnGesture() {
  const contexts = [];
  for (const name of ["AudioContext", "webkitAudioContext"]) {
    const Original = window[name];
    if (!Original) continue;
    window[name] = new Proxy(Original, {
      construct(target, args) {
        const ctx = new target(...args);
        contexts.push(ctx);
        return ctx;
      },
    });
  }
  const resume = () => {
    for (const ctx of contexts) if (ctx.state === "suspended") ctx.resume();
  };
  for (const ev of ["pointerdown", "keydown", "touchend"]) {
    document.addEventListener(ev, resume, { capture: true, passive: true });
  }
}

// iOS only lets a page speak after a user gesture: an empty utterance on the first one
// unlocks speech for later.
function primeSpeechOnGesture() {
  if (!window.speechSynthesis) return;
  const events = ["pointerup", "touchend", "keydown"];
  const prime = () => {
    for (const ev of events) document.removeEventListener(ev, prime, { capture: true });
    window.speechSynthesis.speak(new SpeechSynthesisUtterance(""));
  };
  for (const ev of events) document.addEventListener(ev, prime, { capture: true, passive: true });
}

// The wasm as a stream that counts its bytes for the progress bar on the way through, so
// the browser compiles it while it downloads (on slow school internet the compile is then
// almost free). The server may send brotli, so count the decoded bytes against the raw
// size the build wrote down rather than Content-Length.
async function download(url, expected) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  const total = expected || Number(response.headers.get("Content-Length")) || 0;
  if (!response.body || typeof TransformStream !== "function") return response;
  let received = 0;
  const counted = response.body.pipeThrough(new TransformStream({
    transform(chunk, controller) {
      received += chunk.length;
      setProgress(received, total);
      controller.enqueue(chunk);
    },
    flush() {
      setProgress(1, 1);
    },
  }));
  return new Response(counted, { headers: { "Content-Type": "application/wasm" } });
}

async function start() {
  if (!document.createElement("canvas").getContext("webgl2")) {
    problem(say(
      "This browser can't show the game, because it has no WebGL 2. " +
        "Please ask a grown-up to try an up-to-date Chrome, Edge, Firefox or Safari, or to turn on graphics acceleration.",
      "Dydy'r porwr hwn ddim yn gallu dangos y gêm, achos does dim WebGL 2 ganddo. " +
        "Gofynna i oedolyn roi cynnig ar Chrome, Edge, Firefox neu Safari diweddar, neu droi cyflymu graffeg ymlaen.",
    ));
    return;
  }
  // A new version downloaded last time starts now, before anything is played.
  if (await offline.switchToNewVersion()) return;
  restartAudioOnGesture();
  primeSpeechOnGesture();
  // The game's asset reader maps `icons/fox.png` to its hashed name with this.
  window.clickwiseFiles = FILES;
  // The title's two fonts download beside the wasm (the game would ask for them only
  // once it runs): the game then finds them in the browser's cache (hashed, immutable).
  for (const font of ["assets/fonts/ClickwiseReader-Regular.ttf", "assets/fonts/ClickwiseReader-Bold.ttf"]) {
    if (FILES[font]) fetch(FILES[font]).catch(() => {});
  }
  try {
    const wasm = await download(FILES["clickwise_bg.wasm"] || "clickwise_bg.wasm", WASM_BYTES);
    // Compiles as the bytes arrive (wasm-bindgen streams a Response).
    await game.default({ module_or_path: wasm });
  } catch (e) {
    // winit hands control to the browser's event loop by throwing this; it is not a failure.
    if (String(e).includes("Using exceptions for control flow")) return;
    console.warn("Clickwise could not start:", e);
    problem(say(
      "The game couldn't start. Please reload the page. If it keeps happening, ask your teacher.",
      "Doedd y gêm ddim yn gallu dechrau. Ail-lwytha'r dudalen. Os yw'n digwydd eto, gofynna i dy athro.",
    ));
    return;
  }
}

// Hide the loading screen once the game has drawn its first screen.
const watch = setInterval(() => {
  if (window.clickwise && window.clickwise.screen && window.clickwise.screen !== "loading") {
    loading.classList.add("done");
    document.getElementById("clickwise").focus();
    clearInterval(watch);
    // Only now: keeping the files for offline play must not slow the first screen.
    offline.keepFilesOnDevice();
  }
}, 100);

// Before the game starts, so its first snapshot is mirrored; an older build has no
// `a11y_request`, and its mirror then only reads.
startMirror(game.a11y_request || (() => {}));
start();
