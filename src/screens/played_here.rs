//! For parents and carers: what has been played on this device, by each player, with
//! first-try and best stars, what each level teaches, and, where a first try had a risky
//! choice, a question to talk about together. Nothing here leaves the device (class
//! players' results also go to their teacher, and the page says so).

use super::Screen;
use crate::classroom::TEACHER_CAN_SEE;
use crate::config::CurrentLang;
use crate::levels::LevelLibrary;
use crate::progress::Store;
use crate::theme::{self, UiAssets, palette};
use bevy::prelude::*;
use clickwise_core::Phase;
use clickwise_core::classroom::reply_message;
use clickwise_core::home::{character_names, talk_about};
use clickwise_core::progress::{LevelRecord, Profile};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::PlayedHere), spawn);
}

fn spawn(
    mut commands: Commands,
    mut ui: ResMut<UiAssets>,
    store: Res<Store>,
    library: Res<LevelLibrary>,
    lang: Res<CurrentLang>,
    words: crate::words::Words,
) {
    let ui = &mut *ui;
    let characters = character_names(Phase::ALL.into_iter().filter_map(|p| library.world_of(p)));
    let any_risky = store.data.profiles.iter().flat_map(|p| p.levels.values()).any(|r| r.first.risky > 0);
    commands.spawn(theme::screen_root(Screen::PlayedHere)).with_children(|page| {
        super::header::header(page, ui, "trophy", &words.get("played-heading"), 72.0);
        page.spawn(super::header::back_to(ui, Screen::GetHelp, &words));
        if store.data.profiles.is_empty() {
            page.spawn(theme::label(ui, words.get("played-nobody")));
        }
        if any_risky {
            page.spawn(theme::column(0.0)).with_children(|c| {
                // Said once, above the players, when any first try had a risky choice.
                c.spawn((
                    theme::panel(palette::MINT),
                    children![theme::label(ui, words.get("played-risky"))],
                ));
            });
        }
        page.spawn(theme::column(14.0)).with_children(|col| {
            for profile in store.data.profiles.iter().rev() {
                col.spawn(theme::panel(palette::PANEL)).with_children(|p| {
                    player(p, ui, &store, profile, &library, &lang, &characters);
                });
            }
        });
    });
}

/// One player's panel: who, their class if any, results the server refused, their levels.
fn player(
    p: &mut ChildSpawnerCommands,
    ui: &mut UiAssets,
    store: &Store,
    profile: &Profile,
    library: &LevelLibrary,
    lang: &CurrentLang,
    characters: &[&str],
) {
    let t = crate::words::messages(lang.0);
    p.spawn(theme::left_row(14.0)).with_children(|r| {
        r.spawn(theme::icon(ui, &profile.avatar, 56.0));
        r.spawn(theme::heading(ui, profile.shown_nickname()));
        r.spawn(theme::small(ui, t.format("stars-count", &[("count", profile.total_stars().into())])));
    });
    if let Some(class) = &profile.class {
        p.spawn(theme::small(
            ui,
            t.format(
                "played-in-class",
                &[("class", (&class.class_name).into()), ("teacher_can_see", t.get(TEACHER_CAN_SEE).into())],
            ),
        ));
    }
    if profile.levels.is_empty() {
        p.spawn(theme::small(ui, t.get("played-no-levels")));
    }
    // Results the class server refused: the teacher never got them, so say so here.
    let refused: Vec<_> = store.data.refused.iter().filter(|r| r.pending.profile == profile.id).collect();
    if !refused.is_empty() {
        let n = refused.len();
        p.spawn(theme::small(ui, t.format("played-refused", &[("count", n.into())])));
        for r in refused {
            let id = &r.pending.submission.level_id;
            let title = library.get(id).map_or(id.clone(), |l| l.title.get(lang.0).to_owned());
            // The game's words for why, in the player's language; the server's own text
            // (English, for its logs) stays in the save.
            let why = t.format(reply_message(r.status), &[("status", r.status.into())]);
            p.spawn(theme::small(ui, format!("• {title}: {why}")));
        }
    }
    for (level_id, record) in &profile.levels {
        level(p, ui, level_id, record, library, lang, characters);
    }
}

/// One level played: its stars and plays; what it teaches; after a risky first try, a
/// question to talk about together.
fn level(
    p: &mut ChildSpawnerCommands,
    ui: &mut UiAssets,
    level_id: &str,
    record: &LevelRecord,
    library: &LevelLibrary,
    lang: &CurrentLang,
    characters: &[&str],
) {
    let t = crate::words::messages(lang.0);
    let level = library.get(level_id);
    // A level removed since it was played still shows, by its id.
    let title = level.map_or(level_id.to_owned(), |l| l.title.get(lang.0).to_owned());
    p.spawn(theme::left_row(12.0)).with_children(|r| {
        r.spawn(theme::stars(ui, record.best.stars, 26.0));
        r.spawn(theme::label(ui, title));
        r.spawn(theme::small(
            ui,
            t.format(
                "played-level-record",
                &[
                    ("first", record.first.stars.into()),
                    ("best", record.best.stars.into()),
                    ("plays", record.plays.into()),
                ],
            ),
        ));
    });
    let Some(level) = level else { return };
    p.spawn(theme::small(
        ui,
        t.format("played-teaches", &[("objective", level.objective.get(lang.0).into())]),
    ));
    if record.first.risky > 0
        && let Some(question) = talk_about(level, characters).first()
    {
        p.spawn(theme::small(
            ui,
            t.format("played-talk-about", &[("question", question.get(lang.0).into())]),
        ));
    }
}
