//! Who is asking: teachers by a session cookie (with a CSRF token on every form), pupils
//! by the token the game got when it signed in with a login card. Guessing is slowed down
//! by per-address limits.

pub mod limit;
pub mod password;
pub mod session;
pub mod token;

pub use limit::{ClientIp, Limits};
pub use session::{SESSION_COOKIE, SignedForm, SignedIn};
