// The game draws everything on a canvas, which screen readers can't see. This keeps a
// mirror of real DOM elements beside it, rebuilt from the snapshot the game publishes as
// `window.clickwise` each time it fires "clickwise:update": a button per widget, headings
// and paragraphs for its texts, each placed over where it is drawn (so VoiceOver's touch
// exploration on an iPad finds it there). Pressing or focusing a mirror button asks the
// game to do the same to its widget through `request(kind, id)`.

// How long a focus request we sent may disagree with the game's snapshots before we
// follow the game again (it answers on its next frame; this only covers a slow one).
const PENDING_MS = 1000;

export function startMirror(request) {
  if (document.getElementById("a11y-mirror")) return;
  const canvas = document.getElementById("clickwise");
  const mirror = document.createElement("div");
  mirror.id = "a11y-mirror";
  const live = document.createElement("div");
  live.id = "a11y-live";
  live.className = "sr-only";
  live.setAttribute("role", "status");
  live.setAttribute("aria-live", "polite");
  canvas.after(mirror, live);

  const elements = new Map(); // "w<id>" / "t<id>" → element
  const state = { screen: null, headingDue: false, status: "", focusedId: null, pending: null };

  mirror.addEventListener("click", (e) => {
    const id = e.target.closest("button")?.dataset.id;
    if (id) request("activate", id);
  });
  mirror.addEventListener("focusin", (e) => {
    const id = e.target.dataset.id;
    // A widget the game already has in focus (we just followed it) needs no request.
    if (!id || e.target.tagName !== "BUTTON" || id === state.focusedId) return;
    state.pending = { id, at: performance.now() };
    request("focus", id);
  });
  // While the canvas has focus, point screen readers at the game's focused widget.
  const describeCanvas = () => {
    const el = state.focusedId && elements.get("w" + state.focusedId);
    if (document.activeElement === canvas && el) canvas.setAttribute("aria-activedescendant", el.id);
    else canvas.removeAttribute("aria-activedescendant");
  };
  canvas.addEventListener("focus", describeCanvas);
  canvas.addEventListener("blur", describeCanvas);

  // Builds, reuses and removes elements so they match `items`, in that order.
  const reconcile = (items) => {
    const wanted = new Set(items.map((i) => i.key));
    for (const [key, el] of elements) {
      if (!wanted.has(key)) { el.remove(); elements.delete(key); }
    }
    const firstHeading = items.find((i) => i.kind === "heading");
    const ordered = items.map((item) => {
      const tag = item.kind === "widget" ? "BUTTON" : item.kind === "text" ? "P" : item === firstHeading ? "H1" : "H2";
      let el = elements.get(item.key);
      if (!el || el.tagName !== tag) {
        el?.remove();
        el = create(tag, item);
        elements.set(item.key, el);
      }
      fill(el, item);
      return el;
    });
    arrange(mirror, ordered);
  };

  // Keeps DOM focus, when it is in the mirror, on the game's focused widget; returns the
  // element it moved focus to, if any.
  const followFocus = (hadFocus, focusedEl, headingEl) => {
    if (!hadFocus) return null;
    const pending = state.pending && performance.now() - state.pending.at < PENDING_MS ? state.pending : null;
    if (pending && pending.id === state.focusedId) state.pending = null;
    let to = null;
    if (!hadFocus.isConnected) to = focusedEl || headingEl; // gone: don't drop focus to <body>
    else if (focusedEl && focusedEl !== hadFocus && !pending) to = focusedEl; // the game moved it
    else if (document.activeElement !== hadFocus) to = hadFocus; // reordering dropped it
    to?.focus({ preventScroll: true });
    return to;
  };

  // The live region says the new screen's heading, new texts and a changed status, except
  // what focus just landed on (that is read out anyway).
  const announce = (snap, heading, read) => {
    if (snap.screen !== state.screen) { state.screen = snap.screen; state.headingDue = true; }
    const said = [];
    if (state.headingDue && heading) { state.headingDue = false; said.push(heading.text); }
    said.push(...(snap.announce || []));
    if (snap.status && snap.status !== state.status) said.push(snap.status);
    state.status = snap.status || "";
    const news = [...new Set(said)].filter((t) => t && t !== read);
    if (news.length) live.replaceChildren(...news.map(paragraph));
  };

  const update = () => {
    const snap = window.clickwise;
    if (!snap || !Array.isArray(snap.widgets)) return;
    const items = readingOrder([
      ...snap.widgets.map((w) => ({ ...w, key: "w" + w.id, kind: "widget" })),
      ...(snap.texts || []).map((t) => ({ ...t, key: "t" + t.id, kind: t.role === "heading" ? "heading" : "text" })),
    ].filter((i) => i.id != null && i.w > 0 && i.h > 0));
    const hadFocus = mirror.contains(document.activeElement) ? document.activeElement : null;
    reconcile(items);
    const focused = snap.widgets.find((w) => w.focused);
    state.focusedId = focused ? String(focused.id) : null;
    const heading = items.find((i) => i.kind === "heading");
    const movedTo = followFocus(hadFocus, focused && elements.get("w" + focused.id), heading && elements.get(heading.key));
    // Tagged with the game's language, a screen reader says Welsh words with Welsh rules.
    const lang = snap.lang === "cy" ? "cy" : "en-GB";
    if (document.documentElement.lang !== lang) document.documentElement.lang = lang;
    describeCanvas();
    announce(snap, heading, movedTo?.textContent);
    // Which description the mirror shows (tests wait for it to catch up with the game).
    mirror.dataset.version = String(snap.version ?? 0);
  };
  // The game fires the event mid-frame: update once its frame has returned, so the focus
  // moves (and any requests they send back) never run inside it.
  window.addEventListener("clickwise:update", () => queueMicrotask(update));
  update(); // a snapshot may already be there
}

function create(tag, item) {
  const el = document.createElement(tag);
  el.id = "a11y-" + item.key;
  el.dataset.id = String(item.id);
  if (tag === "BUTTON") el.type = "button";
  if (tag === "H1") el.tabIndex = -1; // somewhere to put focus when its button vanishes
  return el;
}

function fill(el, item) {
  const text = item.kind === "widget" ? item.label : item.text;
  if (el.textContent !== text) el.textContent = text || "";
  if (item.kind === "widget") {
    const checked = item.checked === true || item.checked === false ? String(item.checked) : null;
    // A radio says "checked"; any other widget with an on/off state is a toggle button.
    setAttr(el, "role", item.role === "radio" ? "radio" : null);
    setAttr(el, "aria-checked", item.role === "radio" ? checked || "false" : null);
    setAttr(el, "aria-pressed", item.role !== "radio" ? checked : null);
  }
  const s = el.style;
  s.left = item.x + "px";
  s.top = item.y + "px";
  s.width = item.w + "px";
  s.height = item.h + "px";
}

function setAttr(el, name, value) {
  if (value === null) el.removeAttribute(name);
  else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

function paragraph(text) {
  const p = document.createElement("p");
  p.textContent = text;
  return p;
}

/** Top to bottom, then left to right within a row: an item joins the row when it starts
 *  within the top half of the row's first item (or of itself, if shorter). */
function readingOrder(items) {
  const byTop = [...items].sort((a, b) => a.y - b.y);
  const rows = [];
  for (const item of byTop) {
    const row = rows[rows.length - 1];
    if (row && item.y < row[0].y + Math.min(row[0].h, item.h) / 2) row.push(item);
    else rows.push([item]);
  }
  return rows.flatMap((row) => row.sort((a, b) => a.x - b.x));
}

/** Puts `mirror`'s children in `ordered`'s order, moving only those out of place
 *  (moveBefore, where the browser has it, keeps focus on a moved element; it only
 *  moves elements already in the page). */
function arrange(mirror, ordered) {
  let next = mirror.firstElementChild;
  for (const el of ordered) {
    if (el === next) { next = next.nextElementSibling; continue; }
    if (mirror.moveBefore && el.isConnected) mirror.moveBefore(el, next);
    else mirror.insertBefore(el, next);
  }
}
