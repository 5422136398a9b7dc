//! Printable login cards: a nickname, its own animal's picture, the card's colour, a PIN
//! and the class code; a line for the teacher to write the pupil's real name by hand. The
//! server never sees that name.
//!
//! PINs are kept hashed, so a card's PIN is shown once: on the page that made it (new
//! cards, or new PINs for a lost card or a whole reprint). Print from that page.

use super::classes::{load, origin, qr_svg};
use crate::auth::{SignedForm, SignedIn};
use crate::db::pupils::{self, FreshPin};
use crate::errors::{self, PageResult};
use crate::i18n::{tf, tr};
use crate::state::AppState;
use crate::views::layout::{csrf, page};
use crate::views::pictures::picture;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse};
use clickwise_core::names::card_colour;
use maud::{PreEscaped, html};

/// One card per animal: no two cards in a class share a picture.
pub const MAX_PUPILS: usize = clickwise_core::names::ANIMALS.len();

pub async fn show(
    State(s): State<AppState>,
    teacher: SignedIn,
    headers: HeaderMap,
    Path(id): Path<i64>,
) -> PageResult {
    render(&s, &teacher, &headers, id, &[], false).await
}

/// The cards page. With `fresh` PINs, those cards show them (and with `only_fresh`, only
/// those cards are shown, ready to print); the other cards show where the PIN goes.
async fn render(
    s: &AppState,
    teacher: &SignedIn,
    headers: &HeaderMap,
    id: i64,
    fresh: &[FreshPin],
    only_fresh: bool,
) -> PageResult {
    let data = load(s, teacher, id).await?;
    let link = format!("{}/?class={}", origin(headers, s.secure_cookies), data.class.code);
    let qr = qr_svg(&link);
    let room = MAX_PUPILS.saturating_sub(data.pupils.len());
    let locked_ids = pupils::locked(&s.db, id).await?;
    let locked: Vec<&pupils::Pupil> = data.pupils.iter().filter(|p| locked_ids.contains(&p.id)).collect();
    let pin_of = |pupil: i64| fresh.iter().find(|(card, _)| *card == pupil).map(|(_, pin)| pin.as_str());
    let shown: Vec<(usize, &pupils::Pupil)> =
        data.pupils.iter().enumerate().filter(|(_, p)| !only_fresh || pin_of(p.id).is_some()).collect();
    let body = html! {
        p class="no-print" { a href=(format!("/teacher/classes/{id}")) { "← " (data.class.name) } }
        h1 { (tf("cards-heading", &[("class", (&data.class.name).into())])) }
        @if !fresh.is_empty() {
            div class="panel no-print" role="status" {
                p { strong { (tr("cards-print-now")) } " " (tr("cards-pins-once")) }
                p { a href=(format!("/teacher/classes/{id}/cards")) { (tr("cards-all")) } }
            }
        }
        (super::card_locks::panel(id, &locked, &teacher.csrf))
        div class="panel no-print" {
            @if room > 0 {
                form method="post" action=(format!("/teacher/classes/{id}/cards")) {
                    (csrf(&teacher.csrf))
                    label for="count" { (tr("cards-add-count")) }
                    input type="number" id="count" name="count" min="1" max=(room) value=(if data.pupils.is_empty() { 30.min(room) } else { 1 });
                    " " button type="submit" { (tr("cards-add")) }
                }
            } @else {
                p { (tf("cards-full", &[("count", MAX_PUPILS.into())])) }
            }
            @if !data.pupils.is_empty() && fresh.is_empty() {
                form method="post" action=(format!("/teacher/classes/{id}/cards/new-pins")) {
                    (csrf(&teacher.csrf))
                    button type="submit" class="secondary" { (tr("cards-new-pins")) }
                }
            }
            p class="note" { (tr("cards-animals-note")) }
            p class="note" { (tr("cards-cut-note")) }
            p { (tr("cards-print-how")) }
        }
        div class="login-cards" {
            @for (i, p) in &shown {
                @let colour = card_colour(*i);
                @let animal = clickwise_core::names::animal_of(&p.nickname).map_or("", |a| a.word);
                div class=(format!("login-card colour-{}", colour.name)) {
                    div class="band" { span class="colour-name" { (tf("card-colour", &[("colour", tr(&format!("colour-{}", colour.name)).into())])) } }
                    div class="who" {
                        (picture(&p.avatar, &animal_word(animal), 88))
                        div {
                            div class="nick" { (crate::i18n::nickname(&p.nickname)) }
                            @match pin_of(p.id) {
                                Some(pin) => div { (tr("card-pin")) " " span class="pin" { (pin) } },
                                None => div class="pin-hidden" { (tr("card-pin-hidden")) },
                            }
                        }
                    }
                    div class="join" {
                        p { (tr("col-class-code")) br; strong class="class-code" { (data.class.code) } }
                        div class="qr" { (PreEscaped(&qr)) }
                    }
                    div class="write" { span { (tr("card-name")) } }
                    @if fresh.is_empty() {
                        div class="card-actions no-print" {
                            form method="post" action=(format!("/teacher/classes/{id}/cards/{}/new-pin", p.id)) {
                                (csrf(&teacher.csrf))
                                button type="submit" class="secondary" { (tr("card-new-pin")) }
                            }
                            a href=(format!("/teacher/classes/{id}/cards/{}/remove", p.id)) { (tr("card-remove")) }
                        }
                    }
                }
            }
        }
    };
    Ok(Html(page(&tr("cards-title"), Some(&teacher.email), body).into_string()).into_response())
}

/// The animal's word for the picture's `alt`, in the page's language.
fn animal_word(english: &str) -> String {
    let welsh = clickwise_core::names::welsh::animal(english).map(|a| a.cy);
    match (crate::i18n::lang(), welsh) {
        (clickwise_core::Lang::Cy, Some(cy)) => cy.to_lowercase(),
        _ => english.to_lowercase(),
    }
}

#[derive(serde::Deserialize)]
pub struct AddCards {
    #[serde(default)]
    count: String,
}

/// Adds cards and shows them, with their PINs, to print.
pub async fn add(
    State(s): State<AppState>,
    headers: HeaderMap,
    Path(id): Path<i64>,
    SignedForm { teacher, form: f }: SignedForm<AddCards>,
) -> PageResult {
    let data = load(&s, &teacher, id).await?;
    let room = MAX_PUPILS.saturating_sub(data.pupils.len());
    let Some(count) = f.count.trim().parse::<usize>().ok().filter(|n| (1..=room).contains(n)) else {
        let msg = tf("cards-too-many", &[("max", MAX_PUPILS.into()), ("room", room.into())]);
        return Ok(errors::html(StatusCode::UNPROCESSABLE_ENTITY, &msg));
    };
    let made = pupils::add_cards(&s.db, id, count).await?;
    render(&s, &teacher, &headers, id, &made, true).await
}

#[derive(serde::Deserialize)]
pub struct NoFields {}

/// A new PIN for one card (lost, or someone else saw it); unlocks it too.
pub async fn new_pin(
    State(s): State<AppState>,
    headers: HeaderMap,
    Path((id, pupil)): Path<(i64, i64)>,
    SignedForm { teacher, .. }: SignedForm<NoFields>,
) -> PageResult {
    load(&s, &teacher, id).await?;
    let fresh = pupils::new_pins(&s.db, id, &[pupil]).await?;
    if fresh.is_empty() {
        return Ok(errors::not_found());
    }
    crate::security::event("a teacher gave a login card a new PIN");
    render(&s, &teacher, &headers, id, &fresh, true).await
}

/// New PINs for every card, to print the whole set again.
pub async fn new_pins(
    State(s): State<AppState>,
    headers: HeaderMap,
    Path(id): Path<i64>,
    SignedForm { teacher, .. }: SignedForm<NoFields>,
) -> PageResult {
    let data = load(&s, &teacher, id).await?;
    let ids: Vec<i64> = data.pupils.iter().map(|p| p.id).collect();
    let fresh = pupils::new_pins(&s.db, id, &ids).await?;
    crate::security::event("a teacher gave every login card of a class a new PIN");
    render(&s, &teacher, &headers, id, &fresh, true).await
}
