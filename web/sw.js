// Clickwise's service worker: keeps every file the game needs on the device, so the game
// starts and plays with no internet, and a second visit downloads nothing but this file.
// `cargo xtask web` fills in the two lines below (the build id and the file list).
const BUILD = "dev";
const FILES = [];

const CACHE = "clickwise-" + BUILD;
const scope = new URL(self.registration.scope);
const precached = new Set(FILES.map((f) => new URL(f, scope).href));
// Content-hashed names (`fox.0123456789abcdef.png`): the same name is the same bytes.
const hashed = (url) => /\.[0-9a-f]{16}(\.|$)/.test(new URL(url).pathname);

self.addEventListener("install", (event) => event.waitUntil(precache()));

// A new version downloads only what changed: a hashed file an older version already
// keeps is copied across; pages and other named files are fetched fresh.
async function precache() {
  const cache = await caches.open(CACHE);
  for (const url of precached) {
    if (await cache.match(url)) continue;
    const kept = hashed(url) ? await caches.match(url) : undefined;
    const response = kept || (await fetch(url, { cache: hashed(url) ? "default" : "no-cache" }));
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    await cache.put(url, response);
  }
}

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith("clickwise-") && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

// The page asks for this only while the game is starting, so a level is never cut short.
self.addEventListener("message", (event) => {
  if (event.data === "use-new-version") self.skipWaiting();
});

// Only the game's own files are answered from the cache. Teacher pages, notes and the
// pupil API always go to the network (they never match the list).
self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== scope.origin) return;
  let key = url.origin + url.pathname;
  // The game page, with or without `?class=` or `?practice=`.
  if (request.mode === "navigate" && (key === scope.href || key === scope.href + "index.html")) key = scope.href;
  if (!precached.has(key)) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      return (await cache.match(key)) || fetch(request);
    })(),
  );
});
