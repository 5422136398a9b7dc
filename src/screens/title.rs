//! The title: who is playing? Saved players on this device, or a new one.

use super::Screen;
use crate::classroom::JoinFlow;
use crate::config::{CurrentLang, GameConfig};
use crate::progress::Store;
use crate::theme::{self, Look, UiAssets, palette};
use crate::words::Words;
use bevy::input_focus::AutoFocus;
use bevy::prelude::*;
use bevy::ui_widgets::Activate;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Title), (follow_join_link, spawn).chain());
}

/// A join link (`?class=123456`) opens "Join my class" once, with the code typed in.
fn follow_join_link(
    config: Res<GameConfig>,
    mut flow: ResMut<JoinFlow>,
    mut next: ResMut<NextState<Screen>>,
    mut followed: Local<bool>,
) {
    if config.launch.class_code.is_some() && !*followed {
        *followed = true;
        super::join::open(&config, &mut flow, &mut next);
    }
}

fn spawn(mut commands: Commands, mut ui: ResMut<UiAssets>, store: Res<Store>, words: Words) {
    let ui = &mut *ui;
    commands.spawn(theme::screen_root(Screen::Title)).with_children(|page| {
        page.spawn(theme::icon(ui, "shield", 88.0));
        page.spawn(theme::title(ui, "Clickwise"));
        page.spawn(theme::label(ui, words.get("title-tagline")));
        if let Some(notice) = &store.notice {
            page.spawn((theme::panel(palette::PEACH), children![theme::label(ui, words.get(notice))]));
        }
        page.spawn(theme::column(14.0)).with_children(|col| {
            if !store.data.profiles.is_empty() {
                col.spawn(theme::heading(ui, words.get("title-who-is-playing")));
            }
            col.spawn(theme::row(16.0)).with_children(|players| {
                // Newest first: on a shared class tablet, the last player made is most likely next.
                for (n, profile) in store.data.profiles.iter().rev().enumerate() {
                    let id = profile.id.clone();
                    let caption = (
                        Node {
                            flex_direction: FlexDirection::Column,
                            align_items: AlignItems::Center,
                            ..default()
                        },
                        Pickable::IGNORE,
                        children![
                            (theme::label(ui, profile.shown_nickname()), Pickable::IGNORE),
                            (
                                theme::small(
                                    ui,
                                    words.format("stars-count", &[("count", profile.total_stars().into())])
                                ),
                                Pickable::IGNORE
                            )
                        ],
                    );
                    let mut button = players.spawn(theme::picture_button(
                        ui,
                        &profile.shown_nickname(),
                        &profile.avatar,
                        caption,
                        190.0,
                        move |_: On<Activate>,
                              mut store: ResMut<Store>,
                              mut lang: ResMut<CurrentLang>,
                              mut next: ResMut<NextState<Screen>>| {
                            crate::progress::play_as(&mut store, &mut lang, &id);
                            store.notice = None;
                            store.save();
                            let has_phase = store.active().and_then(|p| p.phase).is_some();
                            next.set(if has_phase { Screen::Levels } else { Screen::Phase });
                        },
                    ));
                    if n == 0 {
                        button.insert(AutoFocus);
                    }
                }
            });
            col.spawn(theme::row(16.0)).with_children(|r| {
                let mut new_player = r.spawn(theme::icon_button(
                    ui,
                    &words.get("title-new-player"),
                    "gift",
                    Look::Primary,
                    |_: On<Activate>, mut next: ResMut<NextState<Screen>>| next.set(Screen::Profile),
                ));
                if store.data.profiles.is_empty() {
                    new_player.insert(AutoFocus);
                }
                r.spawn(theme::icon_button(
                    ui,
                    &words.get("join-my-class"),
                    "key",
                    Look::Secondary,
                    |_: On<Activate>,
                     config: Res<GameConfig>,
                     mut flow: ResMut<JoinFlow>,
                     mut next: ResMut<NextState<Screen>>| {
                        super::join::open(&config, &mut flow, &mut next)
                    },
                ));
                r.spawn(theme::button(
                    ui,
                    &words.get("title-about"),
                    Look::Secondary,
                    |_: On<Activate>, mut next: ResMut<NextState<Screen>>| next.set(Screen::About),
                ));
                r.spawn(theme::icon_button(
                    ui,
                    &words.get("title-grown-ups-help"),
                    "grown-up",
                    Look::Secondary,
                    |_: On<Activate>, mut next: ResMut<NextState<Screen>>| next.set(Screen::GetHelp),
                ));
            });
            col.spawn((
                theme::small(ui, words.get("title-saved-here")),
                TextLayout::justify(Justify::Center),
            ));
        });
    });
}
