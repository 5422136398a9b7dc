// Offline play and updates, with the service worker (sw.js).
// - Once the game is up, the worker is registered; it keeps every file the game needs.
// - A new version downloads in the background while the old one plays on. When it is
//   ready, one calm line says so; it is switched to the next time the game starts,
//   never in the middle of a level.
// `window.clickwiseOffline` says where this is up to ("ready" = playable offline); the
// browser tests read it.

// The game sends waiting results as soon as the network is back (src/platform/web.rs).
window.addEventListener("online", () => { window.clickwiseOnlineAt = Date.now(); });

const UPDATE_READY = "A new version of Clickwise is ready. It will start next time Clickwise is opened.";

function tell(text) {
  const line = document.getElementById("update");
  if (!line) return;
  line.textContent = text;
  line.hidden = false;
  line.classList.remove("fading");
  // Long enough to read twice; then it fades (no fade in calm mode: style.css).
  setTimeout(() => line.classList.add("fading"), 12000);
  setTimeout(() => { line.hidden = true; }, 13500);
}

function watchForUpdates(registration) {
  const announce = (worker) => {
    if (!worker) return;
    const check = () => {
      // "installed" with a page already controlled = a new version waiting for next time.
      if (worker.state === "installed" && navigator.serviceWorker.controller) tell(UPDATE_READY);
    };
    worker.addEventListener("statechange", check);
    check();
  };
  announce(registration.waiting);
  registration.addEventListener("updatefound", () => announce(registration.installing));
}

export const offline = {
  keepFilesOnDevice() {
    if (!("serviceWorker" in navigator)) {
      window.clickwiseOffline = "unsupported";
      return;
    }
    window.clickwiseOffline = "saving";
    navigator.serviceWorker
      .register("sw.js")
      .then((registration) => {
        watchForUpdates(registration);
        return navigator.serviceWorker.ready;
      })
      .then(() => { window.clickwiseOffline = "ready"; })
      .catch((e) => {
        // The game still plays online; it just can't start without internet next time.
        console.warn("Clickwise can't keep its files for offline play:", e);
        window.clickwiseOffline = "failed";
      });
  },

  // If a new version finished downloading, switch to it and reload. True when reloading.
  async switchToNewVersion() {
    if (!("serviceWorker" in navigator) || !navigator.serviceWorker.controller) return false;
    const registration = await navigator.serviceWorker.getRegistration();
    if (!registration || !registration.waiting) return false;
    const switched = new Promise((resolve) => {
      navigator.serviceWorker.addEventListener("controllerchange", () => resolve(true), { once: true });
      // If the switch doesn't happen, carry on with the version we have.
      setTimeout(() => resolve(false), 3000);
    });
    registration.waiting.postMessage("use-new-version");
    if (!(await switched)) return false;
    location.reload();
    return true;
  },
};
