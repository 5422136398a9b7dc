//! Two servers on one PostgreSQL database, as a grid runs them behind a load balancer: a
//! result sent to both is stored once, a pupil's first try is decided once, guessing
//! limits and card locks count tries made on either, and a card removed on one stops
//! working on the other at once. (PostgreSQL only: skipped without `CLICKWISE_TEST_POSTGRES`.)

mod common;

use axum::http::StatusCode;
use clickwise_core::classroom::*;
use common::*;

const LEVEL: &str = common::tiny::LEVEL;
const T: u64 = 1_700_000_000_000;

async fn pair(name: &str) -> Option<(TestDatabase, Server, Server)> {
    let Some(db) = TestDatabase::make(name).await else {
        eprintln!("PostgreSQL only (set {POSTGRES_VAR}): skipped");
        return None;
    };
    let a = Server::start_tiny_on(&format!("{name}-a"), &db.url).await;
    let b = Server::start_tiny_on(&format!("{name}-b"), &db.url).await;
    Some((db, a, b))
}

async fn sign_in(s: &Server, peer: &str, code: &str, pupil_id: i64, pin: &str) -> Reply {
    let body =
        serde_json::to_string(&SignInRequest { code: code.into(), pupil_id, pin: pin.into() }).unwrap();
    s.call_from(peer, "POST", "/api/pupil/sign-in", &[("content-type", "application/json")], body).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_result_sent_to_both_servers_is_stored_once_and_the_first_try_is_decided_once() {
    let Some((_db, a, b)) = pair("two-results").await else { return };
    let teacher = a.teacher("grid@school.example").await;
    let (_, code) = a.class(&teacher, "Oak", 2, &[LEVEL]).await;
    let (card, token) = a.pupil(&code).await;
    // The token made on one server works on the other.
    assert_eq!(
        b.call("GET", "/api/pupil/me", &[("authorization", &format!("Bearer {token}"))], "").await.status,
        StatusCode::OK
    );

    // Twenty attempts, each sent to both servers at the same moment.
    let sends = (0..20).flat_map(|n| {
        let body =
            submission_at(&format!("attempt-{n:02}"), LEVEL, play(LEVEL, n % 2 == 0), T + n * 1000, None);
        [(true, body.clone()), (false, body)]
    });
    let replies = futures_join(sends.map(|(to_a, body)| {
        let (a, b, token) = (&a, &b, token.clone());
        async move {
            let s = if to_a { a } else { b };
            s.post_json("/api/results", Some(&token), &body).await
        }
    }))
    .await;
    assert!(
        replies.iter().all(|r| r.status == StatusCode::OK),
        "{:?}",
        replies.iter().map(|r| &r.body).collect::<Vec<_>>()
    );
    let fresh = replies.iter().filter(|r| !r.json::<ResultReply>().duplicate).count();
    assert_eq!(fresh, 20, "each attempt stored by exactly one of the two servers");
    let pupil = card.pupil_id;
    assert_eq!(a.count(&format!("SELECT COUNT(*) FROM results WHERE pupil_id = {pupil}")).await, 20);

    // Eight attempts all claiming to be the first try, finished at different times, sent at
    // once to both servers (a device's outbox and another's): one mark, on the earliest.
    let other = a.count(&format!("SELECT MAX(id) FROM pupils WHERE id <> {pupil}")).await;
    let other_token = {
        let pin = a.pin(other);
        let r = sign_in(&a, "198.51.100.7", &code, other, &pin).await;
        r.json::<SignInReply>().token
    };
    let claims = (0..8u64).map(|n| {
        let finished = T + (8 - n) * 60_000;
        let body = submission_at(&format!("first-try-{n}"), LEVEL, play(LEVEL, true), finished, Some(true));
        let (s, token) = (if n % 2 == 0 { &a } else { &b }, other_token.clone());
        async move { s.post_json("/api/results", Some(&token), &body).await }
    });
    let replies = futures_join(claims).await;
    assert!(
        replies.iter().all(|r| r.status == StatusCode::OK),
        "{:?}",
        replies.iter().map(|r| (r.status, &r.body)).collect::<Vec<_>>()
    );
    let firsts = format!("SELECT COUNT(*) FROM results WHERE pupil_id = {other} AND first_try = 1");
    assert_eq!(a.count(&firsts).await, 1, "one first try per pupil and level");
    let earliest =
        format!("SELECT first_try FROM results WHERE pupil_id = {other} AND attempt_id = 'first-try-7'");
    assert_eq!(a.count(&earliest).await, 1, "the earliest finished is the first try");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn guesses_spread_over_two_servers_count_as_on_one() {
    let Some((_db, a, b)) = pair("two-limits").await else { return };
    let teacher = a.teacher("grid@school.example").await;
    let (class, code) = a.class(&teacher, "Oak", 2, &[LEVEL]).await;
    let joined: JoinReply = b.post_json("/api/join", None, &format!(r#"{{"code":"{code}"}}"#)).await.json();
    let (guessed, kept) = (joined.cards[0].pupil_id, joined.cards[1].pupil_id);

    // Wrong class codes from one address: twenty are allowed in ten minutes, wherever they land.
    let guesser = "203.0.113.9";
    async fn join(s: &Server, guesser: &str, n: u32) -> Reply {
        let body = format!(r#"{{"code":"{:08}"}}"#, 10_000_000 + n);
        s.call_from(guesser, "POST", "/api/join", &[("content-type", "application/json")], body).await
    }
    for n in 0..10 {
        assert_eq!(join(&a, guesser, n).await.status, StatusCode::NOT_FOUND);
        assert_eq!(join(&b, guesser, n + 100).await.status, StatusCode::NOT_FOUND);
    }
    assert_eq!(
        join(&a, guesser, 200).await.status,
        StatusCode::TOO_MANY_REQUESTS,
        "the 21st, counted over both servers"
    );
    assert_eq!(join(&b, guesser, 201).await.status, StatusCode::TOO_MANY_REQUESTS);

    // Wrong PINs on one card, alternating between the servers: the tenth locks it.
    let pin = a.pin(guessed);
    let wrong = format!("{:04}", (pin.parse::<u32>().unwrap() + 1) % 10_000);
    let mut statuses = Vec::new();
    for n in 0..11 {
        let s = if n % 2 == 0 { &a } else { &b };
        statuses.push(sign_in(s, "198.51.100.20", &code, guessed, &wrong).await.status);
    }
    assert_eq!(statuses[..9], [StatusCode::UNAUTHORIZED; 9]);
    assert_eq!(statuses[9..], [StatusCode::LOCKED; 2], "locked after ten over both servers");
    assert_eq!(sign_in(&b, "198.51.100.20", &code, guessed, &pin).await.status, StatusCode::LOCKED);

    // A card removed on one server stops working on the other at once (no stale cache).
    let token = sign_in(&b, "198.51.100.21", &code, kept, &a.pin(kept)).await.json::<SignInReply>().token;
    async fn me(s: &Server, token: &str) -> StatusCode {
        let auth = format!("Bearer {token}");
        s.call("GET", "/api/pupil/me", &[("authorization", &auth)], "").await.status
    }
    assert_eq!(me(&b, &token).await, StatusCode::OK);
    let csrf = a.csrf(&teacher).await;
    let removed = a
        .post_form(
            &format!("/teacher/classes/{class}/cards/{kept}/remove"),
            &teacher,
            &format!("csrf={csrf}"),
        )
        .await;
    assert!(removed.status.is_redirection() || removed.status.is_success(), "{}", removed.body);
    assert_eq!(a.count(&format!("SELECT COUNT(*) FROM pupils WHERE id = {kept}")).await, 0);
    assert_eq!(me(&b, &token).await, StatusCode::UNAUTHORIZED);
}

/// Runs the futures together on this task, as simultaneous requests; their replies in order.
async fn futures_join<F: std::future::Future<Output = Reply>>(
    futures: impl Iterator<Item = F>,
) -> Vec<Reply> {
    let mut pending: Vec<_> = futures.map(Box::pin).enumerate().collect();
    let mut replies: Vec<Option<Reply>> = pending.iter().map(|_| None).collect();
    std::future::poll_fn(|cx| {
        pending.retain_mut(|(i, f)| match f.as_mut().poll(cx) {
            std::task::Poll::Ready(reply) => {
                replies[*i] = Some(reply);
                false
            }
            std::task::Poll::Pending => true,
        });
        if pending.is_empty() { std::task::Poll::Ready(()) } else { std::task::Poll::Pending }
    })
    .await;
    replies.into_iter().map(|r| r.expect("every request answered")).collect()
}
