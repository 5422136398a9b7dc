// Draws the home certificate from the link's words alone (as text, never as HTML), in
// the language the game asks for (?lang=cy or ?lang=en; English otherwise), and prints
// it. Nothing is stored or sent anywhere.
(function () {
  // The page's own words in both languages. "{name}", "{world}" and "{ages}" are the
  // link's words, put in as text. The Welsh says "ym myd {world}" so the place's name
  // needs no mutation.
  const WORDS = {
    en: {
      htmlLang: "en-GB",
      title: "Clickwise Champion certificate",
      brand: "Clickwise · staying safe and kind online",
      champion: "Clickwise Champion",
      for: "This certificate is for",
      "write-name": "write your name here",
      played: "who played as {name}, collected every badge in {world} ({ages}) and can now say:",
      "no-name": "a Clickwise player",
      "no-world": "Clickwise",
      "no-ages": "every age",
      date: "Date",
      school: "School",
      signed: "Signed",
      "nothing-sent": "Made on this device from the game. Nothing about you was stored or sent anywhere.",
      print: "Print",
      months: ["January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"],
    },
    cy: {
      htmlLang: "cy",
      title: "Tystysgrif Pencampwr Clickwise",
      brand: "Clickwise · cadw'n ddiogel ac yn garedig ar-lein",
      champion: "Pencampwr Clickwise",
      for: "Mae'r dystysgrif hon ar gyfer",
      "write-name": "ysgrifenna dy enw yma",
      played: "a chwaraeodd fel {name}, a gasglodd bob bathodyn ym myd {world} ({ages}), ac sy'n gallu dweud nawr:",
      "no-name": "chwaraewr Clickwise",
      "no-world": "Clickwise",
      "no-ages": "pob oed",
      date: "Dyddiad",
      school: "Ysgol",
      signed: "Llofnod",
      "nothing-sent": "Wedi'i gwneud ar y ddyfais hon gan y gêm. Chafodd dim byd amdanat ti ei gadw na'i anfon i unman.",
      print: "Argraffu",
      months: ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst",
        "Medi", "Hydref", "Tachwedd", "Rhagfyr"],
    },
  };
  const q = new URLSearchParams(location.search);
  const words = WORDS[q.get("lang")] || WORDS.en;
  document.documentElement.lang = words.htmlLang;
  for (const el of document.querySelectorAll("[data-say]")) {
    el.textContent = words[el.dataset.say];
  }
  // "who played as {name}, …": the sentence in the page's language, each word from the
  // link in its own element (the name in bold), all set as text.
  const given = (key, fallback) => (q.get(key) || fallback).slice(0, 80);
  const parts = {
    name: ["strong", given("name", words["no-name"])],
    world: ["span", given("world", words["no-world"])],
    ages: ["span", given("ages", words["no-ages"])],
  };
  const played = document.getElementById("played");
  played.textContent = "";
  for (const piece of words.played.split(/(\{[a-z]+\})/)) {
    const part = parts[piece.slice(1, -1)];
    if (part && /^\{[a-z]+\}$/.test(piece)) {
      const el = document.createElement(part[0]);
      el.textContent = part[1];
      played.appendChild(el);
    } else if (piece) {
      played.appendChild(document.createTextNode(piece));
    }
  }
  const list = document.getElementById("can");
  for (const line of (q.get("can") || "").split("|").slice(0, 12)) {
    if (!line) continue;
    const li = document.createElement("li");
    li.textContent = line.slice(0, 140);
    list.appendChild(li);
  }
  const today = new Date();
  document.getElementById("date").textContent =
    `${today.getDate()} ${words.months[today.getMonth()]} ${today.getFullYear()}`;
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
