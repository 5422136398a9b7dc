//! The screens, one file each. Every screen's entities use `DespawnOnExit`.

mod about;
mod get_help;
mod join;
mod loading;
mod phase;
mod play;
mod played_here;
mod profile;
mod results;
mod select;
mod teacher_notes;
mod title;
mod worried;

pub use play::{AttemptCounter, PlaySession, Stage};
pub use profile::ProfileDraft;
pub use worried::WORRIED_LABEL;

use bevy::prelude::*;

#[derive(States, Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Screen {
    #[default]
    Loading,
    Title,
    About,
    /// For grown-ups: Childline, CEOP and real help links.
    GetHelp,
    /// For grown-ups: what was played on this device.
    PlayedHere,
    /// Class code, login card and PIN.
    JoinClass,
    /// For teachers: each level's objective, questions, what to watch for, safeguarding.
    TeacherNotes,
    Profile,
    Phase,
    Levels,
    Play,
    Results,
}

impl Screen {
    /// The name published to the page hook and used by the browser test.
    pub fn hook_name(self) -> &'static str {
        match self {
            Screen::Loading => "loading",
            Screen::Title => "title",
            Screen::About => "about",
            Screen::GetHelp => "get-help",
            Screen::PlayedHere => "played-here",
            Screen::JoinClass => "join-class",
            Screen::TeacherNotes => "teacher-notes",
            Screen::Profile => "profile",
            Screen::Phase => "phase",
            Screen::Levels => "levels",
            Screen::Play => "play",
            Screen::Results => "results",
        }
    }
}

pub fn plugin(app: &mut App) {
    app.init_state::<Screen>();
    app.add_plugins((
        loading::plugin,
        title::plugin,
        about::plugin,
        get_help::plugin,
        join::plugin,
        played_here::plugin,
        profile::plugin,
        phase::plugin,
        select::plugin,
        play::plugin,
        results::plugin,
        teacher_notes::plugin,
        worried::plugin,
    ));
}
