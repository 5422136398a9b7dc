//! Talking to the class server. Requests go out through the platform (fetch on the web, a
//! small HTTP/1.1 client natively) or, in tests, to a fake; replies come back on any
//! thread into [`Inbox`] and are handled by ordinary systems on the next frame.

use bevy::prelude::*;
use bevy::window::RequestRedraw;
use std::sync::{Arc, Mutex};

pub use crate::platform::{HttpReply, HttpRequest};

/// What a reply is for, so the right system picks it up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Purpose {
    Join,
    SignIn,
    /// Sending a queued result.
    Result {
        attempt_id: String,
    },
    /// Refreshing a class profile's assigned levels.
    Refresh {
        profile: String,
    },
}

/// A stand-in server for tests: answers each request at once.
pub type FakeServer = Arc<Mutex<dyn FnMut(&HttpRequest) -> HttpReply + Send>>;

/// Where requests go.
#[derive(Resource, Clone)]
pub enum Net {
    /// A real server: `""` on the web (the page's own origin), else `http://host:port`.
    Http {
        base: String,
    },
    Fake(FakeServer),
}

impl Net {
    pub fn fake(server: impl FnMut(&HttpRequest) -> HttpReply + Send + 'static) -> Self {
        Net::Fake(Arc::new(Mutex::new(server)))
    }
}

/// Replies waiting to be handled, and how many requests are still out.
#[derive(Resource, Clone, Default)]
pub struct Inbox {
    replies: Arc<Mutex<Vec<(Purpose, HttpReply)>>>,
    in_flight: Arc<Mutex<u32>>,
}

impl Inbox {
    /// Takes the replies for `wanted` purposes, leaving the rest.
    pub fn take(&self, wanted: impl Fn(&Purpose) -> bool) -> Vec<(Purpose, HttpReply)> {
        let Ok(mut replies) = self.replies.lock() else { return Vec::new() };
        let (mine, rest) = std::mem::take(&mut *replies).into_iter().partition(|(p, _)| wanted(p));
        *replies = rest;
        mine
    }

    pub fn busy(&self) -> bool {
        self.in_flight.lock().map(|n| *n > 0).unwrap_or(false)
    }

    fn deliver(&self, purpose: Purpose, reply: HttpReply) {
        if let Ok(mut n) = self.in_flight.lock() {
            *n = n.saturating_sub(1);
        }
        if let Ok(mut replies) = self.replies.lock() {
            replies.push((purpose, reply));
        }
    }
}

/// Sends requests; replies land in the [`Inbox`].
#[derive(bevy::ecs::system::SystemParam)]
pub struct Sender<'w> {
    net: Res<'w, Net>,
    inbox: Res<'w, Inbox>,
}

impl Sender<'_> {
    pub fn send(&self, purpose: Purpose, request: HttpRequest) {
        if let Ok(mut n) = self.inbox.in_flight.lock() {
            *n += 1;
        }
        let inbox = self.inbox.clone();
        match &*self.net {
            Net::Fake(server) => {
                let reply = match server.lock() {
                    Ok(mut answer) => (*answer)(&request),
                    Err(_) => Err("the fake server broke".to_string()),
                };
                inbox.deliver(purpose, reply);
            }
            Net::Http { base } => {
                let url = format!("{base}{}", request.path);
                crate::platform::http_send(
                    url,
                    request,
                    Box::new(move |reply| inbox.deliver(purpose, reply)),
                );
            }
        }
    }
}

/// While a request is out, keep frames coming so its reply is handled promptly even though
/// the game otherwise only draws when something happens.
pub(super) fn stay_awake_while_waiting(inbox: Res<Inbox>, mut redraw: MessageWriter<RequestRedraw>) {
    if inbox.busy() || inbox.replies.lock().is_ok_and(|r| !r.is_empty()) {
        redraw.write(RequestRedraw);
    }
}
