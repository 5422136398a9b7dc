//! Who is asking: teachers by a session cookie (with a CSRF token on every form), pupils
//! by the token the game got when it signed in with a login card. Guessing is slowed down
//! by limits per address (proxy-aware), per account and per card.

pub mod client_ip;
pub mod limit;
pub mod password;
pub mod pins;
pub mod session;
pub mod token;

pub use client_ip::ClientIp;
pub use limit::Limits;
pub use session::{SESSION_COOKIE, SignedForm, SignedIn};
