//! A result POST written by hand as raw HTTP/1.1: the kill -9 test and the throughput
//! benchmark talk to a real server over a socket with it (no client library in between).

/// `POST /api/results` with `body` for the pupil holding `token`. `keep_alive: false`
/// asks the server to close the connection after replying.
pub fn result_request(token: &str, body: &str, keep_alive: bool) -> String {
    format!(
        "POST /api/results HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer {token}\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\n{}\r\n{body}",
        body.len(),
        if keep_alive { "" } else { "Connection: close\r\n" }
    )
}

/// The status code in a reply's first line (`HTTP/1.1 200 OK` → 200).
pub fn status_of(first_line: &str) -> Option<u16> {
    first_line.strip_prefix("HTTP/1.1 ")?.get(..3)?.parse().ok()
}
