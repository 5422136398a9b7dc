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

fn spawn(mut commands: Commands, mut ui: ResMut<UiAssets>) {
    let ui = &mut *ui;
    commands.spawn(theme::screen_root(Screen::About)).with_children(|page| {
        super::header::header(page, ui, "shield", "About Clickwise", 72.0);
        page.spawn(super::header::back_to(ui, Screen::Title));
        page.spawn(theme::column(16.0)).with_children(|col| {
            col.spawn(theme::panel(palette::MINT)).with_children(|p| {
                p.spawn(theme::label(
                    ui,
                    "Clickwise is an online-safety game for ages 4 to 11. Characters meet tricky moments \
                     online, and players choose what they should do. Every level ends with who to tell.",
                ));
                p.spawn(theme::left_row(14.0)).with_children(|r| {
                    r.spawn(theme::icon(ui, "grown-up", 56.0));
                    r.spawn(theme::small(
                        ui,
                        "Grown-ups: talk to your school's Designated Safeguarding Lead. \
                         Children can call Childline on 0800 1111.",
                    ));
                });
            });
            col.spawn(theme::panel(palette::PANEL)).with_children(|p| {
                p.spawn(theme::heading(ui, "Pictures"));
                p.spawn(theme::small(ui, ART_CREDITS.trim().to_owned()));
                p.spawn(theme::heading(ui, "Letters"));
                p.spawn(theme::small(ui, FONT_CREDITS.trim().to_owned()));
            });
        });
    });
}
