//! Badges sent with results, against the real router and a real SQLite file: which are
//! stored, what the teacher sees of them, and what a careless or hostile list costs.
//! The levels and worlds are the tests' own (`common::tiny`).

mod common;

use axum::http::StatusCode;
use clickwise_core::classroom::ResultReply;
use clickwise_core::scoring::ChoiceRecord;
use common::tiny::LEVEL;
use common::*;

const T: u64 = 1_750_000_000_000;

/// The safe way through the tiny level.
fn safe_log() -> Vec<ChoiceRecord> {
    vec![
        ChoiceRecord::answer("ask", "tell"),
        ChoiceRecord {
            step: "setup".into(),
            picks: vec!["who=friends".into(), "location=off".into()],
            ..Default::default()
        },
    ]
}

fn ids(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

async fn stored(s: &Server, pupil: i64) -> Vec<String> {
    sqlx::query_scalar("SELECT badge_id FROM pupil_badges WHERE pupil_id = $1 ORDER BY badge_id")
        .bind(pupil)
        .fetch_all(&s.state.db)
        .await
        .unwrap()
}

/// Text as the server's templates write it into HTML.
fn escaped(text: &str) -> String {
    maud::html! { (text) }.into_string()
}

#[tokio::test]
async fn badges_sent_with_a_result_are_stored_and_shown_to_the_teacher() {
    let s = Server::start_tiny("badges-shown").await;
    let teacher = s.teacher("a@school.example").await;
    let (id, code) = s.class(&teacher, "Oak", 2, &[LEVEL]).await;
    let (card, token) = s.pupil(&code).await;
    // Known ids of two phases, an unknown one, and a repeat.
    let sent = ids(&["Ks1/ms", "Ks1/zz", "UpperKs2/pi", "Ks1/pi", "Ks1/ms"]);
    let r = s
        .post_json("/api/results", Some(&token), &with_badges("attempt-b-1", LEVEL, safe_log(), T, sent))
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(stored(&s, card.pupil_id).await, ["Ks1/ms", "Ks1/pi", "UpperKs2/pi"]);

    // The dashboard: the count and each badge, by name (no pictures in this web build).
    let page = s.get(&format!("/teacher/classes/{id}"), &teacher).await;
    assert_eq!(page.status, StatusCode::OK);
    let row = page.body.split(&card.nickname).nth(1).expect("the pupil's row");
    let row = row.split("</tr>").next().unwrap();
    assert!(row.contains("<span class=\"badge-count\">3</span>"), "{row}");
    for name in ["Keep it private", "Trick <spotter> & co", "Password pro"] {
        assert!(row.contains(&escaped(name)), "{name} in {row}");
    }
    assert!(!page.body.contains("Trick <spotter>"), "names are escaped");
    // The other pupil has none.
    assert!(page.body.contains("no badges yet"));

    // The pupil's page: each badge with its "I can" and when it was first seen, in the
    // world's order, and the other phase's badge says which age group it is for.
    let pupil = s.get(&format!("/teacher/classes/{id}/pupils/{}", card.pupil_id), &teacher).await;
    assert_eq!(pupil.status, StatusCode::OK);
    let badges = pupil.body.split("<h2>Badges</h2>").nth(1).expect("a badges section");
    let at = |text: &str| badges.find(&escaped(text)).unwrap_or_else(|| panic!("{text} in {badges}"));
    assert!(
        at("Keep it private") < at("Trick <spotter> & co") && at("Trick <spotter> & co") < at("Password pro")
    );
    for can in [
        "I can keep my password safe.",
        "I can spot a trick & ask a grown-up.",
        "I can make a strong password.",
    ] {
        at(can);
    }
    assert!(
        badges.contains(&clickwise_server::views::dates::day_of(T as i64)),
        "first seen, as every date is shown"
    );
    assert!(badges.contains("(Ages 9 to 11)"), "the other phase's badge is marked");

    // The CSV: the pupil's badge names in the world's order, separated by "; ".
    let csv = s.get(&format!("/teacher/classes/{id}/results.csv"), &teacher).await;
    let mut reader = csv::Reader::from_reader(csv.body.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let column = headers.iter().position(|h| h == "badges").expect("a badges column");
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), 1);
    assert_eq!(&rows[0][column], "Keep it private; Trick <spotter> & co; Password pro");
}

#[tokio::test]
async fn a_spreadsheet_formula_in_a_badge_name_is_defused_in_the_csv() {
    let s = Server::start_tiny("badges-csv").await;
    let teacher = s.teacher("a@school.example").await;
    let (id, code) = s.class(&teacher, "Oak", 1, &[LEVEL]).await;
    let (_, token) = s.pupil(&code).await;
    let sent = ids(&["Ks1/or"]);
    s.post_json("/api/results", Some(&token), &with_badges("attempt-c-1", LEVEL, safe_log(), T, sent)).await;
    let csv = s.get(&format!("/teacher/classes/{id}/results.csv"), &teacher).await;
    let mut reader = csv::Reader::from_reader(csv.body.as_bytes());
    let column = reader.headers().unwrap().iter().position(|h| h == "badges").unwrap();
    let row = reader.records().next().unwrap().unwrap();
    assert_eq!(&row[column], "'=Good friend", "the cell can't start with =");
}

#[tokio::test]
async fn unknown_badges_are_dropped_and_the_result_still_counts() {
    let s = Server::start_tiny("badges-unknown").await;
    let teacher = s.teacher("a@school.example").await;
    let (_, code) = s.class(&teacher, "Oak", 1, &[LEVEL]).await;
    let (card, token) = s.pupil(&code).await;
    // A newer game's badges, an older format, a phase this server has no world for, junk.
    let sent = ids(&["Ks1/new-strand", "pi", "LowerKs2/pi", "ks1/pi", "Ks1/pi ", "", "<script>"]);
    let r = s
        .post_json("/api/results", Some(&token), &with_badges("attempt-u-1", LEVEL, safe_log(), T, sent))
        .await;
    assert_eq!(r.status, StatusCode::OK, "unknown badges are not an error: {}", r.body);
    let reply: ResultReply = r.json();
    assert_eq!((reply.points, reply.max_points), (5, 5));
    assert!(stored(&s, card.pupil_id).await.is_empty());
    assert_eq!(s.count("SELECT COUNT(*) FROM pupil_badges").await, 0);
    assert_eq!(s.count("SELECT COUNT(*) FROM results").await, 1);
}

#[tokio::test]
async fn a_huge_badge_list_is_capped_and_costs_little() {
    let s = Server::start_tiny("badges-huge").await;
    let teacher = s.teacher("a@school.example").await;
    let (_, code) = s.class(&teacher, "Oak", 1, &[LEVEL]).await;
    let (card, token) = s.pupil(&code).await;

    // Every known badge, over and over: stored once each, never more than the world has.
    let mut many = ids(&["Ks1/pi", "Ks1/ms", "Ks1/or", "UpperKs2/pi"].repeat(900));
    many.push("Ks1/zz".into());
    let body = with_badges("attempt-h-1", LEVEL, safe_log(), T, many);
    assert!(body.len() < 64 * 1024, "inside the body limit: {}", body.len());
    let r = s.post_json("/api/results", Some(&token), &body).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(stored(&s, card.pupil_id).await.len(), 4);

    // Thousands of junk entries before a real one: only the first entries are looked at.
    let (other, other_token) = {
        let (_, code2) = s.class(&teacher, "Ash", 1, &[LEVEL]).await;
        s.pupil(&code2).await
    };
    let mut junk = vec![String::new(); 12_000];
    junk.push("Ks1/pi".into());
    let r = s
        .post_json(
            "/api/results",
            Some(&other_token),
            &with_badges("attempt-h-2", LEVEL, safe_log(), T, junk),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(stored(&s, other.pupil_id).await.is_empty());

    // One enormous id: not stored, not an error.
    let long = vec!["Ks1/pi".repeat(9_000)];
    let r = s
        .post_json(
            "/api/results",
            Some(&other_token),
            &with_badges("attempt-h-3", LEVEL, safe_log(), T, long),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(stored(&s, other.pupil_id).await.is_empty());

    // Past the body limit it is refused before anything is read, as any body is.
    let r = s
        .post_json(
            "/api/results",
            Some(&other_token),
            &with_badges("attempt-h-4", LEVEL, safe_log(), T, vec!["Ks1/pi".into(); 20_000]),
        )
        .await;
    assert_eq!(r.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(s.count("SELECT COUNT(*) FROM pupil_badges").await, 4);
}

/// After an offline spell results arrive in any order: a badge's first sighting is the
/// earliest finish that carried it, and sending a result again stores nothing twice.
#[tokio::test]
async fn a_badge_is_first_seen_at_the_earliest_result_that_carried_it() {
    let s = Server::start_tiny("badges-first-seen").await;
    let teacher = s.teacher("a@school.example").await;
    let (_, code) = s.class(&teacher, "Oak", 1, &[LEVEL]).await;
    let (card, token) = s.pupil(&code).await;
    let first_seen = |badge: &str| {
        format!(
            "SELECT first_seen FROM pupil_badges WHERE pupil_id = {} AND badge_id = '{badge}'",
            card.pupil_id
        )
    };
    let day = 86_400_000;
    let later = with_badges("attempt-f-later", LEVEL, safe_log(), T + 2 * day, ids(&["Ks1/pi", "Ks1/ms"]));
    let earlier = with_badges("attempt-f-earlier", LEVEL, safe_log(), T, ids(&["Ks1/pi"]));
    s.post_json("/api/results", Some(&token), &later).await;
    assert_eq!(s.count(&first_seen("Ks1/pi")).await, (T + 2 * day) as i64);
    s.post_json("/api/results", Some(&token), &earlier).await;
    assert_eq!(s.count(&first_seen("Ks1/pi")).await, T as i64, "moved to the earlier finish");
    assert_eq!(s.count(&first_seen("Ks1/ms")).await, (T + 2 * day) as i64, "untouched");
    // Sent again (a lost reply): a duplicate, and still one row per badge.
    let again: ResultReply = s.post_json("/api/results", Some(&token), &later).await.json();
    assert!(again.duplicate);
    assert_eq!(s.count(&first_seen("Ks1/pi")).await, T as i64, "a later finish doesn't move it back");
    assert_eq!(s.count("SELECT COUNT(*) FROM pupil_badges").await, 2);

    // A device clock far in the future can't date a badge after it arrived.
    let future = with_badges("attempt-f-future", LEVEL, safe_log(), u64::MAX / 2, ids(&["Ks1/or"]));
    s.post_json("/api/results", Some(&token), &future).await;
    assert!(s.count(&first_seen("Ks1/or")).await <= clickwise_server::db::now_ms());
}

#[tokio::test]
async fn badges_go_with_the_class_and_its_retention_period() {
    let s = Server::start_tiny("badges-retention").await;
    let teacher = s.teacher("a@school.example").await;
    let (oak, code) = s.class(&teacher, "Oak", 1, &[LEVEL]).await;
    let (ash, ash_code) = s.class(&teacher, "Ash", 1, &[LEVEL]).await;
    let (_, token) = s.pupil(&code).await;
    let (_, ash_token) = s.pupil(&ash_code).await;
    let badges = ids(&["Ks1/pi", "Ks1/ms"]);
    s.post_json(
        "/api/results",
        Some(&token),
        &with_badges("attempt-r-1", LEVEL, safe_log(), T, badges.clone()),
    )
    .await;
    s.post_json("/api/results", Some(&ash_token), &with_badges("attempt-r-2", LEVEL, safe_log(), T, badges))
        .await;
    assert_eq!(s.count("SELECT COUNT(*) FROM pupil_badges").await, 4);

    // Past Oak's delete-after date its badges go with its results; Ash's stay.
    let day = 86_400_000i64;
    let now = clickwise_server::db::now_ms();
    sqlx::query("UPDATE classes SET delete_after = $1 WHERE id = $2")
        .bind(now - 1)
        .bind(oak)
        .execute(&s.state.db)
        .await
        .unwrap();
    sqlx::query("UPDATE classes SET delete_after = $1 WHERE id = $2")
        .bind(now + 300 * day)
        .bind(ash)
        .execute(&s.state.db)
        .await
        .unwrap();
    clickwise_server::db::retention::apply(&s.state.db, now).await.unwrap();
    assert_eq!(s.count(&format!("SELECT COUNT(*) FROM pupil_badges WHERE class_id = {oak}")).await, 0);
    assert_eq!(s.count(&format!("SELECT COUNT(*) FROM pupil_badges WHERE class_id = {ash}")).await, 2);

    // Deleting a class deletes its pupils' badges.
    let csrf = s.csrf(&teacher).await;
    s.post_form(&format!("/teacher/classes/{ash}/delete"), &teacher, &format!("csrf={csrf}")).await;
    assert_eq!(s.count("SELECT COUNT(*) FROM pupil_badges").await, 0);
}

/// The web build's badge pictures are used where it has them, each named in its `alt`.
#[tokio::test]
async fn badge_pictures_come_from_the_web_build_when_it_has_them() {
    let s = Server::start_with("badges-icons", |dir| {
        std::fs::create_dir_all(dir.join("dist/assets/icons")).unwrap();
        std::fs::write(dir.join("dist/assets/icons/padlock.png"), b"\x89PNG").unwrap();
        common::tiny::write(dir)
    })
    .await;
    let teacher = s.teacher("a@school.example").await;
    let (id, code) = s.class(&teacher, "Oak", 1, &[LEVEL]).await;
    let (card, token) = s.pupil(&code).await;
    let sent = ids(&["Ks1/pi", "Ks1/ms"]);
    s.post_json("/api/results", Some(&token), &with_badges("attempt-i-1", LEVEL, safe_log(), T, sent)).await;
    let page = s.get(&format!("/teacher/classes/{id}"), &teacher).await;
    assert!(page.body.contains(r#"src="/assets/icons/padlock.png" alt="Keep it private""#), "{}", page.body);
    assert!(!page.body.contains("magnifier.png"), "no picture the build doesn't have");
    assert!(page.body.contains(&escaped("Trick <spotter> & co")), "named instead");
    let icon = s.get("/assets/icons/padlock.png", "").await;
    assert_eq!(icon.status, StatusCode::OK, "the picture is served");
    let pupil = s.get(&format!("/teacher/classes/{id}/pupils/{}", card.pupil_id), &teacher).await;
    assert!(pupil.body.contains("/assets/icons/padlock.png"));
}

/// Results arriving together are written in one transaction, their badges in one
/// statement: each pupil still gets each badge once, dated by their earliest result.
#[tokio::test]
async fn badges_of_results_arriving_together_are_stored_once_each() {
    use tower::ServiceExt;
    let s = Server::start_tiny("badges-batch").await;
    let teacher = s.teacher("a@school.example").await;
    let (_, code) = s.class(&teacher, "Oak", 1, &[LEVEL]).await;
    let (_, code2) = s.class(&teacher, "Ash", 1, &[LEVEL]).await;
    let pupils = [s.pupil(&code).await, s.pupil(&code2).await];
    let mut sending = tokio::task::JoinSet::new();
    for n in 0..40u64 {
        let (_, token) = &pupils[(n % 2) as usize];
        let badges = if n % 4 < 2 { ids(&["Ks1/pi", "Ks1/ms"]) } else { ids(&["Ks1/pi", "Ks1/nope"]) };
        let body = with_badges(&format!("attempt-together-{n:02}"), LEVEL, safe_log(), T + n * 1000, badges);
        let request = axum::http::Request::post("/api/results")
            .header("content-type", "application/json")
            .header("authorization", format!("Bearer {token}"))
            .body(axum::body::Body::from(body))
            .unwrap();
        let app = clickwise_server::app(&s.config, s.state.clone());
        sending.spawn(async move { app.oneshot(request).await.unwrap().status() });
    }
    while let Some(status) = sending.join_next().await {
        assert_eq!(status.unwrap(), StatusCode::OK);
    }
    assert_eq!(s.count("SELECT COUNT(*) FROM results").await, 40);
    for (card, _) in &pupils {
        assert_eq!(stored(&s, card.pupil_id).await, ["Ks1/ms", "Ks1/pi"]);
    }
    // Pupil 0 sent attempts 0, 2, 4…: the earliest carrying each badge was 0 for both.
    let first = |pupil: i64, badge: &str| {
        format!("SELECT first_seen FROM pupil_badges WHERE pupil_id = {pupil} AND badge_id = '{badge}'")
    };
    let (p0, p1) = (pupils[0].0.pupil_id, pupils[1].0.pupil_id);
    assert_eq!(s.count(&first(p0, "Ks1/pi")).await, T as i64);
    assert_eq!(s.count(&first(p0, "Ks1/ms")).await, T as i64);
    assert_eq!(s.count(&first(p1, "Ks1/pi")).await, (T + 1000) as i64);
    assert_eq!(s.count(&first(p1, "Ks1/ms")).await, (T + 1000) as i64);
}

/// One batch's badges in one call, repeats and all: one row each, the earliest sighting.
#[tokio::test]
async fn a_batch_of_sightings_keeps_one_row_per_badge_with_the_earliest_time() {
    use clickwise_server::db::badges::{Sighting, for_class, record};
    let s = Server::start_tiny("badges-record").await;
    let teacher = s.teacher("a@school.example").await;
    let (class, code) = s.class(&teacher, "Oak", 1, &[LEVEL]).await;
    let (card, _) = s.pupil(&code).await;
    let seen = |badge_id, after: i64| Sighting {
        pupil_id: card.pupil_id,
        class_id: class,
        badge_id,
        finished_at: T as i64 + after,
    };
    let mut tx = s.state.db.begin().await.unwrap();
    record(&mut tx, vec![seen("Ks1/pi", 50), seen("Ks1/ms", 7), seen("Ks1/pi", 3), seen("Ks1/pi", 9)])
        .await
        .unwrap();
    record(&mut tx, Vec::new()).await.unwrap();
    tx.commit().await.unwrap();
    let stored = for_class(&s.state.db, class).await.unwrap();
    let got: Vec<(&str, i64)> = stored.iter().map(|b| (b.badge_id.as_str(), b.first_seen)).collect();
    assert_eq!(got, [("Ks1/pi", T as i64 + 3), ("Ks1/ms", T as i64 + 7)], "by first seen");
}
