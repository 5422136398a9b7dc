//! Guessing limits as a school meets them: many pupils and teachers behind one address
//! (a NAT or the reverse proxy the README recommends), a guesser trying class codes and
//! PINs, bursts of simultaneous tries.

mod common;

use axum::http::StatusCode;
use clickwise_core::classroom::*;
use clickwise_server::Config;
use common::*;

const LEVEL: &str = common::tiny::LEVEL;
const PROXY: &str = "10.0.0.2";

/// A server behind a trusted reverse proxy at [`PROXY`].
async fn behind_proxy(name: &str) -> Server {
    let mut s = Server::start_tiny(name).await;
    s.config = Config { trusted_proxies: vec![PROXY.parse().unwrap()], ..s.config.clone() };
    s.state.trusted_proxies = s.config.trusted_proxies.clone().into();
    s
}

async fn sign_in_from(s: &Server, client: &str, code: &str, pupil_id: i64, pin: &str) -> Reply {
    let body =
        serde_json::to_string(&SignInRequest { code: code.into(), pupil_id, pin: pin.into() }).unwrap();
    let headers = [("content-type", "application/json"), ("x-forwarded-for", client)];
    s.call_from(PROXY, "POST", "/api/pupil/sign-in", &headers, body).await
}

async fn pin_of(s: &Server, pupil: i64) -> String {
    s.pin(pupil)
}

fn wrong(pin: &str) -> String {
    format!("{:04}", (pin.parse::<u32>().unwrap() + 1) % 10_000)
}

#[tokio::test]
async fn one_pupils_wrong_pins_lock_only_their_card_not_the_schools_address() {
    let s = behind_proxy("nat-pins").await;
    let teacher = s.teacher("a@school.example").await;
    let (_, code) = s.class(&teacher, "Oak", 2, &[LEVEL]).await;
    let joined: JoinReply = s.post_json("/api/join", None, &format!(r#"{{"code":"{code}"}}"#)).await.json();
    let (guessed, other) = (joined.cards[0].pupil_id, joined.cards[1].pupil_id);
    let (guessed_pin, other_pin) = (pin_of(&s, guessed).await, pin_of(&s, other).await);
    // Everyone is behind the school's one address; the proxy says who is who.
    let mut statuses = Vec::new();
    for _ in 0..12 {
        statuses.push(sign_in_from(&s, "192.168.1.20", &code, guessed, &wrong(&guessed_pin)).await.status);
    }
    assert_eq!(statuses[..9], [StatusCode::UNAUTHORIZED; 9]);
    assert_eq!(statuses[9..], [StatusCode::LOCKED; 3], "the tenth wrong PIN locks the card");
    // The right PIN can't open a locked card, until the teacher unlocks it.
    assert_eq!(
        sign_in_from(&s, "192.168.1.20", &code, guessed, &guessed_pin).await.status,
        StatusCode::LOCKED
    );
    // Another pupil at the same school address signs in at once.
    assert_eq!(sign_in_from(&s, "192.168.1.21", &code, other, &other_pin).await.status, StatusCode::OK);
    let cards = s.get(&format!("/teacher/classes/{}/cards", joined_class(&s, &code).await), &teacher).await;
    assert!(cards.body.contains("Locked cards"), "the teacher sees the locked card");
    let csrf = s.csrf(&teacher).await;
    let id = joined_class(&s, &code).await;
    let unlocked = s
        .post_form(
            &format!("/teacher/classes/{id}/cards/{guessed}/unlock"),
            &teacher,
            &format!("csrf={csrf}"),
        )
        .await;
    assert_eq!(unlocked.status, StatusCode::SEE_OTHER, "{}", unlocked.body);
    assert_eq!(sign_in_from(&s, "192.168.1.20", &code, guessed, &guessed_pin).await.status, StatusCode::OK);
}

async fn joined_class(s: &Server, code: &str) -> i64 {
    sqlx::query_scalar("SELECT id FROM classes WHERE code = $1")
        .bind(code)
        .fetch_one(&s.state.db)
        .await
        .unwrap()
}

#[tokio::test]
async fn an_unknown_code_at_sign_in_is_answered_like_a_wrong_pin_and_counted() {
    let s = behind_proxy("unknown-code").await;
    let teacher = s.teacher("a@school.example").await;
    let (_, code) = s.class(&teacher, "Oak", 1, &[LEVEL]).await;
    let joined: JoinReply = s.post_json("/api/join", None, &format!(r#"{{"code":"{code}"}}"#)).await.json();
    let card = joined.cards[0].pupil_id;
    let pin = pin_of(&s, card).await;
    let wrong_pin = sign_in_from(&s, "198.51.100.4", &code, card, &wrong(&pin)).await;
    let wrong_code = sign_in_from(&s, "198.51.100.5", "99999999", card, &pin).await;
    assert_eq!((wrong_pin.status, &wrong_pin.body), (wrong_code.status, &wrong_code.body));
    // Every unknown code counts: a guesser walking the code space is stopped.
    let mut refused = 0;
    for n in 0..30 {
        let r = sign_in_from(&s, "198.51.100.6", &format!("{}", 90_000_000 + n), card, &pin).await;
        if r.status == StatusCode::TOO_MANY_REQUESTS {
            refused += 1;
        }
    }
    assert!(refused >= 9, "unknown codes at sign-in are limited ({refused} of 30 refused)");
}

#[tokio::test]
async fn simultaneous_wrong_codes_are_counted_before_they_are_checked() {
    let s = behind_proxy("burst").await;
    let bursts = (0..300).map(|n| {
        let s = &s;
        async move {
            let body = format!(r#"{{"code":"{}"}}"#, 30_000_000 + n);
            let headers = [("content-type", "application/json"), ("x-forwarded-for", "203.0.113.9")];
            s.call_from(PROXY, "POST", "/api/join", &headers, body).await.status
        }
    });
    let statuses = all_at_once(bursts).await;
    let checked = statuses.iter().filter(|s| **s == StatusCode::NOT_FOUND).count();
    assert_eq!(checked, 20, "only the limit's worth of codes were looked up");
    assert_eq!(statuses.len() - checked, 280);
    // Someone else behind the same proxy is not affected.
    let headers = [("content-type", "application/json"), ("x-forwarded-for", "203.0.113.10")];
    let other = s.call_from(PROXY, "POST", "/api/join", &headers, r#"{"code":"30000000"}"#).await;
    assert_eq!(other.status, StatusCode::NOT_FOUND);
}

/// Runs the futures together on this task, as simultaneous requests.
async fn all_at_once<F: std::future::Future<Output = StatusCode>>(
    futures: impl Iterator<Item = F>,
) -> Vec<StatusCode> {
    let mut pending: Vec<_> = futures.map(Box::pin).enumerate().collect();
    let mut results = vec![StatusCode::OK; pending.len()];
    std::future::poll_fn(|cx| {
        pending.retain_mut(|(i, f)| match f.as_mut().poll(cx) {
            std::task::Poll::Ready(status) => {
                results[*i] = status;
                false
            }
            std::task::Poll::Pending => true,
        });
        if pending.is_empty() { std::task::Poll::Ready(()) } else { std::task::Poll::Pending }
    })
    .await;
    results
}

#[tokio::test]
async fn a_teachers_wrong_passwords_do_not_lock_out_a_colleague_on_the_same_address() {
    let s = behind_proxy("staffroom").await;
    s.teacher("guessed@school.example").await;
    s.teacher("colleague@school.example").await;
    let sign_in = |email: &'static str, password: &'static str| {
        let s = &s;
        async move {
            let form = s.call("GET", "/teacher/sign-in", &[], "").await;
            let token = form.cookie("cw_form").unwrap();
            let cookie = format!("cw_form={token}");
            let headers = [
                ("cookie", cookie.as_str()),
                ("content-type", "application/x-www-form-urlencoded"),
                ("x-forwarded-for", "192.168.1.50"),
            ];
            let body = format!("email={email}&password={password}&csrf={token}");
            s.call_from(PROXY, "POST", "/teacher/sign-in", &headers, body).await.status
        }
    };
    for _ in 0..5 {
        assert_eq!(sign_in("guessed@school.example", "wrong-password-1").await, StatusCode::UNAUTHORIZED);
    }
    assert_eq!(sign_in("guessed@school.example", "wrong-password-1").await, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(
        sign_in("colleague@school.example", "correct-horse-battery").await,
        StatusCode::SEE_OTHER,
        "a colleague in the same staffroom signs in"
    );
}
