//! For parents and carers: what has been played on this device, by each player, with
//! first-try and best stars. Nothing here leaves the device (class players' results also
//! go to their teacher, and the page says so).

use super::Screen;
use crate::classroom::TEACHER_CAN_SEE;
use crate::config::CurrentLang;
use crate::levels::LevelLibrary;
use crate::progress::Store;
use crate::theme::{self, UiAssets, palette};
use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::PlayedHere), spawn);
}

fn spawn(
    mut commands: Commands,
    mut ui: ResMut<UiAssets>,
    store: Res<Store>,
    library: Res<LevelLibrary>,
    lang: Res<CurrentLang>,
) {
    let ui = &mut *ui;
    commands.spawn(theme::screen_root(Screen::PlayedHere)).with_children(|page| {
        super::header::header(page, ui, "trophy", "What was played on this device", 72.0);
        page.spawn(super::header::back_to(ui, Screen::GetHelp));
        if store.data.profiles.is_empty() {
            page.spawn(theme::label(ui, "Nobody has played on this device yet."));
        }
        page.spawn(theme::column(14.0)).with_children(|col| {
            for profile in store.data.profiles.iter().rev() {
                col.spawn(theme::panel(palette::PANEL)).with_children(|p| {
                    p.spawn(theme::left_row(14.0)).with_children(|r| {
                        r.spawn(theme::icon(ui, &profile.avatar, 56.0));
                        r.spawn(theme::heading(ui, profile.nickname.clone()));
                        r.spawn(theme::small(ui, format!("{} stars", profile.total_stars())));
                    });
                    if let Some(class) = &profile.class {
                        p.spawn(theme::small(
                            ui,
                            format!("In the class \"{}\". {TEACHER_CAN_SEE}", class.class_name),
                        ));
                    }
                    if profile.levels.is_empty() {
                        p.spawn(theme::small(ui, "No levels finished yet."));
                    }
                    // Results the class server refused: the teacher never got them, so say so here.
                    let refused: Vec<_> = store.data.refused.iter().filter(|r| r.pending.profile == profile.id).collect();
                    if !refused.is_empty() {
                        p.spawn(theme::small(
                            ui,
                            format!(
                                "{} {} didn't reach the teacher: the class server didn't accept {}. Show your teacher this list.",
                                refused.len(),
                                if refused.len() == 1 { "result" } else { "results" },
                                if refused.len() == 1 { "it" } else { "them" },
                            ),
                        ));
                        for r in refused {
                            let id = &r.pending.submission.level_id;
                            let title = library.get(id).map_or(id.clone(), |l| l.title.get(lang.0).to_owned());
                            p.spawn(theme::small(ui, format!("• {title}: {}", r.reason)));
                        }
                    }
                    for (level_id, record) in &profile.levels {
                        // A level removed since it was played still shows, by its id.
                        let title = library
                            .get(level_id)
                            .map_or(level_id.clone(), |l| l.title.get(lang.0).to_owned());
                        p.spawn(theme::left_row(12.0)).with_children(|r| {
                            r.spawn(theme::stars(ui, record.best.stars, 26.0));
                            r.spawn(theme::label(ui, title));
                            r.spawn(theme::small(
                                ui,
                                format!(
                                    "first try {} of 3, best {} of 3, played {}",
                                    record.first.stars,
                                    record.best.stars,
                                    match record.plays {
                                        1 => "once".to_owned(),
                                        n => format!("{n} times"),
                                    }
                                ),
                            ));
                        });
                    }
                });
            }
        });
    });
}
