//! The title needs no levels, so it shows first and the levels load behind it (a first
//! visit on slow school internet downloads less before anything appears). A screen that
//! lists or plays levels waits on the loading screen until they are in: the gate turns a
//! move to such a screen into a move to Loading, which goes on to it once they are ready.

use super::Screen;
use crate::levels::{LoadProgress, start_loading};
use bevy::prelude::*;
use bevy::state::state::StateTransitionSystems;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<AfterLoading>()
        .add_systems(OnEnter(Screen::Title), start_loading)
        .add_systems(StateTransition, hold_until_loaded.before(StateTransitionSystems::DependentTransitions));
}

/// Where to go once the levels are in; `None` on the first start (then: the title).
#[derive(Resource, Default, Debug)]
pub struct AfterLoading(pub Option<Screen>);

/// Screens that show or play levels.
fn needs_levels(screen: Screen) -> bool {
    matches!(
        screen,
        Screen::Levels
            | Screen::AllLevels
            | Screen::Badges
            | Screen::Play
            | Screen::TeacherNotes
            | Screen::PlayedHere
    )
}

fn hold_until_loaded(
    progress: Res<LoadProgress>,
    mut next: ResMut<NextState<Screen>>,
    mut after: ResMut<AfterLoading>,
) {
    if progress.done {
        return;
    }
    let wanted = match &*next {
        NextState::Pending(s) | NextState::PendingIfNeq(s) => *s,
        NextState::Unchanged => return,
    };
    if needs_levels(wanted) {
        after.0 = Some(wanted);
        next.set(Screen::Loading);
    }
}
