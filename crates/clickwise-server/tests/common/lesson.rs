//! A levels folder for the class-report tests: the tiny level, a level with one step of
//! each kind (core's `tests/data/every-mechanic.level.ron`, with flags and placeholders),
//! and a one-step level teaching one of its statements again, with the shipped
//! curriculum (for the statements' wording) and the tiny worlds (for Ava and Leo).

use super::{Server, tiny};
use axum::http::StatusCode;
use clickwise_core::classroom::{JoinReply, SignInReply, SignInRequest};
use clickwise_core::scoring::ChoiceRecord;
use std::path::{Path, PathBuf};

pub const EVERY: &str = "every-mechanic";
pub const AGAIN: &str = "lesson-two";

const EVERY_RON: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../clickwise-core/tests/data/every-mechanic.level.ron"
));

/// Teaches `pi-ks1-private` again: a Choice (`no` safe, `say` risky and flagged), then a
/// Report (`who`: `grown-up`).
const AGAIN_RON: &str = r#"(
    id: "lesson-two",
    title: "Where I live",
    phase: Ks1,
    topics: [Privacy],
    statements: ["pi-ks1-private"],
    dcf: ["dcf-identity"],
    objective: "I keep where I live private.",
    teacher_notes: (
        discussion: ["Who can {child} tell where she lives?"],
        watch_for: ["Pupils who say where they live."],
        safeguarding: "Pass any worry to your Designated Safeguarding Lead.",
    ),
    intro: "{child} plays a game.",
    icon: "game",
    cast: [(role: "child", is: "ava")],
    start: "where",
    steps: [
        (
            id: "where",
            mechanic: Choice((
                message: "A player asks: where do you live?",
                question: "What should {child} do?",
                options: [
                    (id: "no", text: "Say no and tell a grown-up", outcome: Safe, points: 3, why: "Yes. Where we live is private.", next: Some("tell")),
                    (id: "say", text: "Say where she lives", outcome: Risky, flag: Some("Telling a player where she lives"), points: 0, why: "Where we live is private.", next: Some("tell"),
                        consequence: Some((beats: [(picture: "house", text: "The player knows the street now.")], then: "{child} tells a grown-up."))),
                ],
            )),
        ),
        (
            id: "tell",
            mechanic: Report((
                form: WhoToTell,
                situation: "A player asked where {child} lives.",
                questions: [(
                    id: "who",
                    question: "Who can {child} tell?",
                    answers: [
                        (id: "grown-up", text: "A grown-up", outcome: Safe, points: 3, why: "Yes! A grown-up can help."),
                        (id: "nobody", text: "Nobody", outcome: Unsure, points: 0, why: "A grown-up can always help."),
                    ],
                )],
            )),
        ),
    ],
    help: "If something worries you, tell a grown-up you trust.",
)"#;

/// Writes the folder inside `dir` and returns its path.
pub fn write(dir: &Path) -> PathBuf {
    let levels = tiny::write(dir);
    let files = [tiny::LEVEL, EVERY, AGAIN].map(|l| format!("\"{l}.level.ron\""));
    std::fs::write(levels.join("catalogue.ron"), format!("(levels: [{}])", files.join(", "))).unwrap();
    std::fs::write(levels.join(format!("{EVERY}.level.ron")), EVERY_RON).unwrap();
    std::fs::write(levels.join(format!("{AGAIN}.level.ron")), AGAIN_RON).unwrap();
    let curriculum = std::fs::read_to_string(Path::new(super::LEVELS).join("curriculum.ron")).unwrap();
    std::fs::write(levels.join("curriculum.ron"), curriculum).unwrap();
    let (loaded, problems) = clickwise_server::levels::Levels::load(&levels);
    for id in [tiny::LEVEL, EVERY, AGAIN] {
        assert!(loaded.get(id).is_some(), "{id} loads: {problems:#?}");
    }
    levels
}

fn record(step: &str, option: &str, picks: &[&str]) -> ChoiceRecord {
    ChoiceRecord {
        step: step.into(),
        option: option.into(),
        picks: picks.iter().map(|p| p.to_string()).collect(),
        ..Default::default()
    }
}

/// Every step of [`EVERY`] the risky way: the password told (flagged), the link tapped (not
/// flagged), a false clue picked, the secret kept (flagged), the settings left open (the
/// location one flagged), the address sorted as OK to share (flagged), "Nobody" (flagged)
/// and the street message opened (flagged).
pub fn every_riskiest() -> Vec<ChoiceRecord> {
    vec![
        record("ask", "tell", &[]),
        record("clues", "click", &["day"]),
        record("chat", "", &["thanks", "ok"]),
        record("settings", "", &[]),
        record("sort", "", &["colour=private", "address=ok", "pet=ok"]),
        record("report", "", &["who=nobody"]),
        record("feed", "", &["level=open", "street=open", "coins=ignore"]),
    ]
}

pub fn every_safest() -> Vec<ChoiceRecord> {
    vec![
        record("ask", "keep", &[]),
        record("clues", "ask", &["sender", "rush"]),
        record("chat", "", &["thanks", "no"]),
        record("settings", "", &["where=off", "account=private"]),
        record("sort", "", &["colour=ok", "address=private", "pet=ok"]),
        record("report", "", &["who=mum"]),
        record("feed", "", &["level=open", "street=ignore", "coins=ask"]),
    ]
}

/// [`AGAIN`] played the safe way or the flagged way.
pub fn again(safe: bool) -> Vec<ChoiceRecord> {
    vec![record("where", if safe { "no" } else { "say" }, &[]), record("tell", "", &["who=grown-up"])]
}

/// Makes a class with `cards` login cards and `(level, due)` assignments; returns its id
/// and code.
pub async fn class(
    s: &Server,
    cookie: &str,
    name: &str,
    cards: usize,
    assigned: &[(&str, &str)],
) -> (i64, String) {
    let (id, code) = s.class(cookie, name, cards, &[]).await;
    let csrf = s.csrf(cookie).await;
    let mut form = format!("csrf={csrf}");
    for (level, due) in assigned {
        form.push_str(&format!("&level={level}&due-{level}={due}"));
    }
    let saved = s.post_form(&format!("/teacher/classes/{id}/assign"), cookie, &form).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    (id, code)
}

/// Signs in as card `index` of the class; returns (pupil id, nickname, token).
pub async fn pupil(s: &Server, code: &str, index: usize) -> (i64, String, String) {
    let joined: JoinReply = s.post_json("/api/join", None, &format!(r#"{{"code":"{code}"}}"#)).await.json();
    let card = joined.cards[index].clone();
    let pin = s.pin(card.pupil_id);
    let body =
        serde_json::to_string(&SignInRequest { code: code.into(), pupil_id: card.pupil_id, pin }).unwrap();
    let signed: SignInReply = s.post_json("/api/pupil/sign-in", None, &body).await.json();
    (card.pupil_id, card.nickname, signed.token)
}

/// Sends a finished attempt at `level` finishing at `at` (ms), saying if it was the first try.
pub async fn send(
    s: &Server,
    token: &str,
    attempt: &str,
    level: &str,
    log: Vec<ChoiceRecord>,
    at: u64,
    first: bool,
) {
    let body = super::submission_at(attempt, level, log, at, Some(first));
    let r = s.post_json("/api/results", Some(token), &body).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
}

/// The part of `page` from the element with `id` to the end of its section.
pub fn section<'a>(page: &'a str, id: &str) -> &'a str {
    let start = page.find(&format!("id=\"{id}\"")).unwrap_or_else(|| panic!("no #{id} on the page"));
    let end = page[start..].find("</section>").map_or(page.len(), |e| start + e);
    &page[start..end]
}

/// Text as the server's templates write it into HTML.
pub fn html(text: &str) -> String {
    maud::html! { (text) }.into_string()
}
