//! The play rules across a phase's levels: no more than half the steps are plain Choice,
//! at least a third of the levels vary on a second play, and every phase has a feed.

use crate::error::Problem;
use crate::model::{Level, Mechanic, Phase};

/// Most of a phase's steps that may be `Choice`, in percent.
pub const MAX_CHOICE_PERCENT: usize = 50;

/// How one phase's levels play, for the rules and `levelcheck --report`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlayShare {
    pub phase: Phase,
    pub levels: usize,
    pub steps: usize,
    pub choice_steps: usize,
    pub with_consequence: usize,
    pub with_variants: usize,
    pub with_feed: usize,
}

impl PlayShare {
    pub fn of(phase: Phase, levels: &[Level]) -> PlayShare {
        let mine: Vec<&Level> = levels.iter().filter(|l| l.phase == phase).collect();
        let steps = mine.iter().flat_map(|l| &l.steps);
        PlayShare {
            phase,
            levels: mine.len(),
            steps: steps.clone().count(),
            choice_steps: steps.filter(|s| matches!(s.mechanic, Mechanic::Choice(_))).count(),
            with_consequence: mine.iter().filter(|l| has_scene(l)).count(),
            with_variants: mine.iter().filter(|l| l.steps.iter().any(|s| !s.variants.is_empty())).count(),
            with_feed: mine
                .iter()
                .filter(|l| l.steps.iter().any(|s| s.versions().any(|m| matches!(m, Mechanic::Feed(_)))))
                .count(),
        }
    }

    /// The share of steps that are `Choice`, in whole percent.
    pub fn choice_percent(&self) -> usize {
        (self.choice_steps * 100).checked_div(self.steps).unwrap_or(0)
    }
}

fn has_scene(level: &Level) -> bool {
    level.steps.iter().any(|s| {
        s.consequence.is_some()
            || s.versions().any(|m| match m {
                Mechanic::Choice(c) => c.options.iter().any(|o| o.consequence.is_some()),
                Mechanic::SpotClues(c) => c.decisions.iter().any(|o| o.consequence.is_some()),
                _ => false,
            })
    })
}

/// Problems with the play rules, reported against `file` (the catalogue).
pub fn play_rules(levels: &[Level], file: &str) -> Vec<Problem> {
    let mut out = Vec::new();
    for phase in Phase::ALL {
        let share = PlayShare::of(phase, levels);
        if share.levels == 0 {
            continue;
        }
        let name = phase.label();
        // Integer form of "more than half": choice / steps > 50%.
        if share.choice_steps * 100 > share.steps * MAX_CHOICE_PERCENT {
            out.push(Problem::new(
                file,
                0,
                0,
                format!(
                    "{name}: {} of {} steps are Choice ({}%); at most {MAX_CHOICE_PERCENT}% may be",
                    share.choice_steps,
                    share.steps,
                    share.choice_percent()
                ),
            ));
        }
        if share.with_variants * 3 < share.levels {
            out.push(Problem::new(file, 0, 0, format!(
                "{name}: {} of {} levels use `variants`; at least a third must, so a second play is different",
                share.with_variants, share.levels
            )));
        }
        if share.with_feed == 0 {
            out.push(Problem::new(
                file,
                0,
                0,
                format!("{name}: no level has a Feed step; every age group needs one"),
            ));
        }
    }
    out
}
