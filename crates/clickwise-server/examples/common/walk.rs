//! A choice log through a level, as a pupil might play it: for the benches.

/// A real choice log through `level` (as JSON), each choice picked by a little random
/// generator seeded with `seed`: pupils differ, as in a class, for the "Needs a word" and
/// "Talk about in class" the dashboard works out from the logs.
pub fn walk(level: &clickwise_core::Level, seed: u64) -> String {
    use clickwise_core::Mechanic;
    use clickwise_core::scoring::{ChoiceRecord, LevelRun};
    let state =
        std::cell::Cell::new(seed.wrapping_mul(2_862_933_555_777_941_757).wrapping_add(3_037_000_493));
    let pick = |n: usize| {
        state
            .set(state.get().wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407));
        (state.get() >> 33) as usize % n.max(1)
    };
    let mut run = LevelRun::new(level);
    while let Some(step) = run.current_step() {
        let mut r = ChoiceRecord { step: step.id.clone(), ..Default::default() };
        match &step.mechanic {
            Mechanic::Choice(c) => r.option = c.options[pick(c.options.len())].id.clone(),
            Mechanic::SpotClues(c) => {
                r.option = c.decisions[pick(c.decisions.len())].id.clone();
                r.picks = c.parts.iter().filter(|_| pick(2) == 0).map(|p| p.id.clone()).collect();
            }
            Mechanic::Chat(c) => {
                let mut turn = c.turn(&c.start);
                while let Some(reply) = turn.and_then(|t| t.replies.get(pick(t.replies.len()))) {
                    r.picks.push(reply.id.clone());
                    turn = reply.then.as_deref().and_then(|n| c.turn(n));
                }
            }
            Mechanic::Settings(c) => {
                r.picks = c
                    .settings
                    .iter()
                    .map(|x| format!("{}={}", x.id, x.options[pick(x.options.len())].id))
                    .collect()
            }
            Mechanic::Sort(c) => {
                r.picks =
                    c.cards.iter().map(|k| format!("{}={}", k.id, c.bins[pick(c.bins.len())].id)).collect()
            }
            Mechanic::Report(c) => {
                r.picks = c
                    .questions
                    .iter()
                    .map(|q| format!("{}={}", q.id, q.answers[pick(q.answers.len())].id))
                    .collect()
            }
            Mechanic::Feed(c) => {
                r.picks = c
                    .items
                    .iter()
                    .map(|i| format!("{}={}", i.id, c.moves[pick(c.moves.len())].id()))
                    .collect()
            }
        }
        if run.submit(r).is_err() {
            return "[]".into();
        }
    }
    serde_json::to_string(run.log()).unwrap_or_default()
}
