//! The level list for the player's age group, with their stars on each level, and a calm
//! note for teachers when a level file couldn't be loaded.

use super::Screen;
use super::play::{AttemptCounter, PlaySession};
use crate::config::{CurrentLang, GameConfig};
use crate::levels::LevelLibrary;
use crate::progress::Store;
use crate::theme::{self, Look, UiAssets, palette};
use bevy::input_focus::AutoFocus;
use bevy::prelude::*;
use bevy::ui_widgets::Activate;
use clickwise_core::Phase;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Levels), spawn);
}

fn spawn(
    mut commands: Commands,
    mut ui: ResMut<UiAssets>,
    store: Res<Store>,
    library: Res<LevelLibrary>,
    lang: Res<CurrentLang>,
) {
    let ui = &mut *ui;
    let Some(profile) = store.active() else { return };
    let phase = profile.phase.unwrap_or(Phase::Ks1);
    commands.spawn(theme::screen_root(Screen::Levels)).with_children(|page| {
        page.spawn(theme::row(16.0)).with_children(|r| {
            r.spawn(theme::icon(ui, &profile.avatar, 72.0));
            r.spawn(theme::heading(ui, format!("Hello, {}!", profile.nickname)));
        });
        page.spawn(theme::small(ui, format!("{}. Pick a level to play.", phase.label())));
        page.spawn(theme::row(18.0)).with_children(|r| {
            for (n, level) in library.for_phase(phase).enumerate() {
                let id = level.id.clone();
                let title = level.title.get(lang.0).to_owned();
                let stars = theme::stars(ui, profile.stars(&level.id).unwrap_or(0), 30.0);
                let caption = (
                    Node {
                        flex_direction: FlexDirection::Column,
                        align_items: AlignItems::Center,
                        row_gap: px(4),
                        ..default()
                    },
                    Pickable::IGNORE,
                    children![
                        (
                            theme::label(ui, title.clone()),
                            TextLayout::justify(Justify::Center),
                            Pickable::IGNORE
                        ),
                        stars
                    ],
                );
                let mut button = r.spawn(theme::picture_button(
                    ui,
                    &title,
                    &level.icon,
                    caption,
                    260.0,
                    move |_: On<Activate>,
                          mut commands: Commands,
                          library: Res<LevelLibrary>,
                          mut counter: ResMut<AttemptCounter>,
                          config: Res<GameConfig>,
                          lang: Res<CurrentLang>,
                          mut next: ResMut<NextState<Screen>>| {
                        if let Some(level) = library.get(&id) {
                            let seed = counter.next_seed(&config);
                            commands.insert_resource(PlaySession::start(level.clone(), seed, *lang));
                            next.set(Screen::Play);
                        }
                    },
                ));
                if n == 0 {
                    button.insert(AutoFocus);
                }
            }
        });
        if library.for_phase(phase).next().is_none() {
            page.spawn(theme::label(ui, "There are no levels for this age group yet."));
        }
        if let Some(note) = library.teacher_note() {
            page.spawn(theme::panel(palette::PEACH)).with_children(|p| {
                p.spawn(theme::left_row(12.0)).with_children(|r| {
                    r.spawn(theme::icon(ui, "grown-up", 44.0));
                    r.spawn(theme::small(ui, note));
                });
            });
        }
        page.spawn(theme::row(16.0)).with_children(|r| {
            r.spawn(theme::button(
                ui,
                "Change age",
                Look::Secondary,
                |_: On<Activate>, mut next: ResMut<NextState<Screen>>| next.set(Screen::Phase),
            ));
            r.spawn(theme::button(
                ui,
                "Change player",
                Look::Secondary,
                |_: On<Activate>, mut next: ResMut<NextState<Screen>>| next.set(Screen::Title),
            ));
        });
    });
}
