//! The level being played, as a Bevy resource around the core's attempt model
//! ([`Playthrough`]), and what happens in it as messages. Screens draw the session and
//! call its methods; progress, the class outbox, sounds and the screen-reader mirror
//! listen for [`StepAnswered`] and [`LevelFinished`] rather than being called by a screen.

use crate::config::{CurrentLang, GameConfig};
use bevy::prelude::*;
use clickwise_core::Level;
use clickwise_core::playthrough::{PlayEvent, Playthrough};
use clickwise_core::progress::Attempt;

pub use clickwise_core::Outcome;
pub use clickwise_core::playthrough::{Draft, Stage};

/// The attempt in progress (or just finished: the results screen reads it).
#[derive(Resource, Debug, Clone, Deref, DerefMut)]
pub struct PlaySession(pub Playthrough);

/// Counts attempts started since the game opened: it varies the seed, so each attempt gets
/// new names and answer orders, and it makes attempt ids unique.
#[derive(Resource, Default, Debug)]
pub struct AttemptCounter(pub u64);

/// Ask for `level` to be played from the start, with a new seed.
#[derive(Message, Debug, Clone)]
pub struct PlayLevel(pub Level);

/// A step was answered; its feedback is showing.
#[derive(Message, Debug, Clone, PartialEq)]
pub struct StepAnswered {
    pub level: String,
    pub step: String,
    pub points: u32,
    /// The least safe part of what was chosen.
    pub outcome: Outcome,
}

/// The level ended. `attempt.first_try` is decided by progress when it records it
/// ([`AttemptRecorded`]).
#[derive(Message, Debug, Clone, PartialEq)]
pub struct LevelFinished {
    pub attempt: Attempt,
    /// When the attempt began (ms since 1970).
    pub started_ms: u64,
}

/// A finished attempt, as the active profile recorded it (first try decided, saved).
#[derive(Message, Debug, Clone, PartialEq)]
pub struct AttemptRecorded {
    pub attempt: Attempt,
    pub started_ms: u64,
}

/// Publishing runs in this set: listeners order themselves after it.
#[derive(SystemSet, Debug, Clone, PartialEq, Eq, Hash)]
pub struct PlayEvents;

pub fn plugin(app: &mut App) {
    app.init_resource::<AttemptCounter>()
        .add_message::<PlayLevel>()
        .add_message::<StepAnswered>()
        .add_message::<LevelFinished>()
        .add_message::<AttemptRecorded>()
        .add_systems(
            Update,
            (
                start_levels,
                publish.run_if(resource_exists::<PlaySession>.and_then(resource_changed::<PlaySession>)),
            )
                .chain()
                .in_set(PlayEvents),
        );
}

fn start_levels(
    mut asked: MessageReader<PlayLevel>,
    mut counter: ResMut<AttemptCounter>,
    config: Res<GameConfig>,
    lang: Res<CurrentLang>,
    mut commands: Commands,
) {
    let Some(PlayLevel(level)) = asked.read().last() else { return };
    counter.0 += 1;
    // A new seed each time, so names and answer order change.
    let seed = config.seed.wrapping_add(counter.0.wrapping_mul(0x9E37_79B9_7F4A_7C15));
    let now = crate::platform::now_millis();
    // Unique for this player (the server keys results by pupil and attempt id).
    let id = format!("a{now}-{:04x}-{}", config.seed & 0xffff, counter.0);
    commands.insert_resource(PlaySession(Playthrough::start(id, level.clone(), seed, lang.0, now)));
}

/// Turns what the attempt recorded into messages (taken without marking the session
/// changed again).
fn publish(
    mut session: ResMut<PlaySession>,
    mut answered: MessageWriter<StepAnswered>,
    mut finished: MessageWriter<LevelFinished>,
) {
    let events = session.bypass_change_detection().take_events();
    for event in events {
        match event {
            PlayEvent::StepAnswered { step, points, outcome } => {
                answered.write(StepAnswered { level: session.level.id.clone(), step, points, outcome });
            }
            PlayEvent::LevelFinished { attempt, started_ms } => {
                finished.write(LevelFinished { attempt, started_ms });
            }
            PlayEvent::StepRetried { .. } => {}
        }
    }
}
