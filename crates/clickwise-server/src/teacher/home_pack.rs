//! The home pack for a class, printable: a letter to parents and carers (what Clickwise
//! is, what is kept and what isn't, how to play at home), a QR code for the home-practice
//! link, and conversation starters for the levels the teacher assigned.

use super::classes::{load, origin, qr_svg};
use crate::auth::SignedIn;
use crate::db::classes::Assignment;
use crate::errors::PageResult;
use crate::state::AppState;
use crate::views::home_pack::{Pack, Starter, page};
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::{Html, IntoResponse};
use clickwise_core::Level;
use clickwise_core::home::{character_names, talk_about};

/// Questions per level: enough to start a chat, few enough to fit the page.
const QUESTIONS: usize = 2;

/// The home-practice link: the game, with the assigned levels first (no sign-in, and
/// nothing played with it is sent anywhere). Without assigned levels, the game itself.
pub fn practice_link(origin: &str, assigned: &[Assignment]) -> String {
    if assigned.is_empty() {
        return format!("{origin}/");
    }
    let ids: Vec<&str> = assigned.iter().map(|a| a.level_id.as_str()).collect();
    format!("{origin}/?practice={}", clickwise_core::classroom::practice_value(&ids))
}

/// Conversation starters for one level: what it teaches, its questions to talk about
/// (those that need no knowledge of the game's characters first), and the game's advice.
pub fn starter(characters: &[&str], level: &Level) -> Starter {
    let lang = crate::i18n::lang();
    Starter {
        title: level.title.get(lang).to_owned(),
        teaches: level.objective.get(lang).to_owned(),
        questions: talk_about(level, characters)
            .into_iter()
            .take(QUESTIONS)
            .map(|q| q.get(lang).to_owned())
            .collect(),
        advice: level.help.get(lang).to_owned(),
    }
}

pub async fn show(
    State(s): State<AppState>,
    teacher: SignedIn,
    headers: HeaderMap,
    Path(id): Path<i64>,
) -> PageResult {
    let data = load(&s, &teacher, id).await?;
    let link = practice_link(&origin(&headers, s.secure_cookies), &data.assigned);
    let characters = character_names(s.levels.world.iter().flat_map(|w| &w.phases));
    let starters: Vec<Starter> = data
        .assigned
        .iter()
        .filter_map(|a| s.levels.get(&a.level_id))
        .map(|l| starter(&characters, l))
        .collect();
    let pack = Pack { class: &data.class, qr_svg: qr_svg(&link), link: &link, starters };
    Ok(Html(page(&teacher.email, &pack).into_string()).into_response())
}
