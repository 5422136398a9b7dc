//! Every pupil can play: display options saved per profile (text size, high contrast,
//! easy-read letters, calm mode, sounds, read-aloud), reachable from a corner of every
//! screen; read-aloud and sound effects; and the description of each screen that the
//! web page turns into real DOM elements for screen readers.

mod corner;
mod mirror;
mod options;
mod options_panel;
mod relabel;
mod sound;
mod speech;

pub use corner::{OPTIONS_LABEL, Overlay, READ_SCREEN_LABEL};
pub use mirror::{DescribeScreen, MirrorRequest, MirrorRequests, Snapshot, TextRect};
pub use options::{Display, change as change_options};
pub use sound::{Sound, SoundLog};
pub use speech::{LastPitch, Narrate, Narrated, Speak, SpeechLog};

use bevy::prelude::*;

pub fn plugin(app: &mut App) {
    app.add_plugins((
        options::plugin,
        corner::plugin,
        options_panel::plugin,
        speech::plugin,
        sound::plugin,
        mirror::plugin,
        relabel::plugin,
    ));
}
