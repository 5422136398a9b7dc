//! Printable login cards: a nickname, its own animal's picture, the card's colour, a PIN
//! and the class code; a line for the teacher to write the pupil's real name by hand. The
//! server never sees that name.

use super::classes::{load, origin, qr_svg};
use crate::auth::{SignedForm, SignedIn};
use crate::db::pupils;
use crate::errors::{self, PageResult};
use crate::state::AppState;
use crate::views::layout::{csrf, page};
use crate::views::pictures::picture;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Redirect};
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
    let data = load(&s, &teacher, id).await?;
    let link = format!("{}/?class={}", origin(&headers, s.secure_cookies), data.class.code);
    let qr = qr_svg(&link);
    let room = MAX_PUPILS.saturating_sub(data.pupils.len());
    let body = html! {
        p class="no-print" { a href=(format!("/teacher/classes/{id}")) { "← " (data.class.name) } }
        h1 { "Login cards: " (data.class.name) }
        div class="panel no-print" {
            @if room > 0 {
                form method="post" action=(format!("/teacher/classes/{id}/cards")) {
                    (csrf(&teacher.csrf))
                    label for="count" { "Add this many cards" }
                    input type="number" id="count" name="count" min="1" max=(room) value=(if data.pupils.is_empty() { 30.min(room) } else { 1 });
                    " " button type="submit" { "Add cards" }
                }
            } @else {
                p { "This class has all " (MAX_PUPILS) " cards it can have: one for each animal." }
            }
            p class="note" { "Each card's picture is its nickname's animal, and no two cards in a class share one, so a pupil who can't read yet can find the card with their animal (and its colour) in the game." }
            p class="note" { "Cut the cards out and write each pupil's name on their card by hand. Keep them in class: the PIN is what lets a pupil sign in as their card." }
            p { "To print, use your browser's Print (Ctrl+P, or ⌘P on a Mac): the page prints just the cards." }
        }
        div class="login-cards" {
            @for (i, p) in data.pupils.iter().enumerate() {
                @let colour = card_colour(i);
                @let animal = clickwise_core::names::animal_of(&p.nickname).map_or("", |a| a.word);
                div class=(format!("login-card colour-{}", colour.name)) {
                    div class="band" { span class="colour-name" { (colour.name) " card" } }
                    div class="who" {
                        (picture(&p.avatar, &animal.to_lowercase(), 88))
                        div {
                            div class="nick" { (p.nickname) }
                            div { "PIN " span class="pin" { (p.pin) } }
                        }
                    }
                    div class="join" {
                        p { "Class code" br; strong class="class-code" { (data.class.code) } }
                        div class="qr" { (PreEscaped(&qr)) }
                    }
                    div class="write" { span { "Name:" } }
                }
            }
        }
    };
    Ok(Html(page("Login cards", Some(&teacher.email), body).into_string()).into_response())
}

#[derive(serde::Deserialize)]
pub struct AddCards {
    #[serde(default)]
    count: String,
}

pub async fn add(
    State(s): State<AppState>,
    Path(id): Path<i64>,
    SignedForm { teacher, form: f }: SignedForm<AddCards>,
) -> PageResult {
    let data = load(&s, &teacher, id).await?;
    let room = MAX_PUPILS.saturating_sub(data.pupils.len());
    let Some(count) = f.count.trim().parse::<usize>().ok().filter(|n| (1..=room).contains(n)) else {
        let msg = format!(
            "A class can have up to {MAX_PUPILS} cards (one for each animal); this one has room for {room} more."
        );
        return Ok(errors::html(StatusCode::UNPROCESSABLE_ENTITY, &msg));
    };
    pupils::add_cards(&s.db, id, count).await?;
    Ok(Redirect::to(&format!("/teacher/classes/{id}/cards")).into_response())
}
