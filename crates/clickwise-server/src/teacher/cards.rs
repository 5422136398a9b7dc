//! Printable login cards: a nickname, a picture, a PIN and the class code; a line for the
//! teacher to write the pupil's real name by hand. The server never sees that name.

use super::classes::{load, origin, qr_svg};
use crate::auth::{SignedForm, SignedIn};
use crate::db::pupils;
use crate::errors::{self, PageResult};
use crate::state::AppState;
use crate::views::layout::{csrf, page};
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Redirect};
use maud::{PreEscaped, html};

pub const MAX_PUPILS: usize = 60;

pub async fn show(
    State(s): State<AppState>,
    teacher: SignedIn,
    headers: HeaderMap,
    Path(id): Path<i64>,
) -> PageResult {
    let data = load(&s, &teacher, id).await?;
    let link = format!("{}/?class={}", origin(&headers, s.secure_cookies), data.class.code);
    let qr = qr_svg(&link);
    let body = html! {
        p class="no-print" { a href=(format!("/teacher/classes/{id}")) { "← " (data.class.name) } }
        h1 { "Login cards: " (data.class.name) }
        form class="panel no-print" method="post" action=(format!("/teacher/classes/{id}/cards")) {
            (csrf(&teacher.csrf))
            label for="count" { "Add this many cards" }
            input type="number" id="count" name="count" min="1" max=(MAX_PUPILS) value=(if data.pupils.is_empty() { 30 } else { 1 });
            " " button type="submit" { "Add cards" }
            p class="note" { "Cut the cards out and write each pupil's name on their card by hand. Keep them in class: the PIN is what lets a pupil sign in as their card." }
            p { "To print, use your browser's Print (Ctrl+P, or ⌘P on a Mac): the page prints just the cards." }
        }
        div class="cards" {
            @for p in &data.pupils {
                div class="card" {
                    div class="row" {
                        img src=(format!("/assets/icons/{}.png", p.avatar)) alt=(p.avatar);
                        div { div class="nick" { (p.nickname) } div { "PIN " span class="pin" { (p.pin) } } }
                    }
                    p { "Class code " strong { (data.class.code) } }
                    div class="qr" { (PreEscaped(&qr)) }
                    div class="write" { "Name:" }
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
        let msg = format!("A class can have up to {MAX_PUPILS} cards; this one has room for {room} more.");
        return Ok(errors::html(StatusCode::UNPROCESSABLE_ENTITY, &msg));
    };
    pupils::add_cards(&s.db, id, count).await?;
    Ok(Redirect::to(&format!("/teacher/classes/{id}/cards")).into_response())
}
