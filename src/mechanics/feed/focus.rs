//! Where the keyboard focus goes after a move: the button pressed has gone with the rebuild
//! (its card now says what was done), so the focus moves on to the newest item still
//! waiting, or to "Done". Only after a move: an item arriving on the timer never takes the
//! focus from wherever the pupil is.

use bevy::input_focus::{FocusCause, InputFocus};
use bevy::prelude::*;

/// Marks the widget to focus after a move (the draw puts it on one).
#[derive(Component)]
pub(super) struct Next;

/// A move was made since the feed was last drawn.
#[derive(Resource, Default)]
pub(super) struct MoveMade(pub bool);

pub(super) fn plugin(app: &mut App) {
    // After the play area's rebuild (in `Update`), whose own focus restore has run by then.
    app.init_resource::<MoveMade>().add_systems(PostUpdate, focus_after_move);
}

fn focus_after_move(
    mut made: ResMut<MoveMade>,
    drawn: Query<(), Added<super::arrival::FeedCard>>,
    next: Query<Entity, Added<Next>>,
    mut focus: ResMut<InputFocus>,
) {
    // Only a rebuild answers a move; the flag goes with the first one either way.
    if !made.0 || (drawn.is_empty() && next.is_empty()) {
        return;
    }
    made.0 = false;
    if let Some(target) = next.iter().next() {
        focus.set(target, FocusCause::Navigated);
    }
}
