//! Kill -9 under load: the real server binary takes results from several clients at once,
//! is killed without warning, and every result it acknowledged must be in the database
//! when it is opened again.

mod common;

use clickwise_server::auth::token::hash_token;
use clickwise_server::db::{classes, pupils, teachers};
use clickwise_server::{Config, open};
use common::*;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

#[path = "common/raw_http.rs"]
mod raw_http;

const TOKEN: &str = "kill-nine-test-token";

fn post(addr: SocketAddr, body: &str) -> Option<u16> {
    let mut stream = TcpStream::connect_timeout(&addr, Duration::from_secs(2)).ok()?;
    stream.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    stream.write_all(raw_http::result_request(TOKEN, body, false).as_bytes()).ok()?;
    let mut reply = String::new();
    stream.read_to_string(&mut reply).ok()?;
    raw_http::status_of(reply.lines().next()?)
}

#[tokio::test(flavor = "multi_thread")]
async fn killing_the_server_loses_no_acknowledged_result() {
    let dir = std::env::temp_dir().join(format!("clickwise-kill9-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("dist")).unwrap();
    std::fs::write(dir.join("dist/index.html"), "<!doctype html>").unwrap();
    let config = Config {
        dist: dir.join("dist"),
        data_dir: dir.join("data"),
        levels: Some(common::tiny::write(&dir)),
        ..Config::default()
    };

    // A class with one pupil whose token we know.
    let state = open(&config).await.unwrap();
    let teacher = teachers::create(&state.db, "k@school.example", "x").await.unwrap().unwrap();
    let class = classes::create(&state.db, teacher, "Oak", clickwise_core::Phase::Ks1).await.unwrap();
    pupils::add_cards(&state.db, class.id, 1).await.unwrap();
    let pupil = pupils::list(&state.db, class.id).await.unwrap().remove(0);
    pupils::add_token(&state.db, &pupil, &hash_token(TOKEN)).await.unwrap();
    state.db.close().await;

    let addr = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap();
    let mut server = Command::new(env!("CARGO_BIN_EXE_clickwise-server"))
        .args(["--addr", &addr.to_string(), "--dist"])
        .arg(&config.dist)
        .arg("--data")
        .arg(&config.data_dir)
        .arg("--levels")
        .arg(config.levels.as_ref().unwrap())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let start = Instant::now();
    while TcpStream::connect(addr).is_err() {
        assert!(start.elapsed() < Duration::from_secs(20), "the server never started");
        std::thread::sleep(Duration::from_millis(20));
    }

    let log = play(common::tiny::LEVEL, true);
    let acked = Arc::new(Mutex::new(Vec::<String>::new()));
    let stop = Arc::new(AtomicBool::new(false));
    let clients: Vec<_> = (0..6)
        .map(|c| {
            let (acked, stop, log) = (acked.clone(), stop.clone(), log.clone());
            std::thread::spawn(move || {
                let mut n = 0;
                while !stop.load(Ordering::Relaxed) {
                    n += 1;
                    let attempt = format!("kill9-client{c}-{n:06}");
                    if post(addr, &submission(&attempt, common::tiny::LEVEL, log.clone())) == Some(200) {
                        acked.lock().unwrap().push(attempt);
                    }
                }
            })
        })
        .collect();
    // Let the load build up, then pull the plug.
    while acked.lock().unwrap().len() < 200 && start.elapsed() < Duration::from_secs(30) {
        std::thread::sleep(Duration::from_millis(10));
    }
    server.kill().unwrap(); // SIGKILL on Unix: no clean shutdown
    server.wait().unwrap();
    stop.store(true, Ordering::Relaxed);
    for c in clients {
        c.join().unwrap();
    }

    let acked = acked.lock().unwrap().clone();
    let state = open(&config).await.unwrap();
    let stored: std::collections::HashSet<String> = sqlx::query_scalar("SELECT attempt_id FROM results")
        .fetch_all(&state.db)
        .await
        .unwrap()
        .into_iter()
        .collect();
    let lost: Vec<&String> = acked.iter().filter(|a| !stored.contains(*a)).collect();
    println!(
        "acknowledged {} results before the kill; {} stored; {} lost",
        acked.len(),
        stored.len(),
        lost.len()
    );
    assert!(acked.len() >= 50, "the test should put the server under load");
    assert!(lost.is_empty(), "acknowledged but lost: {lost:?}");
}
