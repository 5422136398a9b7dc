//! Login cards locked by wrong PINs: the cards page lists them, and the teacher unlocks
//! one (the pupil then signs in with the PIN on their card as before).

use crate::auth::SignedForm;
use crate::db::{classes, pupils};
use crate::errors::{self, PageResult};
use crate::i18n::{tf, tr};
use crate::state::AppState;
use crate::views::layout::csrf;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect};
use maud::{Markup, html};

#[derive(serde::Deserialize)]
pub struct Unlock {}

pub async fn unlock(
    State(s): State<AppState>,
    Path((id, pupil)): Path<(i64, i64)>,
    SignedForm { teacher, .. }: SignedForm<Unlock>,
) -> PageResult {
    if classes::get(&s.db, teacher.id, id).await?.is_none() {
        return Ok(errors::not_found());
    }
    if pupils::clear_wrong_pins(&s.db, id, pupil).await? {
        crate::security::event("a teacher unlocked a login card");
    }
    Ok(Redirect::to(&format!("/teacher/classes/{id}/cards")).into_response())
}

/// The locked cards, each with its Unlock button (a card whose PIN got out needs a new
/// PIN instead: the New PIN button on the card unlocks it too) (nothing when none is locked).
pub fn panel(class: i64, locked: &[&pupils::Pupil], token: &str) -> Markup {
    html! {
        @if !locked.is_empty() {
            div class="panel no-print" role="status" {
                h2 { (tr("locked-heading")) }
                p { (tf("locked-note", &[("count", pupils::CARD_LOCK_AFTER.into())])) }
                ul {
                    @for p in locked {
                        li {
                            form method="post" action=(format!("/teacher/classes/{class}/cards/{}/unlock", p.id)) {
                                (csrf(token))
                                strong { (crate::i18n::nickname(&p.nickname)) } " "
                                button type="submit" class="secondary" { (tf("unlock-card", &[("nickname", crate::i18n::nickname(&p.nickname).into())])) }
                            }
                        }
                    }
                }
            }
        }
    }
}
