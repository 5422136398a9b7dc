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
  document.getElementById("print").addEventListener("click", () => window.print());
})();
