//! Which screen is showing: the game's navigation state. Its own small module so that the
//! layers below the screens (sounds, read-aloud, the mirror) can react to screen changes
//! without importing the screens themselves.

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
    /// The way in: the age group's world as a map.
    Levels,
    /// Every level of the age group as cards (for teachers, or anyone who wants a list).
    AllLevels,
    /// The badges collected, and the Champion certificate.
    Badges,
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
            Screen::AllLevels => "all-levels",
            Screen::Badges => "badges",
            Screen::Play => "play",
            Screen::Results => "results",
        }
    }
}
