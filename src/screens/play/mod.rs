//! Playing a level: the intro, then each step's message in a device frame with shuffled
//! answers, then kind feedback after each answer; at the end the attempt is saved.

mod session;
mod view;

pub use session::{AttemptCounter, PlaySession, Stage};

use super::Screen;
use crate::progress::Store;
use bevy::prelude::*;
use clickwise_core::progress::Attempt;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<AttemptCounter>().add_systems(OnEnter(Screen::Play), spawn).add_systems(
        Update,
        (view::redraw, finish)
            .chain()
            .run_if(in_state(Screen::Play).and_then(resource_changed::<PlaySession>)),
    );
}

fn spawn(mut commands: Commands) {
    commands.spawn((
        crate::theme::screen_root(Screen::Play),
        children![(view::PlayArea, crate::access::Narrate, crate::theme::column(12.0))],
    ));
}

/// When the level ends: record the attempt in the active profile, save, show the results.
fn finish(
    session: Res<PlaySession>,
    mut store: ResMut<Store>,
    counter: Res<AttemptCounter>,
    mut next: ResMut<NextState<Screen>>,
) {
    let Stage::Finished(score) = session.stage else { return };
    let now = crate::platform::now_millis();
    let attempt = store.active_mut().map(|profile| {
        let attempt = Attempt {
            id: format!("{}-{now}-{}", profile.id, counter.0),
            level: session.level.id.clone(),
            level_version: session.level.version,
            choices: session.log.clone(),
            score,
            finished_at: now / 1000,
        };
        profile.record(attempt.clone());
        attempt
    });
    // A class player's result also goes to the teacher: via the outbox, so it survives a
    // dropped connection or a closed tab.
    if let Some(attempt) = attempt {
        crate::classroom::queue_result(&mut store, &attempt, session.started_ms);
    }
    store.save();
    next.set(Screen::Results);
}
