//! "Get help", for grown-ups: who a child can tell, what Childline and the CEOP Safety
//! Centre are for, and buttons that open their official pages in a new tab. This is the
//! only place in the game with real help links; practice reports inside levels never
//! contact anyone.

use super::Screen;
use crate::theme::{self, Look, UiAssets, palette};
use bevy::prelude::*;
use bevy::ui_widgets::Activate;

pub const CHILDLINE_URL: &str = "https://www.childline.org.uk/";
pub const CEOP_URL: &str = "https://www.ceop.police.uk/Safety-Centre/";

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::GetHelp), spawn);
}

fn spawn(mut commands: Commands, mut ui: ResMut<UiAssets>) {
    let ui = &mut *ui;
    commands.spawn(theme::screen_root(Screen::GetHelp)).with_children(|page| {
        super::header::header(page, ui, "grown-up", "For grown-ups: getting help", 72.0);
        page.spawn(theme::row(16.0)).with_children(|r| {
            r.spawn(super::header::back_to(ui, Screen::Title));
            r.spawn(theme::icon_button(
                ui,
                "What was played here",
                "trophy",
                Look::Secondary,
                |_: On<Activate>, mut next: ResMut<NextState<Screen>>| next.set(Screen::PlayedHere),
            ));
            r.spawn(theme::icon_button(
                ui,
                "Notes for teachers",
                "light-bulb",
                Look::Secondary,
                |_: On<Activate>, mut next: ResMut<NextState<Screen>>| next.set(Screen::TeacherNotes),
            ));
        });
        page.spawn(theme::column(14.0)).with_children(|col| {
            col.spawn(theme::panel(palette::MINT)).with_children(|p| {
                p.spawn(theme::heading(ui, "First, a trusted adult"));
                p.spawn(theme::label(
                    ui,
                    "If a child is worried about something online, the first step is to tell a trusted adult: \
                     a parent, carer or teacher. Listen calmly, and thank them for telling. It is never their \
                     fault. In school, pass any concern to the Designated Safeguarding Lead.",
                ));
            });
            col.spawn(theme::panel(palette::SKY)).with_children(|p| {
                p.spawn(theme::heading(ui, "Childline: 0800 1111"));
                p.spawn(theme::label(
                    ui,
                    "Children and young people can talk to Childline about anything, free and in confidence, \
                     by phone on 0800 1111 or online.",
                ));
                p.spawn(theme::row(0.0)).with_children(|r| {
                    r.spawn(theme::icon_button(
                        ui,
                        "Open childline.org.uk",
                        "phone",
                        Look::Secondary,
                        |_: On<Activate>| crate::platform::open_link(CHILDLINE_URL),
                    ));
                });
            });
            col.spawn(theme::panel(palette::SUNNY)).with_children(|p| {
                p.spawn(theme::heading(ui, "The CEOP Safety Centre"));
                p.spawn(theme::label(
                    ui,
                    "For reporting someone online who is asking a child for pictures, asking to meet, talking \
                     about private things or making them feel unsafe. It is run by the National Crime Agency, \
                     and it is best used with an adult.",
                ));
                p.spawn(theme::small(
                    ui,
                    "It is not for bullying or a hacked account: for those, tell an adult and use the app's \
                     own report and block buttons.",
                ));
                p.spawn(theme::row(0.0)).with_children(|r| {
                    r.spawn(theme::icon_button(
                        ui,
                        "Open ceop.police.uk (Safety Centre)",
                        "shield",
                        Look::Secondary,
                        |_: On<Activate>| crate::platform::open_link(CEOP_URL),
                    ));
                });
            });
            col.spawn(theme::small(
                ui,
                "These buttons open the official websites in a new tab. The practice reports inside the game \
                 never send anything to anyone.",
            ));
        });
    });
}
