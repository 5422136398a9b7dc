//! The server re-scores every result with core `scoring::score`: a step the pupil rewound
//! counts its first try, and a setting with several safe options takes any of them. The
//! level is the tests' own (`common::tiny`).

mod common;

use axum::http::StatusCode;
use clickwise_core::classroom::ResultReply;
use clickwise_core::scoring::{self, ChoiceRecord, FirstTry};
use common::tiny::LEVEL;
use common::*;

/// The level as the server loaded it.
fn level(s: &Server) -> clickwise_core::Level {
    s.state.levels.get(LEVEL).expect("the tiny level").clone()
}

fn setup(picks: &[&str]) -> ChoiceRecord {
    ChoiceRecord {
        step: "setup".into(),
        picks: picks.iter().map(|p| p.to_string()).collect(),
        ..Default::default()
    }
}

#[tokio::test]
async fn a_rewound_step_is_scored_by_its_first_try() {
    let s = Server::start_tiny("rewound").await;
    let teacher = s.teacher("a@school.example").await;
    let (id, code) = s.class(&teacher, "Oak", 1, &[LEVEL]).await;
    let (_, token) = s.pupil(&code).await;
    // The pupil clicked the prize, went back, and chose to tell: the click is what counts.
    let rewound = ChoiceRecord {
        first: Some(FirstTry { option: "click".into(), picks: Vec::new() }),
        ..ChoiceRecord::answer("ask", "tell")
    };
    let log = vec![rewound, setup(&["who=friends", "location=off"])];
    let core = scoring::score(&level(&s), &log).unwrap();
    assert_eq!((core.points, core.max), (2, 5), "the first try's 0, not the final answer's 3");
    let r = s.post_json("/api/results", Some(&token), &submission("attempt-rewound", LEVEL, log)).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let reply: ResultReply = r.json();
    assert_eq!((reply.points, reply.max_points, reply.stars), (core.points, core.max, core.stars));

    // The risky first try is what the teacher is told to talk about.
    let risky: String = sqlx::query_scalar("SELECT risky FROM results WHERE attempt_id = 'attempt-rewound'")
        .fetch_one(&s.state.db)
        .await
        .unwrap();
    assert_eq!(risky, "Click the free prize");
    assert_eq!(core.risky, 1, "as many risky lines as core counts");
    let page = s.get(&format!("/teacher/classes/{id}"), &teacher).await;
    assert!(page.body.contains("Click the free prize"), "in the misconceptions table");

    // A first try that isn't an option of the step is refused like any bad log.
    let bad = ChoiceRecord {
        first: Some(FirstTry { option: "nope".into(), picks: Vec::new() }),
        ..ChoiceRecord::answer("ask", "tell")
    };
    let r = s
        .post_json(
            "/api/results",
            Some(&token),
            &submission("attempt-bad-first", LEVEL, vec![bad, setup(&[])]),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    // An over-long first try is refused before it is scored.
    let long = ChoiceRecord {
        first: Some(FirstTry { option: "x".repeat(1000), picks: Vec::new() }),
        ..ChoiceRecord::answer("ask", "tell")
    };
    let r = s
        .post_json(
            "/api/results",
            Some(&token),
            &submission("attempt-long-first", LEVEL, vec![long, setup(&[])]),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    assert!(r.body.contains("too long"), "{}", r.body);
}

#[tokio::test]
async fn either_safe_option_of_a_setting_scores_full_points() {
    let s = Server::start_tiny("two-safe").await;
    let teacher = s.teacher("a@school.example").await;
    let (_, code) = s.class(&teacher, "Oak", 1, &[LEVEL]).await;
    let (_, token) = s.pupil(&code).await;
    let level = level(&s);
    let cases = [
        ("friends", 5, "attempt-friends"),
        ("nobody", 5, "attempt-nobody"),
        ("everyone", 4, "attempt-everyone"),
    ];
    for (who, points, attempt) in cases {
        let log = vec![ChoiceRecord::answer("ask", "tell"), setup(&[&format!("who={who}"), "location=off"])];
        let core = scoring::score(&level, &log).unwrap();
        let reply: ResultReply =
            s.post_json("/api/results", Some(&token), &submission(attempt, LEVEL, log)).await.json();
        assert_eq!((reply.points, reply.max_points), (points, 5), "who={who}");
        assert_eq!((reply.points, reply.stars), (core.points, core.stars), "as core scores it: who={who}");
    }
    // Left where it started (everyone), the setting earns nothing.
    let reply: ResultReply = s
        .post_json(
            "/api/results",
            Some(&token),
            &submission(
                "attempt-untouched",
                LEVEL,
                vec![ChoiceRecord::answer("ask", "tell"), setup(&["location=off"])],
            ),
        )
        .await
        .json();
    assert_eq!(reply.points, 4);
}
