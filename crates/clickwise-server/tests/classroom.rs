//! The classroom against the real router and a real SQLite file: teachers, classes, the
//! pupils' API, the dashboard, and what a hostile or careless request gets. Results are
//! for the tests' own tiny level (`common::tiny`); the notes are the shipped levels'.

mod common;

use axum::http::StatusCode;
use clickwise_core::classroom::*;
use common::*;

const LEVEL: &str = common::tiny::LEVEL;

#[tokio::test]
async fn every_teacher_route_requires_signing_in() {
    let s = Server::start_tiny("auth").await;
    let teacher = s.teacher("a@school.example").await;
    let (id, _) = s.class(&teacher, "Oak", 2, &[LEVEL]).await;
    let pupil: i64 = s.count("SELECT MIN(id) FROM pupils").await;
    let gets = [
        "/teacher".to_string(),
        "/teacher/notes".to_string(),
        format!("/teacher/classes/{id}"),
        format!("/teacher/classes/{id}/assign"),
        format!("/teacher/classes/{id}/cards"),
        format!("/teacher/classes/{id}/pupils/{pupil}"),
        format!("/teacher/classes/{id}/results.csv"),
        format!("/teacher/classes/{id}/summary.csv"),
        format!("/teacher/classes/{id}/summary"),
        format!("/teacher/classes/{id}/certificates"),
        format!("/teacher/classes/{id}/delete"),
    ];
    for path in &gets {
        for cookie in ["", "cw_session=forged"] {
            let r = s.get(path, cookie).await;
            assert_eq!(
                (r.status, r.location().as_str()),
                (StatusCode::SEE_OTHER, "/teacher/sign-in"),
                "GET {path}"
            );
        }
    }
    let posts = [
        "/teacher/classes".to_string(),
        format!("/teacher/classes/{id}/assign"),
        format!("/teacher/classes/{id}/cards"),
        format!("/teacher/classes/{id}/retention"),
        format!("/teacher/classes/{id}/delete"),
        "/teacher/sign-out".to_string(),
    ];
    for path in &posts {
        let r = s.post_form(path, "", "csrf=x&count=5&days=1&name=x&phase=Ks1").await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "POST {path}");
    }
    assert_eq!(s.count("SELECT COUNT(*) FROM classes").await, 1, "nothing changed");
    assert_eq!(s.count("SELECT COUNT(*) FROM pupils").await, 2);
}

#[tokio::test]
async fn forms_without_the_csrf_token_are_refused() {
    let s = Server::start_tiny("csrf").await;
    let teacher = s.teacher("a@school.example").await;
    let (id, _) = s.class(&teacher, "Oak", 2, &[]).await;
    let r = s.post_form("/teacher/classes", &teacher, "name=Ash&phase=Ks1&csrf=wrong").await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let r = s.post_form(&format!("/teacher/classes/{id}/delete"), &teacher, "").await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert_eq!(s.count("SELECT COUNT(*) FROM classes").await, 1);
    // Signing up needs the form's own token too.
    let r =
        s.post_form("/teacher/sign-up", "", "email=b@school.example&password=long-enough-pw&csrf=x").await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_teacher_cannot_see_or_change_another_teachers_class() {
    let s = Server::start_tiny("isolation").await;
    let alice = s.teacher("alice@school.example").await;
    let bob = s.teacher("bob@school.example").await;
    let (id, _) = s.class(&alice, "Alice's class", 3, &[LEVEL]).await;
    for path in
        ["", "/assign", "/cards", "/results.csv", "/summary.csv", "/summary", "/certificates", "/delete"]
    {
        let r = s.get(&format!("/teacher/classes/{id}{path}"), &bob).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{path}");
        assert!(!r.body.contains("Alice's class"));
    }
    let csrf = s.csrf(&bob).await;
    let r = s.post_form(&format!("/teacher/classes/{id}/delete"), &bob, &format!("csrf={csrf}")).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let r = s.post_form(&format!("/teacher/classes/{id}/cards"), &bob, &format!("csrf={csrf}&count=5")).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert!(!s.get("/teacher", &bob).await.body.contains("Alice"));
    assert_eq!(s.count("SELECT COUNT(*) FROM pupils").await, 3);
}

#[tokio::test]
async fn a_pupil_joins_plays_and_the_server_rescores_the_result() {
    let s = Server::start_tiny("flow").await;
    let teacher = s.teacher("a@school.example").await;
    let (id, code) = s.class(&teacher, "Oak", 4, &[LEVEL]).await;
    let joined: JoinReply = s.post_json("/api/join", None, &format!(r#"{{"code":"{code}"}}"#)).await.json();
    assert_eq!((joined.class_name.as_str(), joined.cards.len()), ("Oak", 4));
    assert!(joined.cards.iter().all(|c| clickwise_core::names::is_valid_nickname(&c.nickname)));

    // A wrong PIN is refused.
    let wrong = SignInRequest { code: code.clone(), pupil_id: joined.cards[0].pupil_id, pin: "no".into() };
    let r = s.post_json("/api/pupil/sign-in", None, &serde_json::to_string(&wrong).unwrap()).await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);

    let (card, token) = s.pupil(&code).await;
    let me: PupilReply =
        s.call("GET", "/api/pupil/me", &[("authorization", &format!("Bearer {token}"))], "").await.json();
    assert_eq!(me.assigned, [Assigned { level_id: LEVEL.into(), due: Some("2099-07-20".into()) }]);

    // A client claiming a score is ignored: the server scores the log itself.
    let best = play(LEVEL, true);
    let mut body: serde_json::Value =
        serde_json::from_str(&submission("attempt-0001", LEVEL, best.clone())).unwrap();
    body["points"] = 999.into();
    body["stars"] = 3.into();
    let worst = submission("attempt-0002", LEVEL, play(LEVEL, false));
    let r: ResultReply = s.post_json("/api/results", Some(&token), &body.to_string()).await.json();
    let level = s.state.levels.get(LEVEL).unwrap().clone();
    assert_eq!(
        (r.points, r.max_points, r.stars, r.duplicate),
        (clickwise_core::scoring::max_points(&level), clickwise_core::scoring::max_points(&level), 3, false)
    );
    let w: ResultReply = s.post_json("/api/results", Some(&token), &worst).await.json();
    assert_eq!(Ok(w.points), clickwise_core::scoring::score(&level, &play(LEVEL, false)).map(|s| s.points));
    assert!(w.points < r.points && w.stars < 3, "{w:?}");

    // Sent again (a lost reply on a flaky connection): stored once, same answer.
    let again: ResultReply = s.post_json("/api/results", Some(&token), &body.to_string()).await.json();
    assert_eq!((again.points, again.duplicate), (r.points, true));
    // The same attempt sent again with another log: the answer is the score stored.
    let altered = submission("attempt-0001", LEVEL, play(LEVEL, false));
    let again: ResultReply = s.post_json("/api/results", Some(&token), &altered).await.json();
    assert_eq!((again.points, again.stars, again.duplicate), (r.points, r.stars, true));
    assert_eq!(s.count("SELECT COUNT(*) FROM results").await, 2);
    assert_eq!(
        s.count("SELECT COUNT(*) FROM results WHERE first_try = 1").await,
        1,
        "only the first attempt is the first try"
    );

    // A log that doesn't fit the level, or an unknown level, is refused with the reason.
    let mut bad = best.clone();
    bad[0].option = "made-up".into();
    let r = s.post_json("/api/results", Some(&token), &submission("attempt-0003", LEVEL, bad)).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("error"), "{}", r.body);
    let r =
        s.post_json("/api/results", Some(&token), &submission("attempt-0004", "no-such-level", best)).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);

    // The teacher sees it: the grid, the pupil's page, the CSV and a certificate.
    let page = s.get(&format!("/teacher/classes/{id}"), &teacher).await;
    assert!(page.body.contains(&card.nickname) && page.body.contains("★★★"), "{}", page.body);
    assert_eq!(page.headers["cache-control"], "no-store", "pupils' results stay out of shared caches");
    assert!(page.body.contains(&code) && page.body.contains("<svg"), "the code and a QR code are shown");
    assert!(page.body.contains("Talk about in class"));
    let first_option_risky = play(LEVEL, false);
    assert!(!first_option_risky.is_empty());
    let csv = s.get(&format!("/teacher/classes/{id}/results.csv"), &teacher).await;
    assert_eq!(csv.body.lines().count(), 3, "a header and two attempts: {}", csv.body);
    assert!(csv.body.contains("attempt-0001") && csv.body.contains(&card.nickname));
    let cert = s.get(&format!("/teacher/classes/{id}/certificates"), &teacher).await;
    assert!(cert.body.contains(&format!("Well done, {}!", card.nickname)));
    let pupil = s.get(&format!("/teacher/classes/{id}/pupils/{}", card.pupil_id), &teacher).await;
    assert_eq!(pupil.status, StatusCode::OK);
}

#[tokio::test]
async fn the_misconceptions_table_lists_risky_first_tries_with_the_options_text() {
    let s = Server::start_tiny("misconceptions").await;
    let teacher = s.teacher("a@school.example").await;
    let (id, code) = s.class(&teacher, "Oak", 2, &[LEVEL]).await;
    let (_, token) = s.pupil(&code).await;
    let worst = play(LEVEL, false);
    s.post_json("/api/results", Some(&token), &submission("attempt-risky", LEVEL, worst.clone())).await;
    let risky = clickwise_core::insight::risky_choices(s.state.levels.get(LEVEL).unwrap(), &worst);
    assert!(!risky.is_empty(), "the riskiest way picks risky options");
    let page = s.get(&format!("/teacher/classes/{id}"), &teacher).await;
    for text in &risky {
        assert!(page.body.contains(&escaped_like_the_page(text)), "{text} on the dashboard");
    }
}

/// After an offline spell the outbox sends a day's results at once, in any order: the
/// first try is the one the device says was first, not the first to arrive.
#[tokio::test]
async fn the_first_try_is_the_devices_not_the_first_to_arrive() {
    let s = Server::start_tiny("first-try").await;
    let teacher = s.teacher("a@school.example").await;
    let (_, code) = s.class(&teacher, "Oak", 2, &[LEVEL]).await;
    let (card, token) = s.pupil(&code).await;
    let first_try = |attempt: &str| format!("SELECT first_try FROM results WHERE attempt_id = '{attempt}'");
    let t = 1_700_000_000_000;
    // The second attempt (finished later, not the first) arrives before the first.
    let later = submission_at("attempt-later", LEVEL, play(LEVEL, true), t + 600_000, Some(false));
    let earlier = submission_at("attempt-earlier", LEVEL, play(LEVEL, false), t, Some(true));
    assert_eq!(s.post_json("/api/results", Some(&token), &later).await.status, StatusCode::OK);
    assert_eq!(s.post_json("/api/results", Some(&token), &earlier).await.status, StatusCode::OK);
    assert_eq!(
        (s.count(&first_try("attempt-earlier")).await, s.count(&first_try("attempt-later")).await),
        (1, 0)
    );

    // An older game that doesn't say: the earliest finished is the first, whatever arrives first.
    let (_, code2) = s.class(&teacher, "Ash", 1, &[LEVEL]).await;
    let (_, token2) = s.pupil(&code2).await;
    let late = submission_at("attempt-old-late", LEVEL, play(LEVEL, true), t + 900_000, None);
    let early = submission_at("attempt-old-early", LEVEL, play(LEVEL, false), t + 300_000, None);
    s.post_json("/api/results", Some(&token2), &late).await;
    assert_eq!(s.count(&first_try("attempt-old-late")).await, 1, "the only one so far");
    s.post_json("/api/results", Some(&token2), &early).await;
    assert_eq!(
        (s.count(&first_try("attempt-old-early")).await, s.count(&first_try("attempt-old-late")).await),
        (1, 0)
    );

    // A claim that isn't plausible (an earlier attempt is stored) is not believed.
    let implausible =
        submission_at("attempt-implausible", LEVEL, play(LEVEL, true), t + 1_200_000, Some(true));
    s.post_json("/api/results", Some(&token), &implausible).await;
    assert_eq!(s.count(&first_try("attempt-implausible")).await, 0);
    let firsts = format!("SELECT COUNT(*) FROM results WHERE first_try = 1 AND pupil_id = {}", card.pupil_id);
    assert_eq!(s.count(&firsts).await, 1, "one first try per pupil and level");
}

#[tokio::test]
async fn a_pupils_token_only_posts_to_its_own_class() {
    let s = Server::start_tiny("tokens").await;
    let teacher = s.teacher("a@school.example").await;
    let (oak, oak_code) = s.class(&teacher, "Oak", 1, &[LEVEL]).await;
    let (ash, _) = s.class(&teacher, "Ash", 1, &[LEVEL]).await;
    let (_, token) = s.pupil(&oak_code).await;
    let r = s
        .post_json("/api/results", Some(&token), &submission("attempt-oak-1", LEVEL, play(LEVEL, true)))
        .await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(s.count(&format!("SELECT COUNT(*) FROM results WHERE class_id = {oak}")).await, 1);
    assert_eq!(s.count(&format!("SELECT COUNT(*) FROM results WHERE class_id = {ash}")).await, 0);
    for bad in [None, Some("forged-token"), Some("")] {
        let r =
            s.post_json("/api/results", bad, &submission("attempt-oak-2", LEVEL, play(LEVEL, true))).await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED, "{bad:?}");
    }
    // Deleting the class ends the token.
    let csrf = s.csrf(&teacher).await;
    s.post_form(&format!("/teacher/classes/{oak}/delete"), &teacher, &format!("csrf={csrf}")).await;
    let r = s
        .post_json("/api/results", Some(&token), &submission("attempt-oak-3", LEVEL, play(LEVEL, true)))
        .await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn guessing_class_codes_is_rate_limited() {
    let s = Server::start_tiny("guessing").await;
    let teacher = s.teacher("a@school.example").await;
    let (_, code) = s.class(&teacher, "Oak", 1, &[]).await;
    let mut statuses = Vec::new();
    for guess in 10_000_000..10_000_022 {
        let guess = if guess.to_string() == code { 99_999_999 } else { guess };
        statuses.push(s.post_json("/api/join", None, &format!(r#"{{"code":"{guess}"}}"#)).await.status);
    }
    assert!(statuses[..20].iter().all(|s| *s == StatusCode::NOT_FOUND), "{statuses:?}");
    assert!(statuses[20..].iter().all(|s| *s == StatusCode::TOO_MANY_REQUESTS), "{statuses:?}");
    let r = s.post_json("/api/join", None, &format!(r#"{{"code":"{code}"}}"#)).await;
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS, "even the right code waits");
}

#[tokio::test]
async fn teacher_sign_in_is_rate_limited() {
    let s = Server::start_tiny("signin").await;
    s.teacher("a@school.example").await;
    let mut statuses = Vec::new();
    for _ in 0..7 {
        let form = s.call("GET", "/teacher/sign-in", &[], "").await;
        let token = form.cookie("cw_form").unwrap();
        let body = format!("email=a@school.example&password=wrong-password&csrf={token}");
        statuses.push(s.post_form("/teacher/sign-in", &format!("cw_form={token}"), &body).await.status);
    }
    assert!(statuses[..5].iter().all(|s| *s == StatusCode::UNAUTHORIZED), "{statuses:?}");
    assert_eq!(statuses[5..], [StatusCode::TOO_MANY_REQUESTS; 2]);
}

#[tokio::test]
async fn oversized_or_malformed_json_gets_a_4xx_never_a_500() {
    let s = Server::start_tiny("hostile").await;
    let teacher = s.teacher("a@school.example").await;
    let (_, code) = s.class(&teacher, "Oak", 1, &[LEVEL]).await;
    let (_, token) = s.pupil(&code).await;
    let huge = format!(r#"{{"code":"{}"}}"#, "1".repeat(200_000));
    let bodies = [
        huge.as_str(),
        "{",
        "",
        "null",
        "[]",
        r#"{"code": 123456}"#,
        r#"{"attempt_id": 5}"#,
        "\u{0}\u{1}binary",
        r#"{"attempt_id":"../../etc","level_id":"x","choices":[],"started_at":-1,"finished_at":0}"#,
        r#"{"attempt_id":"abcdefgh","level_id":"tiny-settings","choices":[{"step":"x"}],"started_at":18446744073709551615,"finished_at":0}"#,
        // A hint and as many tries again as a u32 holds: refused, never an overflow.
        r#"{"attempt_id":"abcdefgh","level_id":"tiny-settings","choices":[{"step":"ask","option":"tell","hint":true,"retries":4294967295}],"started_at":0,"finished_at":1}"#,
    ];
    for path in ["/api/join", "/api/pupil/sign-in", "/api/results"] {
        for body in bodies {
            let r = s.post_json(path, Some(&token), body).await;
            assert!(r.status.is_client_error(), "{path} with {:.40}: {}", body, r.status);
            if r.status != StatusCode::PAYLOAD_TOO_LARGE {
                assert!(r.json::<ErrorReply>().error.len() > 3, "{path}: a JSON error in plain words");
            }
        }
    }
    let r = s.post_json("/api/results", Some(&token), &huge).await;
    assert_eq!(r.status, StatusCode::PAYLOAD_TOO_LARGE);
}

#[tokio::test]
async fn html_in_stored_strings_is_escaped_on_the_dashboard() {
    let s = Server::start_tiny("escaping").await;
    let teacher = s.teacher("a@school.example").await;
    let (id, _) = s.class(&teacher, "<script>alert(1)</script>", 1, &[LEVEL]).await;
    for path in
        [String::from("/teacher"), format!("/teacher/classes/{id}"), format!("/teacher/classes/{id}/cards")]
    {
        let page = s.get(&path, &teacher).await;
        assert!(!page.body.contains("<script>alert(1)"), "{path} is not escaped");
        assert!(page.body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "{path}");
    }
}

#[tokio::test]
async fn retention_keeps_a_class_to_its_date_and_then_deletes_it() {
    let s = Server::start_tiny("retention").await;
    let teacher = s.teacher("a@school.example").await;
    let (id, code) = s.class(&teacher, "Oak", 1, &[LEVEL]).await;
    let (_, token) = s.pupil(&code).await;
    for n in 1..=3 {
        s.post_json(
            "/api/results",
            Some(&token),
            &submission(&format!("attempt-r-{n}"), LEVEL, play(LEVEL, true)),
        )
        .await;
    }
    let day = 86_400_000i64;
    let now = clickwise_server::db::now_ms();
    let last_day = clickwise_server::db::retention::iso_date(now + 30 * day);
    let csrf = s.csrf(&teacher).await;
    let r = s
        .post_form(
            &format!("/teacher/classes/{id}/retention"),
            &teacher,
            &format!("until=date&date={last_day}&csrf={csrf}"),
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    // Kept whole to the end of that day, however old each result is; then gone with the class.
    let apply = |at| clickwise_server::db::retention::apply(&s.state.db, at);
    assert_eq!(apply(now + 25 * day).await.unwrap().results, 0);
    assert_eq!(s.count("SELECT COUNT(*) FROM results").await, 3);
    assert_eq!(apply(now + 32 * day).await.unwrap().results, 3);
    assert_eq!(s.count("SELECT COUNT(*) FROM classes").await, 0);
}

#[tokio::test]
async fn deleting_a_class_really_deletes_its_pupils_and_results() {
    let s = Server::start_tiny("deleting").await;
    let teacher = s.teacher("a@school.example").await;
    let (oak, code) = s.class(&teacher, "Oak", 5, &[LEVEL]).await;
    let (_, keep_code) = s.class(&teacher, "Ash", 2, &[LEVEL]).await;
    let (_, token) = s.pupil(&code).await;
    let (_, other) = s.pupil(&keep_code).await;
    s.post_json("/api/results", Some(&token), &submission("attempt-d-1", LEVEL, play(LEVEL, true))).await;
    s.post_json("/api/results", Some(&other), &submission("attempt-d-2", LEVEL, play(LEVEL, true))).await;
    let csrf = s.csrf(&teacher).await;
    let r = s.post_form(&format!("/teacher/classes/{oak}/delete"), &teacher, &format!("csrf={csrf}")).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(s.count(&format!("SELECT COUNT(*) FROM pupils WHERE class_id = {oak}")).await, 0);
    assert_eq!(s.count(&format!("SELECT COUNT(*) FROM results WHERE class_id = {oak}")).await, 0);
    assert_eq!(s.count(&format!("SELECT COUNT(*) FROM assignments WHERE class_id = {oak}")).await, 0);
    assert_eq!(s.count(&format!("SELECT COUNT(*) FROM pupil_tokens WHERE class_id = {oak}")).await, 0);
    assert_eq!(s.count("SELECT COUNT(*) FROM results").await, 1, "the other class keeps its result");
    assert_eq!(s.count("SELECT COUNT(*) FROM pupils").await, 2);
}

#[tokio::test]
async fn the_database_file_is_created_in_wal_mode_and_survives_a_restart() {
    let s = Server::start_tiny("restart").await;
    let teacher = s.teacher("a@school.example").await;
    s.class(&teacher, "Oak", 1, &[]).await;
    // (On PostgreSQL, the restart alone.)
    if s.config.database.is_none() {
        let mode: String = sqlx::query_scalar("PRAGMA journal_mode").fetch_one(&s.state.db).await.unwrap();
        assert_eq!(mode, "wal");
        assert!(s.config.db_path().is_file());
    }
    s.state.db.close().await;
    let again = clickwise_server::open(&s.config).await.unwrap();
    let classes: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM classes").fetch_one(&again.db).await.unwrap();
    assert_eq!(classes, 1);
}

#[tokio::test]
async fn teacher_notes_list_every_level_with_its_statements_in_words() {
    let s = Server::start("notes").await;
    let teacher = s.teacher("a@school.example").await;
    let page = s.get("/teacher/notes", &teacher).await;
    assert_eq!(page.status, StatusCode::OK);
    let (levels, _) = clickwise_server::levels::Levels::load(std::path::Path::new(LEVELS));
    assert!(!levels.list.is_empty());
    for level in &levels.list {
        let notes = level.teacher_notes.as_ref().expect("every level has notes");
        assert!(page.body.contains(&escaped_like_the_page(&level.title.en)), "{}", level.title.en);
        assert!(
            page.body.contains(&escaped_like_the_page(&notes.discussion[0].en)),
            "{}",
            notes.discussion[0].en
        );
    }
    assert!(page.body.contains("Designated Safeguarding Lead"));
    let curriculum = levels.curriculum.as_ref().expect("the shipped curriculum");
    let statement = curriculum.statement(&levels.list[0].statements[0]).unwrap();
    assert!(page.body.contains(statement.text.en.as_str()), "statements are shown in words, not ids");
}

/// The same notes are public at /notes (parents, teachers without an account): level
/// content only, no sign-in, no class or pupil in sight.
#[tokio::test]
async fn the_notes_are_public_and_printable_at_notes() {
    let s = Server::start("public-notes").await;
    let page = s.get("/notes", "").await;
    assert_eq!(page.status, StatusCode::OK);
    let (levels, _) = clickwise_server::levels::Levels::load(std::path::Path::new(LEVELS));
    for level in &levels.list {
        assert!(page.body.contains(&escaped_like_the_page(&level.title.en)), "{}", level.title.en);
    }
    assert!(page.body.contains("Designated Safeguarding Lead"));
    assert!(page.body.contains("href=\"/\""), "a way back to the game");
    assert!(!page.body.contains("Signed in as") && !page.body.contains("/teacher/classes"));
}

/// Text as the server's templates write it into HTML.
fn escaped_like_the_page(text: &str) -> String {
    maud::html! { (text) }.into_string()
}
