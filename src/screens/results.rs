//! The end of a level: stars and points, first try and best, the help route for this
//! age shown big with the grown-up picture, then a summary of every decision and why.

use super::Screen;
use crate::play::{PlayLevel, PlaySession, Stage};
use crate::progress::Store;
use crate::theme::{self, Look, UiAssets, palette};
use bevy::input_focus::AutoFocus;
use bevy::prelude::*;
use bevy::ui_widgets::Activate;
use clickwise_core::classroom::Delivery;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Results), spawn).add_systems(
        Update,
        show_class_line.run_if(
            in_state(Screen::Results).and_then(
                resource_changed::<Store>.or_else(resource_changed::<crate::classroom::SyncStatus>),
            ),
        ),
    );
}

/// For a class player: whether this result has reached the teacher yet.
#[derive(Component)]
struct ClassLine;

fn show_class_line(
    store: Res<Store>,
    sync: Res<crate::classroom::SyncStatus>,
    session: Option<Res<PlaySession>>,
    mut lines: Query<&mut Text, With<ClassLine>>,
) {
    let (Some(profile), Some(session)) = (store.active(), session) else { return };
    if profile.class.is_none() {
        return;
    }
    let said = class_line(&sync.delivery(&store, &session.id));
    for mut line in &mut lines {
        if line.0 != said {
            line.0 = said.to_owned();
        }
    }
}

/// What the pupil is told about their result: "sent" only once the server confirmed it.
fn class_line(delivery: &Delivery) -> &'static str {
    match delivery {
        Delivery::Sent(_) => "Sent to your teacher.",
        Delivery::Waiting | Delivery::Unknown => {
            "Saved. It will go to your teacher as soon as the class server can be reached."
        }
        Delivery::Refused { .. } => {
            "Your teacher's server didn't accept this result. It is kept on this device for your teacher to see."
        }
    }
}

fn spawn(
    mut commands: Commands,
    mut ui: ResMut<UiAssets>,
    session: Option<Res<PlaySession>>,
    store: Res<Store>,
) {
    let ui = &mut *ui;
    let Some(session) = session else { return };
    let Stage::Finished(score) = session.stage else { return };
    let record = store.active().and_then(|p| p.levels.get(&session.level.id));
    let cheer = match score.stars {
        3 => "Brilliant!",
        2 => "Well done!",
        _ => "Good try!",
    };
    commands.spawn((theme::screen_root(Screen::Results), crate::access::Narrate)).with_children(|page| {
        page.spawn(theme::row(16.0)).with_children(|r| {
            r.spawn(theme::icon(ui, "trophy", 88.0));
            r.spawn(theme::title(ui, cheer));
        });
        page.spawn(theme::heading(ui, format!("You finished {}", session.fill(&session.level.title))));
        page.spawn(theme::stars(ui, score.stars, 64.0));
        page.spawn(theme::label(ui, format!("{} of {} points", score.points, score.max)));
        if let Some(r) = record {
            page.spawn(theme::small(
                ui,
                format!(
                    "First try: {} of 3 stars · Best: {} of 3 stars · {}",
                    r.first.stars,
                    r.best.stars,
                    times_played(r.plays)
                ),
            ));
        }
        if store.active().is_some_and(|p| p.class.is_some()) {
            page.spawn((ClassLine, theme::small(ui, "")));
        }
        page.spawn(theme::column(12.0)).with_children(|c| {
            c.spawn(theme::panel(palette::SUNNY)).with_children(|p| {
                p.spawn(theme::left_row(18.0)).with_children(|r| {
                    r.spawn(theme::icon(ui, "grown-up", 88.0));
                    r.spawn(theme::heading(ui, session.fill(&session.level.help)))
                        .insert(TextLayout::justify(Justify::Left));
                });
            });
        });
        page.spawn(theme::row(16.0)).with_children(|r| {
            r.spawn((
                AutoFocus,
                theme::button(
                    ui,
                    "Play again",
                    Look::Primary,
                    |_: On<Activate>, session: Res<PlaySession>, mut play: MessageWriter<PlayLevel>| {
                        // A new attempt, so names and answer order change this time.
                        play.write(PlayLevel(session.level.clone()));
                    },
                ),
            ));
            r.spawn(theme::button(
                ui,
                "Choose another level",
                Look::Secondary,
                |_: On<Activate>, mut next: ResMut<NextState<Screen>>| next.set(Screen::Levels),
            ));
        });
        // The summary: every decision, whether it was safe, and why. Below the buttons,
        // so they stay in view; the page scrolls to it.
        page.spawn(theme::column(12.0)).with_children(|c| {
            c.spawn(theme::panel(palette::PANEL)).with_children(|p| {
                p.spawn(theme::left_row(12.0)).with_children(|r| {
                    r.spawn(theme::icon(ui, "magnifier", 44.0));
                    r.spawn(theme::heading(ui, "What happened, and why"));
                });
                for (_, items) in &session.reviews {
                    for item in items {
                        crate::mechanics::review_item(p, ui, &session, item);
                    }
                }
            });
        });
    });
}

/// "Played once", "Played 2 times": plain words for young readers.
fn times_played(plays: u32) -> String {
    match plays {
        1 => "Played once".to_owned(),
        n => format!("Played {n} times"),
    }
}
