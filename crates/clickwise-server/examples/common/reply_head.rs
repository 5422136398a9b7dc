//! Reading a raw HTTP/1.1 reply's head, for the benchmarks that talk to a real server
//! over a socket (`bench.rs`, `grid_bench.rs`).

use super::raw_http;
use tokio::io::{AsyncBufReadExt, BufReader};

/// The status and Content-Length of a reply.
pub async fn read_head(stream: &mut BufReader<tokio::net::TcpStream>) -> (u16, usize) {
    let mut status = 0;
    let mut length = 0;
    let mut line = String::new();
    loop {
        line.clear();
        stream.read_line(&mut line).await.unwrap();
        let l = line.trim_end();
        if l.is_empty() {
            return (status, length);
        }
        if let Some(s) = raw_http::status_of(l) {
            status = s;
        } else if let Some((k, v)) = l.split_once(':')
            && k.eq_ignore_ascii_case("content-length")
        {
            length = v.trim().parse().unwrap_or(0);
        }
    }
}
