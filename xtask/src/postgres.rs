//! A temporary PostgreSQL server from Debian's `postgresql` package, for the class
//! server's tests (`cargo xtask test` runs them a second time on it) and the grid bench:
//! a fresh data directory in the temporary folder, listening on a free local port, with
//! no password (local connections only). Dropping it stops the server and deletes the
//! directory, also when a stage fails.
//!
//! PostgreSQL refuses to run as root: as root, its programs run as the `postgres` user
//! (`runuser`), which owns the data directory.

use crate::cmd::{Result, output};
use std::path::PathBuf;
use std::process::Command;

pub struct TempPostgres {
    dir: PathBuf,
    bin: PathBuf,
    port: u16,
    as_postgres: bool,
}

impl TempPostgres {
    /// `durable`: commits are fsynced, as a real server's are (for the bench); the tests'
    /// server skips that.
    pub fn start(durable: bool) -> Result<TempPostgres> {
        let bin = crate::tools::postgresql()?;
        let as_postgres = output("id", &["-u"]).as_deref() == Some("0");
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map_err(|e| format!("no free port for PostgreSQL: {e}"))?
            .port();
        let dir = std::env::temp_dir().join(format!("clickwise-postgres-{}-{port}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        let pg = TempPostgres { dir, bin, port, as_postgres };
        if as_postgres {
            pg.plain("chown", &["-R", "postgres:postgres", &pg.dir_str()])?;
        }
        let data = pg.data();
        // C locale: text sorts by bytes, as in SQLite.
        pg.tool(
            "initdb",
            &["-D", &data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync"],
        )?;
        // Not durable: a test server's data is thrown away. `-k`: its socket stays in its folder.
        let quick =
            if durable { "" } else { " -c fsync=off -c synchronous_commit=off -c full_page_writes=off" };
        let settings = format!(
            "-p {port} -k {} -c listen_addresses=127.0.0.1 -c max_connections=300 -c shared_buffers=256MB{quick}",
            pg.dir_str()
        );
        let log = pg.dir.join("server.log");
        pg.tool("pg_ctl", &["-D", &data, "-l", &log.to_string_lossy(), "-o", &settings, "-w", "start"])
            .map_err(|e| format!("{e}\n{}", std::fs::read_to_string(&log).unwrap_or_default()))?;
        println!("PostgreSQL is running for the tests at {}", pg.url());
        Ok(pg)
    }

    /// The server's own database, as its superuser (the tests make databases beside it).
    pub fn url(&self) -> String {
        format!("postgres://postgres@127.0.0.1:{}/postgres", self.port)
    }

    fn dir_str(&self) -> String {
        self.dir.to_string_lossy().into_owned()
    }

    fn data(&self) -> String {
        self.dir.join("data").to_string_lossy().into_owned()
    }

    /// Runs one of PostgreSQL's programs (as `postgres` when we are root).
    fn tool(&self, name: &str, args: &[&str]) -> Result {
        let program = self.bin.join(name).to_string_lossy().into_owned();
        if self.as_postgres {
            self.plain("runuser", &[&["-u", "postgres", "--", program.as_str()], args].concat())
        } else {
            self.plain(&program, args)
        }
    }

    fn plain(&self, program: &str, args: &[&str]) -> Result {
        println!("$ {program} {}", args.join(" "));
        let out = Command::new(program)
            .args(args)
            .output()
            .map_err(|e| format!("could not start `{program}`: {e}"))?;
        if out.status.success() {
            Ok(())
        } else {
            Err(format!(
                "`{program} {}` failed ({}):\n{}{}",
                args.join(" "),
                out.status,
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            ))
        }
    }
}

impl Drop for TempPostgres {
    fn drop(&mut self) {
        let data = self.data();
        if let Err(e) = self.tool("pg_ctl", &["-D", &data, "-m", "immediate", "-w", "stop"]) {
            eprintln!("could not stop the test PostgreSQL: {e}");
        }
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}
