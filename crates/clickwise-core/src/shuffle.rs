//! Randomness for each attempt: answer order, and which names and avatars the characters
//! get. Everything takes a seed, so tests (and a teacher's demo) can be repeated exactly.

use crate::model::{Level, Mechanic, Step};
use crate::names::{ANIMALS, CHARACTER_NAMES, NICKNAME_ADJECTIVES};
use crate::text::Text;
use rand::rngs::StdRng;
use rand::seq::{IndexedRandom, SliceRandom};
use rand::{RngExt, SeedableRng};

pub fn rng(seed: u64) -> StdRng {
    StdRng::seed_from_u64(seed)
}

/// A character as cast for one attempt.
#[derive(Debug, Clone, PartialEq)]
pub struct CastMember {
    pub role: String,
    /// The name picked, in every language it has ("Mum" / "Mam"): picked once, so the
    /// character stays who they are when the player switches language mid-level.
    pub name: Text,
    pub avatar: String,
    /// Read-aloud pitch: a recurring character always sounds like themselves.
    pub pitch: f32,
}

/// Picks a different name for each role (by its place in the role's list, so a name's
/// languages stay together), and an avatar from each role's list.
pub fn pick_cast(level: &Level, rng: &mut StdRng) -> Vec<CastMember> {
    let built_in: Vec<Text> = CHARACTER_NAMES.iter().map(|&n| Text::new(n)).collect();
    let mut used: Vec<Text> = Vec::new();
    level
        .cast
        .iter()
        .map(|role| {
            let pool: &[Text] = if role.names.is_empty() { &built_in } else { &role.names };
            let fresh: Vec<usize> =
                (0..pool.len()).filter(|&i| !used.iter().any(|u| u.en == pool[i].en)).collect();
            let all: Vec<usize> = (0..pool.len()).collect();
            let name = fresh
                .choose(rng)
                .or_else(|| all.choose(rng))
                .map_or_else(|| Text::new("Sam"), |&i| pool[i].clone());
            used.push(name.clone());
            let avatar = role.avatars.choose(rng).cloned().unwrap_or_default();
            CastMember { role: role.role.clone(), name, avatar, pitch: role.pitch.unwrap_or(1.0) }
        })
        .collect()
}

/// `(role, name)` pairs for [`crate::Text::fill`].
pub fn name_pairs(cast: &[CastMember]) -> Vec<(String, Text)> {
    cast.iter().map(|c| (c.role.clone(), c.name.clone())).collect()
}

/// The order to show a step's answers (or decisions, cards, replies) in: a shuffle of
/// `0..n`, where `n` is how many the mechanic offers at once.
pub fn answer_order(mechanic: &Mechanic, rng: &mut StdRng) -> Vec<usize> {
    let n = match mechanic {
        Mechanic::Choice(c) => c.options.len(),
        Mechanic::SpotClues(s) => s.decisions.len(),
        Mechanic::Sort(s) => s.cards.len(),
        // Several lists shown in turn: shuffle as many as the longest; see [`list_order`].
        Mechanic::Chat(c) => c.turns.iter().map(|t| t.replies.len()).max().unwrap_or(0),
        Mechanic::Report(r) => r.questions.iter().map(|q| q.answers.len()).max().unwrap_or(0),
        // Settings keep the app's order; a feed's items arrive in the story's order.
        Mechanic::Settings(_) | Mechanic::Feed(_) => 0,
    };
    let mut order: Vec<usize> = (0..n).collect();
    order.shuffle(rng);
    order
}

/// The order to show list number `list` of a step in, when the step shows several lists in
/// turn (a form's questions, a chat's replies): the step's shuffle turned by `list` places,
/// so each list gets its own order, keeping the indices below `len`. Always a permutation
/// of `0..len`.
pub fn list_order(step_order: &[usize], list: usize, len: usize) -> Vec<usize> {
    let turn = if step_order.is_empty() { 0 } else { list % step_order.len() };
    let order: Vec<usize> =
        step_order[turn..].iter().chain(&step_order[..turn]).copied().filter(|&i| i < len).collect();
    if order.len() == len { order } else { (0..len).collect() }
}

/// Which version of a step this attempt shows: 0 is the main one, 1.. its variants.
pub fn pick_variant(step: &Step, rng: &mut StdRng) -> u32 {
    rng.random_range(0..=step.variants.len()) as u32
}

/// Nickname suggestions for a new profile, all different (at most 100 at a time).
pub fn nickname_suggestions(rng: &mut StdRng, count: usize) -> Vec<String> {
    // Far fewer than the word lists can make, so the loop always ends quickly.
    let count = count.min(100);
    let mut out: Vec<String> = Vec::new();
    while out.len() < count {
        let adj = NICKNAME_ADJECTIVES.choose(rng).copied().unwrap_or("Kind");
        let animal = ANIMALS.choose(rng).map_or("Owl", |a| a.word);
        let nick = format!("{adj} {animal}");
        if !out.contains(&nick) {
            out.push(nick);
        }
    }
    out
}
