//! Playing a level: the intro, then each step's message in a device frame with shuffled
//! answers, then kind feedback after each answer. The attempt itself is `crate::play`'s;
//! this screen only draws it, and moves on to the results when the level has finished.

mod scene;
mod view;

pub use view::REWIND_LABEL;

use super::Screen;
use crate::play::{LevelFinished, PlayEvents, PlayLevel, PlaySession};
use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<view::FocusToRestore>()
        .add_systems(OnEnter(Screen::Play), (spawn, draw_on_entering).chain())
        .add_systems(
            Update,
            (view::redraw, view::restore_focus)
                .chain()
                .after(PlayEvents)
                .run_if(in_state(Screen::Play).and_then(resource_changed::<PlaySession>)),
        )
        .add_systems(Update, (open_started_levels, show_results).after(PlayEvents));
}

fn spawn(mut commands: Commands) {
    commands.spawn((
        crate::theme::screen_root(Screen::Play),
        children![(view::PlayArea, crate::access::Narrate, crate::theme::column(12.0))],
    ));
}

/// The play area is drawn when the session changes; entering the screen again (after the
/// language was changed) must draw it too.
fn draw_on_entering(session: Option<ResMut<PlaySession>>) {
    if let Some(mut session) = session {
        session.set_changed();
    }
}

/// A level asked for from any screen (the level list, Play again) opens the play screen.
fn open_started_levels(mut asked: MessageReader<PlayLevel>, mut next: ResMut<NextState<Screen>>) {
    if asked.read().count() > 0 {
        next.set(Screen::Play);
    }
}

/// When the level ends (progress has recorded it by then), the results are shown.
fn show_results(mut finished: MessageReader<LevelFinished>, mut next: ResMut<NextState<Screen>>) {
    if finished.read().count() > 0 {
        next.set(Screen::Results);
    }
}
