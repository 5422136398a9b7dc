//! For teachers, inside the game: each level's objective, questions to discuss, what to
//! watch for and its safeguarding note, one age group at a time. (The class server has the
//! same notes on one printable page.)

use super::Screen;
use crate::config::{CurrentLang, GameConfig};
use crate::levels::LevelLibrary;
use crate::theme::{self, Look, UiAssets, palette};
use bevy::prelude::*;
use bevy::ui_widgets::Activate;
use clickwise_core::Phase;

/// Which age group's notes are shown.
#[derive(Resource, Clone, Copy, PartialEq, Eq, Default)]
pub struct NotesPhase(pub Option<Phase>);

#[derive(Component)]
struct NotesList;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<NotesPhase>().add_systems(OnEnter(Screen::TeacherNotes), spawn).add_systems(
        Update,
        show_notes.run_if(in_state(Screen::TeacherNotes).and_then(resource_changed::<NotesPhase>)),
    );
}

fn spawn(
    mut commands: Commands,
    mut ui: ResMut<UiAssets>,
    mut phase: ResMut<NotesPhase>,
    config: Res<GameConfig>,
    words: crate::words::Words,
) {
    phase.0 = Some(phase.0.unwrap_or(Phase::Ks1));
    let ui = &mut *ui;
    commands.spawn(theme::screen_root(Screen::TeacherNotes)).with_children(|page| {
        super::header::header(page, ui, "grown-up", &words.get("help-teacher-notes"), 64.0);
        page.spawn(theme::row(12.0)).with_children(|r| {
            r.spawn(super::header::back_to(ui, Screen::GetHelp, &words));
            for p in Phase::ALL {
                r.spawn(theme::button(
                    ui,
                    &words.get(crate::words::labels::phase(p)),
                    Look::Secondary,
                    move |_: On<Activate>, mut phase: ResMut<NotesPhase>| phase.0 = Some(p),
                ));
            }
        });
        page.spawn(theme::small(ui, words.get("notes-before-lesson")));
        // The class server serves every level's notes on one printable page (on the web,
        // the game's own server; natively, the address to open in a browser).
        let printable = format!("{}/notes", config.server);
        page.spawn(theme::left_row(12.0)).with_children(|r| {
            let link = printable.clone();
            r.spawn(theme::button(ui, &words.get("notes-print"), Look::Secondary, move |_: On<Activate>| {
                crate::platform::open_link(&link)
            }));
            let how = if config.server.is_empty() {
                words.get("notes-print-tab")
            } else {
                words.format("notes-print-at", &[("address", printable.as_str().into())])
            };
            r.spawn(theme::small(ui, how));
        });
        page.spawn((NotesList, theme::column(12.0)));
    });
}

fn show_notes(
    mut commands: Commands,
    phase: Res<NotesPhase>,
    list: Single<Entity, With<NotesList>>,
    library: Res<LevelLibrary>,
    lang: Res<CurrentLang>,
    mut ui: ResMut<UiAssets>,
    words: crate::words::Words,
) {
    let ui = &mut *ui;
    let Some(phase) = phase.0 else { return };
    commands.entity(*list).despawn_related::<Children>().with_children(|col| {
        col.spawn(theme::heading(ui, words.get(crate::words::labels::phase(phase))));
        for level in library.for_phase(phase) {
            col.spawn(theme::panel(palette::PANEL)).with_children(|p| {
                p.spawn(theme::left_row(12.0)).with_children(|r| {
                    r.spawn(theme::icon(ui, &level.icon, 44.0));
                    r.spawn(theme::label(ui, level.title.get(lang.0).to_owned()));
                });
                p.spawn(theme::small(
                    ui,
                    words.format("notes-objective", &[("objective", level.objective.get(lang.0).into())]),
                ));
                if let Some(notes) = &level.teacher_notes {
                    let list = |items: &[clickwise_core::Text]| {
                        items.iter().map(|t| format!("• {}", t.get(lang.0))).collect::<Vec<_>>().join("\n")
                    };
                    p.spawn(theme::small(
                        ui,
                        words.format("notes-talk-about", &[("list", list(&notes.discussion).into())]),
                    ));
                    p.spawn(theme::small(
                        ui,
                        words.format("notes-watch-for", &[("list", list(&notes.watch_for).into())]),
                    ));
                    p.spawn(theme::small(
                        ui,
                        words
                            .format("notes-safeguarding", &[("text", notes.safeguarding.get(lang.0).into())]),
                    ));
                }
            });
        }
    });
}
