//! Draws the play screen for the session's current stage: the intro, a question with its
//! message in a device frame, or the feedback on an answer.

use super::session::{PlaySession, Stage};
use crate::theme::{self, Look, UiAssets, palette};
use bevy::input_focus::AutoFocus;
use bevy::prelude::*;
use bevy::ui_widgets::Activate;
use clickwise_core::{Mechanic, Outcome};

/// Holds the part of the play screen that changes with each stage.
#[derive(Component)]
pub(super) struct PlayArea;

/// Rebuilds the play area whenever the session moves on.
pub(super) fn redraw(
    mut commands: Commands,
    session: Res<PlaySession>,
    area: Single<Entity, With<PlayArea>>,
    mut ui: ResMut<UiAssets>,
) {
    let ui = &mut *ui;
    let s = &*session;
    commands.entity(*area).despawn_related::<Children>().with_children(|col| {
        col.spawn(theme::row(12.0)).with_children(|r| {
            r.spawn(theme::icon(ui, &s.level.icon, 48.0));
            r.spawn(theme::heading(ui, s.fill(&s.level.title)));
        });
        match &s.stage {
            Stage::Intro => intro(col, ui, s),
            Stage::Answering => question(col, ui, s),
            Stage::Feedback { step, option, safest } => feedback(col, ui, s, step, option, safest),
            Stage::Finished(_) => {}
        }
    });
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
    });
    col.spawn(theme::row(0.0)).with_children(|r| {
        r.spawn((
            AutoFocus,
            theme::button(ui, "Start", Look::Primary, |_: On<Activate>, mut session: ResMut<PlaySession>| {
                if session.stage == Stage::Intro {
                    session.stage = Stage::Answering;
                }
            }),
        ));
    });
}

fn question(col: &mut ChildSpawnerCommands, ui: &mut UiAssets, s: &PlaySession) {
    let run = s.run();
    let Some(step) = run.current_step() else { return };
    let Mechanic::Choice(choice) = &step.mechanic;
    let sender = choice.from.as_ref().and_then(|role| s.cast.iter().find(|c| &c.role == role));
    col.spawn(theme::device_frame(choice.device)).with_children(|frame| {
        frame.spawn(theme::device_screen()).with_children(|screen| {
            screen.spawn(theme::left_row(12.0)).with_children(|r| match sender {
                Some(member) => {
                    r.spawn(theme::icon(ui, &member.avatar, 52.0));
                    r.spawn(theme::label(ui, member.name.clone()));
                }
                None => {
                    r.spawn(theme::icon(ui, "popup", 52.0));
                    r.spawn(theme::small(ui, "A message pops up"));
                }
            });
            screen.spawn(theme::bubble(ui, s.fill(&choice.message), true));
        });
    });
    col.spawn(theme::left_row(12.0)).with_children(|r| {
        r.spawn(theme::icon(ui, "thinking", 48.0));
        r.spawn(theme::heading(ui, s.fill(&choice.question)));
    });
    for (n, &i) in s.order.iter().enumerate() {
        let Some(option) = choice.options.get(i) else { continue };
        let id = option.id.clone();
        let mut button = col.spawn(theme::answer_button(
            ui,
            &s.fill(&option.text),
            move |_: On<Activate>, mut session: ResMut<PlaySession>| session.choose(&id),
        ));
        if n == 0 {
            button.insert(AutoFocus);
        }
    }
}

fn feedback(
    col: &mut ChildSpawnerCommands,
    ui: &mut UiAssets,
    s: &PlaySession,
    step_id: &str,
    option_id: &str,
    safest_id: &str,
) {
    let Some(step) = s.level.step(step_id) else { return };
    let Mechanic::Choice(choice) = &step.mechanic;
    let Some(option) = choice.option(option_id) else { return };
    // Kind whatever was picked: praise, or a gentle "let's think", never blame.
    let (icon, headline, colour) = match option.outcome {
        Outcome::Safe => ("check", "Great choice!", palette::MINT),
        Outcome::Unsure => ("light-bulb", "Good thinking. Here is an even safer idea.", palette::SKY),
        Outcome::Risky => ("light-bulb", "Let's think about that one.", palette::PEACH),
    };
    col.spawn(theme::panel(colour)).with_children(|p| {
        p.spawn(theme::left_row(14.0)).with_children(|r| {
            r.spawn(theme::icon(ui, icon, 64.0));
            r.spawn(theme::heading(ui, headline));
        });
        p.spawn(theme::small(ui, format!("You picked: {}", s.fill(&option.text))));
        p.spawn(theme::label(ui, s.fill(&option.why)));
        if let Some(safest) = choice.option(safest_id).filter(|b| b.id != option.id) {
            p.spawn(theme::left_row(14.0)).with_children(|r| {
                r.spawn(theme::icon(ui, "shield", 48.0));
                r.spawn(theme::label(ui, format!("The safest choice: {}", s.fill(&safest.text))));
            });
        }
    });
    col.spawn(theme::row(0.0)).with_children(|r| {
        r.spawn((
            AutoFocus,
            theme::button(ui, "Next", Look::Primary, |_: On<Activate>, mut session: ResMut<PlaySession>| {
                session.advance()
            }),
        ));
    });
}
