//! The checks for each mechanic beyond `Choice`, and for step variants.

use super::{Ctx, Validator};
use crate::locate::find_from;
use crate::model::*;
use crate::scoring::exits;
use std::collections::{HashMap, HashSet};

impl<'a> Validator<'a> {
    pub(super) fn spot_clues(&mut self, ctx: &Ctx, s: &SpotCluesStep) {
        self.role(ctx, s.from.as_deref(), "from:");
        self.message(ctx, "task:", &s.task);
        self.message(ctx, "question:", &s.question);
        self.item_count(ctx, "parts:", "parts", s.parts.len(), 2);
        if s.clue_count() == 0 {
            self.at(
                find_from(self.source, ctx.at, "parts:"),
                format!("step `{}` needs at least one clue", ctx.sid),
            );
        }
        let mut seen = HashSet::new();
        for part in &s.parts {
            let p_at = find_from(self.source, ctx.at, &format!("id: \"{}\"", part.id));
            self.unique_id(p_at, ctx.sid, "part", &part.id, &mut seen);
            let what = format!("step `{}` part `{}`", ctx.sid, part.id);
            self.message(&Ctx { at: p_at, ..*ctx }, "text:", &part.text);
            if let Some(clue) = &part.clue {
                self.why(find_from(self.source, p_at, "clue:"), ctx.sid, &part.id, clue, ctx.roles);
                if clue.en.trim().is_empty() {
                    self.at(p_at, format!("{what}: a clue must say what is wrong"));
                }
            }
        }
        self.answers(ctx, "decisions:", &s.decisions, "decisions");
    }

    pub(super) fn chat(&mut self, ctx: &Ctx, c: &ChatStep) {
        self.role(ctx, Some(&c.contact), "contact:");
        self.role(ctx, c.player.as_deref(), "player:");
        if c.turn(&c.start).is_none() {
            self.at(
                find_from(self.source, ctx.at, "start:"),
                format!("step `{}`: chat turn `{}` does not exist", ctx.sid, c.start),
            );
            return;
        }
        let mut seen = HashSet::new();
        for turn in &c.turns {
            let t_at = find_from(self.source, ctx.at, &format!("id: \"{}\"", turn.id));
            self.unique_id(t_at, ctx.sid, "turn", &turn.id, &mut seen);
            if turn.says.is_empty() {
                self.at(t_at, format!("step `{}` turn `{}` says nothing", ctx.sid, turn.id));
            }
            for line in &turn.says {
                self.message(&Ctx { at: t_at, ..*ctx }, "says:", line);
            }
            let mut reply_ids = HashSet::new();
            for r in &turn.replies {
                let r_at = find_from(self.source, t_at, &format!("id: \"{}\"", r.id));
                self.unique_id(r_at, ctx.sid, "reply", &r.id, &mut reply_ids);
                self.points(r_at, ctx.sid, &r.id, r.points);
                self.why(r_at, ctx.sid, &r.id, &r.why, ctx.roles);
                self.label(
                    find_from(self.source, r_at, "text:"),
                    &format!("step `{}` reply `{}`", ctx.sid, r.id),
                    &r.text,
                    ctx.roles,
                );
                if let Some(then) = &r.then
                    && c.turn(then).is_none()
                {
                    self.at(
                        r_at,
                        format!(
                            "step `{}` reply `{}` goes to turn `{then}`, which does not exist",
                            ctx.sid, r.id
                        ),
                    );
                }
            }
            if !turn.replies.is_empty() {
                self.safe_scores_best(ctx, turn.replies.iter().map(|r| (r.id.as_str(), r.outcome, r.points)));
            }
        }
        self.chat_graph(ctx, c);
    }

    /// Every turn is reachable, and every branch of the chat ends.
    fn chat_graph(&mut self, ctx: &Ctx, c: &ChatStep) {
        let mut reached = HashSet::new();
        let mut todo = vec![c.start.as_str()];
        while let Some(id) = todo.pop() {
            if let Some(t) = c.turn(id)
                && reached.insert(id)
            {
                todo.extend(t.replies.iter().filter_map(|r| r.then.as_deref()));
            }
        }
        for t in &c.turns {
            if !reached.contains(t.id.as_str()) {
                let t_at = find_from(self.source, ctx.at, &format!("id: \"{}\"", t.id));
                self.at(t_at, format!("step `{}`: chat turn `{}` can never be reached", ctx.sid, t.id));
            }
        }
        // Depth-first search for a loop: a branch that comes back never ends.
        let mut state: HashMap<&str, bool> = HashMap::new(); // false = on the path, true = done
        let mut stack: Vec<(&str, usize)> = vec![(c.start.as_str(), 0)];
        state.insert(&c.start, false);
        while let Some((id, i)) = stack.pop() {
            let Some(turn) = c.turn(id) else { continue };
            let outs = turn_next(turn);
            if let Some(n) = outs.get(i) {
                stack.push((id, i + 1));
                match state.get(n) {
                    Some(false) => {
                        let t_at = find_from(self.source, ctx.at, &format!("id: \"{n}\""));
                        self.at(
                            t_at,
                            format!(
                                "step `{}`: chat turn `{n}` leads back to itself, so that branch never ends",
                                ctx.sid
                            ),
                        );
                        return;
                    }
                    Some(true) => {}
                    None => {
                        state.insert(n, false);
                        stack.push((n, 0));
                    }
                }
            } else {
                state.insert(id, true);
            }
        }
    }

    pub(super) fn settings(&mut self, ctx: &Ctx, s: &SettingsStep) {
        self.role(ctx, s.owner.as_deref(), "owner:");
        self.message(ctx, "task:", &s.task);
        self.label(
            find_from(self.source, ctx.at, "app:"),
            &format!("step `{}` app name", ctx.sid),
            &s.app,
            ctx.roles,
        );
        self.item_count(ctx, "settings:", "settings", s.settings.len(), 1);
        let mut seen = HashSet::new();
        for setting in &s.settings {
            let s_at = find_from(self.source, ctx.at, &format!("id: \"{}\"", setting.id));
            let sid = ctx.sid;
            self.unique_id(s_at, sid, "setting", &setting.id, &mut seen);
            self.points(s_at, sid, &setting.id, setting.points);
            self.why(s_at, sid, &setting.id, &setting.why, ctx.roles);
            self.icon(s_at, setting.icon.as_deref());
            self.label(
                find_from(self.source, s_at, "label:"),
                &format!("step `{sid}` setting `{}`", setting.id),
                &setting.label,
                ctx.roles,
            );
            if !(2..=4).contains(&setting.options.len()) {
                self.at(
                    s_at,
                    format!(
                        "step `{sid}` setting `{}` has {} options; it needs 2 to 4",
                        setting.id,
                        setting.options.len()
                    ),
                );
            }
            let mut option_ids = HashSet::new();
            for o in &setting.options {
                let o_at = find_from(self.source, s_at, &format!("id: \"{}\"", o.id));
                self.unique_id(o_at, sid, "option", &o.id, &mut option_ids);
                self.label(
                    find_from(self.source, o_at, "text:"),
                    &format!("step `{sid}` option `{}`", o.id),
                    &o.text,
                    ctx.roles,
                );
                self.message(&Ctx { at: o_at, ..*ctx }, "effect:", &o.effect);
            }
            if setting.safe.is_empty() {
                self.at(
                    find_from(self.source, s_at, "safe:"),
                    format!("step `{sid}` setting `{}` needs a safe option", setting.id),
                );
            }
            let values =
                std::iter::once(("start:", &setting.start)).chain(setting.safe.iter().map(|v| ("safe:", v)));
            for (field, value) in values {
                if setting.option(value).is_none() {
                    let f_at = find_from(self.source, s_at, field);
                    self.at(
                        f_at,
                        format!("step `{sid}` setting `{}`: `{value}` is not one of its options", setting.id),
                    );
                }
            }
        }
    }

    pub(super) fn sort(&mut self, ctx: &Ctx, s: &SortStep) {
        self.message(ctx, "task:", &s.task);
        if !(2..=3).contains(&s.bins.len()) {
            self.at(
                find_from(self.source, ctx.at, "bins:"),
                format!("step `{}` has {} bins; it needs 2 or 3", ctx.sid, s.bins.len()),
            );
        }
        self.item_count(ctx, "cards:", "cards", s.cards.len(), 2);
        let mut seen = HashSet::new();
        for bin in &s.bins {
            let b_at = find_from(self.source, ctx.at, &format!("id: \"{}\"", bin.id));
            self.unique_id(b_at, ctx.sid, "bin", &bin.id, &mut seen);
            self.icon(b_at, bin.icon.as_deref());
            self.label(b_at, &format!("step `{}` bin `{}`", ctx.sid, bin.id), &bin.text, ctx.roles);
        }
        for card in &s.cards {
            let c_at = find_from(self.source, ctx.at, &format!("id: \"{}\"", card.id));
            self.unique_id(c_at, ctx.sid, "card", &card.id, &mut seen);
            self.icon(c_at, card.icon.as_deref());
            self.label(c_at, &format!("step `{}` card `{}`", ctx.sid, card.id), &card.text, ctx.roles);
            self.why(c_at, ctx.sid, &card.id, &card.why, ctx.roles);
            if s.bin(&card.bin).is_none() {
                self.at(
                    find_from(self.source, c_at, "bin:"),
                    format!("step `{}` card `{}`: bin `{}` does not exist", ctx.sid, card.id, card.bin),
                );
            }
        }
    }

    pub(super) fn report(&mut self, ctx: &Ctx, r: &ReportStep) {
        self.message(ctx, "situation:", &r.situation);
        if r.questions.is_empty() || r.questions.len() > 4 {
            self.at(
                find_from(self.source, ctx.at, "questions:"),
                format!("step `{}` has {} questions; it needs 1 to 4", ctx.sid, r.questions.len()),
            );
        }
        let mut seen = HashSet::new();
        for q in &r.questions {
            let q_at = find_from(self.source, ctx.at, &format!("id: \"{}\"", q.id));
            self.unique_id(q_at, ctx.sid, "question", &q.id, &mut seen);
            let q_ctx = Ctx { at: q_at, ..*ctx };
            self.message(&q_ctx, "question:", &q.question);
            if !(2..=4).contains(&q.answers.len()) {
                self.at(
                    q_at,
                    format!(
                        "step `{}` question `{}` has {} answers; it needs 2 to 4",
                        ctx.sid,
                        q.id,
                        q.answers.len()
                    ),
                );
            }
            let mut answer_ids = HashSet::new();
            for a in &q.answers {
                let a_at = find_from(self.source, q_at, &format!("id: \"{}\"", a.id));
                self.unique_id(a_at, ctx.sid, "answer", &a.id, &mut answer_ids);
                self.points(a_at, ctx.sid, &a.id, a.points);
                self.why(a_at, ctx.sid, &a.id, &a.why, ctx.roles);
                self.label(
                    find_from(self.source, a_at, "text:"),
                    &format!("step `{}` answer `{}`", ctx.sid, a.id),
                    &a.text,
                    ctx.roles,
                );
            }
            self.safe_scores_best(&q_ctx, q.answers.iter().map(|a| (a.id.as_str(), a.outcome, a.points)));
        }
    }

    /// A step's variants are interchangeable: same mechanic, same points, same exits.
    pub(super) fn variants(&mut self, at: usize, step: &Step) {
        let shape = |m: &Mechanic| {
            let mut e: Vec<(u32, Option<String>)> =
                exits(m).into_iter().map(|(p, n)| (p, n.map(str::to_owned))).collect();
            e.sort();
            (m.kind(), e.iter().map(|x| x.0).max(), e.into_iter().map(|x| x.1).collect::<HashSet<_>>())
        };
        let main = shape(&step.mechanic);
        for (i, v) in step.variants.iter().enumerate() {
            let other = shape(v);
            if other.0 != main.0 {
                self.at(
                    at,
                    format!(
                        "step `{}` variant {}: is a {}, but the step is a {}",
                        step.id,
                        i + 1,
                        other.0,
                        main.0
                    ),
                );
            } else if other.1 != main.1 {
                self.at(
                    at,
                    format!(
                        "step `{}` variant {}: is worth {:?} points at best, the step {:?}",
                        step.id,
                        i + 1,
                        other.1.unwrap_or(0),
                        main.1.unwrap_or(0)
                    ),
                );
            } else if other.2 != main.2 {
                self.at(
                    at,
                    format!(
                        "step `{}` variant {}: leads to different steps than the step itself",
                        step.id,
                        i + 1
                    ),
                );
            }
        }
    }
}

fn turn_next(t: &ChatTurn) -> Vec<&str> {
    t.replies.iter().filter_map(|r| r.then.as_deref()).collect()
}

impl Validator<'_> {
    pub(super) fn feed(&mut self, ctx: &Ctx, f: &FeedStep) {
        self.message(ctx, "task:", &f.task);
        self.role(ctx, f.owner.as_deref(), "owner:");
        self.label(
            find_from(self.source, ctx.at, "app:"),
            &format!("step `{}` app", ctx.sid),
            &f.app,
            ctx.roles,
        );
        self.item_count(ctx, "items:", "items", f.items.len(), 3);
        let mut offered = HashSet::new();
        if f.moves.len() < 2 || !f.moves.iter().all(|m| offered.insert(*m)) {
            self.at(
                find_from(self.source, ctx.at, "moves:"),
                format!("step `{}` needs 2 to 4 different moves", ctx.sid),
            );
        }
        if !f.moves.contains(&FeedMove::AskAGrownUp) {
            self.at(
                find_from(self.source, ctx.at, "moves:"),
                format!("step `{}`: a feed always offers AskAGrownUp", ctx.sid),
            );
        }
        let mut seen = HashSet::new();
        for item in &f.items {
            let i_at = find_from(self.source, ctx.at, &format!("id: \"{}\"", item.id));
            self.unique_id(i_at, ctx.sid, "item", &item.id, &mut seen);
            self.icon(i_at, item.icon.as_deref());
            self.label(
                find_from(self.source, i_at, "from:"),
                &format!("step `{}` item `{}` from", ctx.sid, item.id),
                &item.from,
                ctx.roles,
            );
            self.message(&Ctx { at: i_at, ..*ctx }, "text:", &item.text);
            self.why(i_at, ctx.sid, &item.id, &item.why, ctx.roles);
            if !item.safe.iter().any(|m| f.moves.contains(m)) {
                self.at(
                    i_at,
                    format!(
                        "step `{}` item `{}` needs a safe move among the moves offered",
                        ctx.sid, item.id
                    ),
                );
            }
            if item.safe.iter().any(|m| item.risky.contains(m)) {
                self.at(
                    i_at,
                    format!("step `{}` item `{}`: a move can't be both safe and risky", ctx.sid, item.id),
                );
            }
            // Asking a grown-up is never marked down: at worst it is a little over-careful.
            if item.risky.contains(&FeedMove::AskAGrownUp) {
                self.at(
                    i_at,
                    format!("step `{}` item `{}`: asking a grown-up is never risky", ctx.sid, item.id),
                );
            }
        }
    }
}
