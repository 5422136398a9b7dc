//! Every decision of a first try that wasn't the safe one, in words with its question, for
//! every mechanic: an answer, a chat reply, a setting left open, a card in the wrong box, a
//! part picked as a clue though it was fine, a clue missed, a feed item handled riskily,
//! a report answer. Each says whether it is flagged (worth a quiet word).
//!
//! The question and the choice are in the teacher's language (see [`Words`]): the level's
//! own words, and the sentences around them from `server.ftl`.
//!
//! Outcomes are the model's own (an answer's `outcome`, `Setting::is_safe`, a card's `bin`,
//! `FeedItem::judge`), as scoring uses them: the Risky findings of a log are exactly the
//! risky choices its score counts (tested over every shipped level).

use super::words::Words;
use crate::model::*;
use crate::scoring::ChoiceRecord;
use crate::text::{Lang, Text};
use std::collections::{HashMap, HashSet};

/// What a finding is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FindingKind {
    /// An answer to a question (a Choice, a SpotClues decision, a Report question).
    Answer,
    /// A reply in a chat.
    Reply,
    /// A privacy setting left on an option that isn't safe.
    Setting,
    /// A card put in the wrong box.
    Card,
    /// A part picked as a clue, though it was fine.
    PartPicked,
    /// A clue not spotted.
    ClueMissed,
    /// A feed item handled in a way that isn't safe.
    FeedItem,
}

/// One decision of a first try that wasn't the safe one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub step: String,
    pub kind: FindingKind,
    /// The question or task it answered, in words ("What should Ava do?").
    pub question: String,
    /// What was chosen, in words ("Tell Leo the password"; "Put “Home address” in “OK to
    /// share” (it belongs in “Keep private”)").
    pub choice: String,
    pub outcome: Outcome,
    /// The flag's note, when this choice is worth a quiet word.
    pub flag: Option<String>,
}

/// The decisions of `log`'s first tries that weren't safe, in the order played, in `lang`.
/// Whatever in a record doesn't fit its step is skipped, never a panic.
pub fn first_try_findings(level: &Level, lang: Lang, log: &[ChoiceRecord]) -> Vec<Finding> {
    findings_with(level, &Words::of(level, lang), log)
}

/// [`first_try_findings`] with the level's [`Words`] made once (for a class's many logs).
pub fn findings_with(level: &Level, words: &Words, log: &[ChoiceRecord]) -> Vec<Finding> {
    let mut out = Vec::new();
    for record in log {
        let Some(step) = level.step(&record.step) else { continue };
        let Some(mechanic) = step.version(record.variant as usize) else { continue };
        // A stored log was scored before it was kept; one that no longer fits its level
        // (edited since) gives what still fits: unknown ids are skipped, never a panic.
        let first = record.as_first_tried();
        let mut add = |kind, question: String, choice: String, outcome, flag: Option<&Flag>| {
            out.push(Finding {
                step: step.id.clone(),
                kind,
                question,
                choice,
                outcome,
                flag: flag.map(|f| words.say(f)),
            })
        };
        match mechanic {
            Mechanic::Choice(c) => {
                if let Some(o) = c.option(&first.option).filter(|o| o.outcome != Outcome::Safe) {
                    add(
                        FindingKind::Answer,
                        words.say(&c.question),
                        words.say(&o.text),
                        o.outcome,
                        o.flag.as_ref(),
                    );
                }
            }
            Mechanic::SpotClues(s) => {
                let task = words.say(&s.task);
                let picked: HashSet<&str> = first.picks.iter().map(String::as_str).collect();
                for part in &s.parts {
                    let text = words.say(&part.text);
                    match (part.is_clue(), picked.contains(part.id.as_str())) {
                        (true, false) => add(
                            FindingKind::ClueMissed,
                            task.clone(),
                            words.sentence("finding-missed-clue", &[("text", text.clone().into())]),
                            Outcome::Unsure,
                            part.flag.as_ref(),
                        ),
                        (false, true) => add(
                            FindingKind::PartPicked,
                            task.clone(),
                            words.sentence("finding-picked-fine", &[("text", text.clone().into())]),
                            Outcome::Unsure,
                            part.flag.as_ref(),
                        ),
                        _ => {}
                    }
                }
                if let Some(o) = s.decision(&first.option).filter(|o| o.outcome != Outcome::Safe) {
                    add(
                        FindingKind::Answer,
                        words.say(&s.question),
                        words.say(&o.text),
                        o.outcome,
                        o.flag.as_ref(),
                    );
                }
            }
            Mechanic::Chat(c) => {
                let contact = words.say(&Text::new(format!("{{{}}}", c.contact)));
                let mut turn = c.turn(&c.start);
                for id in &first.picks {
                    let Some(t) = turn else { break };
                    let Some(reply) = t.reply(id) else { break };
                    if reply.outcome != Outcome::Safe {
                        let said: Vec<String> = t.says.iter().map(|l| words.say(l)).collect();
                        let question = words.sentence(
                            "finding-said",
                            &[("contact", (&contact).into()), ("said", said.join(" ").into())],
                        );
                        add(
                            FindingKind::Reply,
                            question,
                            words.say(&reply.text),
                            reply.outcome,
                            reply.flag.as_ref(),
                        );
                    }
                    turn = reply.then.as_deref().and_then(|n| c.turn(n));
                }
            }
            Mechanic::Settings(s) => {
                let chosen: HashMap<&str, &str> = first.pairs().unwrap_or_default().into_iter().collect();
                for setting in &s.settings {
                    let value = chosen.get(setting.id.as_str()).copied().unwrap_or(&setting.start);
                    let (Some(option), false) = (setting.option(value), setting.is_safe(value)) else {
                        continue;
                    };
                    let (label, text) = (words.say(&setting.label), words.say(&option.text));
                    let key = if value == setting.start { "finding-left-on" } else { "finding-set-to" };
                    let choice = words.sentence(
                        key,
                        &[
                            ("label", label.into()),
                            ("text", text.into()),
                            ("effect", words.say(&option.effect).into()),
                        ],
                    );
                    add(
                        FindingKind::Setting,
                        words.say(&s.task),
                        choice,
                        Outcome::Risky,
                        option.flag.as_ref(),
                    );
                }
            }
            Mechanic::Sort(s) => {
                let placed: HashMap<&str, &str> = first.pairs().unwrap_or_default().into_iter().collect();
                for card in &s.cards {
                    let Some(bin) = placed.get(card.id.as_str()).and_then(|b| s.bin(b)) else { continue };
                    if bin.id == card.bin {
                        continue;
                    }
                    let right = s.bin(&card.bin).map(|b| words.say(&b.text)).unwrap_or_default();
                    let choice = words.sentence(
                        "finding-wrong-box",
                        &[
                            ("card", words.say(&card.text).into()),
                            ("box", words.say(&bin.text).into()),
                            ("right", right.into()),
                        ],
                    );
                    let flag = card.flag.as_ref().and_then(|f| f.when_in(&bin.id));
                    add(FindingKind::Card, words.say(&s.task), choice, Outcome::Unsure, flag);
                }
            }
            Mechanic::Report(r) => {
                let answered: HashMap<&str, &str> = first.pairs().unwrap_or_default().into_iter().collect();
                for q in &r.questions {
                    let Some(a) = answered.get(q.id.as_str()).and_then(|id| q.answer(id)) else { continue };
                    if a.outcome != Outcome::Safe {
                        add(
                            FindingKind::Answer,
                            words.say(&q.question),
                            words.say(&a.text),
                            a.outcome,
                            a.flag.as_ref(),
                        );
                    }
                }
            }
            Mechanic::Feed(f) => {
                let handled: HashMap<&str, &str> = first.pairs().unwrap_or_default().into_iter().collect();
                for item in &f.items {
                    let Some(m) = handled.get(item.id.as_str()).and_then(|m| FeedMove::from_id(m)) else {
                        continue;
                    };
                    let outcome = item.judge(m);
                    if outcome == Outcome::Safe {
                        continue;
                    }
                    let choice = words.sentence(
                        "finding-feed",
                        &[
                            ("move", words.feed_move(m).into()),
                            ("text", words.say(&item.text).into()),
                            ("from", words.say(&item.from).into()),
                        ],
                    );
                    let flag = item.flag.as_ref().filter(|_| outcome == Outcome::Risky);
                    add(FindingKind::FeedItem, words.say(&f.task), choice, outcome, flag);
                }
            }
        }
    }
    out
}

/// The first try's risky choices in English words: what the class server stores with a
/// result (it only counts them; its pages say findings afresh in the teacher's language).
pub fn risky_choices(level: &Level, log: &[ChoiceRecord]) -> Vec<String> {
    first_try_findings(level, Lang::En, log)
        .into_iter()
        .filter(|f| f.outcome == Outcome::Risky)
        .map(|f| f.choice)
        .collect()
}

/// The first try's flagged choices: the pupil's entries in "Needs a word", in `lang`.
pub fn flagged(level: &Level, lang: Lang, log: &[ChoiceRecord]) -> Vec<Finding> {
    first_try_findings(level, lang, log).into_iter().filter(|f| f.flag.is_some()).collect()
}
