//! Small checks shared by every mechanic: ids, points, feedback, cast roles, icons, text.

use super::{Ctx, Validator, is_id};
use crate::locate::find_from;
use crate::model::MAX_POINTS;
use crate::text::Text;
use std::collections::HashSet;

impl<'a> Validator<'a> {
    /// A cast role named by a step must be in the level's cast.
    pub(super) fn role(&mut self, ctx: &Ctx, role: Option<&str>, field: &str) {
        if let Some(role) = role
            && !ctx.roles.contains(role)
        {
            self.at(
                find_from(self.source, ctx.at, field),
                format!("step `{}`: `{role}` is not in the cast", ctx.sid),
            );
        }
    }

    /// A message or question: within the phase's length, with known placeholders.
    pub(super) fn message(&mut self, ctx: &Ctx, field: &str, text: &Text) {
        let at = find_from(self.source, ctx.at, field);
        let what = format!("step `{}` {}", ctx.sid, field.trim_end_matches(':'));
        if text.en.trim().is_empty() {
            self.at(at, format!("{what} is empty"));
        }
        self.text_limit(at, &what, text, self.level.phase.max_message_words());
        self.placeholders(at, text, ctx.roles);
    }

    /// Ids inside a step: unique, and safe to store.
    pub(super) fn unique_id<'s>(
        &mut self,
        at: usize,
        sid: &str,
        what: &str,
        id: &'s str,
        seen: &mut HashSet<&'s str>,
    ) {
        if !is_id(id) || !seen.insert(id) {
            self.at(
                at,
                format!(
                    "step `{sid}`: {what} id `{id}` must be unique, lowercase letters, digits and dashes"
                ),
            );
        }
    }

    pub(super) fn points(&mut self, at: usize, sid: &str, id: &str, points: u32) {
        if points > MAX_POINTS {
            self.at(
                find_from(self.source, at, "points:"),
                format!("step `{sid}` `{id}`: {points} points is more than the most ({MAX_POINTS})"),
            );
        }
    }

    /// Every decision is explained, kindly and briefly.
    pub(super) fn why(&mut self, at: usize, sid: &str, id: &str, why: &Text, roles: &HashSet<&str>) {
        let why_at = find_from(self.source, at, "why:");
        if why.en.trim().is_empty() {
            self.at(why_at, format!("step `{sid}` `{id}` has no \"why\" feedback"));
        }
        self.text_limit(
            why_at,
            &format!("step `{sid}` `{id}` feedback"),
            why,
            self.level.phase.max_feedback_words(),
        );
        self.placeholders(why_at, why, roles);
    }

    /// A short label: an answer, a card, a setting.
    pub(super) fn label(&mut self, at: usize, what: &str, text: &Text, roles: &HashSet<&str>) {
        if text.en.trim().is_empty() {
            self.at(at, format!("{what} is empty"));
        }
        self.text_limit(at, what, text, self.level.phase.max_option_words());
        self.placeholders(at, text, roles);
    }

    pub(super) fn icon(&mut self, at: usize, icon: Option<&str>) {
        if let Some(icon) = icon
            && !self.assets.icon_exists(icon)
        {
            self.at(at, format!("icon `{icon}` not found in assets/art/"));
        }
    }

    /// Too many things on one screen overwhelm young pupils.
    pub(super) fn item_count(&mut self, ctx: &Ctx, field: &str, what: &str, n: usize, min: usize) {
        let max = self.level.phase.max_items();
        if n < min || n > max {
            self.at(
                find_from(self.source, ctx.at, field),
                format!("step `{}` has {n} {what}; {:?} needs {min} to {max}", ctx.sid, self.level.phase),
            );
        }
    }
}
