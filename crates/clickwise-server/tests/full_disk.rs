//! A disk that fills up: the server's data folder is a real 1 MB filesystem (tmpfs). Results
//! go in until the disk is full and the server answers 503; then the filesystem is given
//! room again. Every result the server acknowledged must survive a restart, and the server
//! must recover by itself: results and teacher sign-in work again with no restart.
//!
//! Mounting needs root (or CAP_SYS_ADMIN), as CI and the project's machines run; anywhere
//! else the test fails saying so, rather than passing without testing anything.

mod common;

use axum::http::StatusCode;
use clickwise_server::{Config, open};
use common::*;
use std::path::{Path, PathBuf};
use std::process::Command;

const LEVEL: &str = common::tiny::LEVEL;

/// A size-limited tmpfs, unmounted when dropped (also when the test fails).
struct SmallDisk(PathBuf);

impl SmallDisk {
    fn mount(at: &Path, size: &str) -> SmallDisk {
        std::fs::create_dir_all(at).unwrap();
        let done = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(at)
            .status()
            .expect("the `mount` command runs");
        assert!(
            done.success(),
            "this test mounts a 1 MB tmpfs to fill a real disk: run it as root (or with CAP_SYS_ADMIN)"
        );
        SmallDisk(at.to_owned())
    }

    fn resize(&self, size: &str) {
        let done = Command::new("mount")
            .args(["-o", &format!("remount,size={size}")])
            .arg(&self.0)
            .status()
            .unwrap();
        assert!(done.success(), "remount {size}");
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(&self.0).status();
    }
}

fn result(attempt: &str) -> String {
    submission(attempt, LEVEL, play(LEVEL, false))
}

#[tokio::test(flavor = "multi_thread")]
async fn a_full_disk_loses_no_acknowledged_result_and_the_server_recovers_by_itself() {
    let dir = std::env::temp_dir().join(format!("clickwise-full-disk-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("dist")).unwrap();
    std::fs::write(dir.join("dist/index.html"), "<!doctype html>").unwrap();
    let disk = SmallDisk::mount(&dir.join("data"), "1m");
    let config = Config {
        dist: dir.join("dist"),
        data_dir: dir.join("data"),
        levels: Some(common::tiny::write(&dir)),
        ..Config::default()
    };
    let s = Server { dir: dir.clone(), state: open(&config).await.expect("opens"), config: config.clone() };
    let teacher = s.teacher("full@school.example").await;
    let (_, code) = s.class(&teacher, "Oak", 1, &[LEVEL]).await;
    let (_, token) = s.pupil(&code).await;

    let mut acknowledged = Vec::new();
    let mut refused = 0;
    // Until the disk is full, and a few more after it: none of those may be acknowledged.
    for n in 0..20_000 {
        let attempt = format!("attempt-{n:05}");
        let reply = s.post_json("/api/results", Some(&token), &result(&attempt)).await;
        match reply.status {
            StatusCode::OK => acknowledged.push(attempt),
            StatusCode::SERVICE_UNAVAILABLE => refused += 1,
            other => panic!("{attempt}: {other} {}", reply.body),
        }
        if refused == 20 {
            break;
        }
    }
    assert_eq!(refused, 20, "the 1 MB disk never filled ({} results stored)", acknowledged.len());
    assert!(!acknowledged.is_empty(), "results went in before the disk filled");
    let before_room = acknowledged.len();
    eprintln!("{before_room} results acknowledged before the disk filled");

    // Room again: the server recovers with no restart.
    disk.resize("32m");
    for n in 0..60 {
        let attempt = format!("after-{n:03}");
        let reply = s.post_json("/api/results", Some(&token), &result(&attempt)).await;
        assert_eq!(reply.status, StatusCode::OK, "{attempt} once there is room: {}", reply.body);
        acknowledged.push(attempt);
    }
    let page = s.get("/teacher", &teacher).await;
    assert_eq!(page.status, StatusCode::OK, "the teacher's page once there is room");
    let again = s.teacher("second@school.example").await;
    assert!(again.starts_with("cw_session="), "a teacher can sign up and in once there is room");

    // A clean stop and a restart: every acknowledged result is there, and nothing else.
    s.state.db.close().await;
    drop(s);
    let state = open(&config).await.expect("opens again");
    let stored: Vec<String> = sqlx::query_scalar("SELECT attempt_id FROM results ORDER BY attempt_id")
        .fetch_all(&state.db)
        .await
        .unwrap();
    acknowledged.sort();
    assert_eq!(stored, acknowledged, "{before_room} acknowledged before the disk filled, 60 after");
    state.db.close().await;
    drop(disk);
    let _ = std::fs::remove_dir_all(&dir);
}
