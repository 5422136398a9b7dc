//! What the class's pages and downloads tell a teacher, against the real router and a real
//! SQLite file: "Needs a word" (flagged first-try choices only), "Talk about in class"
//! (every kind of step, in words with the question, placeholders filled in), late and
//! not-started pupils, the statements (secure / working towards, and what changed), the
//! printable summary, and both CSV files. The levels are the tests' own (`common::lesson`).

mod common;

use common::lesson::{self, AGAIN, EVERY, again, every_riskiest, every_safest, html, section, send};
use common::*;

const T: u64 = 1_790_000_000_000;

async fn start(name: &str) -> Server {
    Server::start_with(name, lesson::write).await
}

#[tokio::test]
async fn a_flagged_first_try_choice_needs_a_word_and_an_unflagged_one_does_not() {
    let s = start("needs-a-word").await;
    let teacher = s.teacher("a@school.example").await;
    let (id, code) = lesson::class(&s, &teacher, "Oak", 3, &[(EVERY, "2099-12-04")]).await;
    let (risky_id, risky_nick, risky) = lesson::pupil(&s, &code, 0).await;
    let (later_id, later_nick, later) = lesson::pupil(&s, &code, 1).await;
    send(&s, &risky, "attempt-risky-1", EVERY, every_riskiest(), T, true).await;
    // Safe on the first try; the risky choices come on a second go: nothing to flag.
    send(&s, &later, "attempt-later-1", EVERY, every_safest(), T, true).await;
    send(&s, &later, "attempt-later-2", EVERY, every_riskiest(), T + 60_000, false).await;

    let page = s.get(&format!("/teacher/classes/{id}"), &teacher).await.body;
    let panel = section(&page, "needs-a-word");
    for text in [
        "Telling a friend a password",
        "What should Ava do?",
        "Tell Leo. He is a best friend.",
        "Agreeing to keep a chat secret from a grown-up",
        "Sorting a home address as OK to share",
        "Letting every player see where they are",
        "Thinking there is nobody to tell about a worry",
        "Opening a message asking what street they live on",
        "What can Ava keep private?",
    ] {
        assert!(panel.contains(&html(text)), "{text} is in Needs a word:\n{panel}");
    }
    assert!(panel.contains(&html(&risky_nick)) && panel.contains(&format!("/pupils/{risky_id}")));
    assert!(!panel.contains(&html(&later_nick)), "a risky second go is not flagged: first tries only");
    for unflagged in ["Tap the link", "Left “Account” on “Public”", "Best colour", "Free coins"] {
        assert!(!panel.contains(&html(unflagged)), "{unflagged} is not flagged, so not in Needs a word");
    }
    assert!(section(&page, "talk").contains(&html("Tap the link")), "it is one to talk about in class");
    let glance = &page[..page.find("id=\"needs-a-word\"").unwrap()];
    assert!(glance.contains(&html(&risky_nick)) && glance.contains("6 first-try choices"), "{glance}");

    let mine = s.get(&format!("/teacher/classes/{id}/pupils/{risky_id}"), &teacher).await.body;
    assert!(section(&mine, "needs-a-word").contains(&html("Telling a friend a password")));
    let theirs = s.get(&format!("/teacher/classes/{id}/pupils/{later_id}"), &teacher).await.body;
    assert!(section(&theirs, "needs-a-word").contains("Nothing so far"));
}

#[tokio::test]
async fn talk_about_in_class_has_every_kinds_mistakes_in_words_with_placeholders_filled() {
    let s = start("talk").await;
    let teacher = s.teacher("a@school.example").await;
    let (id, code) = lesson::class(&s, &teacher, "Oak", 2, &[(EVERY, "2099-12-04")]).await;
    let (_, _, one) = lesson::pupil(&s, &code, 0).await;
    let (_, _, two) = lesson::pupil(&s, &code, 1).await;
    send(&s, &one, "attempt-one-1", EVERY, every_riskiest(), T, true).await;
    // The second pupil only sorts the address wrong.
    let mut sort_only = every_safest();
    sort_only[4].picks = vec!["colour=ok".into(), "address=ok".into(), "pet=ok".into()];
    send(&s, &two, "attempt-two-1", EVERY, sort_only, T, true).await;

    let page = s.get(&format!("/teacher/classes/{id}"), &teacher).await.body;
    let talk = section(&page, "talk");
    for text in [
        // Sort, with its question
        "What can Ava share in the game?",
        "Put “Home address” in “OK to share” (it belongs in “Keep private”)",
        // SpotClues: a part that was fine, and a clue missed
        "Picked “Sent on a school day” as a clue, though it was fine",
        "Missed the clue “prize@win-now.biz”",
        // A setting, named
        "Left “Account” on “Public”: Anyone can see what Ava makes.",
        // A chat reply, with what was said
        "Star Builder said: “Let's keep our chat a secret. Don't tell your mum.”",
        // A choice with its question, the feed and the report
        "Tell Leo. He is a best friend.",
        "Chose “Open it” for “What street do you live on?” from Star Builder",
        "Who can Ava tell?",
        // The level's questions to discuss
        "Who can Ava tell?",
    ] {
        assert!(talk.contains(&html(text)), "{text} in Talk about in class:\n{talk}");
    }
    let first_row = &talk[talk.find("<tbody>").unwrap()..];
    let first_row = &first_row[..first_row.find("</tr>").unwrap()];
    assert!(
        first_row.contains("Home address") && first_row.contains("2 pupils"),
        "most made first: {first_row}"
    );
    for placeholder in ["{child}", "{friend}", "{stranger}"] {
        assert!(!page.contains(placeholder), "{placeholder} is filled in everywhere");
    }
    // The stored risky lines are core's words too (the tie-break for "best").
    let risky: String = sqlx::query_scalar("SELECT risky FROM results WHERE attempt_id = 'attempt-one-1'")
        .fetch_one(&s.state.db)
        .await
        .unwrap();
    assert!(
        risky.lines().any(|l| l == "Left “Show where I am” on “On”: All the players can see where Ava is.")
    );
    assert_eq!(risky.lines().count(), 6, "{risky}");
}

#[tokio::test]
async fn late_and_not_started_pupils_are_listed() {
    let s = start("late").await;
    let teacher = s.teacher("a@school.example").await;
    let (id, code) =
        lesson::class(&s, &teacher, "Oak", 3, &[(EVERY, "2020-01-06"), (AGAIN, "2999-12-31")]).await;
    let (played_id, _, token) = lesson::pupil(&s, &code, 0).await;
    let (idle_id, idle_nick, _) = lesson::pupil(&s, &code, 1).await;
    send(&s, &token, "attempt-late-1", EVERY, every_safest(), T, true).await;
    let page = s.get(&format!("/teacher/classes/{id}"), &teacher).await.body;
    let glance = &page[..page.find("id=\"needs-a-word\"").unwrap()];
    let not_started = &glance[glance.find("Not started yet").expect("a not-started list")..];
    assert!(not_started.contains(&html(&idle_nick)), "{glance}");
    assert!(!not_started[..not_started.find("</p>").unwrap()].contains(&format!("/pupils/{played_id}\"")));
    assert!(
        glance.contains(&format!("/pupils/{idle_id}\">")) && glance.contains("due 6 January"),
        "{glance}"
    );
    assert!(!glance.contains("Where I live"), "not late before its due date");
    assert_eq!(page.matches("class=\"late\"").count(), 2, "the two pupils who haven't played it are late");
    let topic_note = "Each percentage is the stars earned (each pupil's best try) of all the stars possible";
    assert!(page.contains(&html(topic_note)), "the topic percentage says what it counts");
}

#[tokio::test]
async fn statements_are_secure_or_working_towards_and_the_summary_says_what_changed() {
    let s = start("statements").await;
    let teacher = s.teacher("a@school.example").await;
    let (id, code) = lesson::class(&s, &teacher, "Oak", 3, &[(EVERY, ""), (AGAIN, "")]).await;
    let (improver, improver_nick, a) = lesson::pupil(&s, &code, 0).await;
    let (slipper, slipper_nick, b) = lesson::pupil(&s, &code, 1).await;
    // Risky, then safe when the statement comes again: secure, and better.
    send(&s, &a, "attempt-a-1", EVERY, every_riskiest(), T, true).await;
    send(&s, &a, "attempt-a-2", AGAIN, again(true), T + 86_400_000, true).await;
    // Safe, then flagged when it comes again: working towards, and lower.
    send(&s, &b, "attempt-b-1", EVERY, every_safest(), T, true).await;
    send(&s, &b, "attempt-b-2", AGAIN, again(false), T + 86_400_000, true).await;

    let statement = "I can name personal information, like my name, address and school, and keep it private.";
    let improved = s.get(&format!("/teacher/classes/{id}/pupils/{improver}"), &teacher).await.body;
    let row = &improved[improved.find(&html(statement)).expect("the statement's words")..];
    let row = &row[..row.find("</tr>").unwrap()];
    assert!(row.contains("Secure") && row.contains("1 of 2 showed it") && row.contains("Better"), "{row}");
    let slipped = s.get(&format!("/teacher/classes/{id}/pupils/{slipper}"), &teacher).await.body;
    let row = &slipped[slipped.find(&html(statement)).unwrap()..];
    let row = &row[..row.find("</tr>").unwrap()];
    assert!(row.contains("Working towards") && row.contains("Lower"), "{row}");

    let dashboard = s.get(&format!("/teacher/classes/{id}"), &teacher).await.body;
    assert!(
        dashboard.contains("Since the first level: </strong>1 better, 0 the same, 1 lower."),
        "{dashboard}"
    );

    let summary = s.get(&format!("/teacher/classes/{id}/summary"), &teacher).await;
    assert_eq!(summary.status, axum::http::StatusCode::OK);
    let today = clickwise_server::views::dates::day_and_year(&clickwise_server::views::dates::today());
    assert!(summary.body.contains(&format!("Printed {today}")), "dated");
    for text in
        ["Privacy and security", "Online relationships", statement, "What changed since the first level"]
    {
        assert!(summary.body.contains(&html(text)), "{text} on the summary");
    }
    assert!(summary.body.contains("1 better, 0 the same, 1 lower"));
    let flags = section(&summary.body, "needs-a-word-counts");
    assert!(flags.contains("<td>Every kind of step</td><td>6</td><td>1</td>"), "{flags}");
    assert!(flags.contains("<td>Where I live</td><td>1</td><td>1</td>"), "{flags}");
    for nick in [&improver_nick, &slipper_nick] {
        assert!(!summary.body.contains(&html(nick)), "the summary names no pupil");
    }
}

fn parse_csv(body: &str) -> Vec<Vec<String>> {
    let body = body.strip_prefix('\u{feff}').expect("a UTF-8 byte-order mark first, for Excel");
    let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(body.as_bytes());
    reader.records().map(|r| r.unwrap().iter().map(String::from).collect()).collect()
}

#[tokio::test]
async fn the_results_csv_has_a_row_per_attempt_with_strands_statements_due_dates_and_risky_choices() {
    let s = start("csv").await;
    let teacher = s.teacher("a@school.example").await;
    let (id, code) = lesson::class(&s, &teacher, "Year 2 (Oak)", 2, &[(EVERY, "2026-09-01")]).await;
    let (_, nick, token) = lesson::pupil(&s, &code, 0).await;
    send(&s, &token, "attempt-csv-1", EVERY, every_riskiest(), T, true).await;
    send(&s, &token, "attempt-csv-2", EVERY, every_safest(), T + 60_000, false).await;
    send(&s, &token, "attempt-csv-3", tiny::LEVEL, tiny::play(&tiny::level(), true), T, true).await;

    let r = s.get(&format!("/teacher/classes/{id}/results.csv"), &teacher).await;
    assert_eq!(r.headers["content-type"], "text/csv; charset=utf-8");
    assert_eq!(r.headers["content-disposition"], "attachment; filename=\"clickwise-year-2-oak-results.csv\"");
    let rows = parse_csv(&r.body);
    assert_eq!(
        rows[0],
        [
            "nickname",
            "level_id",
            "level",
            "strands",
            "statements",
            "assigned",
            "due",
            "after_due",
            "attempt_id",
            "first_try",
            "points",
            "max_points",
            "stars",
            "started",
            "finished",
            "risky_choices",
            "needs_a_word",
            "badges",
        ]
    );
    assert_eq!(rows.len(), 4, "a header and one row per attempt");
    let row = |attempt: &str| rows.iter().find(|r| r[8] == attempt).unwrap();
    let risky = row("attempt-csv-1");
    assert_eq!(risky[0], nick);
    assert_eq!(
        (risky[3].as_str(), risky[4].as_str()),
        ("Privacy and security; Online relationships", "pi-ks1-private; or-ks1-strangers")
    );
    assert_eq!((risky[5].as_str(), risky[6].as_str(), risky[7].as_str()), ("yes", "2026-09-01", "yes"));
    assert!(risky[15].contains("What should Ava do? → Tell Leo. He is a best friend."), "{}", risky[15]);
    assert!(!risky[15].contains("Missed the clue"), "risky choices only");
    assert!(
        risky[16].contains("Telling a friend a password") && risky[16].contains("Sorting a home address")
    );
    let safe = row("attempt-csv-2");
    assert_eq!((safe[9].as_str(), safe[15].as_str(), safe[16].as_str()), ("no", "", ""));
    let unassigned = row("attempt-csv-3");
    assert_eq!((unassigned[5].as_str(), unassigned[6].as_str(), unassigned[7].as_str()), ("no", "", ""));
}

#[tokio::test]
async fn the_summary_csv_has_one_wide_row_per_pupil() {
    let s = start("summary-csv").await;
    let teacher = s.teacher("a@school.example").await;
    let (id, code) = lesson::class(&s, &teacher, "Ελιά", 3, &[(EVERY, "2020-01-06"), (AGAIN, "")]).await;
    let (_, nick, token) = lesson::pupil(&s, &code, 0).await;
    send(&s, &token, "attempt-w-1", EVERY, every_riskiest(), T, true).await;
    send(&s, &token, "attempt-w-2", AGAIN, again(true), T + 60_000, true).await;

    let r = s.get(&format!("/teacher/classes/{id}/summary.csv"), &teacher).await;
    assert_eq!(
        r.headers["content-disposition"],
        format!("attachment; filename=\"clickwise-class-{code}-summary.csv\""),
        "a name with no letters a file system is sure to keep falls back to the class code"
    );
    let rows = parse_csv(&r.body);
    assert_eq!(rows.len(), 4, "a header and one row per pupil");
    let header = &rows[0];
    let col = |name: &str| {
        header.iter().position(|h| h.starts_with(name)).unwrap_or_else(|| panic!("{name} in {header:?}"))
    };
    let me = rows.iter().find(|r| r[0] == nick).unwrap();
    assert_eq!(me[col("started")], "yes");
    assert_eq!(me[col("assigned_finished")], "2 of 2");
    assert_eq!(me[col("needs_a_word")], "6");
    assert_eq!(
        me[col("pi-ks1-private: I can name personal information")],
        "Secure (better since the first level)"
    );
    assert_eq!(me[col("or-ks1-strangers")], "Working towards");
    assert_eq!(me[col("Where I live (first try)")], "3");
    let idle = rows[1..].iter().find(|r| r[0] != nick).unwrap();
    assert_eq!((idle[col("started")].as_str(), idle[col("late")].as_str()), ("no", "Every kind of step"));
    assert_eq!(idle[col("pi-ks1-private")], "");
}
