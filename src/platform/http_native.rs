//! Natively, a tiny blocking HTTP/1.1 client on a thread: enough to reach a class server on
//! the school network (`http://host:port`). Schools serving over TLS use the web version,
//! which the browser connects for us.

use super::{HttpReply, HttpRequest};
use std::io::{Read, Write};
use std::net::{TcpStream, ToSocketAddrs};
use std::time::Duration;

/// Replies are capped: the API's answers are small, and a stranger's server could send anything.
const MAX_REPLY: u64 = 1 << 20;

pub fn http_send(url: String, request: HttpRequest, done: Box<dyn FnOnce(HttpReply) + Send>) {
    std::thread::spawn(move || done(exchange(&url, &request)));
}

fn exchange(url: &str, request: &HttpRequest) -> HttpReply {
    let rest = url.strip_prefix("http://").ok_or("only http:// class servers can be reached natively")?;
    let (host, path) = rest.split_once('/').map_or((rest, "/".to_string()), |(h, p)| (h, format!("/{p}")));
    let addr = host
        .to_socket_addrs()
        .map_err(|e| format!("{host}: {e}"))?
        .next()
        .ok_or_else(|| format!("{host}: no address"))?;
    let mut stream = TcpStream::connect_timeout(&addr, Duration::from_secs(5)).map_err(|e| e.to_string())?;
    stream.set_read_timeout(Some(Duration::from_secs(15))).map_err(|e| e.to_string())?;
    let body = request.body.as_deref().unwrap_or("");
    let mut head = format!(
        "{} {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\nAccept: application/json\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\n",
        request.method,
        body.len()
    );
    if let Some(token) = &request.token {
        head.push_str(&format!("Authorization: Bearer {token}\r\n"));
    }
    head.push_str("\r\n");
    stream
        .write_all(head.as_bytes())
        .and_then(|()| stream.write_all(body.as_bytes()))
        .map_err(|e| e.to_string())?;
    let mut raw = Vec::new();
    stream.take(MAX_REPLY).read_to_end(&mut raw).map_err(|e| e.to_string())?;
    parse_reply(&raw)
}

/// The status and body of a `Connection: close` reply (plain or chunked).
pub fn parse_reply(raw: &[u8]) -> HttpReply {
    let text = String::from_utf8_lossy(raw);
    let (head, body) = text.split_once("\r\n\r\n").ok_or("the server's reply was cut short")?;
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse::<u16>().ok())
        .ok_or("the server's reply had no status")?;
    let chunked = head.lines().any(|l| {
        let l = l.to_ascii_lowercase();
        l.starts_with("transfer-encoding:") && l.contains("chunked")
    });
    Ok((status, if chunked { unchunk(body) } else { body.to_owned() }))
}

fn unchunk(mut body: &str) -> String {
    let mut out = String::new();
    while let Some((size, rest)) = body.split_once("\r\n") {
        let Ok(size) = usize::from_str_radix(size.trim(), 16) else { break };
        if size == 0 || rest.len() < size {
            break;
        }
        out.push_str(&rest[..size]);
        body = rest[size..].trim_start_matches("\r\n");
    }
    out
}
