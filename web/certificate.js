// Draws the home certificate from the link's words alone (as text, never as HTML), and
// prints it. Nothing is stored or sent anywhere.
(function () {
  const q = new URLSearchParams(location.search);
  const set = (id, text) => { if (text) document.getElementById(id).textContent = text.slice(0, 80); };
  set("name", q.get("name"));
  set("world", q.get("world"));
  set("ages", q.get("ages"));
  const list = document.getElementById("can");
  for (const line of (q.get("can") || "").split("|").slice(0, 12)) {
    if (!line) continue;
    const li = document.createElement("li");
    li.textContent = line.slice(0, 140);
    list.appendChild(li);
  }
  document.getElementById("date").textContent =
    new Date().toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });
  // The nickname's own animal: a picture of the game's, by its name only.
  const pic = q.get("pic") || "";
  if (/^[a-z][a-z-]{0,31}$/.test(pic)) {
    const img = document.getElementById("picture");
    const path = `assets/icons/${pic}.png`;
    const show = (src) => { img.src = src; img.hidden = false; };
    img.addEventListener("error", () => { img.hidden = true; });
    // The web build gives each picture a content-hashed name, listed in files.js.
    import("./files.js").then((m) => show((m.FILES && m.FILES[path]) || path), () => show(path));
  }
  document.getElementById("print").addEventListener("click", () => window.print());
})();
