//! About Clickwise, for grown-ups: what it is, who to ask for help, and the credits and
//! licences (the credit files are written by the art and font makers, shown as they are).

use super::Screen;
use crate::theme::{self, UiAssets, palette};
use bevy::prelude::*;

const ART_CREDITS: &str = include_str!("../../assets/art/CREDITS.txt");
const FONT_CREDITS: &str = include_str!("../../assets/fonts/README.md");

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::About), spawn);
}

fn spawn(mut commands: Commands, mut ui: ResMut<UiAssets>, words: crate::words::Words) {
    let ui = &mut *ui;
    commands.spawn(theme::screen_root(Screen::About)).with_children(|page| {
        super::header::header(page, ui, "shield", &words.get("about-heading"), 72.0);
        page.spawn(super::header::back_to(ui, Screen::Title, &words));
        page.spawn(theme::column(16.0)).with_children(|col| {
            col.spawn(theme::panel(palette::MINT)).with_children(|p| {
                p.spawn(theme::label(ui, words.get("about-game")));
                p.spawn(theme::left_row(14.0)).with_children(|r| {
                    r.spawn(theme::icon(ui, "grown-up", 56.0));
                    r.spawn(theme::small(ui, words.get("about-grown-ups")));
                });
            });
            col.spawn(theme::panel(palette::PANEL)).with_children(|p| {
                p.spawn(theme::heading(ui, words.get("about-pictures")));
                p.spawn(theme::small(ui, ART_CREDITS.trim().to_owned()));
                p.spawn(theme::heading(ui, words.get("about-letters")));
                p.spawn(theme::small(ui, FONT_CREDITS.trim().to_owned()));
                // Said plainly (issue #16): no Welsh-speaking teacher has reviewed the Welsh yet.
                p.spawn(theme::heading(ui, words.get("about-welsh-heading")));
                p.spawn(theme::small(ui, words.get("about-welsh")));
            });
        });
    });
}
