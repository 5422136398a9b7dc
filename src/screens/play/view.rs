//! Draws the play screen for the session's current stage: the intro, a question with its
//! message in a device frame, or the feedback on an answer.

use crate::play::{PlaySession, Stage};
use crate::progress::Store;
use crate::theme::{self, Look, Motion, Move, UiAssets, palette};
use crate::words::messages;
use bevy::input_focus::{AutoFocus, FocusCause, InputFocus};
use bevy::prelude::*;
use bevy::ui_widgets::Activate;
use clickwise_core::Outcome;
use clickwise_core::scoring::ReviewItem;

/// The rewind button's words in English (`play-rewind`; tests find the button by them):
/// the core loop is try, see, go back.
pub const REWIND_LABEL: &str = "Go back and choose again";

/// Holds the part of the play screen that changes with each stage.
#[derive(Component)]
pub(super) struct PlayArea;

/// The widget that had the keyboard focus when the play area was rebuilt (its role and
/// label), so that the same widget in the new build gets it back: flagging a part to spot
/// or picking a setting must leave the focus where the pupil was.
#[derive(Resource, Default)]
pub(super) struct FocusToRestore(Option<(&'static str, String)>);

/// Rebuilds the play area whenever the session moves on.
pub(super) fn redraw(
    mut commands: Commands,
    session: Res<PlaySession>,
    area: Single<Entity, With<PlayArea>>,
    mut ui: ResMut<UiAssets>,
    mut focus: ResMut<InputFocus>,
    widgets: Query<&theme::Widget>,
    parents: Query<&ChildOf>,
    mut restore: ResMut<FocusToRestore>,
    store: Res<Store>,
) {
    let pupil = store.active().map(|p| (p.avatar.clone(), p.shown_nickname()));
    let inside = focus.get().filter(|f| parents.iter_ancestors(*f).any(|a| a == *area));
    restore.0 = inside.and_then(|f| widgets.get(f).ok()).map(|w| (w.role, w.label.clone()));
    // The focused widget is about to go: nothing has the focus until the new build says
    // (a question gives it to none of its answers; the screen reader starts at the heading).
    if inside.is_some() {
        focus.clear();
    }
    let ui = &mut *ui;
    let s = &*session;
    commands.entity(*area).despawn_related::<Children>().with_children(|col| {
        let mut title = col.spawn(theme::row(12.0));
        title.with_children(|r| {
            r.spawn(theme::icon(ui, &s.level.icon, 48.0));
            r.spawn(theme::heading(ui, s.fill(&s.level.title)));
        });
        // Read-aloud says the level's name once, at the start.
        if s.stage != Stage::Intro {
            title.insert(theme::Quiet);
        }
        match &s.stage {
            Stage::Intro => intro(col, ui, s, pupil.as_ref()),
            Stage::Answering => question(col, ui, s),
            Stage::Feedback { points, items, scene, .. } => {
                if let Some(scene) = scene {
                    super::scene::scene(col, ui, s, scene);
                }
                feedback(col, ui, s, *points, items, scene.is_some());
            }
            Stage::Finished(_) => {}
        }
    });
}

/// After a rebuild: the widget that had the focus, if it is still there, has it again
/// (over the new build's default focus).
pub(super) fn restore_focus(
    mut restore: ResMut<FocusToRestore>,
    area: Single<Entity, With<PlayArea>>,
    children: Query<&Children>,
    widgets: Query<&theme::Widget>,
    mut focus: ResMut<InputFocus>,
) {
    let Some((role, label)) = restore.0.take() else { return };
    let same = children
        .iter_descendants(*area)
        .find(|e| widgets.get(*e).is_ok_and(|w| w.role == role && w.label == label));
    if let Some(entity) = same {
        focus.set(entity, FocusCause::Navigated);
    }
}

/// The cast arrive one by one, and the pupil's own avatar travels with them.
fn intro(
    col: &mut ChildSpawnerCommands,
    ui: &mut UiAssets,
    s: &PlaySession,
    pupil: Option<&(String, String)>,
) {
    col.spawn(theme::panel(palette::SKY)).with_children(|p| {
        p.spawn(theme::row(16.0)).with_children(|r| {
            let people = s.cast.iter().map(|m| (m.avatar.as_str(), s.name_of(m).to_owned(), 96.0));
            let you = pupil.map(|(avatar, nickname)| {
                (avatar.as_str(), messages(s.lang).format("play-you", &[("nickname", nickname.into())]), 72.0)
            });
            for (n, (avatar, name, size)) in people.chain(you).enumerate() {
                r.spawn((
                    Node {
                        flex_direction: FlexDirection::Column,
                        align_items: AlignItems::Center,
                        justify_content: JustifyContent::End,
                        ..default()
                    },
                    Motion::new(Move::RiseIn(30.0), 0.15 * n as f32, 0.45),
                    children![theme::icon(ui, avatar, size), theme::label(ui, name)],
                ));
            }
        });
        p.spawn(theme::label(ui, s.fill(&s.level.intro)));
        p.spawn(crate::theme::speaker_button(ui));
    });
    col.spawn(theme::row(0.0)).with_children(|r| {
        r.spawn((
            AutoFocus,
            theme::button(
                ui,
                &messages(s.lang).get("play-start"),
                Look::Primary,
                |_: On<Activate>, mut session: ResMut<PlaySession>| session.begin(),
            ),
        ));
    });
}

fn question(col: &mut ChildSpawnerCommands, ui: &mut UiAssets, s: &PlaySession) {
    let Some((step, mechanic)) = s.current() else { return };
    let t = messages(s.lang);
    // Back after "Go back and choose again": said plainly, so nobody thinks it's a trick.
    if s.retries > 0 {
        col.spawn((theme::panel(palette::SUNNY), Motion::pop_in(0.0))).with_children(|p| {
            p.spawn(theme::left_row(12.0)).with_children(|r| {
                r.spawn((theme::icon(ui, "rewind", 44.0), Motion::new(Move::Shake, 0.1, 0.5)));
                r.spawn(theme::label(ui, t.get("play-went-back")));
            });
        });
    }
    crate::mechanics::draw(col, ui, s, mechanic);
    if let Some(hint) = &step.hint {
        if s.hint_shown {
            col.spawn(theme::panel(palette::SUNNY)).with_children(|p| {
                p.spawn(theme::left_row(12.0)).with_children(|r| {
                    r.spawn(theme::icon(ui, "light-bulb", 44.0));
                    r.spawn(theme::label(ui, s.fill(hint)));
                });
            });
        } else {
            col.spawn(theme::row(0.0)).with_children(|r| {
                r.spawn(theme::icon_button(
                    ui,
                    &t.get("play-hint"),
                    "light-bulb",
                    Look::Secondary,
                    |_: On<Activate>, mut session: ResMut<PlaySession>| session.show_hint(),
                ));
            });
        }
    }
}

fn feedback(
    col: &mut ChildSpawnerCommands,
    ui: &mut UiAssets,
    s: &PlaySession,
    points: u32,
    items: &[ReviewItem],
    after_scene: bool,
) {
    // Kind whatever happened: praise, or a gentle "let's think", never blame.
    let worst = clickwise_core::playthrough::worst_outcome(items);
    let t = messages(s.lang);
    let (icon, headline, colour) = match worst {
        Outcome::Safe => ("check", "feedback-safe", palette::MINT),
        Outcome::Unsure => ("light-bulb", "feedback-unsure", palette::SKY),
        Outcome::Risky => ("light-bulb", "feedback-risky", palette::PEACH),
    };
    let headline = t.get(headline);
    // After a scene, the "why" arrives once the scene has played.
    let delay = if after_scene { 0.4 } else { 0.0 };
    let react = if worst == Outcome::Safe { Move::Hop } else { Move::PopIn };
    let why = |col: &mut ChildSpawnerCommands, ui: &mut UiAssets| {
        col.spawn((theme::panel(colour), Motion::rise_in(delay))).with_children(|p| {
            p.spawn(theme::left_row(14.0)).with_children(|r| {
                r.spawn((theme::icon(ui, icon, 64.0), Motion::new(react, delay + 0.2, 0.5)));
                r.spawn(theme::heading(ui, headline.clone()));
            });
            for item in items {
                crate::mechanics::review_item(p, ui, s, item);
            }
            p.spawn(theme::small(ui, t.format("points-count", &[("count", points.into())])));
            p.spawn(crate::theme::speaker_button(ui));
        });
    };
    let actions = |col: &mut ChildSpawnerCommands, ui: &mut UiAssets| {
        // Try, see, rewind: after a risky answer, going back is the first thing offered.
        col.spawn(theme::row(16.0)).with_children(|r| {
            if worst != Outcome::Safe {
                let look = if worst == Outcome::Risky { Look::Primary } else { Look::Secondary };
                let mut back = r.spawn(theme::icon_button(
                    ui,
                    &t.get("play-rewind"),
                    "rewind",
                    look,
                    |_: On<Activate>, mut session: ResMut<PlaySession>| session.retry(),
                ));
                if worst == Outcome::Risky {
                    back.insert(AutoFocus);
                }
            }
            let mut next = r.spawn(theme::button(
                ui,
                &t.get("button-next"),
                if worst == Outcome::Risky { Look::Secondary } else { Look::Primary },
                |_: On<Activate>, mut session: ResMut<PlaySession>| {
                    session.advance(crate::platform::now_millis())
                },
            ));
            if worst != Outcome::Risky {
                next.insert(AutoFocus);
            }
        });
    };
    // After a scene the actions come straight after it, in view: go back, or go on. The
    // "why" follows below.
    if after_scene {
        actions(col, ui);
        why(col, ui);
    } else {
        why(col, ui);
        actions(col, ui);
    }
}
