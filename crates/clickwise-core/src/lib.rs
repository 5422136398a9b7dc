//! Clickwise's rules, shared by the game, the class server and the level checker.
//!
//! Nothing here knows about Bevy, the web or a database: one level model, one loader,
//! one validator, one scoring implementation and one progress format, so that the
//! game's stars and the teacher's dashboard can never disagree.

pub mod catalogue;
pub mod classroom;
pub mod coverage;
pub mod curriculum;
pub mod dates;
pub mod display;
pub mod error;
pub mod home;
pub mod i18n;
pub mod insight;
pub mod load;
pub mod locate;
pub mod model;
pub mod names;
pub mod playthrough;
pub mod progress;
pub mod readability;
pub mod scoring;
pub mod shuffle;
pub mod strands;
pub mod text;
pub mod texts;
pub mod validate;
pub mod world;

pub use error::{Problem, Problems};
pub use model::*;
pub use text::{Lang, Text};
