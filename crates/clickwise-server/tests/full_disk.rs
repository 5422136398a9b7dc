//! A disk that fills up: the server's data folder is a real filesystem (tmpfs) with 1 MB
//! free. Results go in until the disk is full and the server answers 503; then the
//! filesystem is given room again (a ballast file that took the rest goes). Every result the server acknowledged must survive a restart, and the server
//! must recover by itself: results and teacher sign-in work again with no restart.
//!
//! Mounting needs root (or CAP_SYS_ADMIN). Without it the test runs itself again inside a
//! user and mount namespace of its own (`unshare`), where it may mount; if neither works
//! it fails saying so, rather than passing without testing anything.
//!
//! SQLite only (PostgreSQL's own disk handling is its own): the PostgreSQL run skips it.

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
    fn mount(at: &Path, size: &str) -> Option<SmallDisk> {
        std::fs::create_dir_all(at).unwrap();
        let done = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size},nodev,nosuid"), "tmpfs"])
            .arg(at)
            .stderr(std::process::Stdio::null())
            .status()
            .expect("the `mount` command runs");
        done.success().then(|| SmallDisk(at.to_owned()))
    }

    /// Takes all but `leave` bytes of the disk with a ballast file, to let go of later.
    fn fill_leaving(&self, leave: u64) {
        use std::io::Write;
        let path = self.0.join("ballast");
        let mut file = std::fs::File::create(&path).unwrap();
        let chunk = vec![0u8; 64 * 1024];
        while file.write_all(&chunk).is_ok() {}
        let _ = file.flush();
        let taken = file.metadata().unwrap().len();
        file.set_len(taken.saturating_sub(leave)).unwrap();
    }

    /// Room again: the ballast goes.
    fn make_room(&self) {
        std::fs::remove_file(self.0.join("ballast")).unwrap();
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

const TEST: &str = "a_full_disk_loses_no_acknowledged_result_and_the_server_recovers_by_itself";
const INSIDE: &str = "CLICKWISE_TEST_IN_OWN_NAMESPACE";

/// Runs this test again inside its own user and mount namespace.
fn run_in_own_namespace() {
    let inside = Command::new("unshare")
        .args(["--user", "--map-root-user", "--mount"])
        .arg(std::env::current_exe().unwrap())
        .args(["--exact", TEST, "--nocapture"])
        .env(INSIDE, "1")
        .status()
        .expect("`unshare` runs");
    assert!(inside.success(), "the test failed inside its own namespace (output above)");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_full_disk_loses_no_acknowledged_result_and_the_server_recovers_by_itself() {
    // A SQLite file on a small disk: the suite's PostgreSQL run has nothing to add.
    if std::env::var_os(POSTGRES_VAR).is_some() {
        eprintln!("SQLite only: skipped in the PostgreSQL run");
        return;
    }
    let dir = std::env::temp_dir().join(format!("clickwise-full-disk-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("dist")).unwrap();
    std::fs::write(dir.join("dist/index.html"), "<!doctype html>").unwrap();
    let Some(disk) = SmallDisk::mount(&dir.join("data"), "32m") else {
        assert!(
            std::env::var_os(INSIDE).is_none(),
            "this test mounts a 1 MB tmpfs to fill a real disk: it needs root, CAP_SYS_ADMIN or user namespaces"
        );
        let _ = std::fs::remove_dir_all(&dir);
        return run_in_own_namespace();
    };
    // A disk with 1 MB free.
    disk.fill_leaving(1 << 20);
    let config = Config {
        dist: dir.join("dist"),
        data_dir: dir.join("data"),
        levels: Some(common::tiny::write(&dir)),
        ..Config::default()
    };
    let s = Server {
        dir: dir.clone(),
        state: open(&config).await.expect("opens"),
        config: config.clone(),
        pins: Default::default(),
        postgres: None,
        admin: Default::default(),
    };
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
    disk.make_room();
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
