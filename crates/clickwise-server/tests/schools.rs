//! Accounts a school can trust: a school set up from a one-time link, teachers invited by
//! one-time links, sign-up closed unless the admin opens it to the school's domains,
//! password-reset links, deleting an account with its classes moved or deleted, an
//! upgrade from a database without schools, the read-only school view, and retention
//! that never deletes an admin. Every admin page is "not found" to anyone else.

mod common;

use axum::http::StatusCode;
use clickwise_server::db::{now_ms, retention};
use common::tiny::LEVEL;
use common::*;

const PASSWORD: &str = "correct-horse-battery";

async fn sign_in(s: &Server, email: &str, password: &str) -> Reply {
    let form = s.call("GET", "/teacher/sign-in", &[], "").await;
    let token = form.cookie("cw_form").unwrap();
    let body = format!("email={email}&password={password}&csrf={token}");
    s.post_form("/teacher/sign-in", &format!("cw_form={token}"), &body).await
}

fn is_sign_in(r: &Reply) -> bool {
    r.status == StatusCode::SEE_OTHER && r.location() == "/teacher/sign-in"
}

async fn id_of(s: &Server, email: &str) -> i64 {
    s.count(&format!("SELECT id FROM teachers WHERE email = '{email}'")).await
}

/// A pupil of the class plays the tiny level, choosing the risky answer first.
async fn risky_result(s: &Server, code: &str, attempt: &str) {
    let (_, token) = s.pupil(code).await;
    let sent =
        s.post_json("/api/results", Some(&token), &submission(attempt, LEVEL, play(LEVEL, false))).await;
    assert_eq!(sent.status, StatusCode::OK, "{}", sent.body);
}

#[tokio::test]
async fn the_setup_link_works_once_and_a_restart_before_it_is_used_prints_a_fresh_one() {
    let s = Server::start_tiny("school-setup").await;
    let first =
        clickwise_server::setup_token(&s.state.db, false).await.unwrap().expect("a new server's link");
    let second = clickwise_server::setup_token(&s.state.db, false).await.unwrap().expect("started again");
    assert_eq!(s.get(&format!("/teacher/setup/{first}"), "").await.status, StatusCode::NOT_FOUND);
    let path = format!("/teacher/setup/{second}");
    // The form refuses a short password and a missing name, and the link still works.
    let short = s.post_link(&path, "school=Oak+Primary&email=head@oak.example&password=short").await;
    assert_eq!(short.status, StatusCode::UNPROCESSABLE_ENTITY);
    let nameless = s.post_link(&path, &format!("school=&email=head@oak.example&password={PASSWORD}")).await;
    assert_eq!(nameless.status, StatusCode::UNPROCESSABLE_ENTITY);
    let admin =
        s.follow_link(&path, &format!("school=Oak+Primary&email=head@oak.example&password={PASSWORD}")).await;
    let page = s.get("/teacher/school", &admin).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Oak Primary"), "{}", page.body);
    assert!(s.get("/teacher", &admin).await.body.contains("href=\"/teacher/school\""));
    // Used: it works no more, for a page or a post.
    assert_eq!(s.get(&path, "").await.status, StatusCode::NOT_FOUND);
    let again =
        s.post_form(&path, "", &format!("school=Evil&email=x@evil.example&password={PASSWORD}&csrf=x")).await;
    assert_eq!(again.status, StatusCode::NOT_FOUND);
    assert_eq!(s.count("SELECT COUNT(*) FROM schools").await, 1);
    assert_eq!(s.count("SELECT COUNT(*) FROM teachers WHERE is_admin = 1").await, 1);
    // Once the school exists a start prints nothing; a grid asks for one more school.
    assert_eq!(clickwise_server::setup_token(&s.state.db, false).await.unwrap(), None);
    assert!(clickwise_server::setup_token(&s.state.db, true).await.unwrap().is_some());
}

#[tokio::test]
async fn an_invitation_works_once_expires_and_can_be_withdrawn() {
    let s = Server::start_tiny("school-invite").await;
    let admin = s.teacher("head@school.example").await;
    // The admin's forms need the session's CSRF token, like every other form.
    for (path, form) in [
        ("/teacher/school/invites", "email=forged@school.example"),
        ("/teacher/school/sign-up", "domains=school.example"),
        ("/teacher/school/name", "name=Forged"),
    ] {
        let forged = s.post_form(path, &admin, &format!("{form}&csrf=wrong")).await;
        assert_eq!(forged.status, StatusCode::FORBIDDEN, "{path}");
    }
    assert_eq!(s.count("SELECT COUNT(*) FROM account_links").await, 0);
    assert_eq!(s.count("SELECT COUNT(*) FROM sign_up_domains").await, 0);
    assert_eq!(s.count("SELECT COUNT(*) FROM schools WHERE name = 'Forged'").await, 0);
    let link = s.invite(&admin, "new@school.example").await;
    let teacher = s.follow_link(&link, &format!("password={PASSWORD}")).await;
    assert_eq!(s.get("/teacher", &teacher).await.status, StatusCode::OK);
    assert_eq!(s.get(&link, "").await.status, StatusCode::NOT_FOUND, "used once");
    let school = s.count("SELECT school_id FROM teachers WHERE email = 'head@school.example'").await;
    assert_eq!(s.count("SELECT school_id FROM teachers WHERE email = 'new@school.example'").await, school);
    assert_eq!(s.count("SELECT is_admin FROM teachers WHERE email = 'new@school.example'").await, 0);

    // Past its end it works no more.
    let late = s.invite(&admin, "late@school.example").await;
    sqlx::query("UPDATE account_links SET expires_at = $1 WHERE kind = 'invite'")
        .bind(now_ms() - 1)
        .execute(&s.state.db)
        .await
        .unwrap();
    assert_eq!(s.get(&late, "").await.status, StatusCode::NOT_FOUND);
    assert_eq!(
        retention::apply(&s.state.db, now_ms()).await.unwrap().links,
        1,
        "and the clean-up deletes it"
    );

    // Withdrawn from the admin's page: it works no more.
    let withdrawn = s.invite(&admin, "maybe@school.example").await;
    let page = s.get("/teacher/school", &admin).await.body;
    assert!(page.contains("maybe@school.example"), "listed as waiting");
    let at = page.find("name=\"id\" value=\"").unwrap() + 17;
    let id = &page[at..at + 64];
    let csrf = s.csrf(&admin).await;
    let r = s.post_form("/teacher/school/invites/withdraw", &admin, &format!("id={id}&csrf={csrf}")).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(s.get(&withdrawn, "").await.status, StatusCode::NOT_FOUND);
    assert_eq!(s.count("SELECT COUNT(*) FROM teachers").await, 2);

    // Guessing links is counted like sign-in: wrong tokens run out, from one address.
    let mut refused = 0;
    for n in 0..25 {
        let r = s.get(&format!("/teacher/invite/{:064x}", n), "").await;
        if r.status == StatusCode::TOO_MANY_REQUESTS {
            refused += 1;
        } else {
            assert_eq!(r.status, StatusCode::NOT_FOUND);
        }
    }
    assert!(refused >= 5, "{refused} refused");
}

#[tokio::test]
async fn sign_up_is_closed_unless_the_admin_opens_it_to_a_domain() {
    let s = Server::start_tiny("school-sign-up").await;
    let admin = s.teacher("head@school.example").await;
    let closed = s.get("/teacher/sign-up", "").await;
    assert_eq!(closed.status, StatusCode::OK);
    assert!(closed.body.contains("Sign-up is closed"), "{}", closed.body);
    assert!(!closed.body.contains("name=\"password\""), "no form to fill in");
    // Posting anyway (with the sign-in form's CSRF token) makes nothing.
    assert_eq!(sign_up(&s, "stranger@school.example").await.status, StatusCode::FORBIDDEN);
    assert_eq!(s.count("SELECT COUNT(*) FROM teachers").await, 1);

    // The admin opens it to the school's domain (a bad one is refused).
    let csrf = s.csrf(&admin).await;
    let bad =
        s.post_form("/teacher/school/sign-up", &admin, &format!("domains=not+a+domain&csrf={csrf}")).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    let open = s
        .post_form("/teacher/school/sign-up", &admin, &format!("domains=%40School.Example&csrf={csrf}"))
        .await;
    assert_eq!(open.status, StatusCode::OK, "{}", open.body);
    assert!(s.get("/teacher/sign-up", "").await.body.contains("name=\"password\""));
    let joined = sign_up(&s, "colleague@school.example").await;
    assert_eq!(joined.status, StatusCode::SEE_OTHER, "{}", joined.body);
    let school = s.count("SELECT school_id FROM teachers WHERE email = 'head@school.example'").await;
    assert_eq!(
        s.count("SELECT school_id FROM teachers WHERE email = 'colleague@school.example'").await,
        school
    );
    assert_eq!(s.count("SELECT is_admin FROM teachers WHERE email = 'colleague@school.example'").await, 0);
    // Another domain is still closed.
    assert_eq!(sign_up(&s, "someone@elsewhere.example").await.status, StatusCode::FORBIDDEN);
    // Another school can't open the same domain.
    let other_admin = other_school(&s, "head@other.example").await;
    let csrf = s.csrf(&other_admin).await;
    let taken = s
        .post_form("/teacher/school/sign-up", &other_admin, &format!("domains=school.example&csrf={csrf}"))
        .await;
    assert_eq!(taken.status, StatusCode::CONFLICT);
    // Closing it again closes it.
    let csrf = s.csrf(&admin).await;
    s.post_form("/teacher/school/sign-up", &admin, &format!("domains=&csrf={csrf}")).await;
    assert_eq!(sign_up(&s, "late@school.example").await.status, StatusCode::FORBIDDEN);
    assert_eq!(s.count("SELECT COUNT(*) FROM teachers").await, 3);
}

/// Posts the sign-up form (with the sign-in form's CSRF token, as sign-up may show none).
async fn sign_up(s: &Server, email: &str) -> Reply {
    let form = s.call("GET", "/teacher/sign-in", &[], "").await;
    let token = form.cookie("cw_form").unwrap();
    let body = format!("email={email}&password={PASSWORD}&csrf={token}");
    s.post_form("/teacher/sign-up", &format!("cw_form={token}"), &body).await
}

/// A second school on the server (as `--new-school` makes), with its admin's session.
async fn other_school(s: &Server, email: &str) -> String {
    let token = clickwise_server::setup_token(&s.state.db, true).await.unwrap().unwrap();
    let body = format!("school=Other+School&email={email}&password={PASSWORD}");
    s.follow_link(&format!("/teacher/setup/{token}"), &body).await
}

#[tokio::test]
async fn a_reset_link_sets_the_password_and_ends_every_session() {
    let s = Server::start_tiny("school-reset").await;
    let admin = s.teacher("head@school.example").await;
    let here = s.teacher("b@school.example").await;
    let there = sign_in(&s, "b@school.example", PASSWORD).await;
    let there = format!("cw_session={}", there.cookie("cw_session").unwrap());
    let b = id_of(&s, "b@school.example").await;
    let csrf = s.csrf(&admin).await;
    let made =
        s.post_form(&format!("/teacher/school/staff/{b}/reset-link"), &admin, &format!("csrf={csrf}")).await;
    assert_eq!(made.status, StatusCode::OK, "{}", made.body);
    let link = link_on(&made.body, "/teacher/reset/");
    let short = s.post_link(&link, "password=short").await;
    assert_eq!(short.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(s.get("/teacher", &here).await.status, StatusCode::OK, "nothing changed yet");
    let done = s.post_link(&link, "password=a-brand-new-password").await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.body);
    assert!(is_sign_in(&s.get("/teacher", &here).await), "every session ended");
    assert!(is_sign_in(&s.get("/teacher", &there).await));
    assert_eq!(sign_in(&s, "b@school.example", PASSWORD).await.status, StatusCode::UNAUTHORIZED);
    assert_eq!(sign_in(&s, "b@school.example", "a-brand-new-password").await.status, StatusCode::SEE_OTHER);
    assert_eq!(s.get(&link, "").await.status, StatusCode::NOT_FOUND, "used once");
    assert_eq!(s.get("/teacher", &admin).await.status, StatusCode::OK, "the admin is not signed out");
}

#[tokio::test]
async fn deleting_a_teacher_moves_or_deletes_their_classes_and_keeps_an_admin() {
    let s = Server::start_tiny("school-delete").await;
    let admin = s.teacher("head@school.example").await;
    let b = s.teacher("b@school.example").await;
    let c = s.teacher("c@school.example").await;
    let (b_class, b_code) = s.class(&b, "Oak", 2, &[LEVEL]).await;
    risky_result(&s, &b_code, "attempt-b-1").await;
    let (_, c_code) = s.class(&c, "Ash", 2, &[LEVEL]).await;
    risky_result(&s, &c_code, "attempt-c-1").await;
    let (head, b_id, c_id) = (
        id_of(&s, "head@school.example").await,
        id_of(&s, "b@school.example").await,
        id_of(&s, "c@school.example").await,
    );
    let csrf = s.csrf(&admin).await;

    // A plain teacher can't reach any of it.
    for path in ["/teacher/school", &format!("/teacher/school/staff/{c_id}/delete")] {
        assert_eq!(s.get(path, &b).await.status, StatusCode::NOT_FOUND, "{path}");
    }
    let b_csrf = s.csrf(&b).await;
    let r = s
        .post_form(
            &format!("/teacher/school/staff/{c_id}/delete"),
            &b,
            &format!("classes=delete&csrf={b_csrf}"),
        )
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);

    // b's class moves to the admin with its pupils and results.
    let page = s.get(&format!("/teacher/school/staff/{b_id}/delete"), &admin).await;
    assert!(page.body.contains("c@school.example"), "{}", page.body);
    let moved = s
        .post_form(
            &format!("/teacher/school/staff/{b_id}/delete"),
            &admin,
            &format!("classes=move&to={head}&csrf={csrf}"),
        )
        .await;
    assert_eq!(moved.status, StatusCode::OK, "{}", moved.body);
    assert!(is_sign_in(&s.get("/teacher", &b).await), "the account and its sessions are gone");
    assert_eq!(s.count(&format!("SELECT teacher_id FROM classes WHERE id = {b_class}")).await, head);
    assert_eq!(s.count(&format!("SELECT COUNT(*) FROM results WHERE class_id = {b_class}")).await, 1);
    assert_eq!(s.get(&format!("/teacher/classes/{b_class}"), &admin).await.status, StatusCode::OK);

    // c's class goes with the account, with its pupils and results.
    let deleted = s
        .post_form(
            &format!("/teacher/school/staff/{c_id}/delete"),
            &admin,
            &format!("classes=delete&csrf={csrf}"),
        )
        .await;
    assert_eq!(deleted.status, StatusCode::OK, "{}", deleted.body);
    assert_eq!(s.count("SELECT COUNT(*) FROM classes").await, 1);
    assert_eq!(s.count("SELECT COUNT(*) FROM pupils").await, 2);
    assert_eq!(s.count("SELECT COUNT(*) FROM results").await, 1);
    assert_eq!(s.count("SELECT COUNT(*) FROM teachers").await, 1);
    let gone = s.post_json("/api/join", None, &format!(r#"{{"code":"{c_code}"}}"#)).await;
    assert_eq!(gone.status, StatusCode::NOT_FOUND);

    // The last admin can't be deleted, nor lose the role.
    let last = s
        .post_form(
            &format!("/teacher/school/staff/{head}/delete"),
            &admin,
            &format!("classes=delete&csrf={csrf}"),
        )
        .await;
    assert_eq!(last.status, StatusCode::CONFLICT);
    let demote = s
        .post_form(&format!("/teacher/school/staff/{head}/roles"), &admin, &format!("view=1&csrf={csrf}"))
        .await;
    assert_eq!(demote.status, StatusCode::CONFLICT);
    assert_eq!(s.count("SELECT COUNT(*) FROM teachers WHERE is_admin = 1").await, 1);
    assert_eq!(s.count("SELECT COUNT(*) FROM classes").await, 1);

    // Another school's admin can't touch this school's accounts.
    let other = other_school(&s, "head@other.example").await;
    let other_csrf = s.csrf(&other).await;
    for path in
        [format!("/teacher/school/staff/{head}/delete"), format!("/teacher/school/staff/{head}/reset-link")]
    {
        let r = s.post_form(&path, &other, &format!("classes=delete&csrf={other_csrf}")).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{path}");
    }
    assert_eq!(
        s.get(&format!("/teacher/school/staff/{head}/delete"), &other).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(s.count("SELECT COUNT(*) FROM account_links WHERE kind = 'reset'").await, 0);
}

#[tokio::test]
async fn the_school_view_shows_every_class_and_changes_nothing() {
    let s = Server::start_tiny("school-view").await;
    let admin = s.teacher("head@school.example").await;
    let lead = s.teacher("lead@school.example").await;
    let plain = s.teacher("plain@school.example").await;
    let (oak, oak_code) = s.class(&plain, "Oak", 2, &[LEVEL]).await;
    risky_result(&s, &oak_code, "attempt-oak-1").await;
    s.class(&admin, "Ash", 1, &[]).await;

    // Only with the role.
    assert_eq!(s.get("/teacher/school-view", &lead).await.status, StatusCode::NOT_FOUND);
    let lead_id = id_of(&s, "lead@school.example").await;
    let csrf = s.csrf(&admin).await;
    let r = s
        .post_form(&format!("/teacher/school/staff/{lead_id}/roles"), &admin, &format!("view=1&csrf={csrf}"))
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let view = s.get("/teacher/school-view", &lead).await;
    assert_eq!(view.status, StatusCode::OK, "{}", view.body);
    for shown in ["Oak", "Ash", "plain@school.example", "Click the free prize"] {
        assert!(view.body.contains(shown), "{shown}: {}", view.body);
    }
    assert!(s.get("/teacher", &lead).await.body.contains("href=\"/teacher/school-view\""));
    // Read-only and pseudonymous: no class code, no cards, no form but the header's.
    assert!(!view.body.contains(&oak_code));
    assert!(!view.body.contains("/teacher/classes/"), "no way into a class");
    assert_eq!(view.body.matches("<form").count(), 2, "the language switch and sign-out only");
    let nickname: String = sqlx::query_scalar("SELECT nickname FROM pupils WHERE class_id = $1")
        .bind(oak)
        .fetch_one(&s.state.db)
        .await
        .unwrap();
    assert!(!view.body.contains(&nickname), "no pupil named");
    // The role edits nothing: another teacher's class, and the admin's pages, are "not found".
    let lead_csrf = s.csrf(&lead).await;
    for path in [
        format!("/teacher/classes/{oak}/new-code"),
        format!("/teacher/classes/{oak}/delete"),
        format!("/teacher/classes/{oak}/cards/new-pins"),
        "/teacher/school/invites".to_owned(),
        format!("/teacher/school/staff/{lead_id}/roles"),
    ] {
        let r = s
            .post_form(&path, &lead, &format!("email=x@school.example&admin=1&view=1&csrf={lead_csrf}"))
            .await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{path}: {}", r.body);
    }
    for path in
        [format!("/teacher/classes/{oak}"), format!("/teacher/classes/{oak}/cards"), "/teacher/school".into()]
    {
        assert_eq!(s.get(&path, &lead).await.status, StatusCode::NOT_FOUND, "{path}");
    }
    assert_eq!(s.count("SELECT is_admin FROM teachers WHERE email = 'lead@school.example'").await, 0);
    assert_eq!(s.count(&format!("SELECT COUNT(*) FROM classes WHERE code = '{oak_code}'")).await, 1);
    // A plain teacher gets no school view.
    assert_eq!(s.get("/teacher/school-view", &plain).await.status, StatusCode::NOT_FOUND);

    // Another school's viewer sees its own school only.
    let other = other_school(&s, "head@other.example").await;
    let other_id = id_of(&s, "head@other.example").await;
    let csrf = s.csrf(&other).await;
    s.post_form(
        &format!("/teacher/school/staff/{other_id}/roles"),
        &other,
        &format!("admin=1&view=1&csrf={csrf}"),
    )
    .await;
    let theirs = s.get("/teacher/school-view", &other).await;
    assert_eq!(theirs.status, StatusCode::OK);
    assert!(!theirs.body.contains("Oak") && !theirs.body.contains("plain@school.example"), "{}", theirs.body);
}

#[tokio::test]
async fn retention_never_deletes_an_admin() {
    let s = Server::start_tiny("school-retention").await;
    s.teacher("head@school.example").await;
    s.teacher("gone@school.example").await;
    let three_years_ago = now_ms() - 3 * 365 * retention::DAY_MS;
    sqlx::query("UPDATE teachers SET created_at = $1, last_seen_at = $2")
        .bind(three_years_ago)
        .bind(three_years_ago)
        .execute(&s.state.db)
        .await
        .unwrap();
    sqlx::query("DELETE FROM sessions").execute(&s.state.db).await.unwrap();
    let done = retention::apply(&s.state.db, now_ms()).await.unwrap();
    assert_eq!(done.teachers, 1);
    let left: Vec<String> =
        sqlx::query_scalar("SELECT email FROM teachers").fetch_all(&s.state.db).await.unwrap();
    assert_eq!(left, ["head@school.example"], "the stale plain account goes, the admin stays");
}

#[tokio::test]
async fn an_upgraded_database_puts_its_teachers_into_one_school_and_loses_nothing() {
    let dir = std::env::temp_dir().join(format!("clickwise-class-school-upgrade-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("data")).unwrap();
    let file = dir.join("data/clickwise.sqlite3");
    // The database as the version before schools left it (migrations up to 0010).
    {
        let options = sqlx::sqlite::SqliteConnectOptions::new().filename(&file).create_if_missing(true);
        let db = sqlx::SqlitePool::connect_with(options).await.unwrap();
        let mut old = sqlx::migrate!("./migrations/sqlite");
        old.migrations =
            old.migrations.iter().filter(|m| m.version <= 10).cloned().collect::<Vec<_>>().into();
        old.run(&db).await.unwrap();
        let hash = clickwise_server::auth::password::hash(PASSWORD).unwrap();
        for (id, email) in [(1, "first@school.example"), (2, "second@school.example")] {
            sqlx::query(
                "INSERT INTO teachers (id, email, password_hash, created_at) VALUES ($1, $2, $3, $4)",
            )
            .bind(id)
            .bind(email)
            .bind(&hash)
            .bind(now_ms())
            .execute(&db)
            .await
            .unwrap();
        }
        sqlx::query(
            "INSERT INTO classes (id, teacher_id, name, phase, code, created_at, delete_after) \
             VALUES (7, 2, 'Willow', 'Ks1', '12345678', $1, $2)",
        )
        .bind(now_ms())
        .bind(now_ms() + 100 * retention::DAY_MS)
        .execute(&db)
        .await
        .unwrap();
        db.close().await;
    }
    std::fs::create_dir_all(dir.join("dist")).unwrap();
    std::fs::write(dir.join("dist/index.html"), "<!doctype html>").unwrap();
    let config = clickwise_server::Config {
        dist: dir.join("dist"),
        data_dir: dir.join("data"),
        levels: Some(common::tiny::write(&dir)),
        ..clickwise_server::Config::default()
    };
    let s = Server {
        dir: dir.clone(),
        state: clickwise_server::open(&config).await.expect("the upgrade opens"),
        config,
        pins: Default::default(),
        admin: Default::default(),
        postgres: None,
    };
    assert_eq!(s.count("SELECT COUNT(*) FROM schools").await, 1);
    assert_eq!(s.count("SELECT COUNT(*) FROM teachers WHERE school_id IS NULL").await, 0);
    assert_eq!(s.count("SELECT is_admin FROM teachers WHERE id = 1").await, 1, "the first account runs it");
    assert_eq!(s.count("SELECT is_admin FROM teachers WHERE id = 2").await, 0);
    assert_eq!(clickwise_server::setup_token(&s.state.db, false).await.unwrap(), None, "no setup link");
    // Both still sign in; the class is still its teacher's; the first runs the school.
    let first = sign_in(&s, "first@school.example", PASSWORD).await;
    let first = format!("cw_session={}", first.cookie("cw_session").expect("signed in"));
    let second = sign_in(&s, "second@school.example", PASSWORD).await;
    let second = format!("cw_session={}", second.cookie("cw_session").expect("signed in"));
    assert_eq!(s.get("/teacher/classes/7", &second).await.status, StatusCode::OK);
    assert_eq!(s.get("/teacher/school", &first).await.status, StatusCode::OK);
    assert_eq!(s.get("/teacher/school", &second).await.status, StatusCode::NOT_FOUND);
    // Starting again changes nothing more.
    drop(s);
    let again = clickwise_server::open(&clickwise_server::Config {
        dist: dir.join("dist"),
        data_dir: dir.join("data"),
        levels: Some(dir.join("levels")),
        ..clickwise_server::Config::default()
    })
    .await
    .unwrap();
    let schools: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM schools").fetch_one(&again.db).await.unwrap();
    assert_eq!(schools, 1);
}

#[tokio::test]
async fn with_open_sign_up_the_first_account_starts_the_school_and_the_rest_join_it() {
    let mut s = Server::start_tiny("school-open-sign-up").await;
    s.state.open_sign_up = true;
    assert!(s.get("/teacher/sign-up", "").await.body.contains("name=\"password\""));
    assert_eq!(sign_up(&s, "me@home.example").await.status, StatusCode::SEE_OTHER);
    assert_eq!(sign_up(&s, "partner@elsewhere.example").await.status, StatusCode::SEE_OTHER);
    assert_eq!(s.count("SELECT COUNT(*) FROM schools").await, 1);
    assert_eq!(s.count("SELECT COUNT(DISTINCT school_id) FROM teachers").await, 1);
    assert_eq!(s.count("SELECT is_admin FROM teachers WHERE email = 'me@home.example'").await, 1);
    assert_eq!(s.count("SELECT is_admin FROM teachers WHERE email = 'partner@elsewhere.example'").await, 0);
}

#[tokio::test]
async fn with_a_sendmail_program_links_are_mailed_not_shown() {
    let mut s = Server::start_tiny("school-mail").await;
    let admin = s.teacher("head@school.example").await;
    // A stand-in for /usr/sbin/sendmail: keeps its arguments and the message it reads.
    let script = s.dir.join("sendmail");
    let out = s.dir.join("sent");
    std::fs::write(
        &script,
        format!("#!/bin/sh\nprintf '%s\\n' \"$@\" > '{0}.args'\ncat > '{0}.message'\n", out.display()),
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    s.state.mailer = Some(std::sync::Arc::new(clickwise_server::mail::Mailer {
        program: script,
        from: Some("clickwise@school.example".into()),
    }));
    let csrf = s.csrf(&admin).await;
    let made = s
        .post_form("/teacher/school/invites", &admin, &format!("email=new@school.example&csrf={csrf}"))
        .await;
    assert_eq!(made.status, StatusCode::OK, "{}", made.body);
    assert!(made.body.contains("sent by e-mail to new@school.example"), "{}", made.body);
    assert!(!made.body.contains("/teacher/invite/"), "the admin isn't shown a link that was sent");
    let args = std::fs::read_to_string(out.with_extension("args")).unwrap();
    assert_eq!(args, "-i\n-f\nclickwise@school.example\n--\nnew@school.example\n");
    let message = std::fs::read_to_string(out.with_extension("message")).unwrap();
    assert!(message.contains("To: new@school.example\r\n") && message.contains("Subject: "), "{message}");
    let link = link_on(&message, "/teacher/invite/");
    let teacher = s.follow_link(&link, &format!("password={PASSWORD}")).await;
    assert_eq!(s.get("/teacher", &teacher).await.status, StatusCode::OK);
    // A program that fails: the admin is told, and shown the link instead.
    s.state.mailer = Some(std::sync::Arc::new(clickwise_server::mail::Mailer {
        program: "/bin/false".into(),
        from: None,
    }));
    let shown = s
        .post_form("/teacher/school/invites", &admin, &format!("email=other@school.example&csrf={csrf}"))
        .await;
    assert!(shown.body.contains("couldn't be sent"), "{}", shown.body);
    link_on(&shown.body, "/teacher/invite/");
}

#[tokio::test]
async fn the_admin_pages_and_links_are_in_welsh_too() {
    let s = Server::start_tiny("school-welsh").await;
    let admin = s.teacher("pennaeth@ysgol.example").await;
    let csrf = s.csrf(&admin).await;
    s.post_form("/teacher/language", &admin, &format!("lang=cy&back=/teacher&csrf={csrf}")).await;
    let page = s.get("/teacher/school", &admin).await;
    assert!(
        page.body.contains("Gwahodd athro") && page.body.contains("Mae cofrestru ar gau"),
        "{}",
        page.body
    );
    let link = s.invite(&admin, "athro@ysgol.example").await;
    let form = s.get(&format!("{link}?lang=cy"), "").await;
    assert!(form.body.contains("Ymunwch â'ch ysgol"), "{}", form.body);
    let closed = s.get("/teacher/sign-up?lang=cy", "").await;
    assert!(closed.body.contains("Mae cofrestru ar gau"), "{}", closed.body);
}
