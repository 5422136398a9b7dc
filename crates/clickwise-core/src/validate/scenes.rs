//! The play rules for one level: "what happened next" scenes are well formed, every risky
//! answer has one, the level has one at least, and not every step is a plain Choice.

use super::{Ctx, Validator};
use crate::locate::{find_from, step_offset};
use crate::model::*;

impl Validator<'_> {
    pub(super) fn scenes(&mut self) {
        let level = self.level;
        let roles = level.cast.iter().map(|c| c.role.as_str()).collect();
        let mut any_scene = false;
        for step in &level.steps {
            let at = step_offset(self.source, &step.id);
            let ctx = Ctx { at, sid: &step.id, roles: &roles };
            if let Some(scene) = &step.consequence {
                any_scene = true;
                self.consequence(&ctx, find_from(self.source, at, "consequence:"), scene);
            }
            for mechanic in step.versions() {
                for option in answer_options(mechanic) {
                    if let Some(scene) = &option.consequence {
                        any_scene = true;
                        let o_at = find_from(self.source, at, &format!("id: \"{}\"", option.id));
                        self.consequence(&ctx, find_from(self.source, o_at, "consequence:"), scene);
                        if option.outcome != Outcome::Risky {
                            self.at(
                                o_at,
                                format!(
                                    "step `{}` answer `{}`: only a Risky answer plays a consequence scene",
                                    step.id, option.id
                                ),
                            );
                        }
                    }
                }
                if step.consequence.is_none() {
                    for risky in unseen_risks(mechanic) {
                        self.at(at, format!("step `{}`: {risky} can be risky, so it needs a `consequence` scene (on the step, or on that answer) showing what happened next", step.id));
                    }
                }
            }
        }
        if !any_scene {
            self.at(
                self.field("steps"),
                "a level needs at least one `consequence` scene: what happened next after a risky choice"
                    .into(),
            );
        }
        if !level.steps.is_empty() && level.steps.iter().all(|s| matches!(s.mechanic, Mechanic::Choice(_))) {
            self.at(
                self.field("steps"),
                "every step is a Choice: a level needs at least one step with another mechanic".into(),
            );
        }
    }

    fn consequence(&mut self, ctx: &Ctx, at: usize, scene: &Consequence) {
        let sid = ctx.sid;
        if scene.beats.is_empty() || scene.beats.len() > MAX_BEATS {
            self.at(
                at,
                format!(
                    "step `{sid}`: a consequence scene has {} beats; it needs 1 to {MAX_BEATS}",
                    scene.beats.len()
                ),
            );
        }
        for beat in &scene.beats {
            let b_at = find_from(self.source, at, "picture:");
            if let Some(who) = &beat.who
                && !ctx.roles.contains(who.as_str())
            {
                self.at(b_at, format!("step `{sid}`: scene character `{who}` is not in the cast"));
            }
            if !self.assets.icon_exists(&beat.picture) {
                self.at(b_at, format!("picture `{}` not found in assets/art/", beat.picture));
            }
            if beat.count == 0 || beat.count > MAX_PICTURE_COUNT {
                self.at(
                    b_at,
                    format!(
                        "step `{sid}`: a beat shows 1 to {MAX_PICTURE_COUNT} copies of its picture, not {}",
                        beat.count
                    ),
                );
            }
            self.message(&Ctx { at: b_at, ..*ctx }, "text:", &beat.text);
        }
        self.message(&Ctx { at, ..*ctx }, "then:", &scene.then);
    }
}

/// The answers of a step that can carry a scene of their own.
fn answer_options(m: &Mechanic) -> &[AnswerOption] {
    match m {
        Mechanic::Choice(c) => &c.options,
        Mechanic::SpotClues(s) => &s.decisions,
        _ => &[],
    }
}

/// What in a step can turn out risky with no scene of its own to show for it.
fn unseen_risks(m: &Mechanic) -> Vec<String> {
    let risky_answer = |o: &AnswerOption| o.outcome == Outcome::Risky && o.consequence.is_none();
    match m {
        Mechanic::Choice(c) => {
            c.options.iter().filter(|o| risky_answer(o)).map(|o| format!("answer `{}`", o.id)).collect()
        }
        Mechanic::SpotClues(s) => {
            s.decisions.iter().filter(|o| risky_answer(o)).map(|o| format!("decision `{}`", o.id)).collect()
        }
        Mechanic::Report(r) => r
            .questions
            .iter()
            .flat_map(|q| {
                q.answers
                    .iter()
                    .filter(|a| a.outcome == Outcome::Risky)
                    .map(move |a| format!("question `{}` answer `{}`", q.id, a.id))
            })
            .collect(),
        Mechanic::Chat(c) => c
            .turns
            .iter()
            .flat_map(|t| {
                t.replies.iter().filter(|r| r.outcome == Outcome::Risky).map(|r| format!("reply `{}`", r.id))
            })
            .collect(),
        // A setting left on an unsafe option is risky.
        Mechanic::Settings(s) => s
            .settings
            .iter()
            .filter(|x| x.options.iter().any(|o| !x.is_safe(&o.id)))
            .map(|x| format!("setting `{}`", x.id))
            .collect(),
        Mechanic::Feed(f) => {
            f.items.iter().filter(|i| !i.risky.is_empty()).map(|i| format!("item `{}`", i.id)).collect()
        }
        // A card in the wrong box is "unsure", never risky.
        Mechanic::Sort(_) => Vec::new(),
    }
}

/// The scene to play after `record` on `mechanic`, if it was risky: the answer's own, or
/// the step's.
pub fn scene_for<'a>(
    step: &'a Step,
    mechanic: &'a Mechanic,
    option: &str,
    risky: bool,
) -> Option<&'a Consequence> {
    if !risky {
        return None;
    }
    answer_options(mechanic)
        .iter()
        .find(|o| o.id == option)
        .and_then(|o| o.consequence.as_ref())
        .or(step.consequence.as_ref())
}
