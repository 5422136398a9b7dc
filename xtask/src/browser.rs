//! Starts the class server on a free port for the browser test and the benchmark, and
//! runs node scripts against it with Debian's Chromium.

use crate::cmd::{self, Result, root};
use std::path::{Path, PathBuf};
use std::process::{Child, Command};

/// A running server, stopped when dropped.
pub struct Server {
    child: Child,
    pub url: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn start_server(dist: &Path) -> Result<Server> {
    start_server_with_data(dist, "browser-test-data")
}

/// A server of its own (its own database folder under the target dir), e.g. a second one.
pub fn start_server_with_data(dist: &Path, data_folder: &str) -> Result<Server> {
    // The binary `cargo test --workspace` builds for the server's own tests: nothing to
    // rebuild in CI. (`cargo build` would leave out the dev-dependencies' features, and
    // `-p` would unify others: either rebuilds the server and part of its tree.)
    cmd::run(&cmd::cargo(), &["test", "--workspace", "--no-run"])?;
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map_err(|e| e.to_string())?
        .port();
    let addr = format!("127.0.0.1:{port}");
    let bin = cmd::target_dir().join("debug/clickwise-server");
    // A fresh classroom database for each run, outside the repository.
    let data = cmd::target_dir().join(data_folder);
    let _ = std::fs::remove_dir_all(&data);
    let child = Command::new(&bin)
        .args(["--addr", &addr, "--dist"])
        .arg(dist)
        .arg("--data")
        .arg(&data)
        // The browser tests sign a teacher up from the sign-up page, as one teacher's own
        // server would; a school's server keeps sign-up closed (issue #17).
        .arg("--open-sign-up")
        .spawn()
        .map_err(|e| format!("{}: {e}", bin.display()))?;
    let server = Server { child, url: format!("http://{addr}/") };
    for _ in 0..100 {
        if std::net::TcpStream::connect(&addr).is_ok() {
            return Ok(server);
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    Err(format!("the server did not start on {addr}"))
}

/// Runs `tests/browser/<script>` with node, passing the URL and Chromium's path.
pub fn node_script(script: &str, url: &str) -> Result {
    node_script_with(script, url, &[])
}

/// `node_script`, with more environment variables for the script.
pub fn node_script_with(script: &str, url: &str, env: &[(&str, &Path)]) -> Result {
    let js = crate::tools::node_packages()?;
    let chromium = crate::tools::chromium()?;
    let script: PathBuf = root().join("tests/browser").join(script);
    println!("$ node {} {url}", script.display());
    let status = Command::new("node")
        .arg(&script)
        .arg(url)
        .env("CHROMIUM", chromium)
        .env("NODE_PATH", js.join("node_modules"))
        .env("ARTIFACTS", cmd::target_dir().join("browser-test"))
        .envs(env.iter().copied())
        .current_dir(root())
        .status()
        .map_err(|e| format!("node: {e}"))?;
    if status.success() { Ok(()) } else { Err(format!("{} failed ({status})", script.display())) }
}
