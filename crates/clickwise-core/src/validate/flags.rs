//! The flag rules: which choices must be marked as worth a quiet word from the teacher
//! (see [`crate::model::Flag`]), and how a flag is written.
//!
//! A choice must carry a flag when it is the riskier way and
//!
//! 1. it is a **Chat reply to a warning sign from a person** (keeping a secret, moving to a
//!    private app, asking for photos, personal details or the school, asking to meet,
//!    offering gifts, pushing), or
//! 2. its own words, with its question, name a **safeguarding subject** (keeping a secret
//!    or a worry, telling nobody, meeting up, moving to another app, personal information,
//!    pictures of themselves, who is to blame, joining in with unkindness; the words are in
//!    `flag_words`): a Risky answer, reply or report answer, or a feed item with risky
//!    moves, or
//! 3. it is a **Sort card that belongs in a careful bin** ("Keep private", "Unkind",
//!    "Tell a grown-up") and is a concern (its bin says private, unkind, hurt or warning)
//!    or names a safeguarding subject: then its flag names every *open* bin of the step
//!    ("OK to share", "Kind"), where putting it would be worth a word.
//!
//! And a level that teaches a statement `curriculum.ron` marks `safeguarding: true` marks
//! at least one flag ([`statement_flags`]). Authors may flag other choices too.
//!
//! A flag sits only on a choice that isn't safe, is short (at most [`MAX_FLAG_WORDS`]
//! words), calm (none of [`ALARMING`]) and about the choice, never the child.

use super::flag_words::{is_concern_bin, is_open_bin, subject_of};
use super::{Ctx, Validator, word_count};
use crate::curriculum::Curriculum;
use crate::error::Problem;
use crate::locate::{find_from, line_col};
use crate::model::*;
use crate::text::Text;

/// Warning signs that come from a person: a risky reply to one is always worth a word.
pub const PERSONAL_SIGNS: [WarningSign; 8] = [
    WarningSign::KeepSecret,
    WarningSign::MovePrivate,
    WarningSign::AsksForPhotos,
    WarningSign::AsksPersonalDetails,
    WarningSign::AsksSchool,
    WarningSign::AsksToMeet,
    WarningSign::OffersGifts,
    WarningSign::Pressure,
];

/// Most words in a flag's note: it is read at a glance on the dashboard.
pub const MAX_FLAG_WORDS: usize = 14;

/// Never in a flag: a note is for a calm, kind conversation, not an alarm or a label.
pub const ALARMING: &[&str] = &[
    "at risk",
    "danger",
    "groom",
    "abuse",
    "victim",
    "predator",
    "naughty",
    "silly",
    "stupid",
    "failed",
    "bad child",
];

impl Validator<'_> {
    pub(super) fn flags(&mut self) {
        let roles: std::collections::HashSet<&str> =
            self.level.cast.iter().map(|c| c.role.as_str()).collect();
        for step in &self.level.steps {
            let at = crate::locate::step_offset(self.source, &step.id);
            for mechanic in step.versions() {
                let ctx = Ctx { at, sid: &step.id, roles: &roles };
                match mechanic {
                    Mechanic::Choice(c) => self.answer_flags(&ctx, &c.question, &c.options),
                    Mechanic::SpotClues(s) => {
                        self.answer_flags(&ctx, &s.question, &s.decisions);
                        for p in &s.parts {
                            self.note(&ctx, &p.id, p.flag.as_ref());
                        }
                    }
                    Mechanic::Chat(c) => self.chat_flags(&ctx, c),
                    Mechanic::Report(r) => {
                        for q in &r.questions {
                            for a in &q.answers {
                                let words = format!("{} {}", a.text.en, q.question.en);
                                self.flag_on(&ctx, &a.id, a.outcome, a.flag.as_ref(), subject_of(&words));
                            }
                        }
                    }
                    Mechanic::Settings(s) => self.settings_flags(&ctx, s),
                    Mechanic::Sort(s) => self.sort_flags(&ctx, s),
                    Mechanic::Feed(f) => self.feed_flags(&ctx, f),
                }
            }
        }
    }

    fn answer_flags(&mut self, ctx: &Ctx, question: &Text, options: &[AnswerOption]) {
        for o in options {
            let words = format!("{} {}", o.text.en, question.en);
            self.flag_on(ctx, &o.id, o.outcome, o.flag.as_ref(), subject_of(&words));
        }
    }

    fn chat_flags(&mut self, ctx: &Ctx, c: &ChatStep) {
        for turn in &c.turns {
            let sign = turn.sign.filter(|s| PERSONAL_SIGNS.contains(s));
            for r in &turn.replies {
                let why = if sign.is_some() {
                    Some("a warning sign from a person")
                } else {
                    subject_of(&r.text.en)
                };
                self.flag_on(ctx, &r.id, r.outcome, r.flag.as_ref(), why);
            }
        }
    }

    fn settings_flags(&mut self, ctx: &Ctx, s: &SettingsStep) {
        for setting in &s.settings {
            for o in &setting.options {
                if o.flag.is_some() && setting.is_safe(&o.id) {
                    let msg = format!(
                        "step `{}` setting `{}`: option `{}` is safe, so it can't be flagged",
                        ctx.sid, setting.id, o.id
                    );
                    self.at(self.id_at(ctx, &o.id), msg);
                }
                self.note(ctx, &o.id, o.flag.as_ref());
            }
        }
    }

    fn feed_flags(&mut self, ctx: &Ctx, f: &FeedStep) {
        for item in &f.items {
            let outcome = if item.risky.is_empty() { Outcome::Safe } else { Outcome::Risky };
            self.flag_on(ctx, &item.id, outcome, item.flag.as_ref(), subject_of(&item.text.en));
        }
    }

    fn sort_flags(&mut self, ctx: &Ctx, s: &SortStep) {
        for card in &s.cards {
            let at = self.id_at(ctx, &card.id);
            let open: Vec<&str> = s
                .bins
                .iter()
                .filter(|b| b.id != card.bin && is_open_bin(&b.text.en))
                .map(|b| b.id.as_str())
                .collect();
            let home = s.bin(&card.bin);
            let careful = home.is_some_and(|b| !is_open_bin(&b.text.en));
            let concern = home.is_some_and(|b| is_concern_bin(&b.text.en));
            let why = if concern { Some("its box") } else { subject_of(&card.text.en) };
            match (&card.flag, why) {
                (None, Some(why)) if careful && !open.is_empty() => self.at(
                    at,
                    format!(
                        "step `{}` card `{}` ({why}) is worth a word when put in {}: add `flag: Some((bins: {:?}, note: \"…\"))`",
                        ctx.sid,
                        card.id,
                        open.join(" or "),
                        open
                    ),
                ),
                (Some(flag), _) => {
                    for bin in &flag.bins {
                        if bin == &card.bin || s.bin(bin).is_none() {
                            let msg = format!(
                                "step `{}` card `{}`: flag bin `{bin}` must be another bin of the step",
                                ctx.sid, card.id
                            );
                            self.at(at, msg);
                        }
                    }
                    if flag.bins.is_empty() {
                        self.at(at, format!("step `{}` card `{}`: a flag names its bins", ctx.sid, card.id));
                    }
                    if why.is_some() && careful {
                        for missing in open.iter().filter(|b| !flag.bins.iter().any(|f| f == *b)) {
                            let msg = format!(
                                "step `{}` card `{}`: its flag must name the open bin `{missing}` too",
                                ctx.sid, card.id
                            );
                            self.at(at, msg);
                        }
                    }
                    self.note(ctx, &card.id, Some(&flag.note));
                }
                _ => {}
            }
        }
    }

    /// A choice with `outcome`: flagged only if not safe; flagged when `why` says it must be.
    fn flag_on(&mut self, ctx: &Ctx, id: &str, outcome: Outcome, flag: Option<&Flag>, why: Option<&str>) {
        let at = self.id_at(ctx, id);
        match (flag, outcome, why) {
            (Some(_), Outcome::Safe, _) => {
                self.at(at, format!("step `{}` `{id}` is safe, so it can't be flagged", ctx.sid))
            }
            (None, Outcome::Risky, Some(why)) => self.at(
                at,
                format!(
                    "step `{}` `{id}` is risky and about {}: a teacher would want a word, so add `flag: Some(\"…\")`",
                    ctx.sid,
                    why.trim_end_matches('.').to_lowercase()
                ),
            ),
            _ => {}
        }
        self.note(ctx, id, flag);
    }

    /// A flag's note: there, short, calm, with known placeholders.
    fn note(&mut self, ctx: &Ctx, id: &str, flag: Option<&Flag>) {
        let Some(note) = flag else { return };
        let at = find_from(self.source, self.id_at(ctx, id), "flag:");
        let what = format!("step `{}` `{id}` flag", ctx.sid);
        if note.en.trim().is_empty() {
            self.at(at, format!("{what} needs a note for the teacher"));
        }
        for version in note.versions() {
            let n = word_count(version);
            if n > MAX_FLAG_WORDS {
                self.at(at, format!("{what} has {n} words; a flag's note has at most {MAX_FLAG_WORDS}"));
            }
            let lower = version.to_lowercase();
            for word in ALARMING.iter().filter(|w| lower.contains(*w)) {
                self.at(at, format!("{what} says \"{word}\": a flag's note is calm and kind"));
            }
        }
        self.placeholders(at, note, ctx.roles);
    }

    fn id_at(&self, ctx: &Ctx, id: &str) -> usize {
        find_from(self.source, ctx.at, &format!("id: \"{id}\""))
    }
}

/// A level that teaches a safeguarding statement (marked in `curriculum.ron`) marks at
/// least one flag-worthy choice.
pub fn statement_flags(level: &Level, curriculum: &Curriculum, source: &str, file: &str) -> Vec<Problem> {
    if level.flag_count() > 0 {
        return Vec::new();
    }
    let Some(id) =
        level.statements.iter().find(|id| curriculum.statement(id).is_some_and(|s| s.safeguarding))
    else {
        return Vec::new();
    };
    let (line, col) = line_col(source, find_from(source, 0, &format!("\"{id}\"")));
    let msg = format!(
        "level `{}` teaches `{id}`, a safeguarding statement, but flags no choice: mark the choices a teacher would want a word about with `flag`",
        level.id
    );
    vec![Problem::new(file, line, col, msg)]
}
