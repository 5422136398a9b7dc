//! Read-aloud. With it on (the default for ages 4–7, who may not read yet), each new
//! message, question with its answers, and feedback is read out as it appears, and
//! speaker buttons read their part again. On the web it is the browser's speech (a UK
//! voice when there is one; Welsh only with a Welsh voice, else silent); natively it is
//! silent. Every request is also logged, so
//! tests can hear what would be said.

use super::Display;
use crate::config::CurrentLang;
use crate::screen::Screen;
use crate::theme::{self, Reader, ReadsContainer, SpeakerButton, Voice, as_speech};
use bevy::input_focus::tab_navigation::TabIndex;
use bevy::prelude::*;
use bevy::ui_widgets::Activate;

/// Something to say. `interrupt` stops what is being said first (a new screen, a tap on a
/// speaker button); otherwise it waits its turn (the next chat message).
#[derive(Message, Clone, Debug, PartialEq)]
pub struct Speak {
    pub text: String,
    pub interrupt: bool,
    /// 1.0 is the voice's own; a character's words use theirs.
    pub pitch: f32,
}

/// New words on screen under a `Narrate` container: spoken when read-aloud is on, and
/// always announced to screen readers by the page's live region.
#[derive(Message, Clone, Debug, PartialEq)]
pub struct Narrated {
    pub text: String,
    pub interrupt: bool,
    pub pitch: f32,
}

/// What has been said, newest last (the last few dozen).
#[derive(Resource, Default, Debug)]
pub struct SpeechLog(pub Vec<String>);

/// The pitch of the last thing said (for tests: a character sounds like themselves).
#[derive(Resource, Default, Debug)]
pub struct LastPitch(pub f32);

/// The pitch for words at `entity`: the nearest character's voice above it, if any.
fn pitch_of(entity: Entity, voices: &Query<&Voice>, parents: &Query<&ChildOf>) -> f32 {
    std::iter::once(entity)
        .chain(parents.iter_ancestors(entity))
        .take(8)
        .find_map(|e| voices.get(e).ok())
        .map_or(1.0, |v| v.0)
}

/// Read-aloud's systems, each frame after the screens have been drawn.
#[derive(SystemSet, Debug, Clone, PartialEq, Eq, Hash)]
pub struct SpeechSystems;

/// Put on a container whose new texts are read out as they appear (the play area, the
/// results, the worried panel).
#[derive(Component, Default)]
pub struct Narrate;

pub(super) fn plugin(app: &mut App) {
    app.add_message::<Speak>()
        .add_message::<Narrated>()
        .add_observer(read_container)
        .init_resource::<SpeechLog>()
        .init_resource::<LastPitch>()
        .add_systems(OnExit(Screen::Play), stop_talking)
        .add_systems(OnExit(Screen::Results), stop_talking)
        .add_systems(
            PostUpdate,
            (narrate_new_texts, speak_narration, show_speakers_when_reading, say)
                .chain()
                .in_set(SpeechSystems),
        );
}

/// A theme speaker button reads its container: the nearest holder above it with words
/// besides the speaker (an answer's speaker sits in a small holder of its own inside the answer).
fn read_container(
    click: On<Activate>,
    speakers: Query<(), With<ReadsContainer>>,
    parents: Query<&ChildOf>,
    voices: Query<&Voice>,
    reader: Reader,
    mut speak: MessageWriter<Speak>,
) {
    if !speakers.contains(click.entity) {
        return;
    }
    for holder in parents.iter_ancestors(click.entity).take(3) {
        let parts: Vec<_> =
            reader.read(holder, true).into_iter().filter(|(e, _)| *e != click.entity).collect();
        if !parts.is_empty() {
            let pitch = pitch_of(holder, &voices, &parents);
            speak.write(Speak { text: as_speech(&parts), interrupt: true, pitch });
            return;
        }
    }
}

/// Finds what is new under each `Narrate` container. Screens are rebuilt whole when they
/// move on (a chat rebuilds for each message), so "new" means words that weren't there
/// before: a new stage is read from the start, interrupting; a new chat message is read
/// after whatever is being said. Answers, parts to spot and cards are read with the text;
/// plain buttons (Next, Start) are not.
fn narrate_new_texts(
    new_texts: Query<(), Added<Text>>,
    roots: Query<Entity, With<Narrate>>,
    reader: Reader,
    voices: Query<&Voice>,
    parents: Query<&ChildOf>,
    mut before: Local<std::collections::HashMap<Entity, Vec<String>>>,
    mut narrated: MessageWriter<Narrated>,
) {
    if new_texts.is_empty() {
        return;
    }
    before.retain(|root, _| roots.contains(*root));
    for root in &roots {
        let parts: Vec<_> = reader
            .read(root, true)
            .into_iter()
            .filter(|(_, part)| !matches!(part, theme::Readable::Widget { role: "button", .. }))
            .collect();
        let words: Vec<String> = parts.iter().map(|(_, p)| p.words().to_owned()).collect();
        let old = before.insert(root, words.clone()).unwrap_or_default();
        let fresh: Vec<_> = parts.into_iter().filter(|(_, p)| !old.iter().any(|o| o == p.words())).collect();
        if !fresh.is_empty() {
            let interrupt = !words.iter().any(|w| old.contains(w));
            // A new message from one character is said in their voice.
            let pitches: Vec<f32> = fresh.iter().map(|(e, _)| pitch_of(*e, &voices, &parents)).collect();
            let pitch = if pitches.windows(2).all(|w| w[0] == w[1]) { pitches[0] } else { 1.0 };
            narrated.write(Narrated { text: as_speech(&fresh), interrupt, pitch });
        }
    }
}

fn speak_narration(
    display: Res<Display>,
    mut narrated: MessageReader<Narrated>,
    mut speak: MessageWriter<Speak>,
) {
    for n in narrated.read() {
        if display.reads_aloud {
            speak.write(Speak { text: n.text.clone(), interrupt: n.interrupt, pitch: n.pitch });
        }
    }
}

/// Speaker buttons show (and take a Tab stop) only while read-aloud is on.
fn show_speakers_when_reading(
    display: Res<Display>,
    mut speakers: Query<(Entity, &mut Node, Ref<SpeakerButton>)>,
    mut commands: Commands,
) {
    for (entity, mut node, marker) in &mut speakers {
        if !display.is_changed() && !marker.is_added() {
            continue;
        }
        let want = if display.reads_aloud { bevy::ui::Display::Flex } else { bevy::ui::Display::None };
        if node.display != want {
            node.display = want;
        }
        if display.reads_aloud {
            commands.entity(entity).try_insert(TabIndex(0));
        } else {
            commands.entity(entity).try_remove::<TabIndex>();
        }
    }
}

fn say(
    mut requests: MessageReader<Speak>,
    mut log: ResMut<SpeechLog>,
    mut last: ResMut<LastPitch>,
    lang: Res<CurrentLang>,
) {
    for r in requests.read() {
        if r.text.trim().is_empty() {
            continue;
        }
        // In the player's language: Welsh only with a Welsh voice, never an English one.
        crate::platform::speak(&r.text, r.interrupt, r.pitch, clickwise_core::i18n::tag(lang.0));
        last.0 = r.pitch;
        log.0.push(r.text.clone());
        if log.0.len() > 40 {
            log.0.remove(0);
        }
    }
}

fn stop_talking() {
    crate::platform::stop_speaking();
}
