//! The screens, one file each. Every screen's entities use `DespawnOnExit`.

mod about;
mod badges;
mod gate;
mod get_help;
mod header;
mod join;
mod loading;
mod map;
mod phase;
mod play;
mod played_here;
mod practice;
mod profile;
mod results;
mod select;
mod teacher_notes;
mod title;
mod worried;

pub use crate::screen::Screen;
pub use map::MapState;
pub use play::REWIND_LABEL;
pub use practice::{GUEST_ID, GUEST_NICKNAME};
pub use profile::ProfileDraft;
pub use worried::{OpenWorried, WORRIED_LABEL};

use bevy::prelude::*;

pub fn plugin(app: &mut App) {
    app.init_state::<Screen>();
    // More than a tuple of plugins holds.
    app.add_plugins((gate::plugin, practice::plugin));
    app.add_plugins((
        loading::plugin,
        title::plugin,
        about::plugin,
        get_help::plugin,
        join::plugin,
        played_here::plugin,
        profile::plugin,
        phase::plugin,
        select::plugin,
        map::plugin,
        badges::plugin,
        play::plugin,
        results::plugin,
        teacher_notes::plugin,
        worried::plugin,
    ));
}
