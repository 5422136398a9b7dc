//! "My badges": one for each strand the age group's levels teach, earned by finishing
//! those levels. Each says in plain words what the pupil can now do. With every badge of
//! the age group, the pupil is a Clickwise Champion and can print a certificate at home.

use super::Screen;
use super::header::{back_to, header};
use crate::config::CurrentLang;
use crate::levels::LevelLibrary;
use crate::progress::Store;
use crate::theme::{self, Look, Motion, Move, UiAssets, palette};
use crate::words::{Words, labels};
use bevy::prelude::*;
use bevy::ui_widgets::Activate;
use clickwise_core::{Lang, Phase};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Badges), spawn);
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
    let Some(world) = library.world_of(phase) else { return };
    let badges = world.badges(&library.levels, |id| profile.levels.contains_key(id));
    let earned = badges.iter().filter(|b| b.earned()).count();
    let champion = earned == badges.len() && !badges.is_empty();
    commands.spawn(theme::screen_root(Screen::Badges)).with_children(|page| {
        header(
            page,
            ui,
            "medal",
            &words.format("badges-mine", &[("earned", earned.into()), ("total", badges.len().into())]),
            72.0,
        );
        page.spawn(theme::small(ui, words.get("badges-how")));
        if champion {
            page.spawn((theme::panel(palette::SUNNY), Motion::pop_in(0.2))).with_children(|p| {
                p.spawn(theme::left_row(16.0)).with_children(|r| {
                    r.spawn((theme::icon(ui, "trophy", 88.0), Motion::new(Move::Hop, 0.6, 0.6)));
                    r.spawn(theme::title(
                        ui,
                        words.format("badges-champion", &[("world", world.name.get(lang.0).into())]),
                    ));
                });
                p.spawn(theme::label(
                    ui,
                    words.format(
                        "badges-every-badge",
                        &[
                            ("nickname", profile.shown_nickname().into()),
                            ("ages", words.get(labels::phase(phase)).to_lowercase().into()),
                        ],
                    ),
                ));
                // All in the player's language, as the page's own words are (`lang`).
                let link = certificate_link(
                    lang.0,
                    &profile.shown_nickname(),
                    &profile.avatar,
                    world.name.get(lang.0),
                    &words.get(labels::phase(phase)),
                    badges.iter().map(|b| b.badge.can.get(lang.0)),
                );
                p.spawn(theme::row(0.0)).with_children(|r| {
                    r.spawn(theme::icon_button(
                        ui,
                        &words.get("badges-print-certificate"),
                        "trophy",
                        Look::Primary,
                        move |_: On<Activate>| crate::platform::open_link(&link),
                    ));
                });
            });
        }
        page.spawn(theme::row(18.0)).with_children(|r| {
            for (n, b) in badges.iter().enumerate() {
                let name = b.badge.name.get(lang.0).to_owned();
                let state = if b.earned() {
                    words.format("badges-earned", &[("can", b.badge.can.get(lang.0).into())])
                } else {
                    words.format("badges-levels-done", &[("done", b.done.into()), ("total", b.total.into())])
                };
                let picture = if b.earned() {
                    r.spawn(theme::icon(ui, &b.badge.icon, 88.0)).id()
                } else {
                    r.spawn(theme::faded_icon(ui, &b.badge.icon, 88.0)).id()
                };
                r.spawn((
                    Node {
                        width: px(270),
                        flex_direction: FlexDirection::Column,
                        align_items: AlignItems::Center,
                        padding: UiRect::all(px(16)),
                        row_gap: px(8),
                        border: UiRect::all(px(3)),
                        border_radius: BorderRadius::all(px(24)),
                        ..default()
                    },
                    BackgroundColor(if b.earned() { palette::MINT } else { palette::PANEL }),
                    BorderColor::all(palette::PANEL_BORDER),
                    Motion::pop_in(0.05 * n as f32),
                    Name::new(format!("badge: {name}")),
                ))
                .add_child(picture)
                .with_children(|card| {
                    card.spawn((theme::label(ui, name), TextLayout::justify(Justify::Center)));
                    card.spawn((theme::small(ui, state), TextLayout::justify(Justify::Center)));
                });
            }
        });
        page.spawn(back_to(ui, Screen::Levels, &words));
    });
}

/// The home certificate: a page of the web build that draws it from these words and the
/// player's picture alone (nothing is stored or sent anywhere), in `lang` (`lang=cy` or
/// `lang=en`: the page has its own words in both).
fn certificate_link<'a>(
    lang: Lang,
    nickname: &str,
    picture: &str,
    world: &str,
    ages: &str,
    can: impl Iterator<Item = &'a str>,
) -> String {
    let can: Vec<String> = can.map(encode).collect();
    format!(
        "certificate.html?lang={}&name={}&pic={}&world={}&ages={}&can={}",
        clickwise_core::i18n::tag(lang),
        encode(nickname),
        encode(picture),
        encode(world),
        encode(ages),
        can.join("|")
    )
}

/// Percent-encodes everything but letters and digits, so any words are safe in a link.
fn encode(s: &str) -> String {
    s.bytes()
        .map(|b| if b.is_ascii_alphanumeric() { (b as char).to_string() } else { format!("%{b:02X}") })
        .collect()
}
