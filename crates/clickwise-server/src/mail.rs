//! E-mail, only when the server is given a sendmail-compatible program (`--sendmail
//! /usr/sbin/sendmail`): the message is piped to it (`PROGRAM -i [-f FROM] -- TO`), and
//! the machine's own mail system (Postfix, msmtp, Exim, …) delivers it with whatever TLS
//! and authentication it is set up for. The server speaks no SMTP itself: a plain-text
//! SMTP client would send reset links unencrypted. Without a program, nothing is sent and
//! the admin is shown the link to pass on.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

pub struct Mailer {
    pub program: PathBuf,
    pub from: Option<String>,
}

/// An address that is safe on a command line and in a header: `a@b.c`, printable ASCII
/// only, no spaces, no line breaks, not starting with `-` (which the program would read as
/// an option).
pub fn plain_address(a: &str) -> bool {
    a.len() <= 254
        && !a.starts_with('-')
        && a.bytes().all(|b| b.is_ascii_graphic() && !b"<>()[],;:\\\"".contains(&b))
        && a.split_once('@').is_some_and(|(user, host)| !user.is_empty() && host.contains('.'))
}

/// A header value as RFC 2047 asks when it isn't plain ASCII (Welsh letters: ŵ, ŷ).
fn header_text(text: &str) -> String {
    let one_line: String = text.chars().filter(|c| !c.is_control()).collect();
    if one_line.is_ascii() { one_line } else { format!("=?UTF-8?B?{}?=", base64(one_line.as_bytes())) }
}

fn base64(bytes: &[u8]) -> String {
    const ABC: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ABC[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// The whole message as the program reads it.
fn message(from: Option<&str>, to: &str, subject: &str, body: &str) -> String {
    let mut m = String::new();
    if let Some(from) = from {
        m.push_str(&format!("From: {from}\r\n"));
    }
    m.push_str(&format!(
        "To: {to}\r\nSubject: {}\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\
         Content-Transfer-Encoding: 8bit\r\nAuto-Submitted: auto-generated\r\n\r\n",
        header_text(subject)
    ));
    m.push_str(&body.replace("\r\n", "\n").replace('\n', "\r\n"));
    m.push_str("\r\n");
    m
}

impl Mailer {
    /// Sends one message; an error says why not (logged; the admin is then shown the link).
    pub async fn send(&self, to: &str, subject: &str, body: &str) -> Result<(), String> {
        if !plain_address(to) {
            return Err("not a plain e-mail address".into());
        }
        let text = message(self.from.as_deref(), to, subject, body);
        let mut cmd = Command::new(&self.program);
        cmd.arg("-i");
        if let Some(from) = &self.from {
            cmd.args(["-f", from]);
        }
        cmd.args(["--", to]).stdin(Stdio::piped()).stdout(Stdio::null()).stderr(Stdio::piped());
        let program = self.program.display().to_string();
        tokio::task::spawn_blocking(move || {
            let mut child = cmd.spawn().map_err(|e| format!("{program}: {e}"))?;
            if let Some(mut stdin) = child.stdin.take() {
                stdin.write_all(text.as_bytes()).map_err(|e| format!("{program}: {e}"))?;
            }
            // A mail system that hangs must not hold the admin's page for ever.
            let deadline = Instant::now() + Duration::from_secs(30);
            loop {
                match child.try_wait() {
                    Ok(Some(status)) if status.success() => return Ok(()),
                    Ok(Some(status)) => return Err(format!("{program} ended with {status}")),
                    Ok(None) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(20)),
                    Ok(None) => {
                        let _ = child.kill();
                        let _ = child.wait();
                        return Err(format!("{program} took longer than 30 seconds"));
                    }
                    Err(e) => return Err(format!("{program}: {e}")),
                }
            }
        })
        .await
        .map_err(|e| e.to_string())?
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_that_could_inject_headers_or_options_are_refused() {
        assert!(plain_address("head@school.example"));
        for bad in ["-oQ/tmp@x.uk", "a@b.c\r\nBcc: x@y.z", "a b@c.d", "nobody", "a@b", "<a@b.c>"] {
            assert!(!plain_address(bad), "{bad:?}");
        }
    }

    #[test]
    fn a_welsh_subject_is_encoded_and_the_body_has_crlf_lines() {
        assert_eq!(base64(b"Man"), "TWFu");
        assert_eq!(base64(b"Ma"), "TWE=");
        assert_eq!(base64(b"M"), "TQ==");
        let m = message(Some("c@s.uk"), "t@s.uk", "Ŵyl\r\nBcc: x@y.z", "one\ntwo");
        assert!(m.contains("Subject: =?UTF-8?B?"), "{m}");
        assert!(!m.contains("\nBcc:"), "{m}");
        assert!(m.ends_with("one\r\ntwo\r\n"), "{m}");
    }
}
