//! The teacher's classes: the list, making one, its dashboard, retention and deletion.

use crate::auth::{SignedForm, SignedIn};
use crate::db::{badges, classes, now_ms, pupils, results, retention};
use crate::errors::{self, PageError, PageResult};
use crate::i18n::{self, tf, tr};
use crate::report::{self, ClassData};
use crate::state::AppState;
use crate::views::dashboard::{JoinDetails, class_page};
use crate::views::layout::{csrf, page};
use crate::views::retention::form_page;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use clickwise_core::Phase;
use maud::html;

pub async fn home(State(s): State<AppState>, teacher: SignedIn) -> PageResult {
    let list = classes::list(&s.db, teacher.id).await?;
    let body = html! {
            h1 { (tr("home-title")) }
            p { a href="/teacher/notes" { (tr("home-notes-link")) } " " (tr("home-notes-what")) }
            @if teacher.is_admin || teacher.school_view {
                p {
                    @if teacher.is_admin { a href="/teacher/school" { (tr("home-run-school")) } }
                    @if teacher.is_admin && teacher.school_view { " · " }
                    @if teacher.school_view { a href="/teacher/school-view" { (tr("home-school-view")) } }
                }
            }
            @if list.is_empty() { p { (tr("home-no-classes")) } }
            @else {
                table {
                    caption { (tr("home-classes")) }
                    thead { tr { th scope="col" { (tr("col-class")) } th scope="col" { (tr("col-age-group")) } th scope="col" { (tr("col-class-code")) } } }
                    tbody { @for c in &list { tr {
                        td { a href=(format!("/teacher/classes/{}", c.id)) { (c.name) } }
                        td { (i18n::phase(c.phase)) }
                        td { (c.code) }
                    } } }
                }
            }
            h2 { (tr("make-class")) }
            form class="panel" method="post" action="/teacher/classes" {
                (csrf(&teacher.csrf))
                label for="name" { (tr("class-name-label")) }
                input type="text" id="name" name="name" required maxlength="60" placeholder=(tr("class-name-example"));
                label for="phase" { (tr("col-age-group")) }
                select id="phase" name="phase" {
                    @for p in Phase::ALL { option value=(p.id()) { (i18n::phase(p)) } }
                }
                p class="note" { (tf("make-class-kept", &[("date", crate::views::dates::day_and_year(&retention::last_day_kept(retention::default_delete_after(now_ms())))
    .into())])) }
                p { button type="submit" { (tr("make-class-button")) } }
            }
        };
    Ok(Html(page(&tr("home-title"), Some(&teacher.email), body).into_string()).into_response())
}

#[derive(serde::Deserialize)]
pub struct NewClass {
    #[serde(default)]
    name: String,
    #[serde(default)]
    phase: String,
}

pub async fn create(
    State(s): State<AppState>,
    SignedForm { teacher, form: f }: SignedForm<NewClass>,
) -> Response {
    let name = f.name.trim();
    if name.is_empty() || name.chars().count() > 60 {
        return errors::html(StatusCode::UNPROCESSABLE_ENTITY, &tr("class-name-length"));
    }
    let Some(phase) = Phase::from_id(&f.phase) else {
        return errors::html(StatusCode::UNPROCESSABLE_ENTITY, &tr("class-phase-pick"));
    };
    // A cap well above any teacher's timetable: one account can't fill the server.
    match classes::count_for(&s.db, teacher.id).await {
        Ok(n) if n >= classes::MAX_PER_TEACHER => {
            let msg = tf("class-limit", &[("count", n.into())]);
            return errors::html(StatusCode::UNPROCESSABLE_ENTITY, &msg);
        }
        Ok(_) => {}
        Err(e) => return errors::db_html(e),
    }
    match classes::create(&s.db, teacher.id, name, phase).await {
        Ok(c) => Redirect::to(&format!("/teacher/classes/{}", c.id)).into_response(),
        Err(e) => errors::db_html(e),
    }
}

/// Everything the class's pages need, only if the class is this teacher's.
pub async fn load(s: &AppState, teacher: &SignedIn, id: i64) -> Result<ClassData, PageError> {
    let class = classes::get(&s.db, teacher.id, id).await?.ok_or_else(errors::not_found)?;
    let (p, a, r, b) = tokio::join!(
        pupils::list(&s.db, id),
        classes::assignments(&s.db, id),
        results::for_class(&s.db, id),
        badges::for_class(&s.db, id)
    );
    Ok(ClassData { class, pupils: p?, assigned: a?, results: r?, badges: b? })
}

/// `https://host` as the teacher's browser reached the server.
pub fn origin(headers: &HeaderMap, secure: bool) -> String {
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .filter(|h| h.bytes().all(|b| b.is_ascii_alphanumeric() || b".-:[]".contains(&b)))
        .unwrap_or("localhost");
    let tls = secure
        || headers
            .get("x-forwarded-proto")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.eq_ignore_ascii_case("https"));
    format!("{}://{host}", if tls { "https" } else { "http" })
}

pub fn qr_svg(text: &str) -> String {
    match qrcode::QrCode::new(text.as_bytes()) {
        Ok(code) => {
            let svg = code.render::<qrcode::render::svg::Color>().min_dimensions(160, 160).build();
            // Inline in the page: drop the XML declaration.
            svg.split_once("?>").map_or(svg.clone(), |(_, rest)| rest.to_owned())
        }
        Err(_) => String::new(),
    }
}

pub async fn dashboard(
    State(s): State<AppState>,
    teacher: SignedIn,
    headers: HeaderMap,
    Path(id): Path<i64>,
) -> PageResult {
    let data = load(&s, &teacher, id).await?;
    let origin = origin(&headers, s.secure_cookies);
    let link = format!("{origin}/?class={}", data.class.code);
    let practice_link = (!data.assigned.is_empty()).then(|| {
        let ids: Vec<&str> = data.assigned.iter().map(|a| a.level_id.as_str()).collect();
        format!("{origin}/?practice={}", clickwise_core::classroom::practice_value(&ids))
    });
    let report = report::build(&s.levels, &data);
    let join = JoinDetails { link: &link, qr_svg: &qr_svg(&link), practice_link };
    Ok(Html(class_page(&teacher.email, &teacher.csrf, &s.levels, &data, &report, &join).into_string())
        .into_response())
}

/// The page to choose how long the class is kept.
pub async fn retention_form(State(s): State<AppState>, teacher: SignedIn, Path(id): Path<i64>) -> PageResult {
    let class = classes::get(&s.db, teacher.id, id).await?.ok_or_else(errors::not_found)?;
    let choices = retention::choices(now_ms());
    Ok(Html(form_page(&teacher.email, &teacher.csrf, &class, &choices).into_string()).into_response())
}

/// How long to keep the class: `until` is `this` (the end of this school year), `next`
/// (the end of the next) or `date`, with the last day to keep in `date` (`YYYY-MM-DD`).
#[derive(serde::Deserialize)]
pub struct Retention {
    #[serde(default)]
    until: String,
    #[serde(default)]
    date: String,
}

/// `db::retention::chosen`'s refusal in the page's language (as it is, if it is new).
fn retention_refusal(why: &str) -> String {
    let key = match why {
        w if w.starts_with("Please give the date") => "retention-bad-date",
        w if w.starts_with("That date has passed") => "retention-past",
        w if w.starts_with("Please choose a date no more than") => "retention-too-far",
        w if w.starts_with("Please choose how long") => "retention-choose",
        _ => return why.to_owned(),
    };
    tf(key, &[("years", retention::YEARS_AHEAD.into())])
}

pub async fn set_retention(
    State(s): State<AppState>,
    Path(id): Path<i64>,
    SignedForm { teacher, form: f }: SignedForm<Retention>,
) -> PageResult {
    classes::get(&s.db, teacher.id, id).await?.ok_or_else(errors::not_found)?;
    let delete_after = match retention::chosen(&f.until, &f.date, now_ms()) {
        Ok(t) => t,
        Err(why) => return Ok(errors::html(StatusCode::UNPROCESSABLE_ENTITY, &retention_refusal(&why))),
    };
    // Never before the end of today, so choosing a date deletes nothing at once.
    classes::set_delete_after(&s.db, teacher.id, id, delete_after).await?;
    Ok(Redirect::to(&format!("/teacher/classes/{id}#keeping")).into_response())
}

pub async fn delete_form(State(s): State<AppState>, teacher: SignedIn, Path(id): Path<i64>) -> PageResult {
    let data = load(&s, &teacher, id).await?;
    let body = html! {
        h1 { (tf("delete-title", &[("class", (&data.class.name).into())])) }
        div class="panel" {
            p { (tf("delete-what", &[("cards", data.pupils.len().into()), ("results", data.results.len().into())])) }
            form method="post" action=(format!("/teacher/classes/{id}/delete")) {
                (csrf(&teacher.csrf))
                p { button type="submit" class="danger" { (tr("delete-button")) } " "
                    a class="button secondary" href=(format!("/teacher/classes/{id}")) { (tr("delete-keep")) } }
            }
        }
    };
    Ok(Html(page(&tr("delete-page"), Some(&teacher.email), body).into_string()).into_response())
}

/// A form with nothing but its CSRF token.
#[derive(serde::Deserialize)]
pub struct Nothing {}

pub async fn delete(
    State(s): State<AppState>,
    Path(id): Path<i64>,
    SignedForm { teacher, .. }: SignedForm<Nothing>,
) -> Response {
    let deleted = classes::delete(&s.db, teacher.id, id).await;
    s.forget_pupil_tokens();
    match deleted {
        Ok(true) => Redirect::to("/teacher").into_response(),
        Ok(false) => errors::not_found(),
        Err(e) => errors::db_html(e),
    }
}
