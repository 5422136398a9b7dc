//! The teacher's classes: the list, making one, its dashboard, retention and deletion.

use crate::auth::{SignedForm, SignedIn};
use crate::db::{badges, classes, now_ms, pupils, results, retention};
use crate::errors::{self, PageError, PageResult};
use crate::report::{self, ClassData};
use crate::state::AppState;
use crate::views::dashboard::{JoinDetails, class_page};
use crate::views::layout::{csrf, page};
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use clickwise_core::Phase;
use maud::html;

pub async fn home(State(s): State<AppState>, teacher: SignedIn) -> PageResult {
    let list = classes::list(&s.db, teacher.id).await?;
    let body = html! {
        h1 { "Your classes" }
        p { a href="/teacher/notes" { "Teacher notes for every level" } " (objectives, questions to discuss, what to watch for, safeguarding)" }
        @if list.is_empty() { p { "You have no classes yet. Make one below: it gets a class code for pupils to join with." } }
        @else {
            table {
                caption { "Classes" }
                thead { tr { th scope="col" { "Class" } th scope="col" { "Age group" } th scope="col" { "Class code" } } }
                tbody { @for c in &list { tr {
                    td { a href=(format!("/teacher/classes/{}", c.id)) { (c.name) } }
                    td { (c.phase.label()) }
                    td { (c.code) }
                } } }
            }
        }
        h2 { "Make a class" }
        form class="panel" method="post" action="/teacher/classes" {
            (csrf(&teacher.csrf))
            label for="name" { "Class name (for you; pupils see it too)" }
            input type="text" id="name" name="name" required maxlength="60" placeholder="Year 3 Oak";
            label for="phase" { "Age group" }
            select id="phase" name="phase" {
                @for p in Phase::ALL { option value=(p.id()) { (p.label()) } }
            }
            p { button type="submit" { "Make the class" } }
        }
    };
    Ok(Html(page("Your classes", Some(&teacher.email), body).into_string()).into_response())
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
        return errors::html(StatusCode::UNPROCESSABLE_ENTITY, "A class name needs 1 to 60 characters.");
    }
    let Some(phase) = Phase::from_id(&f.phase) else {
        return errors::html(StatusCode::UNPROCESSABLE_ENTITY, "Please pick an age group from the list.");
    };
    let days = retention::days_to_end_of_school_year(now_ms());
    match classes::create(&s.db, teacher.id, name, phase, days).await {
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
    Ok(Html(class_page(&teacher.email, &teacher.csrf, &data, &report, &join).into_string()).into_response())
}

#[derive(serde::Deserialize)]
pub struct Retention {
    #[serde(default)]
    days: String,
}

pub async fn set_retention(
    State(s): State<AppState>,
    Path(id): Path<i64>,
    SignedForm { teacher, form: f }: SignedForm<Retention>,
) -> PageResult {
    let Some(days) = f.days.trim().parse::<i64>().ok().filter(|d| (1..=3650).contains(d)) else {
        return Ok(errors::html(
            StatusCode::UNPROCESSABLE_ENTITY,
            "Please give a number of days from 1 to 3650.",
        ));
    };
    load(&s, &teacher, id).await?;
    classes::set_retention(&s.db, teacher.id, id, days).await?;
    // Apply it now, so the teacher sees the effect straight away.
    retention::apply(&s.db, now_ms()).await?;
    Ok(Redirect::to(&format!("/teacher/classes/{id}")).into_response())
}

pub async fn delete_form(State(s): State<AppState>, teacher: SignedIn, Path(id): Path<i64>) -> PageResult {
    let data = load(&s, &teacher, id).await?;
    let body = html! {
        h1 { "Delete " (data.class.name) "?" }
        div class="panel" {
            p { "This deletes the class, its " (data.pupils.len()) " login cards and all " (data.results.len()) " results, for good. It can't be undone." }
            form method="post" action=(format!("/teacher/classes/{id}/delete")) {
                (csrf(&teacher.csrf))
                p { button type="submit" class="danger" { "Delete the class and its data" } " "
                    a class="button secondary" href=(format!("/teacher/classes/{id}")) { "Keep it" } }
            }
        }
    };
    Ok(Html(page("Delete class", Some(&teacher.email), body).into_string()).into_response())
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
