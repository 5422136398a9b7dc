//! `cargo xtask bench-server` runs this: figures, not pass/fail.
//!
//! - result submissions per second: the real server (in this process, on the machine's
//!   cores) taking results from 32 concurrent keep-alive clients for 5 seconds, each
//!   re-scored and committed to SQLite before it is acknowledged;
//! - the time to build and render the dashboard of a class of 30 pupils × 50 levels.
//!
//! Targets: at least 5,000 submissions per second; the dashboard in under 20 ms.

#[path = "../tests/common/raw_http.rs"]
mod raw_http;
#[path = "common/reply_head.rs"]
mod reply_head;
#[path = "../tests/common/tiny.rs"]
mod tiny;
#[path = "common/walk.rs"]
mod walk;
use reply_head::read_head;
use walk::walk;

use clickwise_core::classroom::ResultSubmission;
use clickwise_server::auth::token::hash_token;
use clickwise_server::db::badges::StoredBadge;
use clickwise_server::db::classes::{self, Assignment};
use clickwise_server::db::results::StoredResult;
use clickwise_server::db::{pupils, teachers};
use clickwise_server::levels::Levels;
use clickwise_server::report::{self, ClassData};
use clickwise_server::views::dashboard::{JoinDetails, class_page};
use clickwise_server::{Config, app, open};
use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt, BufReader};

const LEVELS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../levels");
const CLIENTS: usize = 32;
const SECONDS: u64 = 5;

fn main() {
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
    let runtime =
        tokio::runtime::Builder::new_multi_thread().worker_threads(cores).enable_all().build().unwrap();
    println!("=== bench-server ({cores} cores) ===");
    runtime.block_on(submissions());
    dashboard();
}

async fn submissions() {
    let dir = std::env::temp_dir().join(format!("clickwise-bench-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("dist")).unwrap();
    std::fs::write(dir.join("dist/index.html"), "<!doctype html>").unwrap();
    let config = Config {
        dist: dir.join("dist"),
        data_dir: dir.join("data"),
        // The tests' own small level: the shipped ones change as they are written.
        levels: Some(tiny::write(&dir)),
        ..Config::default()
    };
    let state = open(&config).await.unwrap();
    let teacher = teachers::create(&state.db, "bench@school.example", "x").await.unwrap().unwrap();
    let class = classes::create(&state.db, teacher, "Bench", clickwise_core::Phase::Ks1).await.unwrap();
    pupils::add_cards(&state.db, class.id, 30).await.unwrap();
    let mut tokens = Vec::new();
    for (n, p) in pupils::list(&state.db, class.id).await.unwrap().iter().enumerate() {
        let token = format!("bench-token-{n}");
        pupils::add_token(&state.db, p, &hash_token(&token)).await.unwrap();
        tokens.push(token);
    }
    let level_id = tiny::LEVEL.to_string();
    let log = tiny::play(&tiny::level(), true);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let service = app(&config, state).into_make_service_with_connect_info::<SocketAddr>();
    tokio::spawn(async move { axum::serve(listener, service).await.unwrap() });

    let done = Arc::new(AtomicU64::new(0));
    let failed = Arc::new(AtomicU64::new(0));
    let until = Instant::now() + Duration::from_secs(SECONDS);
    let mut clients = Vec::new();
    for c in 0..CLIENTS {
        let (token, log, done, failed, level_id) =
            (tokens[c % tokens.len()].clone(), log.clone(), done.clone(), failed.clone(), level_id.clone());
        clients.push(tokio::spawn(async move {
            let stream = tokio::net::TcpStream::connect(addr).await.unwrap();
            let mut stream = BufReader::new(stream);
            let mut n = 0u64;
            while Instant::now() < until {
                n += 1;
                let body = serde_json::to_string(&ResultSubmission {
                    attempt_id: format!("bench-{c}-{n:08}"),
                    level_id: level_id.clone(),
                    choices: log.clone(),
                    started_at: 1,
                    finished_at: 2,
                    first_try: Some(n == 1),
                    // Two the world knows and one it doesn't, as a newer game might send.
                    badges: vec!["Ks1/pi".into(), "Ks1/ms".into(), "Ks1/new".into()],
                })
                .unwrap();
                let request = raw_http::result_request(&token, &body, true);
                stream.get_mut().write_all(request.as_bytes()).await.unwrap();
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
        "result submissions: {:.0} per second ({ok} in {SECONDS} s, {CLIENTS} clients, {} refused) (target >= 5000)",
        ok as f64 / SECONDS as f64,
        failed.load(Ordering::Relaxed)
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// 30 pupils × 50 levels, each played twice (a first try and a better second go).
fn dashboard() {
    let (shipped, _) = Levels::load(Path::new(LEVELS));
    let list: Vec<_> = (0..50)
        .map(|n| {
            let mut level = shipped.list[n % shipped.list.len()].clone();
            level.id = format!("bench-level-{n:02}");
            level
        })
        .collect();
    let mut levels = Levels::from_list(list);
    levels.badges = clickwise_server::badges::Badges::from_world(shipped.world.as_ref());
    let class = clickwise_server::db::classes::Class {
        id: 1,
        teacher_id: 1,
        name: "Year 5 Willow".into(),
        phase: clickwise_core::Phase::UpperKs2,
        code: "48291375".into(),
        lang: clickwise_core::Lang::En,
        framework: Default::default(),
        delete_after: clickwise_server::db::retention::default_delete_after(clickwise_server::db::now_ms()),
    };
    let cards = clickwise_server::auth::token::new_cards(30, &[]);
    let pupils: Vec<_> = cards
        .into_iter()
        .enumerate()
        .map(|(i, (nickname, avatar, _))| pupils::Pupil {
            id: i as i64 + 1,
            class_id: 1,
            nickname,
            avatar,
            pin_hash: String::new(),
        })
        .collect();
    let assigned: Vec<_> = levels
        .list
        .iter()
        .map(|l| Assignment { level_id: l.id.clone(), due: Some("2026-12-04".into()) })
        .collect();
    let mut results = Vec::new();
    for p in &pupils {
        for (n, l) in levels.list.iter().enumerate() {
            for first_try in [true, false] {
                results.push(StoredResult {
                    pupil_id: p.id,
                    attempt_id: format!("{}-{n}-{first_try}", p.id),
                    level_id: l.id.clone(),
                    points: 5,
                    max_points: 9,
                    stars: if first_try { 1 + (p.id as u8 + n as u8) % 3 } else { 3 },
                    first_try,
                    risky: if first_try && (p.id + n as i64) % 4 == 0 {
                        "Click the big button\nShare your password".into()
                    } else {
                        String::new()
                    },
                    started_at: 1_764_000_000_000,
                    finished_at: 1_764_000_100_000,
                    choice_log: walk(l, (p.id as u64) << 32 | (n as u64) << 1 | u64::from(first_try)),
                });
            }
        }
    }
    // Four badges each.
    let badges = pupils
        .iter()
        .flat_map(|p| {
            ["Ks1/pi", "Ks1/ms", "Ks1/or", "Ks1/hw"].map(|id| StoredBadge {
                pupil_id: p.id,
                badge_id: id.into(),
                first_seen: 1_764_000_100_000,
            })
        })
        .collect();
    let data = ClassData { class, pupils, assigned, results, badges };
    let qr = clickwise_server::teacher::classes::qr_svg("http://school.example/?class=482913");
    let join = JoinDetails { link: "http://school.example/?class=482913", qr_svg: &qr, practice_link: None };
    let mut times: Vec<f64> = (0..51)
        .map(|_| {
            let t = Instant::now();
            let report = report::build(&levels, &data);
            let html =
                class_page("bench@school.example", "csrf", &levels, &data, &report, &join).into_string();
            std::hint::black_box(html.len());
            t.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    let mut building: Vec<f64> = (0..21)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(report::build(&levels, &data).talk.len());
            t.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    building.sort_by(f64::total_cmp);
    let size = {
        let report = report::build(&levels, &data);
        class_page("bench@school.example", "csrf", &levels, &data, &report, &join).into_string().len()
    };
    println!(
        "dashboard for 30 pupils x 50 levels ({} results, {} KB of HTML): median {:.2} ms (fastest {:.2}, slowest {:.2}; target < 20 ms); of which working out the report {:.2} ms (fastest {:.2})",
        data.results.len(),
        size / 1024,
        times[times.len() / 2],
        times[0],
        times[times.len() - 1],
        building[building.len() / 2],
        building[0]
    );
}
