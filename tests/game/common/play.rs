//! Plays any step the way a pupil would, by pressing buttons: the safest way or the
//! riskiest. Shared by the mechanics and layout tests.

use super::*;
use clickwise::play::Draft;
use clickwise::play::{PlaySession, Stage};
use clickwise_core::playthrough::Playthrough;
use clickwise_core::*;

#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Way {
    Safest,
    Riskiest,
}

pub fn session(app: &App) -> Playthrough {
    app.world().resource::<PlaySession>().0.clone()
}

pub fn current(app: &App) -> Mechanic {
    session(app).current().expect("a step to play").1.clone()
}

/// Opens a level from "All levels" of the phase labelled `phase` (the map's own tests
/// walk the map).
pub fn open(app: &mut App, phase: &str, title: &str) {
    if screen(app) == Screen::Results {
        press(app, "Choose another level");
    }
    if screen(app) == Screen::AllLevels {
        press(app, "Back to the map");
    }
    if screen(app) == Screen::Levels {
        press(app, "Change age");
    }
    press(app, phase);
    assert_eq!(screen(app), Screen::Levels);
    press(app, "All levels");
    assert_eq!(screen(app), Screen::AllLevels);
    press(app, title);
    assert_eq!(screen(app), Screen::Play);
    press(app, "Start");
}

pub fn best_of<T>(items: &[T], way: Way, key: impl Fn(&T) -> (Outcome, u32)) -> &T {
    let rank = |t: &&T| {
        let (o, p) = key(t);
        (o, std::cmp::Reverse(p))
    };
    match way {
        Way::Safest => items.iter().min_by_key(rank),
        Way::Riskiest => items.iter().max_by_key(rank),
    }
    .expect("something to pick")
}

/// Runs frames until the chat has shown every message of the current turn.
pub fn settle(app: &mut App) {
    for _ in 0..20 {
        app.update();
    }
}

/// Plays the current step the given way, ending on its feedback, pressing the buttons in
/// the language the level is played in.
pub fn play_step(app: &mut App, way: Way) {
    let s = session(app);
    let t = clickwise_core::i18n::game(s.lang);
    match current(app) {
        Mechanic::Choice(c) => press(app, &s.fill(&best_of(&c.options, way, |o| (o.outcome, o.points)).text)),
        Mechanic::SpotClues(c) => {
            for part in &c.parts {
                if part.is_clue() == (way == Way::Safest) {
                    let text = s.fill(&part.text);
                    let label = match part.slot {
                        Slot::Sender => t.format("spot-from", &[("text", text.into())]),
                        Slot::Address => t.format("spot-address", &[("text", text.into())]),
                        Slot::Subject => t.format("spot-subject", &[("text", text.into())]),
                        _ => text,
                    };
                    press(app, &label);
                }
            }
            press(app, &t.get("spot-finished"));
            press(app, &s.fill(&best_of(&c.decisions, way, |o| (o.outcome, o.points)).text));
        }
        Mechanic::Chat(c) => loop {
            settle(app);
            let s = session(app);
            if !matches!(s.stage, Stage::Answering) {
                break;
            }
            let Draft::Chat(d) = &s.draft else { panic!("a chat draft") };
            let turn = d.walk(&c).1.expect("a turn to answer");
            if way == Way::Safest && turn.sign.is_some() {
                press(app, &t.get("safety-tell"));
            } else if turn.replies.is_empty() {
                press(app, &t.get("chat-close"));
            } else {
                press(app, &s.fill(&best_of(&turn.replies, way, |r| (r.outcome, r.points)).text));
            }
        },
        Mechanic::Settings(c) => {
            let mut chosen = Vec::new();
            for setting in &c.settings {
                let option = match way {
                    Way::Safest => setting.option(&setting.safe[0]),
                    // Some settings have no wrong answer ("it's OK to be you"): any will do.
                    Way::Riskiest => {
                        setting.options.iter().find(|o| !setting.is_safe(&o.id)).or(setting.options.first())
                    }
                }
                .expect("an option to pick");
                press(app, &format!("{}: {}", s.fill(&setting.label), s.fill(&option.text)));
                chosen.push(s.fill(&option.effect));
            }
            press(app, &t.get("settings-see-what-happens"));
            let text = all_text(app);
            for effect in &chosen {
                assert!(text.contains(effect), "the preview shows {effect:?}");
            }
            press(app, &t.get("settings-happy"));
        }
        Mechanic::Sort(c) => {
            for card in &c.cards {
                let bin = match way {
                    Way::Safest => c.bin(&card.bin).unwrap(),
                    Way::Riskiest => c.bins.iter().find(|b| b.id != card.bin).unwrap(),
                };
                press(app, &s.fill(&card.text));
                press(app, &s.fill(&bin.text));
            }
            press(app, &t.get("sort-check"));
        }
        Mechanic::Report(c) => {
            if c.form != ReportForm::WhoToTell {
                assert!(all_text(app).contains(PRACTICE_NOTICE), "a practice form says it sends nothing");
            }
            for q in &c.questions {
                press(app, &s.fill(&best_of(&q.answers, way, |a| (a.outcome, a.points)).text));
            }
        }
        Mechanic::Feed(c) => {
            // One item waits at a time (unless the pupil asks for more): deal with it.
            for _ in 0..c.items.len() {
                let s = session(app);
                let Draft::Feed(d) = &s.draft else { panic!("a feed draft") };
                let waiting = c.items.iter().take(d.arrived).find(|i| d.move_for(&i.id).is_none());
                let item = waiting.expect("an item waiting");
                let m = best_of(&c.moves, way, |m| (item.judge(*m), 0));
                press(app, &feed_move_label(&s, *m, item));
            }
            press(app, &t.get("feed-done"));
        }
    }
    assert!(matches!(session(app).stage, Stage::Feedback { .. }), "the step shows its feedback");
}

/// A feed move button's label: the move, and which item it is for.
pub fn feed_move_label(s: &Playthrough, m: FeedMove, item: &FeedItem) -> String {
    format!("{}: {}", clickwise_core::i18n::game(s.lang).get(m.label_key()), s.fill(&item.text))
}
