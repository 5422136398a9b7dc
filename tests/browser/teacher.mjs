// The teacher's side over plain HTTP (like a browser without JavaScript): sign up, make a
// class, print login cards, assign a level. Shared by the classroom and offline tests.
import { check } from "./lib.mjs";

export function teacher(base) {
  const cookies = {};
  const cookieHeader = () => Object.entries(cookies).map(([k, v]) => `${k}=${v}`).join("; ");
  async function http(method, path, form) {
    const res = await fetch(base + path, {
      method,
      redirect: "manual",
      headers: { cookie: cookieHeader(), ...(form ? { "content-type": "application/x-www-form-urlencoded" } : {}) },
      body: form ? new URLSearchParams(form).toString() : undefined,
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const at = pair.indexOf("=");
      cookies[pair.slice(0, at)] = pair.slice(at + 1);
    }
    return { status: res.status, location: res.headers.get("location"), body: await res.text() };
  }
  return { http, cookies };
}

export const csrfOf = (html) => html.match(/name="csrf" value="([^"]+)"/)[1];

/** Signs a new teacher up, makes a class of `cards` cards with `level` assigned, and
 *  returns the join code and the first card's nickname and PIN. */
// Due in four weeks, so the class is never late whenever the test runs.
const inFourWeeks = () => new Date(Date.now() + 28 * 86400000).toISOString().slice(0, 10);

export async function makeClass(base, { level, cards = 3, phase = "Ks1", due = inFourWeeks() }) {
  const { http, cookies } = teacher(base);
  const signUp = await http("GET", "/teacher/sign-up");
  let r = await http("POST", "/teacher/sign-up", { email: `teacher-${Date.now()}@school.example`, password: "a long password", csrf: csrfOf(signUp.body) });
  check(r.status === 303 && Object.keys(cookies).length > 0, "a teacher signs up");
  const csrf = csrfOf((await http("GET", "/teacher")).body);
  r = await http("POST", "/teacher/classes", { name: "Class 1 Birch", phase, csrf });
  const classPath = r.location;
  check(/^\/teacher\/classes\/\d+$/.test(classPath), "and makes a class");
  // The page that makes the cards is the only one that shows their PINs (kept hashed).
  const printed = (await http("POST", `${classPath}/cards`, { count: String(cards), csrf })).body;
  await http("POST", `${classPath}/assign`, { csrf, level, [`due-${level}`]: due });
  const nickname = printed.match(/class="nick">([^<]+)</)[1];
  const pin = printed.match(/class="pin">(\d+)</)[1];
  const code = (await http("GET", classPath)).body.match(/class="code">(\d+)</)[1];
  check(nickname && pin && code, `login cards printed (first card: ${nickname})`);
  return { http, classPath, nickname, pin, code, csrf };
}
