//! The pupil's unfinished work on the current step, one kind per mechanic. Only what the
//! pupil has done so far: the record the core scores is made from it on submit.

use crate::model::{ChatStep, ChatTurn, FeedMove, FeedStep, Mechanic, SettingsStep};

/// The pupil's work on the current step so far.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Draft {
    /// Nothing to keep (a `Choice` is answered with one press).
    #[default]
    None,
    Spot(SpotDraft),
    Chat(ChatDraft),
    Settings(SettingsDraft),
    Sort(SortDraft),
    Report(ReportDraft),
    Feed(FeedDraft),
}

impl Draft {
    pub fn for_mechanic(m: &Mechanic) -> Self {
        match m {
            Mechanic::Choice(_) => Draft::None,
            Mechanic::SpotClues(_) => Draft::Spot(SpotDraft::default()),
            Mechanic::Chat(_) => Draft::Chat(ChatDraft::default()),
            Mechanic::Settings(s) => Draft::Settings(SettingsDraft::new(s)),
            Mechanic::Sort(_) => Draft::Sort(SortDraft::default()),
            Mechanic::Report(_) => Draft::Report(ReportDraft::default()),
            Mechanic::Feed(f) => Draft::Feed(FeedDraft::new(f)),
        }
    }
}

/// The parts flagged so far, and whether the pupil has moved on to deciding about them.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SpotDraft {
    pub flagged: Vec<String>,
    pub deciding: bool,
}

/// The replies picked so far, and how many of the current turn's messages have appeared.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChatDraft {
    pub replies: Vec<String>,
    pub shown: usize,
    /// Seconds spent "typing" the next message.
    pub typing: f32,
}

impl ChatDraft {
    /// The turns so far with the reply picked after each, then the current turn (if the
    /// chat has not ended).
    pub fn walk<'a>(&self, chat: &'a ChatStep) -> (Vec<(&'a ChatTurn, &'a str)>, Option<&'a ChatTurn>) {
        let mut past = Vec::new();
        let mut turn = chat.turn(&chat.start);
        for id in &self.replies {
            let Some(t) = turn else { break };
            let Some(reply) = t.reply(id) else { break };
            past.push((t, reply.id.as_str()));
            turn = reply.then.as_deref().and_then(|n| chat.turn(n));
        }
        (past, turn)
    }
}

/// Each setting's value as the pupil has set it, and whether they are previewing.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SettingsDraft {
    pub values: Vec<(String, String)>,
    pub previewing: bool,
}

impl SettingsDraft {
    pub fn new(step: &SettingsStep) -> Self {
        SettingsDraft {
            values: step.settings.iter().map(|s| (s.id.clone(), s.start.clone())).collect(),
            previewing: false,
        }
    }

    pub fn value(&self, setting: &str) -> Option<&str> {
        self.values.iter().find(|(k, _)| k == setting).map(|(_, v)| v.as_str())
    }
}

/// The card in the pupil's hand, and which box each sorted card is in.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SortDraft {
    pub held: Option<String>,
    pub placed: Vec<(String, String)>,
}

impl SortDraft {
    pub fn bin_of(&self, card: &str) -> Option<&str> {
        self.placed.iter().find(|(c, _)| c == card).map(|(_, b)| b.as_str())
    }

    /// Puts `card` in `bin` (moving it if it was in another) and empties the hand.
    pub fn put(&mut self, card: &str, bin: &str) {
        self.placed.retain(|(c, _)| c != card);
        self.placed.push((card.to_owned(), bin.to_owned()));
        self.held = None;
    }
}

/// The answer picked for each question of the practice report form so far.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReportDraft {
    pub answers: Vec<(String, String)>,
}

/// A feed as the pupil is playing it: how many items have arrived, what was done with
/// each, and whether the pupil asked for them to come faster.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FeedDraft {
    pub arrived: usize,
    pub handled: Vec<(String, FeedMove)>,
    /// The pupil chose "Faster": items arrive on a timer, not one at a time.
    pub fast: bool,
    /// Seconds since the last item arrived (only counted when `fast`).
    pub waited: f32,
}

impl FeedDraft {
    /// A feed as the pupil first sees it: its first item is already there.
    pub fn new(feed: &FeedStep) -> Self {
        FeedDraft { arrived: feed.items.len().min(1), ..Default::default() }
    }

    pub fn move_for(&self, item: &str) -> Option<FeedMove> {
        self.handled.iter().find(|(i, _)| i == item).map(|(_, m)| *m)
    }

    /// Deals with `item` (once: a second move on it is ignored), and brings the next item
    /// in when nothing is left waiting, so the pupil is never rushed.
    pub fn handle(&mut self, feed: &FeedStep, item: &str, m: FeedMove) {
        let arrived = feed.items.iter().take(self.arrived).any(|i| i.id == item);
        if !arrived || self.move_for(item).is_some() || !feed.moves.contains(&m) {
            return;
        }
        self.handled.push((item.to_owned(), m));
        if self.handled.len() == self.arrived {
            self.arrive(feed);
        }
    }

    /// The next item arrives, if there is one.
    pub fn arrive(&mut self, feed: &FeedStep) {
        self.arrived = (self.arrived + 1).min(feed.items.len());
        self.waited = 0.0;
    }

    /// Every item has arrived and been dealt with.
    pub fn done(&self, feed: &FeedStep) -> bool {
        feed.items.iter().all(|i| self.move_for(&i.id).is_some())
    }

    /// The record's picks: `item=move`, in the order they were dealt with.
    pub fn picks(&self) -> Vec<String> {
        self.handled.iter().map(|(i, m)| format!("{i}={}", m.id())).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::FeedItem;
    use crate::text::Text;

    fn feed(items: &[&str]) -> FeedStep {
        let item = |id: &&str| FeedItem {
            id: (*id).to_owned(),
            kind: Default::default(),
            from: Text::new("Pet Game"),
            text: Text::new(format!("Item {id}")),
            icon: None,
            safe: vec![FeedMove::Ignore],
            risky: vec![FeedMove::Open],
            why: Text::new("Because."),
            flag: None,
        };
        FeedStep {
            app: Text::new("Pet Game"),
            owner: None,
            task: Text::new("What should you do?"),
            moves: vec![FeedMove::Ignore, FeedMove::Open],
            items: items.iter().map(item).collect(),
            next: None,
        }
    }

    #[test]
    fn a_feed_starts_with_its_first_item_there() {
        let f = feed(&["a", "b"]);
        let Draft::Feed(d) = Draft::for_mechanic(&Mechanic::Feed(f.clone())) else { panic!("a feed draft") };
        assert_eq!(d.arrived, 1);
        assert!(d.handled.is_empty() && !d.fast);
        assert_eq!(FeedDraft::new(&feed(&[])).arrived, 0, "an empty feed has nothing to show");
    }

    #[test]
    fn the_next_item_comes_when_every_arrived_one_is_dealt_with() {
        let f = feed(&["a", "b", "c"]);
        let mut d = FeedDraft::new(&f);
        d.handle(&f, "b", FeedMove::Ignore);
        assert!(d.handled.is_empty(), "an item that hasn't arrived can't be dealt with");
        d.handle(&f, "a", FeedMove::Report);
        assert!(d.handled.is_empty(), "a move the feed doesn't offer is ignored");
        d.handle(&f, "a", FeedMove::Ignore);
        assert_eq!(d.arrived, 2);
        d.handle(&f, "a", FeedMove::Open);
        assert_eq!(d.move_for("a"), Some(FeedMove::Ignore), "an item is dealt with once");
        d.arrive(&f);
        d.arrive(&f);
        assert_eq!(d.arrived, 3, "never more than the feed holds");
        d.handle(&f, "c", FeedMove::Open);
        d.handle(&f, "b", FeedMove::Ignore);
        assert!(d.done(&f));
        assert_eq!(d.picks(), ["a=ignore", "c=open", "b=ignore"]);
    }
}
