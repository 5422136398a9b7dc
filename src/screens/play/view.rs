//! Draws the play screen for the session's current stage: the intro, a question with its
//! message in a device frame, or the feedback on an answer.

use crate::play::{PlaySession, Stage};
use crate::theme::{self, Look, UiAssets, palette};
use bevy::input_focus::{AutoFocus, FocusCause, InputFocus};
use bevy::prelude::*;
use bevy::ui_widgets::Activate;
use clickwise_core::Outcome;
use clickwise_core::scoring::ReviewItem;

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
) {
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
            Stage::Intro => intro(col, ui, s),
            Stage::Answering => question(col, ui, s),
            Stage::Feedback { points, items, .. } => feedback(col, ui, s, *points, items),
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

fn intro(col: &mut ChildSpawnerCommands, ui: &mut UiAssets, s: &PlaySession) {
    col.spawn(theme::panel(palette::SKY)).with_children(|p| {
        p.spawn(theme::row(16.0)).with_children(|r| {
            for member in &s.cast {
                r.spawn((
                    Node {
                        flex_direction: FlexDirection::Column,
                        align_items: AlignItems::Center,
                        ..default()
                    },
                    children![theme::icon(ui, &member.avatar, 96.0), theme::label(ui, member.name.clone())],
                ));
            }
        });
        p.spawn(theme::label(ui, s.fill(&s.level.intro)));
        p.spawn(crate::theme::speaker_button(ui));
    });
    col.spawn(theme::row(0.0)).with_children(|r| {
        r.spawn((
            AutoFocus,
            theme::button(ui, "Start", Look::Primary, |_: On<Activate>, mut session: ResMut<PlaySession>| {
                session.begin()
            }),
        ));
    });
}

fn question(col: &mut ChildSpawnerCommands, ui: &mut UiAssets, s: &PlaySession) {
    let Some((step, mechanic)) = s.current() else { return };
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
                    "Hint (costs 1 point)",
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
) {
    // Kind whatever happened: praise, or a gentle "let's think", never blame.
    let worst = clickwise_core::playthrough::worst_outcome(items);
    let (icon, headline, colour) = match worst {
        Outcome::Safe => ("check", "Great choice!", palette::MINT),
        Outcome::Unsure => ("light-bulb", "Good thinking. Here is an even safer idea.", palette::SKY),
        Outcome::Risky => ("light-bulb", "Let's think about that one.", palette::PEACH),
    };
    col.spawn(theme::panel(colour)).with_children(|p| {
        p.spawn(theme::left_row(14.0)).with_children(|r| {
            r.spawn(theme::icon(ui, icon, 64.0));
            r.spawn(theme::heading(ui, headline));
        });
        for item in items {
            crate::mechanics::review_item(p, ui, s, item);
        }
        p.spawn(theme::small(
            ui,
            if points == 1 { "1 point".to_owned() } else { format!("{points} points") },
        ));
        p.spawn(crate::theme::speaker_button(ui));
    });
    col.spawn(theme::row(16.0)).with_children(|r| {
        if worst != Outcome::Safe {
            r.spawn(theme::button(
                ui,
                "Try again",
                Look::Secondary,
                |_: On<Activate>, mut session: ResMut<PlaySession>| session.retry(),
            ));
        }
        r.spawn((
            AutoFocus,
            theme::button(ui, "Next", Look::Primary, |_: On<Activate>, mut session: ResMut<PlaySession>| {
                session.advance(crate::platform::now_millis())
            }),
        ));
    });
}
