//! `/teacher/school`: the admin's page for running the school: its name, its teachers and
//! their roles, invitations, sign-up by e-mail domain. Only the school's admins reach it;
//! anyone else is told there is no such page (404).

use crate::auth::{SignedForm, SignedIn};
use crate::db::{links, schools};
use crate::errors::{self, PageResult};
use crate::i18n::{tf, tr};
use crate::state::AppState;
use crate::views::dates;
use crate::views::layout::{csrf, page};
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect};
use maud::{Markup, html};

/// The school's name as shown ('' until named).
pub fn name_of(school: &schools::School) -> String {
    if school.name.is_empty() { tr("school-unnamed") } else { school.name.clone() }
}

pub async fn show(State(s): State<AppState>, teacher: SignedIn) -> PageResult {
    page_with(&s, &teacher, None, StatusCode::OK).await
}

/// The admin's page, with a message at the top (`Ok` done, `Err` refused).
pub async fn page_with(
    s: &AppState,
    teacher: &SignedIn,
    message: Option<Result<String, String>>,
    status: StatusCode,
) -> PageResult {
    let school_id = teacher.admin_of()?;
    let school = schools::get(&s.db, school_id).await?.ok_or_else(errors::not_found)?;
    let (members, invites, domains) = tokio::join!(
        schools::members(&s.db, school_id),
        links::pending_invites(&s.db, school_id),
        schools::domains(&s.db, school_id)
    );
    let (members, invites, domains) = (members?, invites?, domains?);
    let token = &teacher.csrf;
    let body = html! {
        p { a href="/teacher" { "← " (tr("home-title")) } }
        h1 { (tf("school-title", &[("school", name_of(&school).into())])) }
        @match &message {
            Some(Ok(m)) => p class="panel" role="status" { (m) },
            Some(Err(m)) => p class="error" role="alert" { (m) },
            None => {},
        }
        form class="panel" method="post" action="/teacher/school/name" {
            (csrf(token))
            label for="name" { (tr("setup-school-name")) }
            input type="text" id="name" name="name" value=(school.name) required maxlength="100";
            " " button type="submit" { (tr("save")) }
        }

        h2 { (tr("school-teachers")) }
        p class="note" { (tr("school-roles-note")) }
        table {
            caption { (tr("school-teachers")) }
            thead { tr {
                th scope="col" { (tr("sign-in-email")) } th scope="col" { (tr("school-col-classes")) }
                th scope="col" { (tr("school-col-roles")) } th scope="col" { (tr("school-col-account")) }
            } }
            tbody { @for m in &members { tr {
                td { (m.email) }
                td { (m.classes) }
                td { (roles_form(token, m)) }
                td {
                    form method="post" action=(format!("/teacher/school/staff/{}/reset-link", m.id)) class="inline" {
                        (csrf(token)) button type="submit" class="link" { (tr("school-reset-link")) }
                    }
                    " · " a href=(format!("/teacher/school/staff/{}/delete", m.id)) { (tr("school-delete-account")) }
                }
            } } }
        }

        h2 { (tr("school-invite")) }
        form class="panel" method="post" action="/teacher/school/invites" {
            (csrf(token))
            label for="invite-email" { (tr("sign-in-email")) }
            input type="email" id="invite-email" name="email" required maxlength="254";
            " " button type="submit" { (tr("school-invite-button")) }
            p class="note" { (tr(if s.mailer.is_some() { "school-invite-mailed-note" } else { "school-invite-shown-note" })) }
        }
        @if !invites.is_empty() {
            table {
                caption { (tr("school-invites-waiting")) }
                thead { tr { th scope="col" { (tr("sign-in-email")) } th scope="col" { (tr("school-col-until")) } th scope="col" { (tr("school-withdraw")) } } }
                tbody { @for i in &invites { tr {
                    td { (i.email) }
                    td { (dates::day_and_year(&crate::db::retention::iso_date(i.expires_at))) }
                    td { form method="post" action="/teacher/school/invites/withdraw" class="inline" {
                        (csrf(token)) input type="hidden" name="id" value=(i.id);
                        button type="submit" class="link" { (tr("school-withdraw")) }
                    } }
                } } }
            }
        }

        h2 { (tr("school-sign-up")) }
        form class="panel" method="post" action="/teacher/school/sign-up" {
            (csrf(token))
            p { (tr(if domains.is_empty() { "school-sign-up-closed" } else { "school-sign-up-open" })) }
            label for="domains" { (tr("school-domains")) }
            textarea id="domains" name="domains" rows="3" maxlength="2000" { (domains.join("\n")) }
            p class="note" { (tr("school-domains-note")) }
            p { button type="submit" { (tr("save")) } }
        }
    };
    let title = tf("school-title", &[("school", name_of(&school).into())]);
    Ok((status, Html(page(&title, Some(&teacher.email), body).into_string())).into_response())
}

fn roles_form(token: &str, m: &schools::Member) -> Markup {
    html! {
        form method="post" action=(format!("/teacher/school/staff/{}/roles", m.id)) class="inline" {
            (csrf(token))
            label { input type="checkbox" name="admin" value="1" checked[m.is_admin]; " " (tr("school-role-admin")) }
            " "
            label { input type="checkbox" name="view" value="1" checked[m.school_view]; " " (tr("school-role-view")) }
            " " button type="submit" class="link" { (tr("save")) }
        }
    }
}

#[derive(serde::Deserialize)]
pub struct Name {
    #[serde(default)]
    name: String,
}

pub async fn rename(
    State(s): State<AppState>,
    SignedForm { teacher, form: f }: SignedForm<Name>,
) -> PageResult {
    let school = teacher.admin_of()?;
    let name = f.name.trim();
    if name.is_empty() || name.chars().count() > 100 {
        return page_with(&s, &teacher, Some(Err(tr("setup-name-length"))), StatusCode::UNPROCESSABLE_ENTITY)
            .await;
    }
    schools::rename(&s.db, school, name).await?;
    Ok(Redirect::to("/teacher/school").into_response())
}

#[derive(serde::Deserialize)]
pub struct Domains {
    #[serde(default)]
    domains: String,
}

/// Sign-up opened to the listed domains (one per line, or separated by spaces or commas);
/// an empty list closes it.
pub async fn set_domains(
    State(s): State<AppState>,
    SignedForm { teacher, form: f }: SignedForm<Domains>,
) -> PageResult {
    let school = teacher.admin_of()?;
    let mut list = Vec::new();
    for typed in f.domains.split(|c: char| c.is_whitespace() || c == ',').filter(|d| !d.is_empty()).take(20) {
        match schools::domain_of(typed) {
            Some(d) if !list.contains(&d) => list.push(d),
            Some(_) => {}
            None => {
                let msg =
                    tf("school-domain-bad", &[("domain", typed.chars().take(60).collect::<String>().into())]);
                return page_with(&s, &teacher, Some(Err(msg)), StatusCode::UNPROCESSABLE_ENTITY).await;
            }
        }
    }
    if let Err(taken) = schools::set_domains(&s.db, school, &list).await? {
        let msg = tf("school-domain-taken", &[("domain", taken.into())]);
        return page_with(&s, &teacher, Some(Err(msg)), StatusCode::CONFLICT).await;
    }
    crate::security::event(&format!("a school admin set sign-up open to {} e-mail domains", list.len()));
    let done = tr(if list.is_empty() { "school-sign-up-closed" } else { "school-sign-up-open" });
    page_with(&s, &teacher, Some(Ok(done)), StatusCode::OK).await
}
