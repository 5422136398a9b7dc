//! A real server for tests: the real router on a real SQLite file in a temporary folder,
//! with the shipped levels (or a tiny folder of its own); helpers to act as a teacher
//! (cookies, CSRF) and as the game.
//!
//! With `CLICKWISE_TEST_POSTGRES=postgres://…` (an account that may create databases;
//! `cargo xtask test` starts a PostgreSQL and sets it), each server gets a fresh
//! PostgreSQL database of its own instead, dropped when the server is.

#![allow(dead_code)]

pub mod lesson;
pub mod tiny;

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use clickwise_core::classroom::*;
use clickwise_core::scoring::ChoiceRecord;
use clickwise_core::text::Lang;
use clickwise_server::{AppState, Config, app, open};
use http_body_util::BodyExt;
use std::path::PathBuf;
use tower::ServiceExt;

pub const LEVELS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../levels");

pub struct Server {
    pub dir: PathBuf,
    pub config: Config,
    pub state: AppState,
    /// Each card's PIN as printed when it was made (the server keeps PINs hashed).
    pub pins: std::sync::Mutex<std::collections::HashMap<i64, String>>,
    /// The PostgreSQL database made for this server, dropped with it.
    pub postgres: Option<TestDatabase>,
    /// The school admin's session: the first teacher made, from the setup link; every
    /// later teacher joins by an invitation from them (`teacher`).
    pub admin: std::sync::Mutex<Option<String>>,
}

/// The variable naming the PostgreSQL server the tests may make databases on.
pub const POSTGRES_VAR: &str = "CLICKWISE_TEST_POSTGRES";

/// A fresh PostgreSQL database for one test, if the tests run on PostgreSQL; dropped
/// (with any connections still open to it) when this is.
pub struct TestDatabase {
    admin: String,
    name: String,
    pub url: String,
}

impl TestDatabase {
    pub async fn make(name: &str) -> Option<TestDatabase> {
        let admin = std::env::var(POSTGRES_VAR).ok().filter(|v| !v.is_empty())?;
        static MADE: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = MADE.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let clean: String = name
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '_' })
            .collect();
        let name = format!("cw_{}_{}_{n}", &clean[..clean.len().min(30)], std::process::id());
        admin_sql(&admin, &format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).await;
        admin_sql(&admin, &format!("CREATE DATABASE {name}")).await;
        let url = database_url(&admin, &name);
        Some(TestDatabase { admin, name, url })
    }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        let (admin, sql) =
            (self.admin.clone(), format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name));
        // Its own thread and runtime: a drop can't await, and may run inside a runtime.
        let _ = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
            runtime.block_on(admin_sql(&admin, &sql));
        })
        .join();
    }
}

async fn admin_sql(admin: &str, sql: &str) {
    use sqlx::{Connection, Executor};
    sqlx::any::install_default_drivers();
    let mut connection =
        sqlx::AnyConnection::connect(admin).await.unwrap_or_else(|e| panic!("{POSTGRES_VAR}: {e}"));
    connection.execute(sql).await.unwrap_or_else(|e| panic!("{sql}: {e}"));
    let _ = connection.close().await;
}

/// `admin`'s address with the database `name` in place of its own.
pub fn database_url(admin: &str, name: &str) -> String {
    let (base, query) = admin.split_once('?').map_or((admin, ""), |(b, q)| (b, q));
    let authority_at = base.find("://").map_or(0, |i| i + 3);
    let host_end = base[authority_at..].find('/').map_or(base.len(), |i| authority_at + i);
    let query = if query.is_empty() { String::new() } else { format!("?{query}") };
    format!("{}/{name}{query}", &base[..host_end])
}

pub struct Reply {
    pub status: StatusCode,
    pub headers: axum::http::HeaderMap,
    pub body: String,
}

impl Reply {
    pub fn cookie(&self, name: &str) -> Option<String> {
        self.headers.get_all(header::SET_COOKIE).iter().filter_map(|v| v.to_str().ok()).find_map(|v| {
            v.strip_prefix(&format!("{name}=")).map(|rest| rest.split(';').next().unwrap_or("").to_owned())
        })
    }

    pub fn location(&self) -> String {
        self.headers.get(header::LOCATION).map(|v| v.to_str().unwrap().to_owned()).unwrap_or_default()
    }

    /// The value of the first hidden CSRF field on the page.
    pub fn csrf(&self) -> String {
        let at = self.body.find("name=\"csrf\" value=\"").expect("a form with a CSRF field") + 19;
        self.body[at..].split('"').next().unwrap().to_owned()
    }

    pub fn json<T: serde::de::DeserializeOwned>(&self) -> T {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("{e}: {}", self.body))
    }
}

impl Server {
    /// A server scoring with the shipped levels.
    pub async fn start(name: &str) -> Server {
        Server::start_with(name, |_| PathBuf::from(LEVELS)).await
    }

    /// A server scoring with the tiny level folder of [`tiny`], which the level writers'
    /// work in `levels/` can't change.
    pub async fn start_tiny(name: &str) -> Server {
        Server::start_with(name, tiny::write).await
    }

    /// A server scoring with the levels folder `levels` makes inside its temporary folder.
    pub async fn start_with(name: &str, levels: impl FnOnce(&std::path::Path) -> PathBuf) -> Server {
        let postgres = TestDatabase::make(name).await;
        let database = postgres.as_ref().map(|p| p.url.clone());
        Server::start_on(name, levels, database, postgres).await
    }

    /// Another server (tiny levels) on the PostgreSQL database `url`, which someone else
    /// made: as a grid runs several behind one load balancer.
    pub async fn start_tiny_on(name: &str, url: &str) -> Server {
        Server::start_on(name, tiny::write, Some(url.to_owned()), None).await
    }

    async fn start_on(
        name: &str,
        levels: impl FnOnce(&std::path::Path) -> PathBuf,
        database: Option<String>,
        postgres: Option<TestDatabase>,
    ) -> Server {
        let dir = std::env::temp_dir().join(format!("clickwise-class-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("dist")).unwrap();
        std::fs::write(dir.join("dist/index.html"), "<!doctype html><title>Clickwise</title>").unwrap();
        std::fs::write(dir.join("dist/404.html"), "not here").unwrap();
        let levels = levels(&dir);
        let config = Config {
            dist: dir.join("dist"),
            data_dir: dir.join("data"),
            levels: Some(levels),
            database,
            ..Config::default()
        };
        let state = open(&config).await.expect("the server opens");
        Server { dir, config, state, pins: Default::default(), admin: Default::default(), postgres }
    }

    pub async fn call(
        &self,
        method: &str,
        path: &str,
        headers: &[(&str, &str)],
        body: impl Into<Body>,
    ) -> Reply {
        self.send(request(method, path, headers).body(body.into()).unwrap()).await
    }

    /// Sends a request through the whole app (every layer, as a real one would pass).
    async fn send(&self, req: Request<Body>) -> Reply {
        let res = app(&self.config, self.state.clone()).oneshot(req).await.unwrap();
        let status = res.status();
        let headers = res.headers().clone();
        let bytes = res.into_body().collect().await.unwrap().to_bytes();
        Reply { status, headers, body: String::from_utf8_lossy(&bytes).into_owned() }
    }

    /// A request as if from `peer` (the socket's address), with any headers.
    pub async fn call_from(
        &self,
        peer: &str,
        method: &str,
        path: &str,
        headers: &[(&str, &str)],
        body: impl Into<Body>,
    ) -> Reply {
        let peer: std::net::SocketAddr = format!("{peer}:40000")
            .parse()
            .unwrap_or_else(|_| format!("[{peer}]:40000").parse().expect("an IP address"));
        let req = request(method, path, headers).extension(axum::extract::ConnectInfo(peer));
        self.send(req.body(body.into()).unwrap()).await
    }

    pub async fn get(&self, path: &str, cookie: &str) -> Reply {
        self.call("GET", path, &[("cookie", cookie)], Body::empty()).await
    }

    /// Posts a form as a signed-in teacher.
    pub async fn post_form(&self, path: &str, cookie: &str, form: &str) -> Reply {
        let headers = [("cookie", cookie), ("content-type", "application/x-www-form-urlencoded")];
        self.call("POST", path, &headers, form.to_owned()).await
    }

    pub async fn post_json(&self, path: &str, token: Option<&str>, body: &str) -> Reply {
        let auth = token.map(|t| format!("Bearer {t}"));
        let mut headers = vec![("content-type", "application/json")];
        if let Some(a) = &auth {
            headers.push(("authorization", a.as_str()));
        }
        self.call("POST", path, &headers, body.to_owned()).await
    }

    /// A new teacher account as a school makes them; returns their session cookie
    /// (`cw_session=…`). The first sets the school up from a setup link and is its admin;
    /// each later one is invited by that admin and follows the invitation.
    pub async fn teacher(&self, email: &str) -> String {
        let admin = self.admin.lock().unwrap().clone();
        let cookie = match admin {
            None => {
                let token = clickwise_server::db::links::new_setup(&self.state.db, false).await.unwrap();
                let path = format!("/teacher/setup/{token}");
                let body = format!("school=Test+School&email={email}&password=correct-horse-battery");
                self.follow_link(&path, &body).await
            }
            Some(admin) => {
                let link = self.invite(&admin, email).await;
                self.follow_link(&link, "password=correct-horse-battery").await
            }
        };
        self.admin.lock().unwrap().get_or_insert_with(|| cookie.clone());
        cookie
    }

    /// The admin (`admin`'s session) invites `email`; returns the invitation's path.
    pub async fn invite(&self, admin: &str, email: &str) -> String {
        let csrf = self.csrf(admin).await;
        let made =
            self.post_form("/teacher/school/invites", admin, &format!("email={email}&csrf={csrf}")).await;
        assert_eq!(made.status, StatusCode::OK, "{}", made.body);
        link_on(&made.body, "/teacher/invite/")
    }

    /// Opens a one-time link's form and posts `fields` with the form's CSRF token; returns
    /// the session cookie it signs in with.
    pub async fn follow_link(&self, path: &str, fields: &str) -> String {
        let done = self.post_link(path, fields).await;
        assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
        format!("cw_session={}", done.cookie("cw_session").expect("signed in"))
    }

    /// Opens a one-time link's form (which must work) and posts `fields` to it.
    pub async fn post_link(&self, path: &str, fields: &str) -> Reply {
        let form = self.call("GET", path, &[], Body::empty()).await;
        assert_eq!(form.status, StatusCode::OK, "{path}: {}", form.body);
        let token = form.cookie("cw_form").expect("the form sets its CSRF cookie");
        self.post_form(path, &format!("cw_form={token}"), &format!("{fields}&csrf={token}")).await
    }

    /// The session's CSRF token, from the classes page.
    pub async fn csrf(&self, cookie: &str) -> String {
        self.get("/teacher", cookie).await.csrf()
    }

    /// Makes a class with `cards` login cards and `assigned` levels; returns its id and code.
    pub async fn class(&self, cookie: &str, name: &str, cards: usize, assigned: &[&str]) -> (i64, String) {
        let csrf = self.csrf(cookie).await;
        let name = name
            .replace(' ', "+")
            .replace('<', "%3C")
            .replace('>', "%3E")
            .replace('/', "%2F")
            .replace('(', "%28")
            .replace(')', "%29");
        let made =
            self.post_form("/teacher/classes", cookie, &format!("name={name}&phase=Ks1&csrf={csrf}")).await;
        assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.body);
        let id: i64 = made.location().rsplit('/').next().unwrap().parse().unwrap();
        let added = self
            .post_form(&format!("/teacher/classes/{id}/cards"), cookie, &format!("count={cards}&csrf={csrf}"))
            .await;
        assert_eq!(added.status, StatusCode::OK, "{}", added.body);
        self.keep_printed_pins(id, &added.body).await;
        let mut form = format!("csrf={csrf}");
        for level in assigned {
            form.push_str(&format!("&level={level}&due-{level}=2099-07-20"));
        }
        let saved = self.post_form(&format!("/teacher/classes/{id}/assign"), cookie, &form).await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
        let code = sqlx::query_scalar::<_, String>("SELECT code FROM classes WHERE id = $1")
            .bind(id)
            .fetch_one(&self.state.db)
            .await
            .unwrap();
        (id, code)
    }

    /// Joins as the class's first card and signs in with its PIN; returns the token.
    pub async fn pupil(&self, code: &str) -> (Card, String) {
        let joined: JoinReply =
            self.post_json("/api/join", None, &format!(r#"{{"code":"{code}"}}"#)).await.json();
        let card = joined.cards[0].clone();
        let pin = self.pin(card.pupil_id);
        let body = serde_json::to_string(&SignInRequest { code: code.into(), pupil_id: card.pupil_id, pin })
            .unwrap();
        let signed: SignInReply = self.post_json("/api/pupil/sign-in", None, &body).await.json();
        (card, signed.token)
    }

    /// Notes the PINs on a page of freshly printed cards of class `class`.
    pub async fn keep_printed_pins(&self, class: i64, page: &str) {
        let cards: Vec<(i64, String)> = sqlx::query_as("SELECT id, nickname FROM pupils WHERE class_id = $1")
            .bind(class)
            .fetch_all(&self.state.db)
            .await
            .unwrap();
        // A Welsh page prints each card's nickname in Welsh ("Dyfrgi Hapus" for "Happy Otter").
        let said = |stored: &str, printed: &str| {
            [Lang::En, Lang::Cy]
                .iter()
                .any(|&lang| clickwise_core::names::nickname_in(stored, lang) == printed)
        };
        for (nickname, pin) in printed_pins(page) {
            let (id, _) = cards
                .iter()
                .find(|(_, stored)| said(stored, &nickname))
                .unwrap_or_else(|| panic!("no card of class {class} is printed as {nickname}"));
            self.pins.lock().unwrap().insert(*id, pin);
        }
    }

    /// The PIN printed on card `pupil`.
    pub fn pin(&self, pupil: i64) -> String {
        self.pins.lock().unwrap().get(&pupil).cloned().expect("a card printed by this test")
    }

    pub async fn count(&self, sql: &str) -> i64 {
        sqlx::query_scalar::<_, i64>(sql).fetch_one(&self.state.db).await.unwrap()
    }
}

/// The path of the first one-time link starting with `prefix` shown on a page.
pub fn link_on(page: &str, prefix: &str) -> String {
    let at = page.find(prefix).unwrap_or_else(|| panic!("no {prefix} link on the page: {page}"));
    let token: String = page[at + prefix.len()..].chars().take_while(char::is_ascii_hexdigit).collect();
    assert_eq!(token.len(), 64, "{page}");
    format!("{prefix}{token}")
}

/// The log of playing the tiny level (`tiny::LEVEL`, the only one it knows) the safest
/// or the riskiest way.
pub fn play(level_id: &str, safest: bool) -> Vec<ChoiceRecord> {
    assert_eq!(level_id, tiny::LEVEL, "play knows the tiny level only");
    tiny::play(&tiny::level(), safest)
}

pub fn submission(attempt: &str, level: &str, choices: Vec<ChoiceRecord>) -> String {
    submission_at(attempt, level, choices, 1_700_000_060_000, None)
}

/// A submission finished at `finished_at` (ms), saying whether it was the first try.
pub fn submission_at(
    attempt: &str,
    level: &str,
    choices: Vec<ChoiceRecord>,
    finished_at: u64,
    first_try: Option<bool>,
) -> String {
    let sub = ResultSubmission {
        attempt_id: attempt.into(),
        level_id: level.into(),
        choices,
        started_at: finished_at - 60_000,
        finished_at,
        first_try,
        badges: Vec::new(),
    };
    serde_json::to_string(&sub).unwrap()
}

/// A submission finished at `finished_at` (ms) carrying the player's `badges`.
pub fn with_badges(
    attempt: &str,
    level: &str,
    choices: Vec<ChoiceRecord>,
    finished_at: u64,
    badges: Vec<String>,
) -> String {
    let sub: ResultSubmission =
        serde_json::from_str(&submission_at(attempt, level, choices, finished_at, None)).unwrap();
    serde_json::to_string(&ResultSubmission { badges, ..sub }).unwrap()
}

fn request(method: &str, path: &str, headers: &[(&str, &str)]) -> axum::http::request::Builder {
    let mut req = Request::builder().method(method).uri(path);
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    req
}

/// (nickname, PIN) of each card on a printed page that shows PINs.
pub fn printed_pins(page: &str) -> Vec<(String, String)> {
    page.split("class=\"nick\">")
        .skip(1)
        .filter_map(|card| {
            let nickname = card.split('<').next()?;
            let pin = card.split("class=\"pin\">").nth(1)?.split('<').next()?;
            Some((nickname.to_owned(), pin.to_owned()))
        })
        .collect()
}
