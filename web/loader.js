// Loads the game: checks WebGL2, downloads the wasm with a progress bar that counts its
// bytes, resumes audio on the first tap or key press (browsers start it suspended), and
// starts the screen-reader mirror of the canvas. Once the game is up, a service worker
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

// Count the downloaded bytes. The server may send brotli, so compare the decoded bytes
// with the raw size the build wrote down rather than Content-Length.
async function download(url, expected) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  const total = expected || Number(response.headers.get("Content-Length")) || 0;
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.length;
    setProgress(received, total);
  }
  const bytes = new Uint8Array(received);
  let at = 0;
  for (const c of chunks) { bytes.set(c, at); at += c.length; }
  return bytes;
}

async function start() {
  if (!document.createElement("canvas").getContext("webgl2")) {
    problem("This browser can't show the game, because it has no WebGL 2. " +
      "Please ask a grown-up to try an up-to-date Chrome, Edge, Firefox or Safari, or to turn on graphics acceleration.");
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
    const bytes = await download(FILES["clickwise_bg.wasm"] || "clickwise_bg.wasm", WASM_BYTES);
    setProgress(1, 1);
    status.textContent = "Starting…";
    await game.default({ module_or_path: bytes });
  } catch (e) {
    // winit hands control to the browser's event loop by throwing this; it is not a failure.
    if (String(e).includes("Using exceptions for control flow")) return;
    console.warn("Clickwise could not start:", e);
    problem("The game couldn't start. Please reload the page. If it keeps happening, ask your teacher.");
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
