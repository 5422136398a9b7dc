//! Command-line settings: `--addr 127.0.0.1:8080 --dist dist --data data [--db FILE]
//! [--levels DIR] [--secure-cookies] [--sync full]`.

use std::net::SocketAddr;
use std::path::PathBuf;

#[derive(Debug, Clone)]
pub struct Config {
    pub addr: SocketAddr,
    /// The built web game (`cargo xtask web` writes it).
    pub dist: PathBuf,
    /// Where the server keeps its files: `clickwise.sqlite3` unless `--db` says otherwise.
    pub data_dir: PathBuf,
    pub db: Option<PathBuf>,
    /// The levels to score with; by default the web build's copy, else `levels/`.
    pub levels: Option<PathBuf>,
    /// Behind TLS (a reverse proxy): cookies are marked `Secure`.
    pub secure_cookies: bool,
    /// fsync every commit, surviving a power cut as well as a crash.
    pub full_sync: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            addr: ([127, 0, 0, 1], 8080).into(),
            dist: "dist".into(),
            data_dir: "data".into(),
            db: None,
            levels: None,
            secure_cookies: false,
            full_sync: false,
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
                "--levels" => config.levels = Some(value()?.into()),
                "--secure-cookies" => config.secure_cookies = true,
                "--sync" => match value()?.as_str() {
                    "full" => config.full_sync = true,
                    "normal" => config.full_sync = false,
                    other => return Err(format!("--sync: `{other}` is not `normal` or `full`")),
                },
                other => {
                    return Err(format!(
                        "unknown option `{other}` (use --addr, --dist, --data, --db, --levels, --secure-cookies, --sync)"
                    ));
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
