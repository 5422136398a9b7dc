//! "What happened next": after a risky answer, the scene plays beat by beat (a character
//! with their mood, the picture multiplying, a line), then what to do, with the help route
//! one tap away. Then the pupil can go back and choose again.

use super::super::OpenWorried;
use crate::play::PlaySession;
use crate::theme::{self, Motion, Move, UiAssets, palette};
use crate::words::{self, messages};
use bevy::prelude::*;
use bevy::ui_widgets::Activate;
use clickwise_core::Consequence;

/// Seconds between one beat arriving and the next: time to read it.
const BEAT_GAP: f32 = 1.1;

pub(super) fn scene(col: &mut ChildSpawnerCommands, ui: &mut UiAssets, s: &PlaySession, scene: &Consequence) {
    let t = messages(s.lang);
    col.spawn(theme::panel(palette::PEACH)).with_children(|p| {
        p.spawn(theme::left_row(12.0)).with_children(|r| {
            r.spawn(theme::icon(ui, "thinking", 48.0));
            r.spawn(theme::heading(ui, t.get("scene-what-happened")));
        });
        for (n, beat) in scene.beats.iter().enumerate() {
            let delay = n as f32 * BEAT_GAP;
            let who = beat.who.as_deref().and_then(|role| s.member(role));
            let voice = theme::Voice(who.map_or(1.0, |m| m.pitch));
            p.spawn((theme::left_row(14.0), Motion::rise_in(delay), voice)).with_children(|r| {
                if let Some(member) = who {
                    r.spawn(face(ui, &member.avatar, beat.mood.icon(), delay));
                }
                r.spawn(copies(ui, &beat.picture, beat.count, delay));
                let line = s.fill(&beat.text);
                let said = match who {
                    Some(m) => t.format(
                        "scene-feels",
                        &[
                            ("line", line.into()),
                            ("name", s.name_of(m).into()),
                            ("mood", t.get(words::labels::mood(beat.mood)).into()),
                        ],
                    ),
                    None => line,
                };
                r.spawn(theme::label(ui, said));
            });
        }
        let after = scene.beats.len() as f32 * BEAT_GAP;
        p.spawn((theme::panel(palette::MINT), Motion::rise_in(after))).with_children(|m| {
            m.spawn(theme::left_row(12.0)).with_children(|r| {
                r.spawn(theme::icon(ui, "light-bulb", 44.0));
                r.spawn(theme::label(ui, s.fill(&scene.then)));
            });
            m.spawn(theme::left_row(12.0)).with_children(|r| {
                r.spawn(theme::icon_button(
                    ui,
                    &t.get("scene-who-can-help"),
                    "grown-up",
                    theme::Look::Secondary,
                    |_: On<Activate>, mut commands: Commands| commands.trigger(OpenWorried),
                ));
            });
        });
        p.spawn(crate::theme::speaker_button(ui));
    });
}

/// A character's picture with their mood as a small face on its corner; the character
/// shakes when worried or sad, hops when happy.
fn face(ui: &mut UiAssets, avatar: &str, mood: &str, delay: f32) -> impl Bundle + use<> {
    let react = match mood {
        "face-worried" | "face-sad" => Move::Shake,
        "face-happy" => Move::Hop,
        _ => Move::PopIn,
    };
    (
        Node { width: px(72), height: px(72), flex_shrink: 0.0, ..default() },
        Motion::new(react, delay + 0.4, 0.6),
        Pickable::IGNORE,
        children![
            theme::icon(ui, avatar, 72.0),
            (
                Node { position_type: PositionType::Absolute, right: px(-6), bottom: px(-6), ..default() },
                Pickable::IGNORE,
                children![theme::icon(ui, mood, 32.0)],
            )
        ],
    )
}

/// `count` copies of a picture, each popping in after the last: things multiplying.
fn copies(ui: &mut UiAssets, picture: &str, count: u8, delay: f32) -> impl Bundle + use<> {
    let size = if count > 3 { 40.0 } else { 52.0 };
    let pictures: Vec<_> = (0..count.max(1))
        .map(|k| (theme::icon(ui, picture, size), Motion::pop_in(delay + 0.25 + k as f32 * 0.22)))
        .collect();
    (
        Node {
            flex_wrap: FlexWrap::Wrap,
            max_width: px(3.0 * (size + 6.0)),
            column_gap: px(6),
            row_gap: px(6),
            flex_shrink: 0.0,
            ..default()
        },
        Pickable::IGNORE,
        Children::spawn(SpawnIter(pictures.into_iter())),
    )
}
