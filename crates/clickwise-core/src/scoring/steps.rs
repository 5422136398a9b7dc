//! Scores one step of each mechanic from its record. Every rule about points lives here.

use super::ChoiceRecord;
use super::review::{ItemKind, ReviewItem};
use crate::model::*;
use std::collections::{HashMap, HashSet};

/// A step as played: points after hint and retry costs, where it leads, and the review.
/// After a rewind, `points` and `counted` are the first try's; `items` and `next` are the
/// answer the pupil ended with.
#[derive(Debug, Clone, PartialEq)]
pub struct StepResult<'a> {
    pub points: u32,
    pub next: Option<&'a str>,
    pub items: Vec<ReviewItem>,
    /// The outcomes that count towards the level's tally of safe, unsure and risky choices.
    pub counted: Vec<Outcome>,
}

/// Scores `record` against `mechanic` (the version the pupil saw).
pub fn score_step<'a>(mechanic: &'a Mechanic, record: &ChoiceRecord) -> Result<StepResult<'a>, String> {
    let (raw, next, items) = match mechanic {
        Mechanic::Choice(c) => choice(c, record)?,
        Mechanic::SpotClues(s) => spot_clues(s, record)?,
        Mechanic::Chat(c) => chat(c, record)?,
        Mechanic::Settings(s) => settings(s, record)?,
        Mechanic::Sort(s) => sort(s, record)?,
        Mechanic::Report(r) => report(r, record)?,
        Mechanic::Feed(f) => feed(f, record)?,
    };
    if record.first.is_none() {
        let cost = u32::from(record.hint).saturating_add(record.retries);
        let counted = items.iter().map(|i| i.outcome).collect();
        return Ok(StepResult { points: raw.saturating_sub(cost), next, items, counted });
    }
    // A rewound step: the first try is what counts (a rewind costs nothing more); the
    // answer the pupil ended with only decides where the level goes next.
    let scored = score_step(mechanic, &record.as_first_tried())?;
    Ok(StepResult { points: scored.points, next, items, counted: scored.counted })
}

type Scored<'a> = (u32, Option<&'a str>, Vec<ReviewItem>);

/// The safest answer on offer: best outcome, then most points.
fn safest<T>(items: &[T], key: impl Fn(&T) -> (Outcome, u32)) -> Option<&T> {
    items.iter().min_by_key(|i| {
        let (o, p) = key(i);
        (o, std::cmp::Reverse(p))
    })
}

fn answer_item<'a>(picked: &'a AnswerOption, all: &'a [AnswerOption]) -> ReviewItem {
    let best = safest(all, |o| (o.outcome, o.points)).filter(|b| b.id != picked.id);
    ReviewItem::new(ItemKind::Answer, &picked.text, picked.outcome, &picked.why).safer(best.map(|b| &b.text))
}

fn choice<'a>(c: &'a ChoiceStep, r: &ChoiceRecord) -> Result<Scored<'a>, String> {
    let o = c.option(&r.option).ok_or_else(|| format!("there is no answer `{}`", r.option))?;
    Ok((o.points, o.next.as_deref(), vec![answer_item(o, &c.options)]))
}

fn spot_clues<'a>(s: &'a SpotCluesStep, r: &ChoiceRecord) -> Result<Scored<'a>, String> {
    let mut flagged = HashSet::new();
    for id in &r.picks {
        s.part(id).ok_or_else(|| format!("there is no part `{id}`"))?;
        flagged.insert(id.as_str());
    }
    let decision = s.decision(&r.option).ok_or_else(|| format!("there is no decision `{}`", r.option))?;
    let mut items = Vec::new();
    let (mut found, mut false_alarms) = (0u32, 0u32);
    for part in &s.parts {
        let is_flagged = flagged.contains(part.id.as_str());
        match (&part.clue, is_flagged) {
            (Some(why), true) => {
                found += 1;
                items.push(ReviewItem::new(ItemKind::ClueFound, &part.text, Outcome::Safe, why));
            }
            (Some(why), false) => {
                items.push(ReviewItem::new(ItemKind::ClueMissed, &part.text, Outcome::Unsure, why))
            }
            (None, true) => {
                false_alarms += 1;
                let why = crate::i18n::text(|m| m.get("review-false-alarm-why"));
                items.push(ReviewItem::new(ItemKind::FalseAlarm, &part.text, Outcome::Unsure, &why));
            }
            (None, false) => {}
        }
    }
    items.push(answer_item(decision, &s.decisions));
    Ok((found.saturating_sub(false_alarms) + decision.points, decision.next.as_deref(), items))
}

fn chat<'a>(c: &'a ChatStep, r: &ChoiceRecord) -> Result<Scored<'a>, String> {
    let mut turn = c.turn(&c.start);
    let mut signs: Vec<WarningSign> = Vec::new();
    let mut points = 0;
    let mut items = Vec::new();
    for id in &r.picks {
        let t = turn.ok_or_else(|| format!("reply `{id}` comes after the chat ended"))?;
        signs.extend(t.sign);
        let reply = t.reply(id).ok_or_else(|| format!("turn `{}` has no reply `{id}`", t.id))?;
        points += reply.points;
        let best = safest(&t.replies, |r| (r.outcome, r.points)).filter(|b| b.id != reply.id);
        items.push(
            ReviewItem::new(ItemKind::Reply, &reply.text, reply.outcome, &reply.why)
                .safer(best.map(|b| &b.text)),
        );
        turn = match &reply.then {
            Some(next) => Some(c.turn(next).ok_or_else(|| format!("turn `{next}` does not exist"))?),
            None => None,
        };
    }
    if r.option.is_empty() {
        if let Some(t) = turn.filter(|t| !t.replies.is_empty()) {
            return Err(format!("the chat is not finished (at turn `{}`)", t.id));
        }
    } else {
        let button = SafetyButton::from_id(&r.option)
            .ok_or_else(|| format!("`{}` is not a safety button (block, report or tell)", r.option))?;
        let t = turn.ok_or("the safety button was pressed after the chat ended")?;
        signs.extend(t.sign);
        let early = signs.is_empty();
        // Acting on a warning sign is the best thing to do: it earns everything the rest of
        // the chat could have (never less than staying in it to be polite).
        points += if early { EARLY_SAFETY_POINTS } else { best_from(c, &t.id, true, 0) };
        // Whole sentences in each language, one after another (the signs seen, then the button's).
        let why = crate::i18n::text(|m| {
            let button = m.get(button.explain_key());
            if early {
                m.format("review-safety-early", &[("button", button.into())])
            } else {
                let seen: Vec<String> = signs.iter().map(|s| m.get(s.explain_key())).collect();
                m.format(
                    "review-safety-spotted",
                    &[("signs", seen.join(" ").into()), ("button", button.into())],
                )
            }
        });
        let label = crate::i18n::text(|m| m.get(button.label_key()));
        items.push(ReviewItem::new(ItemKind::Safety { early }, &label, Outcome::Safe, &why));
    }
    Ok((points, c.next.as_deref(), items))
}

fn settings<'a>(s: &'a SettingsStep, r: &ChoiceRecord) -> Result<Scored<'a>, String> {
    let mut chosen: HashMap<&str, &str> =
        s.settings.iter().map(|x| (x.id.as_str(), x.start.as_str())).collect();
    for (id, value) in r.pairs()? {
        let setting = s.setting(id).ok_or_else(|| format!("there is no setting `{id}`"))?;
        setting.option(value).ok_or_else(|| format!("setting `{id}` has no option `{value}`"))?;
        chosen.insert(&setting.id, value);
    }
    let mut points = 0;
    let mut items = Vec::new();
    for setting in &s.settings {
        let value = chosen.get(setting.id.as_str()).copied().unwrap_or(&setting.start);
        let safe = setting.is_safe(value);
        if safe {
            points += setting.points;
        }
        let outcome = if safe { Outcome::Safe } else { Outcome::Risky };
        let first_safe = setting.safe.first().and_then(|id| setting.option(id));
        let safer = if safe { None } else { first_safe.map(|o| &o.text) };
        items.push(ReviewItem::new(ItemKind::Setting, &setting.label, outcome, &setting.why).safer(safer));
    }
    Ok((points, s.next.as_deref(), items))
}

fn sort<'a>(s: &'a SortStep, r: &ChoiceRecord) -> Result<Scored<'a>, String> {
    let mut placed: HashMap<&str, &str> = HashMap::new();
    for (card, bin) in r.pairs()? {
        s.card(card).ok_or_else(|| format!("there is no card `{card}`"))?;
        s.bin(bin).ok_or_else(|| format!("there is no bin `{bin}`"))?;
        if placed.insert(card, bin).is_some() {
            return Err(format!("card `{card}` is placed twice"));
        }
    }
    let mut points = 0;
    let mut items = Vec::new();
    for card in &s.cards {
        let bin = placed.get(card.id.as_str()).ok_or_else(|| format!("card `{}` was not sorted", card.id))?;
        let right = *bin == card.bin;
        points += u32::from(right);
        let outcome = if right { Outcome::Safe } else { Outcome::Unsure };
        let safer = if right { None } else { s.bin(&card.bin).map(|b| &b.text) };
        items.push(ReviewItem::new(ItemKind::Card, &card.text, outcome, &card.why).safer(safer));
    }
    Ok((points, s.next.as_deref(), items))
}

fn report<'a>(rs: &'a ReportStep, r: &ChoiceRecord) -> Result<Scored<'a>, String> {
    let answered: HashMap<&str, &str> = r.pairs()?.into_iter().collect();
    let mut points = 0;
    let mut items = Vec::new();
    for q in answered.keys() {
        rs.question(q).ok_or_else(|| format!("there is no question `{q}`"))?;
    }
    for q in &rs.questions {
        let id =
            answered.get(q.id.as_str()).ok_or_else(|| format!("question `{}` was not answered", q.id))?;
        let a = q.answer(id).ok_or_else(|| format!("question `{}` has no answer `{id}`", q.id))?;
        points += a.points;
        let best = safest(&q.answers, |a| (a.outcome, a.points)).filter(|b| b.id != a.id);
        items
            .push(ReviewItem::new(ItemKind::Answer, &a.text, a.outcome, &a.why).safer(best.map(|b| &b.text)));
    }
    Ok((points, rs.next.as_deref(), items))
}

fn feed<'a>(f: &'a FeedStep, r: &ChoiceRecord) -> Result<Scored<'a>, String> {
    let mut handled: HashMap<&str, FeedMove> = HashMap::new();
    for (item, m) in r.pairs()? {
        f.item(item).ok_or_else(|| format!("there is no item `{item}`"))?;
        let m =
            FeedMove::from_id(m).ok_or_else(|| format!("`{m}` is not a move (open, ignore, report, ask)"))?;
        if !f.moves.contains(&m) {
            return Err(format!("`{}` is not offered on this feed", m.id()));
        }
        if handled.insert(item, m).is_some() {
            return Err(format!("item `{item}` is dealt with twice"));
        }
    }
    let mut points = 0;
    let mut items = Vec::new();
    for item in &f.items {
        let m =
            handled.get(item.id.as_str()).ok_or_else(|| format!("item `{}` was not dealt with", item.id))?;
        let outcome = item.judge(*m);
        points += u32::from(outcome == Outcome::Safe);
        let safer = item
            .safe
            .first()
            .filter(|_| outcome != Outcome::Safe)
            .map(|s| crate::i18n::text(|m| m.get(s.label_key())));
        items.push(ReviewItem::new(ItemKind::FeedItem, &item.text, outcome, &item.why).safer(safer.as_ref()));
    }
    Ok((points, f.next.as_deref(), items))
}

/// Ways out of a step, each with the most points it can earn on the way: the step graph's
/// edges, weighted, for the best route through a level.
pub fn exits(mechanic: &Mechanic) -> Vec<(u32, Option<&str>)> {
    match mechanic {
        Mechanic::Choice(c) => c.options.iter().map(|o| (o.points, o.next.as_deref())).collect(),
        Mechanic::SpotClues(s) => {
            s.decisions.iter().map(|o| (s.clue_count() + o.points, o.next.as_deref())).collect()
        }
        Mechanic::Chat(c) => vec![(chat_max(c), c.next.as_deref())],
        Mechanic::Settings(s) => vec![(s.settings.iter().map(|x| x.points).sum(), s.next.as_deref())],
        Mechanic::Sort(s) => vec![(s.cards.len() as u32, s.next.as_deref())],
        Mechanic::Feed(f) => vec![(f.items.len() as u32, f.next.as_deref())],
        Mechanic::Report(r) => vec![(
            r.questions.iter().map(|q| q.answers.iter().map(|a| a.points).max().unwrap_or(0)).sum(),
            r.next.as_deref(),
        )],
    }
}

/// The best a chat can score: the best route of replies, with a safety button pressed at
/// the best moment. A turn seen twice on one route (a loop) stops counting.
pub fn chat_max(c: &ChatStep) -> u32 {
    best_from(c, &c.start, false, 0)
}

/// The most a chat can still earn from turn `id` on (`seen_sign`: a warning sign has
/// already shown on the way here).
fn best_from(c: &ChatStep, id: &str, seen_sign: bool, depth: usize) -> u32 {
    let Some(t) = c.turn(id) else { return 0 };
    if depth > c.turns.len() {
        return 0;
    }
    let seen = seen_sign || t.sign.is_some();
    let safety = if seen { SAFETY_POINTS } else { EARLY_SAFETY_POINTS };
    let replies = t
        .replies
        .iter()
        .map(|r| r.points + r.then.as_deref().map_or(0, |n| best_from(c, n, seen, depth + 1)))
        .max()
        .unwrap_or(0);
    safety.max(replies)
}
