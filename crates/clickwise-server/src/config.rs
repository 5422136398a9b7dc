//! Command-line settings (`clickwise-server --help` prints them: [`HELP`]).

use crate::shown;
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;

#[derive(Debug, Clone)]
pub struct Config {
    pub addr: SocketAddr,
    /// The built web game (`cargo xtask web` writes it).
    pub dist: PathBuf,
    /// Where the server keeps its files: `clickwise.sqlite3` unless `--db` says otherwise.
    pub data_dir: PathBuf,
    pub db: Option<PathBuf>,
    /// A PostgreSQL database (`postgres://…`) instead of the SQLite file: a grid's, which
    /// several servers can share.
    pub database: Option<String>,
    /// The levels to score with; by default the web build's copy, else `levels/`.
    pub levels: Option<PathBuf>,
    /// Behind TLS (a reverse proxy): cookies are marked `Secure`.
    pub secure_cookies: bool,
    /// fsync every commit, surviving a power cut as well as a crash.
    pub full_sync: bool,
    /// Reverse proxies whose `X-Forwarded-For` is believed: behind one, every request
    /// comes from the proxy's address, and guessing limits need the pupil's.
    pub trusted_proxies: Vec<IpAddr>,
    /// Anyone who can reach the server may make a teacher account (`--open-sign-up`): for
    /// one teacher's own computer or a test run, never a server others can reach.
    pub open_sign_up: bool,
    /// A sendmail-compatible program that sends invitations and reset links by e-mail
    /// (`--sendmail`, or `CLICKWISE_SENDMAIL`); without it the admin is shown the link.
    pub sendmail: Option<PathBuf>,
    /// The sender's address for those e-mails (`--mail-from`).
    pub mail_from: Option<String>,
    /// Print a setup link for one more school, then stop (`--new-school`, for a grid).
    pub new_school: bool,
}

/// What `--help` prints.
pub const HELP: &str = "\
clickwise-server: the Clickwise class server (the web game, teachers' pages and the pupils' API)

Usage: clickwise-server [options]

  --addr ADDRESS:PORT    where to listen (default 127.0.0.1:8080)
  --dist DIR             the web build to serve (default dist; `cargo xtask web` makes it)
  --data DIR             where the database is kept (default data)
  --db FILE              the SQLite file (default DIR/clickwise.sqlite3)
  --database URL         a PostgreSQL database instead (postgres://user:password@host/name),
                         which several servers can share (a grid's)
  --levels DIR           the levels to score with (default: the web build's copy)
  --secure-cookies       behind HTTPS (a reverse proxy): cookies are Secure and __Host- named
  --trusted-proxy IP     a reverse proxy whose X-Forwarded-For header is believed
                         (repeat for several; without it the socket's address is used)
  --sync full|normal     full: fsync every commit, surviving a power cut (default normal)
  --new-school           print a one-time setup link for one more school, then stop
                         (the first run prints one by itself)
  --sendmail PROGRAM     send invitations and password-reset links by e-mail through a
                         sendmail-compatible program (e.g. /usr/sbin/sendmail; also
                         CLICKWISE_SENDMAIL); without it the admin is shown each link to pass on
  --mail-from ADDRESS    the sender of those e-mails
  --open-sign-up         anyone who can reach the server may make a teacher account
                         (one teacher's own computer, tests); never on a shared server
  -h, --help             print this help
";

impl Default for Config {
    fn default() -> Self {
        Config {
            addr: ([127, 0, 0, 1], 8080).into(),
            dist: "dist".into(),
            data_dir: "data".into(),
            db: None,
            database: None,
            levels: None,
            secure_cookies: false,
            full_sync: false,
            trusted_proxies: Vec::new(),
            open_sign_up: false,
            sendmail: None,
            mail_from: None,
            new_school: false,
        }
    }
}

impl Config {
    pub fn from_args(args: impl IntoIterator<Item = String>) -> Result<Config, String> {
        let mut config = Config::default();
        let mut args = args.into_iter();
        while let Some(flag) = args.next() {
            let mut value = || args.next().ok_or_else(|| format!("{flag} needs a value"));
            match flag.as_str() {
                "--addr" => {
                    let v = value()?;
                    config.addr =
                        v.parse().map_err(|_| format!("--addr: `{v}` is not like 127.0.0.1:8080"))?;
                }
                "--dist" => config.dist = value()?.into(),
                "--data" => config.data_dir = value()?.into(),
                "--db" => config.db = Some(value()?.into()),
                "--database" => {
                    let v = value()?;
                    if !v.starts_with("postgres://") && !v.starts_with("postgresql://") {
                        return Err(format!("--database: `{}` is not a postgres:// address", shown(&v)));
                    }
                    config.database = Some(v);
                }
                "--levels" => config.levels = Some(value()?.into()),
                "--secure-cookies" => config.secure_cookies = true,
                "--trusted-proxy" => {
                    let v = value()?;
                    let ip = v.parse().map_err(|_| format!("--trusted-proxy: `{v}` is not an IP address"))?;
                    config.trusted_proxies.push(ip);
                }
                "--open-sign-up" => config.open_sign_up = true,
                "--new-school" => config.new_school = true,
                "--sendmail" => config.sendmail = Some(value()?.into()),
                "--mail-from" => {
                    let v = value()?;
                    if !crate::mail::plain_address(&v) {
                        return Err(format!("--mail-from: `{v}` is not an e-mail address"));
                    }
                    config.mail_from = Some(v);
                }
                "--sync" => match value()?.as_str() {
                    "full" => config.full_sync = true,
                    "normal" => config.full_sync = false,
                    other => return Err(format!("--sync: `{other}` is not `normal` or `full`")),
                },
                other => {
                    return Err(format!("unknown option `{other}` (`--help` lists the options)"));
                }
            }
        }
        Ok(config)
    }

    pub fn db_path(&self) -> PathBuf {
        self.db.clone().unwrap_or_else(|| self.data_dir.join("clickwise.sqlite3"))
    }

    pub fn levels_dir(&self) -> PathBuf {
        if let Some(dir) = &self.levels {
            return dir.clone();
        }
        let built = self.dist.join("assets/levels");
        if built.join(clickwise_core::catalogue::CATALOGUE_FILE).is_file() { built } else { "levels".into() }
    }
}
