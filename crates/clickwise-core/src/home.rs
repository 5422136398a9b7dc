//! Words for grown-ups at home (the class's home pack, the game's "What was played here"):
//! which of a level's discussion questions a parent can ask without having seen the level.

use crate::model::Level;
use crate::text::Text;

/// The level's discussion questions, those that name none of `characters` first (a parent
/// won't know who "Leo" is), then the rest, each in the order the level lists them.
pub fn talk_about<'a>(level: &'a Level, characters: &[&str]) -> Vec<&'a Text> {
    let questions = level.teacher_notes.iter().flat_map(|n| &n.discussion);
    let names_one = |q: &Text| q.en.split(|c: char| !c.is_alphabetic()).any(|w| characters.contains(&w));
    let (plain, named): (Vec<&Text>, Vec<&Text>) = questions.partition(|q| !names_one(q));
    plain.into_iter().chain(named).collect()
}

/// Every character name a level may use: the recurring cast of each world, and the names
/// one-off characters are given (each name in every language it has).
pub fn character_names<'a>(worlds: impl IntoIterator<Item = &'a crate::world::PhaseWorld>) -> Vec<&'a str> {
    let cast: Vec<&str> = worlds.into_iter().flat_map(|p| &p.cast).flat_map(|m| m.name.versions()).collect();
    cast.into_iter().chain(crate::names::CHARACTER_NAMES.iter().copied()).collect()
}
