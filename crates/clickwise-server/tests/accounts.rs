//! Teacher accounts a school can trust: changing a password signs out every other
//! session, a session left idle ends, and one account can't make endless classes.

mod common;

use axum::http::StatusCode;
use common::*;

async fn sign_in(s: &Server, email: &str, password: &str) -> Reply {
    let form = s.call("GET", "/teacher/sign-in", &[], "").await;
    let token = form.cookie("cw_form").unwrap();
    let body = format!("email={email}&password={password}&csrf={token}");
    s.post_form("/teacher/sign-in", &format!("cw_form={token}"), &body).await
}

fn signed_in(r: &Reply) -> String {
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    format!("cw_session={}", r.cookie("cw_session").unwrap())
}

#[tokio::test]
async fn changing_the_password_signs_out_every_other_session() {
    let s = Server::start_tiny("password").await;
    let here = s.teacher("a@school.example").await;
    let elsewhere = signed_in(&sign_in(&s, "a@school.example", "correct-horse-battery").await);
    let csrf = s.csrf(&here).await;
    let change = |current: &str, new: &str| format!("current={current}&new={new}&csrf={csrf}");
    let wrong =
        s.post_form("/teacher/password", &here, &change("not-my-password", "a-new-long-password")).await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    let short = s.post_form("/teacher/password", &here, &change("correct-horse-battery", "short")).await;
    assert_eq!(short.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(s.get("/teacher", &elsewhere).await.status, StatusCode::OK, "nothing changed yet");
    let done = s
        .post_form("/teacher/password", &here, &change("correct-horse-battery", "a-new-long-password"))
        .await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.body);
    assert_eq!(s.get("/teacher", &here).await.status, StatusCode::OK, "this session carries on");
    let other = s.get("/teacher", &elsewhere).await;
    assert_eq!((other.status, other.location().as_str()), (StatusCode::SEE_OTHER, "/teacher/sign-in"));
    assert_eq!(
        sign_in(&s, "a@school.example", "correct-horse-battery").await.status,
        StatusCode::UNAUTHORIZED
    );
    signed_in(&sign_in(&s, "a@school.example", "a-new-long-password").await);
}

#[tokio::test]
async fn a_session_left_idle_ends_and_one_in_use_carries_on() {
    let s = Server::start_tiny("idle").await;
    let cookie = s.teacher("a@school.example").await;
    let now = clickwise_server::db::now_ms();
    let idle = clickwise_server::db::teachers::IDLE_MS;
    // Used a while ago, still within the idle time: using it moves its deadline on.
    sqlx::query("UPDATE sessions SET idle_until = $1")
        .bind(now + idle - 30 * 60_000)
        .execute(&s.state.db)
        .await
        .unwrap();
    assert_eq!(s.get("/teacher", &cookie).await.status, StatusCode::OK);
    let moved: i64 =
        sqlx::query_scalar("SELECT idle_until FROM sessions").fetch_one(&s.state.db).await.unwrap();
    assert!(moved >= now + idle, "the idle deadline moved on");
    // Left alone past its idle time (its fixed end still hours away): it has ended.
    sqlx::query("UPDATE sessions SET idle_until = $1").bind(now - 1).execute(&s.state.db).await.unwrap();
    let r = s.get("/teacher", &cookie).await;
    assert_eq!((r.status, r.location().as_str()), (StatusCode::SEE_OTHER, "/teacher/sign-in"));
    // And the hourly clean-up deletes it.
    clickwise_server::db::retention::apply(&s.state.db, now).await.unwrap();
    assert_eq!(s.count("SELECT COUNT(*) FROM sessions").await, 0);
}

#[tokio::test]
async fn one_account_has_at_most_fifty_classes() {
    let s = Server::start_tiny("class-cap").await;
    let teacher = s.teacher("a@school.example").await;
    let id: i64 = s.count("SELECT id FROM teachers").await;
    for n in 0..clickwise_server::db::classes::MAX_PER_TEACHER {
        clickwise_server::db::classes::create(
            &s.state.db,
            id,
            &format!("Class {n}"),
            clickwise_core::Phase::Ks1,
        )
        .await
        .unwrap();
    }
    let csrf = s.csrf(&teacher).await;
    let one_more =
        s.post_form("/teacher/classes", &teacher, &format!("name=One+more&phase=Ks1&csrf={csrf}")).await;
    assert_eq!(one_more.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", one_more.body);
    assert_eq!(s.count("SELECT COUNT(*) FROM classes").await, 50);
}
