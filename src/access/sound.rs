//! Sound effects: a short, soft chime for a safe choice, a gentle two-note "hmm" for one
//! to think about, and a little tune for the stars. Made by the browser from tones (no
//! sound files to download); silent natively. The "Sounds" option turns them off.

use super::Display;
use crate::play::StepAnswered;
use crate::screen::Screen;
use bevy::prelude::*;
use clickwise_core::Outcome;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sound {
    Safe,
    ThinkAgain,
    Stars,
}

impl Sound {
    /// (frequency in Hz, start in seconds, length in seconds) for each note.
    pub fn notes(self) -> &'static [(f32, f32, f32)] {
        match self {
            Sound::Safe => &[(659.0, 0.0, 0.12), (880.0, 0.1, 0.2)],
            Sound::ThinkAgain => &[(440.0, 0.0, 0.15), (392.0, 0.14, 0.22)],
            Sound::Stars => &[(523.0, 0.0, 0.12), (659.0, 0.1, 0.12), (784.0, 0.2, 0.12), (1047.0, 0.3, 0.3)],
        }
    }
}

/// Sounds played, newest last, for tests.
#[derive(Resource, Default, Debug)]
pub struct SoundLog(pub Vec<Sound>);

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<SoundLog>()
        .add_systems(Update, chime_on_feedback.after(crate::play::PlayEvents))
        .add_systems(OnEnter(Screen::Results), |display: Res<Display>, mut log: ResMut<SoundLog>| {
            play(Sound::Stars, &display, &mut log)
        });
}

fn play(sound: Sound, display: &Display, log: &mut SoundLog) {
    if !display.options.sounds {
        return;
    }
    crate::platform::play_sound(sound.notes());
    log.0.push(sound);
    if log.0.len() > 20 {
        log.0.remove(0);
    }
}

/// Plays once for each answered step, as its feedback appears.
fn chime_on_feedback(
    mut answered: MessageReader<StepAnswered>,
    display: Res<Display>,
    mut log: ResMut<SoundLog>,
) {
    for step in answered.read() {
        play(if step.outcome == Outcome::Safe { Sound::Safe } else { Sound::ThinkAgain }, &display, &mut log);
    }
}
