//! Every piece of translatable text in a level or a world, each with what it is ("step
//! `ask` answer `click` why") and who reads it. The Welsh checks and the Welsh report walk
//! this list, so a text added to the model is checked once it is added here.

use crate::model::*;
use crate::text::Text;
use crate::world::PhaseWorld;

/// Who reads a text: each group is translated as a whole, or not at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reader {
    /// On the pupil's screen (the objective too: the game shows it as "What it teaches").
    Pupil,
    /// The teacher's notes, on the teachers' pages.
    Teacher,
    /// A flag's note, on the class dashboard's "Needs a word" panel.
    Dashboard,
}

/// One text and where it sits.
#[derive(Debug, Clone)]
pub struct Entry<'a> {
    pub text: &'a Text,
    /// What it is, as an author would look for it: "title", "step `ask` answer `click` why".
    pub what: String,
    pub reader: Reader,
    /// The step it belongs to, so its place in the source is looked for from there.
    pub step: Option<&'a str>,
    /// Counted in the readability figures: pupil text other than the objective, as for the
    /// English grade.
    pub graded: bool,
}

/// Collects entries, with the step and the prefix of the part being walked.
struct Walk<'a> {
    out: Vec<Entry<'a>>,
    step: Option<&'a str>,
}

impl<'a> Walk<'a> {
    fn add(&mut self, what: String, text: &'a Text) {
        let graded = what != "objective";
        self.out.push(Entry { text, what, reader: Reader::Pupil, step: self.step, graded });
    }

    fn teacher(&mut self, what: String, text: &'a Text) {
        self.out.push(Entry { text, what, reader: Reader::Teacher, step: self.step, graded: false });
    }

    fn flag(&mut self, what: &str, flag: Option<&'a Flag>) {
        if let Some(text) = flag {
            let what = format!("{what} flag");
            self.out.push(Entry { text, what, reader: Reader::Dashboard, step: self.step, graded: false });
        }
    }

    fn consequence(&mut self, what: &str, c: Option<&'a Consequence>) {
        let Some(c) = c else { return };
        for (i, beat) in c.beats.iter().enumerate() {
            self.add(format!("{what} consequence beat {}", i + 1), &beat.text);
        }
        self.add(format!("{what} consequence then"), &c.then);
    }

    fn answers(&mut self, at: &str, kind: &str, options: &'a [AnswerOption]) {
        for o in options {
            let what = format!("{at} {kind} `{}`", o.id);
            self.add(format!("{what} text"), &o.text);
            self.add(format!("{what} why"), &o.why);
            self.consequence(&what, o.consequence.as_ref());
            self.flag(&what, o.flag.as_ref());
        }
    }

    fn mechanic(&mut self, at: &str, m: &'a Mechanic) {
        match m {
            Mechanic::Choice(c) => {
                self.add(format!("{at} message"), &c.message);
                self.add(format!("{at} question"), &c.question);
                self.answers(at, "answer", &c.options);
            }
            Mechanic::SpotClues(s) => {
                self.add(format!("{at} task"), &s.task);
                for p in &s.parts {
                    let what = format!("{at} part `{}`", p.id);
                    self.add(format!("{what} text"), &p.text);
                    if let Some(clue) = &p.clue {
                        self.add(format!("{what} clue"), clue);
                    }
                    self.flag(&what, p.flag.as_ref());
                }
                self.add(format!("{at} question"), &s.question);
                self.answers(at, "decision", &s.decisions);
            }
            Mechanic::Chat(c) => {
                for t in &c.turns {
                    for (i, says) in t.says.iter().enumerate() {
                        self.add(format!("{at} turn `{}` says {}", t.id, i + 1), says);
                    }
                    for r in &t.replies {
                        let what = format!("{at} turn `{}` reply `{}`", t.id, r.id);
                        self.add(format!("{what} text"), &r.text);
                        self.add(format!("{what} why"), &r.why);
                        self.flag(&what, r.flag.as_ref());
                    }
                }
            }
            Mechanic::Settings(s) => {
                self.add(format!("{at} app"), &s.app);
                self.add(format!("{at} task"), &s.task);
                for setting in &s.settings {
                    let what = format!("{at} setting `{}`", setting.id);
                    self.add(format!("{what} label"), &setting.label);
                    for o in &setting.options {
                        let what = format!("{what} option `{}`", o.id);
                        self.add(format!("{what} text"), &o.text);
                        self.add(format!("{what} effect"), &o.effect);
                        self.flag(&what, o.flag.as_ref());
                    }
                    self.add(format!("{what} why"), &setting.why);
                }
            }
            Mechanic::Sort(s) => {
                self.add(format!("{at} task"), &s.task);
                for b in &s.bins {
                    self.add(format!("{at} bin `{}` text", b.id), &b.text);
                }
                for c in &s.cards {
                    let what = format!("{at} card `{}`", c.id);
                    self.add(format!("{what} text"), &c.text);
                    self.add(format!("{what} why"), &c.why);
                    self.flag(&what, c.flag.as_ref().map(|f| &f.note));
                }
            }
            Mechanic::Report(r) => {
                self.add(format!("{at} situation"), &r.situation);
                for q in &r.questions {
                    let what = format!("{at} question `{}`", q.id);
                    self.add(format!("{what} question"), &q.question);
                    for a in &q.answers {
                        let what = format!("{what} answer `{}`", a.id);
                        self.add(format!("{what} text"), &a.text);
                        self.add(format!("{what} why"), &a.why);
                        self.flag(&what, a.flag.as_ref());
                    }
                }
            }
            Mechanic::Feed(f) => {
                self.add(format!("{at} app"), &f.app);
                self.add(format!("{at} task"), &f.task);
                for item in &f.items {
                    let what = format!("{at} item `{}`", item.id);
                    self.add(format!("{what} from"), &item.from);
                    self.add(format!("{what} text"), &item.text);
                    self.add(format!("{what} why"), &item.why);
                    self.flag(&what, item.flag.as_ref());
                }
            }
        }
    }
}

/// Every text in `level`, in the order of the model: the header, each step (its versions,
/// hint and scene), then the teacher's notes.
pub fn level_texts(level: &Level) -> Vec<Entry<'_>> {
    let mut w = Walk { out: Vec::new(), step: None };
    w.add("title".into(), &level.title);
    w.add("objective".into(), &level.objective);
    w.add("intro".into(), &level.intro);
    for step in &level.steps {
        w.step = Some(&step.id);
        for (i, m) in step.versions().enumerate() {
            let at = if i == 0 {
                format!("step `{}`", step.id)
            } else {
                format!("step `{}` variant {i}", step.id)
            };
            w.mechanic(&at, m);
        }
        if let Some(hint) = &step.hint {
            w.add(format!("step `{}` hint", step.id), hint);
        }
        w.consequence(&format!("step `{}`", step.id), step.consequence.as_ref());
    }
    w.step = None;
    w.add("help".into(), &level.help);
    if let Some(notes) = &level.teacher_notes {
        for (i, t) in notes.discussion.iter().enumerate() {
            w.teacher(format!("teacher_notes discussion {}", i + 1), t);
        }
        for (i, t) in notes.watch_for.iter().enumerate() {
            w.teacher(format!("teacher_notes watch_for {}", i + 1), t);
        }
        w.teacher("teacher_notes safeguarding".into(), &notes.safeguarding);
    }
    w.out
}

/// Every text in a phase's world file: its name, who's who, the places and the badges
/// (all on the pupil's map; a cast member's own name is a name, not text).
pub fn world_texts(world: &PhaseWorld) -> Vec<Entry<'_>> {
    let mut w = Walk { out: Vec::new(), step: None };
    w.add("name".into(), &world.name);
    for m in &world.cast {
        w.add(format!("cast `{}` about", m.id), &m.about);
    }
    for p in &world.places {
        w.add(format!("place `{}` name", p.id), &p.name);
    }
    for b in &world.badges {
        w.add(format!("badge `{}` name", b.strand), &b.name);
        w.add(format!("badge `{}` can", b.strand), &b.can);
    }
    w.out
}

#[cfg(test)]
mod tests {
    use super::*;

    const LEVEL: &str = r#"(
        id: "t", title: "T", phase: Ks1, topics: [Privacy], objective: "I can ask.",
        intro: "Hi.", icon: "popup", start: "a", help: "Tell a grown-up.",
        teacher_notes: (discussion: ["Why?"], watch_for: ["Clicks."], safeguarding: "Tell the DSL."),
        steps: [(id: "a", hint: "Look.", mechanic: Choice((message: "M", question: "Q", options: [
            (id: "ok", text: "Ask", outcome: Safe, points: 1, why: "Good."),
            (id: "no", text: "Click", outcome: Risky, points: 0, why: "Tricks.", flag: Some("Clicked"),
                consequence: Some((beats: [(picture: "popup", text: "Pop.")], then: "Stop."))),
        ])), variants: [Choice((message: "M2", question: "Q2", options: []))])],
    )"#;

    #[test]
    fn every_text_is_listed_once_with_its_reader() {
        let level: Level = crate::load::parse_ron(LEVEL, "t").unwrap();
        let texts = level_texts(&level);
        let whats: Vec<&str> = texts.iter().map(|e| e.what.as_str()).collect();
        for what in [
            "title",
            "objective",
            "step `a` message",
            "step `a` answer `no` why",
            "step `a` answer `no` consequence beat 1",
            "step `a` answer `no` consequence then",
            "step `a` variant 1 question",
            "step `a` hint",
            "help",
            "teacher_notes safeguarding",
        ] {
            assert!(whats.contains(&what), "{what} missing from {whats:?}");
        }
        // title, objective, intro, 2 + 2×2 answers, 2 scene texts, 2 variant texts, hint, help
        assert_eq!(texts.iter().filter(|e| e.reader == Reader::Pupil).count(), 15);
        assert_eq!(texts.iter().filter(|e| e.reader == Reader::Teacher).count(), 3);
        let flag = texts.iter().find(|e| e.reader == Reader::Dashboard).unwrap();
        assert_eq!(flag.what, "step `a` answer `no` flag");
        assert!(!texts.iter().find(|e| e.what == "objective").unwrap().graded);
        assert_eq!(texts.iter().find(|e| e.what == "step `a` hint").unwrap().step, Some("a"));
    }
}
