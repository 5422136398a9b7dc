//! Retention that means what it says, against the real router and a real SQLite file: each
//! class is kept to the end of the school year it is for (or the date its teacher chose),
//! then everything of it goes; old pupil tokens, expired sessions and stale accounts go too;
//! and the migration keeps what older classes were promised.

mod common;

use axum::http::StatusCode;
use clickwise_core::Phase;
use clickwise_server::db::retention::{self, DAY_MS, apply, days_from_civil, iso_date};
use clickwise_server::db::{classes, now_ms, teachers};
use common::tiny::LEVEL;
use common::*;

/// Noon UTC on a day, and midnight UTC at its start, in ms.
fn noon(y: i64, m: u32, d: u32) -> i64 {
    midnight(y, m, d) + DAY_MS / 2
}

fn midnight(y: i64, m: u32, d: u32) -> i64 {
    days_from_civil(y, m, d) * DAY_MS
}

/// How the session in a `cw_session=…` cookie is stored.
fn hash_of(cookie: &str) -> String {
    clickwise_server::auth::token::hash_token(cookie.split_once('=').unwrap().1)
}

async fn count(s: &Server, sql: String) -> i64 {
    s.count(&sql).await
}

/// Counts of the class's rows in each table that holds something of it.
async fn rows_of(s: &Server, class: i64) -> [i64; 6] {
    let mut counts = [0; 6];
    for (n, table) in
        ["classes", "pupils", "pupil_tokens", "assignments", "results", "pupil_badges"].iter().enumerate()
    {
        let column = if *table == "classes" { "id" } else { "class_id" };
        counts[n] = s.count(&format!("SELECT COUNT(*) FROM {table} WHERE {column} = {class}")).await;
    }
    counts
}

/// A class of the signed-in teacher's (`cookie`) made at `made` (ms), with two cards, the
/// tiny level assigned and a result from its first pupil; its id and the pupil's token.
async fn class_made_at(s: &Server, cookie: &str, name: &str, made: i64) -> (i64, String) {
    let page = s.get("/teacher", cookie).await;
    let csrf = page.csrf();
    let teacher_id: i64 =
        s.count(&format!("SELECT teacher_id FROM sessions WHERE token_hash = '{}'", hash_of(cookie))).await;
    let class = classes::create_at(&s.state.db, teacher_id, name, Phase::Ks1, made).await.unwrap();
    let cards = s
        .post_form(&format!("/teacher/classes/{}/cards", class.id), cookie, &format!("count=2&csrf={csrf}"))
        .await;
    assert_eq!(cards.status, StatusCode::OK, "{}", cards.body);
    s.keep_printed_pins(class.id, &cards.body).await;
    let due = [classes::Assignment { level_id: LEVEL.into(), due: None }];
    classes::set_assignments(&s.state.db, class.id, &due).await.unwrap();
    let (_, token) = s.pupil(&class.code).await;
    let result = with_badges(
        &format!("attempt-{name}"),
        LEVEL,
        play(LEVEL, true),
        1_750_000_000_000,
        vec!["Ks1/pi".into()],
    );
    assert_eq!(s.post_json("/api/results", Some(&token), &result).await.status, StatusCode::OK);
    (class.id, token)
}

#[tokio::test]
async fn a_class_made_on_20_july_keeps_its_results_to_the_next_31_july_not_11_days() {
    let s = Server::start_tiny("retention-july").await;
    let cookie = s.teacher("a@school.example").await;
    let (oak, _) = class_made_at(&s, &cookie, "Oak", noon(2026, 7, 20)).await;
    let kept = rows_of(&s, oak).await;
    assert_eq!(kept, [1, 2, 1, 1, 1, 1]);
    // The class page says so beforehand, as a plain date.
    let page = s.get(&format!("/teacher/classes/{oak}"), &cookie).await;
    assert!(
        page.body.contains("will be deleted at the end of <strong>31 July 2027</strong>"),
        "{}",
        page.body
    );

    // Eleven days on (the old rule's 31 July) and on to the end of the next 31 July: all kept.
    for at in [noon(2026, 7, 31), noon(2026, 8, 1), noon(2027, 7, 31), midnight(2027, 8, 1) - 1] {
        apply(&s.state.db, at).await.unwrap();
        assert_eq!(rows_of(&s, oak).await, kept, "at {}", iso_date(at));
    }

    let done = apply(&s.state.db, midnight(2027, 8, 1)).await.unwrap();
    assert_eq!((done.classes, done.results), (1, 1));
    assert_eq!(rows_of(&s, oak).await, [0; 6]);
}

#[tokio::test]
async fn a_class_made_in_september_keeps_its_results_to_the_next_31_july_not_two_years() {
    let s = Server::start_tiny("retention-september").await;
    let cookie = s.teacher("a@school.example").await;
    let (ash, _) = class_made_at(&s, &cookie, "Ash", noon(2026, 9, 1)).await;
    let kept = rows_of(&s, ash).await;
    apply(&s.state.db, noon(2027, 7, 31)).await.unwrap();
    assert_eq!(rows_of(&s, ash).await, kept);
    // The old rule kept it to mid-2028; now it goes once 31 July 2027 is over.
    apply(&s.state.db, midnight(2027, 8, 1) + 60_000).await.unwrap();
    assert_eq!(rows_of(&s, ash).await, [0; 6]);
}

#[tokio::test]
async fn after_its_date_everything_of_a_class_is_gone_and_other_classes_are_untouched() {
    let s = Server::start_tiny("retention-expired").await;
    let cookie = s.teacher("a@school.example").await;
    let now = now_ms();
    let (oak, oak_token) = class_made_at(&s, &cookie, "Oak", now).await;
    let (ash, ash_token) = class_made_at(&s, &cookie, "Ash", now).await;
    let ash_rows = rows_of(&s, ash).await;
    assert_eq!(rows_of(&s, oak).await, ash_rows);
    sqlx::query("UPDATE classes SET delete_after = $1 WHERE id = $2")
        .bind(now - 1)
        .bind(oak)
        .execute(&s.state.db)
        .await
        .unwrap();
    let done = apply(&s.state.db, now).await.unwrap();
    assert_eq!((done.classes, done.results, done.teachers), (1, 1, 0));
    assert_eq!(rows_of(&s, oak).await, [0; 6], "results, badges, tokens, pupils, assignments, class");
    assert_eq!(rows_of(&s, ash).await, ash_rows, "the other class is untouched");
    // Its pupils can no longer use it; the other class's still can; the teacher keeps Ash.
    let srv = &s;
    let me = |token: String| async move {
        srv.call("GET", "/api/pupil/me", &[("authorization", &format!("Bearer {token}"))], "").await.status
    };
    assert_eq!(me(oak_token).await, StatusCode::UNAUTHORIZED);
    assert_eq!(me(ash_token).await, StatusCode::OK);
    assert_eq!(s.get(&format!("/teacher/classes/{oak}"), &cookie).await.status, StatusCode::NOT_FOUND);
    assert_eq!(s.get(&format!("/teacher/classes/{ash}"), &cookie).await.status, StatusCode::OK);
    // Nothing left to do the next time.
    assert!(apply(&s.state.db, now).await.unwrap().is_empty());
}

#[tokio::test]
async fn old_pupil_tokens_expired_sessions_and_stale_accounts_are_deleted() {
    let s = Server::start_tiny("retention-tokens").await;
    let cookie = s.teacher("a@school.example").await;
    let now = now_ms();
    let (oak, _) = class_made_at(&s, &cookie, "Oak", now).await;
    let ids: Vec<i64> = sqlx::query_scalar("SELECT id FROM pupils WHERE class_id = $1 ORDER BY id")
        .bind(oak)
        .fetch_all(&s.state.db)
        .await
        .unwrap();
    let (signed_in, absent) = (ids[0], ids[1]);
    let add_token = |pupil: i64, name: String, at: i64| {
        sqlx::query(
            "INSERT INTO pupil_tokens (token_hash, pupil_id, class_id, created_at) VALUES ($1, $2, $3, $4)",
        )
        .bind(name)
        .bind(pupil)
        .bind(oak)
        .bind(at)
        .execute(&s.state.db)
    };
    // 40 sign-ins over the autumn, months ago, for both cards; the first card signed in
    // again today (its token from `class_made_at`).
    for n in 0..40 {
        add_token(signed_in, format!("old-{n}"), now - (40 + n) * DAY_MS).await.unwrap();
        add_token(absent, format!("absent-{n}"), now - (40 + n) * DAY_MS).await.unwrap();
    }
    let tokens_of =
        |pupil: i64| count(&s, format!("SELECT COUNT(*) FROM pupil_tokens WHERE pupil_id = {pupil}"));

    // Sessions: one expired long ago, and the live one from signing up.
    sqlx::query("INSERT INTO sessions (token_hash, teacher_id, csrf, expires_at) SELECT 'gone', id, 'x', $1 FROM teachers")
        .bind(now - 5 * DAY_MS)
        .execute(&s.state.db)
        .await
        .unwrap();
    // Accounts: one neither made nor seen for three years and with no classes (goes); one
    // as old with a class (stays); one made today that has never signed in (stays).
    let three_years_ago = now - 3 * 365 * DAY_MS;
    let mut old = Vec::new();
    for email in ["stale@school.example", "busy@school.example", "new@school.example"] {
        let id = teachers::create(&s.state.db, email, "x").await.unwrap().unwrap();
        if email != "new@school.example" {
            sqlx::query("UPDATE teachers SET created_at = $1, last_seen_at = $2 WHERE id = $3")
                .bind(three_years_ago)
                .bind(three_years_ago)
                .bind(id)
                .execute(&s.state.db)
                .await
                .unwrap();
        }
        old.push(id);
    }
    classes::create(&s.state.db, old[1], "Busy's class", Phase::Ks1).await.unwrap();

    let done = apply(&s.state.db, now).await.unwrap();
    assert_eq!(tokens_of(signed_in).await, retention::TOKENS_KEPT, "the newest tokens stay, the oldest go");
    assert_eq!(done.tokens, 41 - retention::TOKENS_KEPT as u64);
    let oldest_kept =
        count(&s, format!("SELECT MIN(created_at) FROM pupil_tokens WHERE pupil_id = {signed_in}")).await;
    assert_eq!(oldest_kept, now - 70 * DAY_MS, "today's token and the 31 newest old ones");
    assert_eq!(tokens_of(absent).await, 40, "pruned when the card next signs in, or gone with the class");
    // The pupil who signed in today still can use the game.
    let code: String = sqlx::query_scalar("SELECT code FROM classes WHERE id = $1")
        .bind(oak)
        .fetch_one(&s.state.db)
        .await
        .unwrap();
    let (_, token) = s.pupil(&code).await;
    let me = s.call("GET", "/api/pupil/me", &[("authorization", &format!("Bearer {token}"))], "").await;
    assert_eq!(me.status, StatusCode::OK);

    assert_eq!(done.sessions, 1);
    assert_eq!(s.count("SELECT COUNT(*) FROM sessions WHERE token_hash = 'gone'").await, 0);
    assert_eq!(s.get("/teacher", &cookie).await.status, StatusCode::OK, "the live session stays");
    let seen = s.count("SELECT last_seen_at FROM teachers WHERE email = 'a@school.example'").await;
    assert!(seen > now, "last seen when the live session ends: {seen}");

    assert_eq!(done.teachers, 1);
    let left: Vec<String> =
        sqlx::query_scalar("SELECT email FROM teachers ORDER BY id").fetch_all(&s.state.db).await.unwrap();
    assert_eq!(left, ["a@school.example", "busy@school.example", "new@school.example"]);

    // A stale account that signs in again is seen, and kept.
    let busy = old[1];
    sqlx::query("DELETE FROM classes WHERE teacher_id = $1").bind(busy).execute(&s.state.db).await.unwrap();
    sqlx::query(
        "INSERT INTO sessions (token_hash, teacher_id, csrf, expires_at) VALUES ('busy', $1, 'x', $2)",
    )
    .bind(busy)
    .bind(now + 3_600_000)
    .execute(&s.state.db)
    .await
    .unwrap();
    apply(&s.state.db, now).await.unwrap();
    assert_eq!(s.count("SELECT COUNT(*) FROM teachers WHERE email = 'busy@school.example'").await, 1);
}

#[tokio::test]
async fn the_teacher_chooses_the_date_and_the_page_says_it_plainly() {
    let s = Server::start_tiny("retention-form").await;
    let cookie = s.teacher("a@school.example").await;
    let other = s.teacher("b@school.example").await;
    let (id, _) = s.class(&cookie, "Oak", 1, &[LEVEL]).await;
    let now = now_ms();
    let srv = &s;
    let delete_after = || count(srv, format!("SELECT delete_after FROM classes WHERE id = {id}"));
    assert_eq!(delete_after().await, retention::default_delete_after(now));

    let default =
        clickwise_core::dates::day_and_year(&retention::last_day_kept(retention::default_delete_after(now)));
    let home = s.get("/teacher", &cookie).await;
    assert!(
        home.body.contains(&format!("the end of the school year it is for ({default})")),
        "{}",
        home.body
    );

    let form = s.get(&format!("/teacher/classes/{id}/retention"), &cookie).await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(
        form.body.contains(r#"name="until" value="this""#)
            && form.body.contains(r#"name="until" value="next""#)
    );
    assert!(form.body.contains(r#"type="date""#), "{}", form.body);
    let csrf = form.csrf();
    let post = |who: &str, body: String| {
        let (who, path) = (who.to_owned(), format!("/teacher/classes/{id}/retention"));
        async move { srv.post_form(&path, &who, &body).await }
    };

    let r = post(&cookie, format!("until=next&csrf={csrf}")).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(delete_after().await, retention::end_of_next_school_year(now));
    let next = clickwise_core::dates::day_and_year(&retention::last_day_kept(
        retention::end_of_next_school_year(now),
    ));
    let page = s.get(&format!("/teacher/classes/{id}"), &cookie).await;
    assert!(
        page.body.contains(&format!("will be deleted at the end of <strong>{next}</strong>")),
        "{}",
        page.body
    );
    let pack = s.get(&format!("/teacher/classes/{id}/home-pack"), &cookie).await;
    assert!(pack.body.contains(&format!("Results are kept until {next}")), "{}", pack.body);

    let day = iso_date(now + 10 * DAY_MS);
    let r = post(&cookie, format!("until=date&date={day}&csrf={csrf}")).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(delete_after().await, retention::end_of_date(&day).unwrap());
    let form = s.get(&format!("/teacher/classes/{id}/retention"), &cookie).await;
    assert!(form.body.contains(&format!(r#"value="{day}""#)), "the chosen date is shown");

    // A past date, a non-date, the old number of days, or no CSRF token change nothing.
    let yesterday = iso_date(now - DAY_MS);
    for body in [
        format!("until=date&date={yesterday}&csrf={csrf}"),
        format!("until=date&date=2027-02-30&csrf={csrf}"),
        format!("until=date&date=<b>&csrf={csrf}"),
        format!("days=30&csrf={csrf}"),
    ] {
        let r = post(&cookie, body.clone()).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        assert!(!r.body.contains("<b>"), "{}", r.body);
    }
    assert_eq!(post(&cookie, "until=next".into()).await.status, StatusCode::FORBIDDEN);
    // Another teacher can't see or change it.
    let other_csrf = s.csrf(&other).await;
    assert_eq!(post(&other, format!("until=next&csrf={other_csrf}")).await.status, StatusCode::NOT_FOUND);
    assert_eq!(
        s.get(&format!("/teacher/classes/{id}/retention"), &other).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(delete_after().await, retention::end_of_date(&day).unwrap());
}

/// A database made before 0004 (days counted from the class's creation) is converted to
/// what each class was promised.
#[tokio::test]
async fn the_migration_converts_old_style_classes_to_what_they_were_promised() {
    use sqlx::sqlite::{SqliteConnectOptions, SqlitePoolOptions};
    let dir = std::env::temp_dir().join(format!("clickwise-retention-migration-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let old_migrations = dir.join("migrations");
    std::fs::create_dir_all(&old_migrations).unwrap();
    for file in ["0001_classroom.sql", "0002_results_by_pupil.sql", "0003_badges.sql"] {
        let from = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations/sqlite").join(file);
        std::fs::copy(from, old_migrations.join(file)).unwrap();
    }
    let path = dir.join("clickwise.sqlite3");
    let options = SqliteConnectOptions::new().filename(&path).create_if_missing(true).foreign_keys(true);
    let old = SqlitePoolOptions::new().max_connections(1).connect_with(options).await.unwrap();
    sqlx::migrate::Migrator::new(old_migrations.as_path()).await.unwrap().run(&old).await.unwrap();
    let july = noon(2026, 7, 20);
    let september = noon(2026, 9, 1);
    for sql in [
        format!(
            "INSERT INTO teachers (id, email, password_hash, created_at) VALUES (1, 'a@school.example', 'x', {july})"
        ),
        format!(
            "INSERT INTO teachers (id, email, password_hash, created_at) VALUES (2, 'b@school.example', 'x', {july})"
        ),
        format!("INSERT INTO sessions VALUES ('s', 2, 'c', {})", september + 12 * 3_600_000),
        // As the old server made them: days to the coming 31 July, and a teacher's 3650.
        format!("INSERT INTO classes VALUES (1, 1, 'Oak', 'Ks1', '100001', 11, {july})"),
        format!("INSERT INTO classes VALUES (2, 1, 'Ash', 'Ks1', '100002', 333, {september})"),
        format!("INSERT INTO classes VALUES (3, 2, 'Elm', 'Ks1', '100003', 3650, {september})"),
        "INSERT INTO pupils VALUES (1, 1, 'Happy Panda', 'panda', '1234')".into(),
        "INSERT INTO pupils VALUES (2, 2, 'Quick Otter', 'otter', '1234')".into(),
    ] {
        sqlx::query(&sql).execute(&old).await.unwrap();
    }
    old.close().await;

    let db = clickwise_server::db::open(&path, false).await.unwrap();
    let converted: Vec<(i64, i64)> =
        sqlx::query_as("SELECT id, delete_after FROM classes ORDER BY id").fetch_all(&db).await.unwrap();
    let last_days: Vec<(i64, String)> =
        converted.iter().map(|(id, t)| (*id, retention::last_day_kept(*t))).collect();
    assert_eq!(
        last_days,
        [(1, "2026-07-31".into()), (2, "2027-07-31".into()), (3, "2036-08-29".into())],
        "the day count from creation, to the end of that day"
    );
    assert!(converted.iter().all(|(_, t)| t % DAY_MS == 0), "{converted:?}");
    let columns: Vec<String> =
        sqlx::query_scalar("SELECT name FROM pragma_table_info('classes')").fetch_all(&db).await.unwrap();
    assert!(
        columns.contains(&"delete_after".to_string()) && !columns.contains(&"retention_days".to_string())
    );
    let seen: Vec<i64> =
        sqlx::query_scalar("SELECT last_seen_at FROM teachers ORDER BY id").fetch_all(&db).await.unwrap();
    assert_eq!(seen, [july, september + 12 * 3_600_000], "made, or the end of the latest session");

    // Oak was promised 11 days: it goes once 31 July 2026 is over; the others stay.
    let done = apply(&db, midnight(2026, 8, 1)).await.unwrap();
    assert_eq!(done.classes, 1);
    let left: Vec<i64> =
        sqlx::query_scalar("SELECT id FROM classes ORDER BY id").fetch_all(&db).await.unwrap();
    assert_eq!(left, [2, 3]);
    let pupils: Vec<i64> =
        sqlx::query_scalar("SELECT id FROM pupils ORDER BY id").fetch_all(&db).await.unwrap();
    assert_eq!(pupils, [2]);
    db.close().await;
    let _ = std::fs::remove_dir_all(&dir);
}
