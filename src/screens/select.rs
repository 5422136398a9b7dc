//! "All levels": the plain list (the map is the way in). First the levels a teacher set (for a class player) or the home practice
//! from a teacher's link, then the rest for the player's age group, with their stars on
//! each level, and a calm note for teachers when a level file couldn't be loaded.

use super::Screen;
use super::header::go_button;
use crate::classroom::{RefreshClass, TEACHER_CAN_SEE};
use crate::config::CurrentLang;
use crate::levels::LevelLibrary;
use crate::play::PlayLevel;
use crate::progress::Store;
use crate::theme::{self, UiAssets, palette};
use crate::words::{Words, labels};
use bevy::input_focus::AutoFocus;
use bevy::prelude::*;
use bevy::ui_widgets::Activate;
use clickwise_core::classroom::Assigned;
use clickwise_core::progress::Profile;
use clickwise_core::{Level, Phase};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::AllLevels), (spawn, ask_for_assignments)).add_systems(
        Update,
        redraw_when_assignments_change
            .run_if(in_state(Screen::AllLevels).and_then(resource_changed::<Store>)),
    );
}

/// A class player's list is refreshed from the server each time it opens.
fn ask_for_assignments(mut commands: Commands, store: Res<Store>) {
    if store.active().is_some_and(|p| p.class.is_some()) {
        commands.trigger(RefreshClass);
    }
}

#[derive(Component)]
struct LevelsPage;

/// New assignments arrived while the list was open: draw it again.
fn redraw_when_assignments_change(
    mut commands: Commands,
    store: Res<Store>,
    pages: Query<Entity, With<LevelsPage>>,
    mut shown: Local<Option<Vec<Assigned>>>,
    ui: ResMut<UiAssets>,
    library: Res<LevelLibrary>,
    lang: Res<CurrentLang>,
    words: Words,
) {
    let now = store.active().and_then(|p| p.class.as_ref()).map(|c| c.assigned.clone());
    let first_look = shown.is_none();
    if *shown == now {
        return;
    }
    *shown = now;
    if first_look {
        return;
    }
    for page in &pages {
        commands.entity(page).despawn();
    }
    spawn(commands, ui, store, library, lang, words);
}

fn spawn(
    mut commands: Commands,
    mut ui: ResMut<UiAssets>,
    store: Res<Store>,
    library: Res<LevelLibrary>,
    lang: Res<CurrentLang>,
    words: Words,
) {
    let ui = &mut *ui;
    let Some(profile) = store.active() else { return };
    let phase = profile.phase.unwrap_or(Phase::Ks1);
    let (first_heading, first) = first_levels(profile, &store, &library);
    let first_heading = words.get(first_heading);
    let rest: Vec<(&Level, Option<&str>)> = library
        .for_phase(phase)
        .filter(|l| !first.iter().any(|(f, _)| f.id == l.id))
        .map(|l| (l, None))
        .collect();
    commands.spawn((LevelsPage, theme::screen_root(Screen::AllLevels))).with_children(|page| {
        page.spawn(theme::row(16.0)).with_children(|r| {
            r.spawn(theme::icon(ui, &profile.avatar, 72.0));
            r.spawn(theme::heading(
                ui,
                words.format("levels-hello", &[("nickname", profile.shown_nickname().into())]),
            ));
        });
        if let Some(class) = &profile.class {
            page.spawn(theme::small(
                ui,
                words.format(
                    "levels-class",
                    &[
                        ("class", (&class.class_name).into()),
                        ("teacher_can_see", words.get(TEACHER_CAN_SEE).into()),
                    ],
                ),
            ));
        }
        let mut autofocus = true;
        if !first.is_empty() {
            page.spawn(theme::heading(ui, first_heading));
            level_row(page, ui, profile, &first, &lang, &mut autofocus);
            page.spawn(theme::heading(ui, words.get("levels-more")));
        }
        page.spawn(theme::small(
            ui,
            words.format("levels-pick", &[("ages", words.get(labels::phase(phase)).into())]),
        ));
        level_row(page, ui, profile, &rest, &lang, &mut autofocus);
        if first.is_empty() && rest.is_empty() {
            page.spawn(theme::label(ui, words.get("levels-none")));
        }
        if let Some(note) = library.teacher_note(words.lang()) {
            page.spawn(theme::panel(palette::PEACH)).with_children(|p| {
                p.spawn(theme::left_row(12.0)).with_children(|r| {
                    r.spawn(theme::icon(ui, "grown-up", 44.0));
                    r.spawn(theme::small(ui, note));
                });
            });
        }
        page.spawn(theme::row(16.0)).with_children(|r| {
            r.spawn(go_button(ui, &words.get("levels-back-to-map"), Screen::Levels));
            r.spawn(go_button(ui, &words.get("levels-change-age"), Screen::Phase));
            r.spawn(go_button(ui, &words.get("levels-change-player"), Screen::Title));
        });
    });
}

/// The levels a pupil meets first: a class player's assignments (with due dates), or the
/// home practice from a teacher's link; with the heading (a message key) they go under.
pub(super) fn first_levels<'a>(
    profile: &'a Profile,
    store: &'a Store,
    library: &'a LevelLibrary,
) -> (&'static str, Vec<(&'a Level, Option<&'a str>)>) {
    match &profile.class {
        Some(class) => (
            "levels-from-teacher",
            class
                .assigned
                .iter()
                .filter_map(|a| library.get(&a.level_id).map(|l| (l, a.due.as_deref())))
                .collect(),
        ),
        None => (
            "levels-home-practice",
            store.data.practice.iter().filter_map(|id| library.get(id)).map(|l| (l, None)).collect(),
        ),
    }
}

/// A wrapping row of level cards: picture, title, due date if any, and stars.
pub(super) fn level_row(
    page: &mut ChildSpawnerCommands,
    ui: &mut UiAssets,
    profile: &Profile,
    levels: &[(&Level, Option<&str>)],
    lang: &CurrentLang,
    autofocus: &mut bool,
) {
    page.spawn(theme::row(18.0)).with_children(|r| {
        for (level, due) in levels {
            let id = level.id.clone();
            let title = level.title.get(lang.0).to_owned();
            let stars = theme::stars(ui, profile.stars(&level.id).unwrap_or(0), 30.0);
            let due = due.map(|d| clickwise_core::dates::due_in(d, lang.0)).unwrap_or_default();
            let caption = (
                Node {
                    flex_direction: FlexDirection::Column,
                    align_items: AlignItems::Center,
                    row_gap: px(4),
                    ..default()
                },
                Pickable::IGNORE,
                children![
                    (theme::label(ui, title.clone()), TextLayout::justify(Justify::Center), Pickable::IGNORE),
                    (theme::small(ui, due), Pickable::IGNORE),
                    stars
                ],
            );
            let mut button = r.spawn(theme::picture_button(
                ui,
                &title,
                &level.icon,
                caption,
                260.0,
                move |_: On<Activate>, library: Res<LevelLibrary>, mut play: MessageWriter<PlayLevel>| {
                    if let Some(level) = library.get(&id) {
                        play.write(PlayLevel(level.clone()));
                    }
                },
            ));
            if std::mem::take(autofocus) {
                button.insert(AutoFocus);
            }
        }
    });
}
