//! Checks a parsed level against the rules that make it safe and playable: every step
//! reachable, every path ending, every answer explained, text short enough for the phase.

use crate::error::Problem;
use crate::locate::{find_from, line_col, step_offset};
use crate::model::*;
use crate::text::Text;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

mod fields;
mod flag_words;
pub mod flags;
mod mechanics;
mod play_rules;
mod quality;
mod scenes;
pub mod welsh;

pub use play_rules::{PlayShare, play_rules};
pub use scenes::scene_for;

/// Where a step sits, for the mechanic checks.
struct Ctx<'r> {
    at: usize,
    sid: &'r str,
    roles: &'r HashSet<&'r str>,
}

/// Answers "does this icon exist?", so the checker can look on disk and tests need not.
pub trait AssetCheck {
    fn icon_exists(&self, name: &str) -> bool;
}

/// Icons are SVG files in `assets/art/`, rasterised at build time.
pub struct FolderAssets {
    pub art_dir: PathBuf,
}

impl FolderAssets {
    pub fn beside_levels(levels_dir: &Path) -> Self {
        let root = levels_dir.parent().unwrap_or(Path::new("."));
        FolderAssets { art_dir: root.join("assets").join("art") }
    }
}

impl AssetCheck for FolderAssets {
    fn icon_exists(&self, name: &str) -> bool {
        is_id(name) && self.art_dir.join(format!("{name}.svg")).is_file()
    }
}

/// Accepts every icon: for callers that only care about the level's logic.
pub struct AnyAssets;

impl AssetCheck for AnyAssets {
    fn icon_exists(&self, _: &str) -> bool {
        true
    }
}

/// Ids are lowercase letters, digits and dashes, so they are safe in URLs, files and SQL.
pub fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

pub fn word_count(s: &str) -> usize {
    s.split_whitespace().count()
}

/// Every problem in `level`. `source` is the RON it came from, used to point at lines.
/// How much of the rules to apply.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rules {
    /// Every rule: the level checker, CI and the class server.
    All,
    /// What the game needs to play a level safely: its header, cast, steps and where each
    /// step leads, so nothing can go wrong mid-level. The editorial rules (wording and
    /// readability, scenes, teacher flags) are the checker's, and leaving them out keeps
    /// their code (and a serializer for the whole level model) out of the web download.
    Playable,
}

pub fn validate_level(level: &Level, source: &str, file: &str, assets: &dyn AssetCheck) -> Vec<Problem> {
    validate_with(Rules::All, level, source, file, assets)
}

pub fn validate_with(
    rules: Rules,
    level: &Level,
    source: &str,
    file: &str,
    assets: &dyn AssetCheck,
) -> Vec<Problem> {
    let mut v = Validator { level, source, file, assets, problems: Vec::new() };
    v.header();
    v.cast();
    v.steps();
    v.graph();
    if rules == Rules::All {
        v.scenes();
        v.quality();
        v.flags();
        v.welsh();
    }
    // A step's versions share ids, so the same problem can be found once per version.
    let mut seen = HashSet::new();
    v.problems.retain(|p| seen.insert((p.line, p.col, p.message.clone())));
    v.problems
}

struct Validator<'a> {
    level: &'a Level,
    source: &'a str,
    file: &'a str,
    assets: &'a dyn AssetCheck,
    problems: Vec<Problem>,
}

impl Validator<'_> {
    fn at(&mut self, offset: usize, message: String) {
        let (line, col) = line_col(self.source, offset);
        self.problems.push(Problem::new(self.file, line, col, message));
    }

    fn field(&self, name: &str) -> usize {
        find_from(self.source, 0, &format!("{name}:"))
    }

    fn header(&mut self) {
        let l = self.level;
        if !is_id(&l.id) {
            self.at(self.field("id"), format!("id `{}` must be lowercase letters, digits and dashes", l.id));
        }
        if l.topics.is_empty() {
            self.at(self.field("topics"), "a level needs at least one topic".into());
        }
        if !self.assets.icon_exists(&l.icon) {
            self.at(self.field("icon"), format!("icon `{}` not found in assets/art/", l.icon));
        }
        for (name, text) in
            [("title", &l.title), ("objective", &l.objective), ("intro", &l.intro), ("help", &l.help)]
        {
            if text.en.trim().is_empty() {
                self.at(self.field(name), format!("`{name}` is empty"));
            }
        }
        self.text_limit(self.field("intro"), "intro", &l.intro, l.phase.max_message_words());
        let placeholders_ok: HashSet<&str> = l.cast.iter().map(|c| c.role.as_str()).collect();
        for (name, text) in [("title", &l.title), ("intro", &l.intro), ("help", &l.help)] {
            self.placeholders(self.field(name), text, &placeholders_ok);
        }
    }

    fn cast(&mut self) {
        let mut roles = HashSet::new();
        for role in &self.level.cast {
            let at = find_from(self.source, self.field("cast"), &format!("\"{}\"", role.role));
            if !is_id(&role.role) {
                self.at(
                    at,
                    format!("cast role `{}` must be lowercase letters, digits and dashes", role.role),
                );
            }
            if !roles.insert(role.role.as_str()) {
                self.at(at, format!("cast role `{}` appears twice", role.role));
            }
            match &role.is {
                // A recurring character's name and picture come from world.ron.
                Some(member) if !role.names.is_empty() || !role.avatars.is_empty() => self.at(
                    at,
                    format!("cast role `{}` is `{member}`, whose name and picture are fixed: drop its names and avatars", role.role),
                ),
                Some(member) if !is_id(member) => {
                    self.at(at, format!("cast member id `{member}` must be lowercase letters, digits and dashes"))
                }
                None if role.avatars.is_empty() => {
                    self.at(at, format!("cast role `{}` needs at least one avatar", role.role))
                }
                _ => {}
            }
            for avatar in &role.avatars {
                if !self.assets.icon_exists(avatar) {
                    self.at(at, format!("avatar `{avatar}` not found in assets/art/"));
                }
            }
        }
    }

    fn steps(&mut self) {
        let mut ids = HashSet::new();
        let roles: HashSet<&str> = self.level.cast.iter().map(|c| c.role.as_str()).collect();
        for step in &self.level.steps {
            let at = step_offset(self.source, &step.id);
            if !is_id(&step.id) {
                self.at(at, format!("step id `{}` must be lowercase letters, digits and dashes", step.id));
            }
            if !ids.insert(step.id.as_str()) {
                self.at(at, format!("step id `{}` is used twice", step.id));
            }
            let sid = step.id.as_str();
            for mechanic in step.versions() {
                let ctx = Ctx { at, sid, roles: &roles };
                match mechanic {
                    Mechanic::Choice(c) => self.choice(&ctx, c),
                    Mechanic::SpotClues(s) => self.spot_clues(&ctx, s),
                    Mechanic::Chat(c) => self.chat(&ctx, c),
                    Mechanic::Settings(s) => self.settings(&ctx, s),
                    Mechanic::Sort(s) => self.sort(&ctx, s),
                    Mechanic::Report(r) => self.report(&ctx, r),
                    Mechanic::Feed(f) => self.feed(&ctx, f),
                }
                for next in mechanic.successors() {
                    if self.level.step(next).is_none() {
                        let next_at = find_from(self.source, at, &format!("\"{next}\""));
                        self.at(next_at, format!("step `{sid}` goes to `{next}`, which is not a step"));
                    }
                }
            }
            self.variants(at, step);
            if let Some(hint) = &step.hint {
                let hint_at = find_from(self.source, at, "hint:");
                self.text_limit(
                    hint_at,
                    &format!("step `{sid}` hint"),
                    hint,
                    self.level.phase.max_message_words(),
                );
                self.placeholders(hint_at, hint, &roles);
            }
        }
    }

    fn choice(&mut self, ctx: &Ctx, c: &ChoiceStep) {
        self.role(ctx, c.from.as_deref(), "from:");
        self.message(ctx, "message:", &c.message);
        self.message(ctx, "question:", &c.question);
        self.answers(ctx, "options:", &c.options, "answers");
    }

    /// Checks answer options: 2 to 4, unique ids, points in range, explained, and a Safe
    /// one that scores best.
    fn answers(&mut self, ctx: &Ctx, field: &str, options: &[AnswerOption], what: &str) {
        let phase = self.level.phase;
        let sid = ctx.sid;
        let at = ctx.at;
        if !(2..=4).contains(&options.len()) {
            self.at(
                find_from(self.source, at, field),
                format!("step `{sid}` has {} {what}; it needs 2 to 4", options.len()),
            );
        }
        let mut seen = HashSet::new();
        for o in options {
            let o_at = find_from(self.source, at, &format!("id: \"{}\"", o.id));
            self.unique_id(o_at, sid, "answer", &o.id, &mut seen);
            self.points(o_at, sid, &o.id, o.points);
            self.why(o_at, sid, &o.id, &o.why, ctx.roles);
            self.text_limit(
                find_from(self.source, o_at, "text:"),
                &format!("step `{sid}` answer `{}`", o.id),
                &o.text,
                phase.max_option_words(),
            );
            self.placeholders(o_at, &o.text, ctx.roles);
        }
        self.safe_scores_best(ctx, options.iter().map(|o| (o.id.as_str(), o.outcome, o.points)));
    }

    /// At least one Safe answer, and nothing less safe scoring as much as it.
    fn safe_scores_best<'b>(
        &mut self,
        ctx: &Ctx,
        options: impl Iterator<Item = (&'b str, Outcome, u32)> + Clone,
    ) {
        let best_safe = options.clone().filter(|o| o.1 == Outcome::Safe).map(|o| o.2).max();
        match best_safe {
            None => self.at(ctx.at, format!("step `{}` needs at least one Safe answer", ctx.sid)),
            Some(best) => {
                // A less safe answer may tie only at zero ("saying no" and a risky reply both 0).
                for (id, outcome, _) in options.filter(|o| o.1 != Outcome::Safe && o.2 >= best && o.2 > 0) {
                    let o_at = find_from(self.source, ctx.at, &format!("id: \"{id}\""));
                    self.at(
                        o_at,
                        format!(
                            "step `{}`: {outcome:?} answer `{id}` scores as much as the best Safe answer",
                            ctx.sid
                        ),
                    );
                }
            }
        }
    }

    fn graph(&mut self) {
        let level = self.level;
        let start_at = self.field("start");
        if level.step(&level.start).is_none() {
            self.at(start_at, format!("start step `{}` does not exist", level.start));
            return;
        }
        let reachable = reachable_steps(level);
        for step in &level.steps {
            if !reachable.contains(step.id.as_str()) {
                self.at(
                    step_offset(self.source, &step.id),
                    format!("step `{}` can never be reached from `{}`", step.id, level.start),
                );
            }
        }
        if let Some(cycle) = find_cycle(level) {
            self.at(
                step_offset(self.source, &cycle),
                format!("step `{cycle}` leads back to itself, so that path never ends"),
            );
        }
    }

    fn text_limit(&mut self, at: usize, what: &str, text: &Text, max: usize) {
        for version in text.versions() {
            let n = word_count(version);
            if n > max {
                self.at(at, format!("{what} has {n} words; {:?} allows {max}", self.level.phase));
            }
        }
    }

    fn placeholders(&mut self, at: usize, text: &Text, roles: &HashSet<&str>) {
        for version in text.versions() {
            for name in placeholder_names(version) {
                if !roles.contains(name) {
                    self.at(at, format!("`{{{name}}}` is not a cast role"));
                }
            }
        }
    }
}

/// Names inside `{…}` in a text.
pub fn placeholder_names(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                out.push(&after[..close]);
                rest = &after[close + 1..];
            }
            None => break,
        }
    }
    out
}

/// The steps a step leads to, in any of its versions.
pub fn successors(step: &Step) -> Vec<&str> {
    step.versions().flat_map(Mechanic::successors).collect()
}

fn reachable_steps(level: &Level) -> HashSet<&str> {
    let mut seen = HashSet::new();
    let mut todo = vec![level.start.as_str()];
    while let Some(id) = todo.pop() {
        if let Some(step) = level.step(id)
            && seen.insert(step.id.as_str())
        {
            todo.extend(successors(step));
        }
    }
    seen
}

/// A step on a cycle, if any: a path through it would never end.
fn find_cycle(level: &Level) -> Option<String> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        Visiting,
        Done,
    }
    fn visit<'a>(level: &'a Level, id: &'a str, marks: &mut HashMap<&'a str, Mark>) -> Option<String> {
        match marks.get(id) {
            Some(Mark::Visiting) => return Some(id.to_owned()),
            Some(Mark::Done) => return None,
            None => {}
        }
        let step = level.step(id)?;
        marks.insert(id, Mark::Visiting);
        for next in successors(step) {
            if let Some(c) = visit(level, next, marks) {
                return Some(c);
            }
        }
        marks.insert(id, Mark::Done);
        None
    }
    let mut marks = HashMap::new();
    level.steps.iter().find_map(|s| visit(level, &s.id, &mut marks))
}
