//! Command-line settings: `--addr 127.0.0.1:8080 --dist dist --data data`.

use std::net::SocketAddr;
use std::path::PathBuf;

#[derive(Debug, Clone)]
pub struct Config {
    pub addr: SocketAddr,
    /// The built web game (`cargo xtask web` writes it).
    pub dist: PathBuf,
    /// Where the server keeps its files (the SQLite database, with the classroom features).
    pub data_dir: PathBuf,
}

impl Default for Config {
    fn default() -> Self {
        Config { addr: ([127, 0, 0, 1], 8080).into(), dist: "dist".into(), data_dir: "data".into() }
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
                other => return Err(format!("unknown option `{other}` (use --addr, --dist, --data)")),
            }
        }
        Ok(config)
    }
}
