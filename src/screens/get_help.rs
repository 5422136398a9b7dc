//! "Get help", for grown-ups: who a child can tell, what Childline and the CEOP Safety
//! Centre are for, and buttons that open their official pages in a new tab. This is the
//! only place in the game with real help links; practice reports inside levels never
//! contact anyone.

use super::Screen;
use crate::theme::{self, Look, UiAssets, palette};
use crate::words::Words;
use bevy::prelude::*;
use bevy::ui_widgets::Activate;
use clickwise_core::Lang;

pub const CHILDLINE_URL: &str = "https://www.childline.org.uk/";
pub const CEOP_URL: &str = "https://www.ceop.police.uk/Safety-Centre/";
/// Meic: the helpline for children and young people in Wales (Welsh Government funded).
pub const MEIC_URL: &str = "https://www.meic.cymru/";

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::GetHelp), spawn);
}

fn spawn(mut commands: Commands, mut ui: ResMut<UiAssets>, words: Words) {
    let ui = &mut *ui;
    commands.spawn(theme::screen_root(Screen::GetHelp)).with_children(|page| {
        super::header::header(page, ui, "grown-up", &words.get("help-heading"), 72.0);
        page.spawn(theme::row(16.0)).with_children(|r| {
            r.spawn(super::header::back_to(ui, Screen::Title, &words));
            r.spawn(theme::icon_button(
                ui,
                &words.get("help-played-here"),
                "trophy",
                Look::Secondary,
                |_: On<Activate>, mut next: ResMut<NextState<Screen>>| next.set(Screen::PlayedHere),
            ));
            r.spawn(theme::icon_button(
                ui,
                &words.get("help-teacher-notes"),
                "light-bulb",
                Look::Secondary,
                |_: On<Activate>, mut next: ResMut<NextState<Screen>>| next.set(Screen::TeacherNotes),
            ));
        });
        page.spawn(theme::column(14.0)).with_children(|col| {
            col.spawn(theme::panel(palette::MINT)).with_children(|p| {
                p.spawn(theme::heading(ui, words.get("help-trusted-adult-heading")));
                p.spawn(theme::label(ui, words.get("help-trusted-adult")));
            });
            col.spawn(theme::panel(palette::SKY)).with_children(|p| {
                p.spawn(theme::heading(ui, words.get("help-childline-heading")));
                p.spawn(theme::label(ui, words.get("help-childline")));
                p.spawn(theme::row(0.0)).with_children(|r| {
                    r.spawn(theme::icon_button(
                        ui,
                        &words.get("help-open-childline"),
                        "phone",
                        Look::Secondary,
                        |_: On<Activate>| crate::platform::open_link(CHILDLINE_URL),
                    ));
                });
            });
            // In Welsh, for families and schools in Wales: Meic, in Welsh or English.
            if words.lang() == Lang::Cy {
                col.spawn(theme::panel(palette::SKY)).with_children(|p| {
                    p.spawn(theme::heading(ui, words.get("help-meic-heading")));
                    p.spawn(theme::label(ui, words.get("help-meic")));
                    p.spawn(theme::row(0.0)).with_children(|r| {
                        r.spawn(theme::icon_button(
                            ui,
                            &words.get("help-open-meic"),
                            "phone",
                            Look::Secondary,
                            |_: On<Activate>| crate::platform::open_link(MEIC_URL),
                        ));
                    });
                });
            }
            col.spawn(theme::panel(palette::SUNNY)).with_children(|p| {
                p.spawn(theme::heading(ui, words.get("help-ceop-heading")));
                p.spawn(theme::label(ui, words.get("help-ceop")));
                p.spawn(theme::small(ui, words.get("help-ceop-not-for")));
                p.spawn(theme::row(0.0)).with_children(|r| {
                    r.spawn(theme::icon_button(
                        ui,
                        &words.get("help-open-ceop"),
                        "shield",
                        Look::Secondary,
                        |_: On<Activate>| crate::platform::open_link(CEOP_URL),
                    ));
                });
            });
            col.spawn(theme::small(ui, words.get("help-links-note")));
        });
    });
}
