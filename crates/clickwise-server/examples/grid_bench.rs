//! `cargo xtask bench-server --postgres` runs this against a temporary PostgreSQL: a grid
//! (a local authority's schools on one database), figures, not pass/fail.
//!
//! `grid_bench --database postgres://… [--scale F]` makes a fresh database beside the
//! one given and loads, in bulk (INSERT … SELECT on the server, no round trip per row):
//! 500 schools, 8,000 classes (one teacher each, 16 per school; a teacher's e-mail domain
//! is their school; each school's first teacher its admin with the school view),
//! 200,000 pupils (20 to 30 a class, cards as the server makes them) and a year of
//! results (15 per pupil, real choice logs through the shipped levels). `--scale 0.1`
//! loads a tenth. Then it prints:
//! - the server's start-up on the loaded grid: the first (which checks every card once,
//!   as after an upgrade) and the next (only cards made since);
//! - sustained result submissions per second with two server instances on the database,
//!   each behind its own port, 32 keep-alive clients spread over both;
//! - the dashboard of a 30-pupil class (the whole page, over HTTP): p50 and p95;
//! - a school's view (`/teacher/school-view`, the whole page over HTTP, signed in as the
//!   school's viewer; 16 classes): p50 and p95;
//! - the hourly retention delete's time, for last year's classes (one in sixteen).

#[path = "../tests/common/raw_http.rs"]
mod raw_http;
#[path = "common/reply_head.rs"]
mod reply_head;
#[path = "common/walk.rs"]
mod walk;
use reply_head::read_head;

use clickwise_core::classroom::ResultSubmission;
use clickwise_core::scoring::ChoiceRecord;
use clickwise_server::auth::token::hash_token;
use clickwise_server::db::{self, Db, pupils, retention};
use clickwise_server::levels::Levels;
use clickwise_server::{Config, app, open};
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt, BufReader};

const LEVELS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../levels");
const CLIENTS: usize = 32;
const SECONDS: u64 = 10;
const RESULTS_PER_PUPIL: i64 = 15;
const BENCH_DB: &str = "clickwise_grid_bench";

struct Sizes {
    schools: i64,
    classes: i64,
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let value = |flag: &str| args.iter().position(|a| a == flag).and_then(|i| args.get(i + 1)).cloned();
    let Some(admin) = value("--database") else {
        eprintln!("usage: grid_bench --database postgres://… [--scale F]");
        std::process::exit(2);
    };
    let scale: f64 = value("--scale").and_then(|s| s.parse().ok()).filter(|s| *s > 0.0).unwrap_or(1.0);
    let sizes =
        Sizes { schools: ((500.0 * scale) as i64).max(2), classes: ((8000.0 * scale) as i64).max(32) };
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    runtime.block_on(bench(&admin, &sizes));
}

async fn bench(admin: &str, sizes: &Sizes) {
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
    println!("=== bench-server --postgres: a grid ({cores} cores) ===");
    let url = fresh_database(admin).await;
    let dir = std::env::temp_dir().join(format!("clickwise-grid-bench-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("dist")).unwrap();
    std::fs::write(dir.join("dist/index.html"), "<!doctype html>").unwrap();
    let config = Config {
        dist: dir.join("dist"),
        data_dir: dir.join("data"),
        levels: Some(LEVELS.into()),
        database: Some(url.clone()),
        ..Config::default()
    };
    let first = open(&config).await.unwrap();
    let t = Instant::now();
    let counts = load(&first.db, &first.levels, sizes).await;
    println!(
        "loaded {} schools, {} classes, {} pupils, {} results in {:.0} s",
        sizes.schools,
        sizes.classes,
        counts.0,
        counts.1,
        t.elapsed().as_secs_f64()
    );
    let t = Instant::now();
    let second = open(&config).await.unwrap();
    let after_load = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let third = open(&config).await.unwrap();
    println!(
        "server start-up on the grid: {after_load:.1} s the first time (every card checked once), \
         {:.0} ms after (only cards made since)",
        t.elapsed().as_secs_f64() * 1000.0
    );
    let levels = first.levels.clone();
    let db = first.db.clone();

    submissions(&config, first, second, &levels).await;
    let addr = serve(&config, third).await;
    dashboards(addr, &db).await;
    school_views(addr, &db, sizes).await;
    retention_delete(&db).await;
    db.close().await;
    let _ = std::fs::remove_dir_all(&dir);
}

/// Drops and makes the bench's database beside `admin`'s; its address.
async fn fresh_database(admin: &str) -> String {
    use sqlx::{Connection, Executor};
    sqlx::any::install_default_drivers();
    let mut c = sqlx::AnyConnection::connect(admin).await.expect("the PostgreSQL given");
    c.execute(format!("DROP DATABASE IF EXISTS {BENCH_DB} WITH (FORCE)").as_str()).await.unwrap();
    c.execute(format!("CREATE DATABASE {BENCH_DB}").as_str()).await.unwrap();
    let base = admin.split('?').next().unwrap();
    let host_end = base.rfind('/').filter(|i| *i > base.find("://").unwrap_or(0) + 2).unwrap_or(base.len());
    format!("{}/{BENCH_DB}", &base[..host_end])
}

/// Loads the grid in a few statements run by PostgreSQL itself; (pupils, results).
async fn load(db: &Db, levels: &Levels, sizes: &Sizes) -> (i64, i64) {
    let now = db::now_ms();
    let this_year = retention::default_delete_after(now);
    let year_ms = 365 * retention::DAY_MS;
    // One real choice log per level, as pupils might play it, with its score.
    let mut conn = db.acquire().await.unwrap();
    sqlx::query("CREATE TABLE bench_logs (n BIGINT, level_id TEXT, log TEXT, max_points BIGINT)")
        .execute(&mut *conn)
        .await
        .unwrap();
    for (n, level) in levels.list.iter().enumerate() {
        sqlx::query("INSERT INTO bench_logs VALUES ($1, $2, $3, $4)")
            .bind(n as i64)
            .bind(&level.id)
            .bind(walk::walk(level, n as u64))
            .bind(10i64)
            .execute(&mut *conn)
            .await
            .unwrap();
    }
    // The animals cards are drawn as: a class's cards each have their own, as the server
    // makes them (so start-up finds nothing to repair).
    sqlx::query("CREATE TABLE bench_animals (n BIGINT, word TEXT, picture TEXT)")
        .execute(&mut *conn)
        .await
        .unwrap();
    for (n, animal) in clickwise_core::names::ANIMALS.iter().enumerate() {
        sqlx::query("INSERT INTO bench_animals VALUES ($1, $2, $3)")
            .bind(n as i64)
            .bind(animal.word)
            .bind(animal.picture)
            .execute(&mut *conn)
            .await
            .unwrap();
    }
    let level_count = levels.list.len() as i64;
    let statements = [
        format!(
            "INSERT INTO schools (name, created_at) SELECT 'School ' || s, {now} \
             FROM generate_series(0, {} - 1) s",
            sizes.schools
        ),
        // One teacher a class; school s's teachers share the domain school-s.example.
        format!(
            "INSERT INTO teachers (email, password_hash, created_at, last_seen_at, lang, school_id) \
             SELECT 'teacher-' || g || '@school-' || (g % {s}) || '.example', 'x', {now}, {now}, 'en', sc.id \
             FROM generate_series(1, {c}) g JOIN schools sc ON sc.name = 'School ' || (g % {s})",
            s = sizes.schools,
            c = sizes.classes
        ),
        // Each school's first teacher runs it and reads the school view.
        "UPDATE teachers SET is_admin = 1, school_view = 1 \
         WHERE id IN (SELECT MIN(id) FROM teachers GROUP BY school_id)"
            .to_owned(),
        // One class in sixteen is last year's, past its date: the retention delete's work.
        format!(
            "INSERT INTO classes (teacher_id, name, phase, code, delete_after, created_at, lang, framework) \
             SELECT id, 'Class ' || id, 'Ks1', (30000000 + id)::text, \
             CASE WHEN id % 16 = 0 THEN {last} ELSE {this_year} END, {made}, 'en', 'efcw' FROM teachers",
            last = now - 86_400_000,
            made = now - year_ms / 2
        ),
        // 20 to 30 pupils a class (25 on average).
        "INSERT INTO pupils (class_id, nickname, avatar, pin, pin_hash, wrong_pins) \
         SELECT c.id, 'Kind ' || a.word, a.picture, '', 'x', 0 FROM classes c \
         CROSS JOIN generate_series(1, 20 + (c.id % 11)) g JOIN bench_animals a ON a.n = g - 1"
            .to_owned(),
        // Ten assigned levels a class.
        format!(
            "INSERT INTO assignments (class_id, level_id, due_date, position) \
             SELECT c.id, l.level_id, '2027-07-01', l.n FROM classes c JOIN bench_logs l ON l.n < 10 \
             WHERE l.n < {level_count}"
        ),
        // A year of results: each pupil plays 15 different levels, over the year.
        format!(
            "INSERT INTO results (pupil_id, attempt_id, class_id, level_id, choice_log, points, max_points, stars, \
             first_try, risky, started_at, finished_at, received_at) \
             SELECT p.id, 'attempt-' || p.id || '-' || g, p.class_id, l.level_id, l.log, (p.id + g) % 11, \
             10, 1 + (p.id + g) % 3, 1, CASE WHEN (p.id + g) % 4 = 0 THEN 'Shared a password' ELSE '' END, \
             t, t + 300000, t + 300500 \
             FROM pupils p CROSS JOIN generate_series(1, {RESULTS_PER_PUPIL}) g \
             JOIN bench_logs l ON l.n = (p.id + g) % {level_count} \
             CROSS JOIN LATERAL (SELECT {start} + ((p.id * 7919 + g * 104729) % {year_ms}) AS t) times",
            start = now - year_ms
        ),
        "ANALYZE".to_owned(),
    ];
    for sql in statements {
        let t = Instant::now();
        let done = sqlx::query(&sql).execute(&mut *conn).await.unwrap_or_else(|e| panic!("{sql}: {e}"));
        let what = sql.split_whitespace().take(3).collect::<Vec<_>>().join(" ");
        println!("  {what}: {} rows, {:.1} s", done.rows_affected(), t.elapsed().as_secs_f64());
    }
    let count = |table: &str| format!("SELECT COUNT(*) FROM {table}");
    let pupils: i64 = sqlx::query_scalar(&count("pupils")).fetch_one(&mut *conn).await.unwrap();
    let results: i64 = sqlx::query_scalar(&count("results")).fetch_one(&mut *conn).await.unwrap();
    (pupils, results)
}

/// Result submissions per second, with two servers on the database.
async fn submissions(
    config: &Config,
    first: clickwise_server::AppState,
    second: clickwise_server::AppState,
    levels: &Levels,
) {
    // 64 pupils in 64 classes that stay, each with a token.
    let picked: Vec<pupils::Pupil> = {
        let ids: Vec<(i64, i64)> = sqlx::query_as(
            "SELECT MIN(p.id), p.class_id FROM pupils p WHERE p.class_id % 16 <> 0 \
             GROUP BY p.class_id ORDER BY p.class_id LIMIT 64",
        )
        .fetch_all(&first.db)
        .await
        .unwrap();
        ids.into_iter()
            .map(|(id, class_id)| pupils::Pupil {
                id,
                class_id,
                nickname: String::new(),
                avatar: String::new(),
                pin_hash: String::new(),
            })
            .collect()
    };
    let mut tokens = Vec::new();
    for (n, p) in picked.iter().enumerate() {
        let token = format!("grid-bench-token-{n}");
        pupils::add_token(&first.db, p, &hash_token(&token)).await.unwrap();
        tokens.push(token);
    }
    let level = &levels.list[0];
    let log: Vec<ChoiceRecord> = serde_json::from_str(&walk::walk(level, 1)).unwrap();
    let mut addrs = Vec::new();
    for state in [first, second] {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        addrs.push(listener.local_addr().unwrap());
        let service = app(config, state).into_make_service_with_connect_info::<SocketAddr>();
        tokio::spawn(async move { axum::serve(listener, service).await.unwrap() });
    }
    let done = Arc::new(AtomicU64::new(0));
    let failed = Arc::new(AtomicU64::new(0));
    let until = Instant::now() + Duration::from_secs(SECONDS);
    let mut clients = Vec::new();
    for c in 0..CLIENTS {
        let addr = addrs[c % 2];
        let (token, log, done, failed, level_id) =
            (tokens[c % tokens.len()].clone(), log.clone(), done.clone(), failed.clone(), level.id.clone());
        clients.push(tokio::spawn(async move {
            let mut stream = BufReader::new(tokio::net::TcpStream::connect(addr).await.unwrap());
            let mut n = 0u64;
            while Instant::now() < until {
                n += 1;
                let body = serde_json::to_string(&ResultSubmission {
                    attempt_id: format!("grid-{c}-{n:08}"),
                    level_id: level_id.clone(),
                    choices: log.clone(),
                    started_at: 1,
                    finished_at: 2 + n,
                    first_try: Some(n == 1),
                    badges: Vec::new(),
                })
                .unwrap();
                stream
                    .get_mut()
                    .write_all(raw_http::result_request(&token, &body, true).as_bytes())
                    .await
                    .unwrap();
                let (status, length) = read_head(&mut stream).await;
                let mut reply = vec![0; length];
                stream.read_exact(&mut reply).await.unwrap();
                if status == 200 { &done } else { &failed }.fetch_add(1, Ordering::Relaxed);
            }
        }));
    }
    for c in clients {
        c.await.unwrap();
    }
    let ok = done.load(Ordering::Relaxed);
    println!(
        "result submissions, 2 instances: {:.0} per second sustained ({ok} in {SECONDS} s, {CLIENTS} clients, {} refused)",
        ok as f64 / SECONDS as f64,
        failed.load(Ordering::Relaxed)
    );
}

/// A third server instance on the database, for the teachers' pages; its address.
async fn serve(config: &Config, state: clickwise_server::AppState) -> SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let service = app(config, state).into_make_service_with_connect_info::<SocketAddr>();
    tokio::spawn(async move { axum::serve(listener, service).await.unwrap() });
    addr
}

/// Signs `teacher` in as the sign-in page would (a session row; only its token's hash
/// is stored) and returns the cookie's token.
async fn sign_in(db: &Db, teacher: i64, token: String) -> String {
    sqlx::query("INSERT INTO sessions (token_hash, teacher_id, csrf, expires_at, idle_until) VALUES ($1, $2, 'c', $3, 0)")
        .bind(hash_token(&token))
        .bind(teacher)
        .bind(db::now_ms() + 3_600_000)
        .execute(db)
        .await
        .unwrap();
    token
}

/// GETs `path` `times` times on one keep-alive connection, signed in with `token`; each
/// request's milliseconds (until the whole page is read), and the page's size.
async fn get_pages(addr: SocketAddr, path: &str, token: &str, times: usize) -> (Vec<f64>, usize) {
    let mut stream = BufReader::new(tokio::net::TcpStream::connect(addr).await.unwrap());
    let mut took = Vec::new();
    let mut bytes = 0;
    for _ in 0..times {
        let request = format!("GET {path} HTTP/1.1\r\nHost: localhost\r\nCookie: cw_session={token}\r\n\r\n");
        let t = Instant::now();
        stream.get_mut().write_all(request.as_bytes()).await.unwrap();
        let (status, length) = read_head(&mut stream).await;
        let mut reply = vec![0; length];
        stream.read_exact(&mut reply).await.unwrap();
        took.push(t.elapsed().as_secs_f64() * 1000.0);
        assert_eq!(status, 200, "{path}: {}", String::from_utf8_lossy(&reply));
        bytes = length;
    }
    (took, bytes)
}

/// The whole dashboard page of 30-pupil classes, over HTTP.
async fn dashboards(addr: SocketAddr, db: &Db) {
    let classes: Vec<(i64, i64)> = sqlx::query_as(
        "SELECT c.id, c.teacher_id FROM classes c WHERE c.id % 16 <> 0 \
         AND (SELECT COUNT(*) FROM pupils p WHERE p.class_id = c.id) = 30 ORDER BY c.id LIMIT 40",
    )
    .fetch_all(db)
    .await
    .unwrap();
    let mut times = Vec::new();
    let mut bytes = 0;
    for (n, (class, teacher)) in classes.iter().enumerate() {
        let token = sign_in(db, *teacher, format!("grid-bench-session-{n}")).await;
        let (took, size) = get_pages(addr, &format!("/teacher/classes/{class}"), &token, 3).await;
        times.extend(took);
        bytes = size;
    }
    let (p50, p95) = percentiles(&mut times);
    println!(
        "dashboard of a 30-pupil class ({} classes x 3, {} KB page): p50 {p50:.1} ms, p95 {p95:.1} ms",
        classes.len(),
        bytes / 1024
    );
}

/// The school view (`/teacher/school-view`), the whole page over HTTP, signed in as each
/// of 20 schools' viewer: every class of the school's teachers loaded and summarised.
async fn school_views(addr: SocketAddr, db: &Db, sizes: &Sizes) {
    let viewers: Vec<(i64, i64)> = sqlx::query_as(
        "SELECT t.id, (SELECT COUNT(*) FROM classes c JOIN teachers o ON o.id = c.teacher_id \
         WHERE o.school_id = t.school_id) FROM teachers t WHERE t.school_view = 1 ORDER BY t.school_id LIMIT $1",
    )
    .bind(20.min(sizes.schools))
    .fetch_all(db)
    .await
    .unwrap();
    let mut times = Vec::new();
    let mut bytes = 0;
    for (n, (viewer, _)) in viewers.iter().enumerate() {
        let token = sign_in(db, *viewer, format!("grid-bench-viewer-{n}")).await;
        let (took, size) = get_pages(addr, "/teacher/school-view", &token, 3).await;
        times.extend(took);
        bytes = size;
    }
    let (p50, p95) = percentiles(&mut times);
    let classes = viewers.first().map_or(0, |v| v.1);
    println!(
        "school view, the whole page over HTTP ({} schools x 3, {classes} classes each, {} KB page): \
         p50 {p50:.0} ms, p95 {p95:.0} ms",
        viewers.len(),
        bytes / 1024
    );
}

/// The hourly retention run, with last year's classes (one in sixteen) past their date.
async fn retention_delete(db: &Db) {
    let t = Instant::now();
    let done = retention::apply(db, db::now_ms()).await.unwrap();
    println!(
        "retention delete: {} classes with {} results deleted in {:.1} s",
        done.classes,
        done.results,
        t.elapsed().as_secs_f64()
    );
}

fn percentiles(times: &mut [f64]) -> (f64, f64) {
    times.sort_by(f64::total_cmp);
    let at = |q: f64| times[((times.len() as f64 - 1.0) * q).round() as usize];
    (at(0.5), at(0.95))
}
