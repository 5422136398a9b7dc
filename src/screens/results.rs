//! The end of a level: stars and points, first try and best, the help route for this
//! age shown big with the grown-up picture, then a summary of every decision and why.

use super::Screen;
use crate::config::CurrentLang;
use crate::levels::LevelLibrary;
use crate::play::{PlayLevel, PlaySession, Stage};
use crate::progress::{NewBadges, Store};
use crate::theme::{self, Look, Motion, Move, UiAssets, palette};
use crate::words::{Words, messages};
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
    words: Words,
) {
    let (Some(profile), Some(session)) = (store.active(), session) else { return };
    if profile.class.is_none() {
        return;
    }
    let said = words.get(class_line(&sync.delivery(&store, &session.id)));
    for mut line in &mut lines {
        if line.0 != said {
            line.0 = said.clone();
        }
    }
}

/// What the pupil is told about their result (a message key): "sent" only once the
/// server confirmed it.
fn class_line(delivery: &Delivery) -> &'static str {
    match delivery {
        Delivery::Sent(_) => "results-sent",
        Delivery::Waiting | Delivery::Unknown => "results-waiting",
        Delivery::Refused { .. } => "results-refused",
    }
}

fn spawn(
    mut commands: Commands,
    mut ui: ResMut<UiAssets>,
    session: Option<Res<PlaySession>>,
    store: Res<Store>,
    library: Res<LevelLibrary>,
    new_badges: Res<NewBadges>,
    lang: Res<CurrentLang>,
    words: Words,
) {
    let ui = &mut *ui;
    let Some(session) = session else { return };
    let Stage::Finished(score) = session.stage else { return };
    let record = store.active().and_then(|p| p.levels.get(&session.level.id));
    let cheer = words.get(match score.stars {
        3 => "results-brilliant",
        2 => "results-well-done",
        _ => "results-good-try",
    });
    commands.spawn((theme::screen_root(Screen::Results), crate::access::Narrate)).with_children(|page| {
        page.spawn(theme::row(16.0)).with_children(|r| {
            r.spawn(theme::icon(ui, "trophy", 88.0));
            r.spawn(theme::title(ui, cheer));
        });
        page.spawn(theme::heading(
            ui,
            words.format("results-you-finished", &[("title", session.fill(&session.level.title).into())]),
        ));
        let total = store.active().map_or(0, |p| p.total_stars());
        stars_into_collection(page, ui, score.stars, total, words.lang());
        page.spawn(theme::label(
            ui,
            words.format("results-points", &[("points", score.points.into()), ("max", score.max.into())]),
        ));
        if let Some(r) = record {
            page.spawn(theme::small(
                ui,
                words.format(
                    "results-first-best",
                    &[
                        ("first", r.first.stars.into()),
                        ("best", r.best.stars.into()),
                        ("plays", r.plays.into()),
                    ],
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
                // The age group's help route, said once in curriculum.ron.
                p.spawn(theme::label(ui, library.help_route(session.level.phase).get(lang.0).to_owned()));
            });
        });
        new_badges_panel(page, ui, &library, &store, &new_badges, &lang);
        page.spawn(theme::row(16.0)).with_children(|r| {
            r.spawn((
                AutoFocus,
                theme::button(
                    ui,
                    &words.get("results-play-again"),
                    Look::Primary,
                    |_: On<Activate>, session: Res<PlaySession>, mut play: MessageWriter<PlayLevel>| {
                        // A new attempt, so names and answer order change this time.
                        play.write(PlayLevel(session.level.clone()));
                    },
                ),
            ));
            r.spawn(theme::button(
                ui,
                &words.get("results-choose-another"),
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
                    r.spawn(theme::heading(ui, words.get("results-what-happened")));
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

/// The stars pop in one by one, then fly up into the pupil's collection ("My stars");
/// three stars get a small burst of confetti. All of it still in calm mode.
fn stars_into_collection(
    page: &mut ChildSpawnerCommands,
    ui: &mut UiAssets,
    stars: u8,
    total: u32,
    lang: clickwise_core::Lang,
) {
    page.spawn((Node { position_type: PositionType::Relative, ..default() }, Motion::pop_in(0.2)))
        .with_children(|holder| {
            holder.spawn(theme::stars(ui, stars, 64.0));
            for n in 0..stars {
                let x = -70.0 + 70.0 * f32::from(n);
                holder.spawn((
                    Node {
                        position_type: PositionType::Absolute,
                        left: px(70.0 + x),
                        top: px(0),
                        ..default()
                    },
                    Motion::new(Move::FlyAway(-x - 200.0, -170.0), 0.9 + 0.2 * f32::from(n), 0.7),
                    Pickable::IGNORE,
                    children![theme::icon(ui, "star", 48.0)],
                ));
            }
            if stars == 3 {
                for (k, (dx, dy)) in CONFETTI.iter().enumerate() {
                    let icon = if k % 2 == 0 { "party" } else { "sparkles" };
                    holder.spawn((
                        Node {
                            position_type: PositionType::Absolute,
                            left: px(90),
                            top: px(10),
                            ..default()
                        },
                        Motion::new(Move::Burst(*dx, *dy), 0.5 + 0.03 * k as f32, 1.1),
                        Pickable::IGNORE,
                        children![theme::icon(ui, icon, 36.0)],
                    ));
                }
            }
        });
    page.spawn((theme::left_row(8.0), Motion::new(Move::Hop, 1.6, 0.5))).with_children(|r| {
        r.spawn(theme::icon(ui, "star", 32.0));
        r.spawn(theme::small(ui, messages(lang).format("results-my-stars", &[("total", total.into())])));
    });
}

/// Where each piece of confetti flies, in pixels from the stars.
const CONFETTI: [(f32, f32); 10] = [
    (-180.0, -90.0),
    (-120.0, -150.0),
    (-40.0, -180.0),
    (40.0, -170.0),
    (130.0, -140.0),
    (190.0, -80.0),
    (-200.0, 20.0),
    (210.0, 30.0),
    (-90.0, 80.0),
    (100.0, 90.0),
];

/// A badge just earned: its picture pops in with what the pupil can now do. Earning the
/// last one of the age group makes them a Clickwise Champion.
fn new_badges_panel(
    page: &mut ChildSpawnerCommands,
    ui: &mut UiAssets,
    library: &LevelLibrary,
    store: &Store,
    new: &NewBadges,
    lang: &CurrentLang,
) {
    let Some(profile) = store.active() else { return };
    let phase = profile.phase.unwrap_or(clickwise_core::Phase::Ks1);
    let Some(world) = library.world_of(phase) else { return };
    let progress = world.badges(&library.levels, |id| profile.levels.contains_key(id));
    let fresh: Vec<_> = progress.iter().filter(|b| new.0.contains(&b.id)).collect();
    if fresh.is_empty() {
        return;
    }
    let champion = progress.iter().all(|b| b.earned());
    let t = messages(lang.0);
    page.spawn(theme::column(12.0)).with_children(|c| {
        c.spawn((theme::panel(palette::SUNNY), Motion::pop_in(1.2))).with_children(|p| {
            for b in &fresh {
                p.spawn(theme::left_row(16.0)).with_children(|r| {
                    r.spawn((theme::icon(ui, &b.badge.icon, 88.0), Motion::new(Move::Hop, 1.6, 0.6)));
                    r.spawn(theme::heading(
                        ui,
                        t.format("results-new-badge", &[("badge", b.badge.name.get(lang.0).into())]),
                    ));
                });
                p.spawn(theme::label(ui, b.badge.can.get(lang.0).to_owned()));
            }
            if champion {
                p.spawn(theme::left_row(16.0)).with_children(|r| {
                    r.spawn((theme::icon(ui, "trophy", 72.0), Motion::new(Move::Hop, 2.0, 0.6)));
                    r.spawn(theme::heading(
                        ui,
                        t.format("results-champion", &[("world", world.name.get(lang.0).into())]),
                    ));
                });
            }
            p.spawn(theme::row(0.0)).with_children(|r| {
                r.spawn(theme::icon_button(
                    ui,
                    &t.get("badges-see-mine"),
                    "medal",
                    Look::Secondary,
                    |_: On<Activate>, mut next: ResMut<NextState<Screen>>| next.set(Screen::Badges),
                ));
            });
        });
    });
}
