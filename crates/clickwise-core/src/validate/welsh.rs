//! Welsh. A file that has Welsh for some of a reader's texts has it for all of them (a
//! pupil playing in Welsh must not meet English mid-level); each translation keeps the
//! English's `{placeholders}`, is neither empty nor a copy of the English, and reads as
//! easily as the phase allows (`readability::welsh`). A file with no Welsh yet is fine:
//! the game shows the English.

use crate::error::Problem;
use crate::locate::{find_from, line_col, step_offset};
use crate::model::Phase;
use crate::readability::welsh::{WelshCounts, caps};
use crate::text::Text;
use crate::texts::{Entry, Reader};
use std::collections::HashMap;

/// Words that make a character's name a family word or a title ("Mum", "Grandad Joe"),
/// which a Welsh sentence says in Welsh ("Mam", "Tad-cu Joe"). Mr, Mrs, Ms and Miss are
/// said in Welsh schools too, so they are not here.
const FAMILY_WORDS: &[&str] = &[
    "Mum", "Mummy", "Mom", "Dad", "Daddy", "Gran", "Granny", "Grandma", "Grandad", "Grandpa", "Nan", "Nana",
    "Nanny", "Auntie", "Aunty", "Aunt", "Uncle", "Teacher", "Sir",
];

/// Whether `name` is (or starts with) a family word or title: see [`FAMILY_WORDS`].
pub fn is_family_name(name: &str) -> bool {
    name.split([' ', '-']).next().is_some_and(|first| FAMILY_WORDS.contains(&first))
}

/// An entry and the byte offset of its English in the source.
pub struct Placed<'a> {
    pub entry: Entry<'a>,
    pub at: usize,
}

/// Finds each entry's English literal: from its step, after the texts already found there
/// (a variant repeats its step's words), else anywhere in the step, else anywhere.
pub fn place<'a>(entries: Vec<Entry<'a>>, source: &str) -> Vec<Placed<'a>> {
    let mut cursors: HashMap<Option<&str>, usize> = HashMap::new();
    entries
        .into_iter()
        .map(|entry| {
            let base = entry.step.map_or(0, |id| step_offset(source, id));
            let cursor = cursors.get(&entry.step).copied().unwrap_or(base);
            let needle = literal_start(&entry.text.en);
            let at = [cursor, base, 0]
                .into_iter()
                .find_map(|from| source.get(from..)?.find(&needle).map(|i| from + i))
                .unwrap_or(base);
            cursors.insert(entry.step, at + 1);
            Placed { entry, at }
        })
        .collect()
}

/// How a text's literal starts in RON: a quote and its first characters, up to anything an
/// author might have escaped.
fn literal_start(en: &str) -> String {
    let plain: String =
        en.chars().take_while(|c| !matches!(c, '"' | '\\') && !c.is_control()).take(40).collect();
    format!("\"{plain}")
}

/// The checks, collecting problems for one file.
pub struct WelshCheck<'s> {
    pub source: &'s str,
    pub file: &'s str,
    pub problems: Vec<Problem>,
}

impl WelshCheck<'_> {
    fn at(&mut self, offset: usize, message: String) {
        let (line, col) = line_col(self.source, offset);
        self.problems.push(Problem::new(self.file, line, col, message));
    }

    /// Where an entry's Welsh is written (its `cy:`), for problems with the Welsh itself.
    fn cy_at(&self, p: &Placed) -> usize {
        find_from(self.source, p.at, "cy:")
    }

    /// A reader's texts are all in Welsh, or none: `whose` names the file ("this level").
    pub fn missing(&mut self, placed: &[Placed], whose: &str) {
        for reader in [Reader::Pupil, Reader::Teacher, Reader::Dashboard] {
            let group: Vec<&Placed> = placed.iter().filter(|p| p.entry.reader == reader).collect();
            if !group.iter().any(|p| p.entry.text.cy.is_some()) {
                continue;
            }
            for p in group.into_iter().filter(|p| p.entry.text.cy.is_none()) {
                let why = match reader {
                    Reader::Pupil => format!("{whose} has Welsh, so every text pupils see needs it"),
                    Reader::Teacher => "some teacher notes here have Welsh, so all of them need it".into(),
                    Reader::Dashboard => "some flags here have Welsh, so all of them need it".into(),
                };
                self.at(p.at, format!("{} has no Welsh (`cy`): {why}", p.entry.what));
            }
        }
    }

    /// One translation: not empty, not the English, the same placeholders, and (in the
    /// pupils' graded text) no sentence longer than the phase allows.
    pub fn each(&mut self, p: &Placed, phase: Phase) {
        let Some(cy) = &p.entry.text.cy else { return };
        let (en, what, at) = (&p.entry.text.en, &p.entry.what, self.cy_at(p));
        if cy.trim().is_empty() {
            self.at(at, format!("{what}: the Welsh (`cy`) is empty"));
            return;
        }
        // Names, numbers and addresses can rightly be the same ("Pip", "1 2 3 4", "Prize
        // Team <win@prize.example>"); more than three ordinary words is a sentence left in English.
        if cy.trim() == en.trim() && ordinary_words(en) > 3 {
            self.at(at, format!("{what}: the Welsh is the English word for word; translate it"));
        }
        let (mut want, mut got) = (super::placeholder_names(en), super::placeholder_names(cy));
        want.sort_unstable();
        got.sort_unstable();
        if want != got {
            self.at(
                at,
                format!(
                    "{what}: the Welsh has {} where the English has {}; keep each `{{name}}` as the English writes it",
                    list(&got),
                    list(&want)
                ),
            );
        }
        let cap = caps(phase).sentence_words;
        let longest = WelshCounts::of(cy).longest_sentence;
        if p.entry.graded && longest > cap {
            self.at(
                at,
                format!(
                    "{what}: a Welsh sentence has {longest} words; {} allows {cap} (split it)",
                    phase.label().to_lowercase()
                ),
            );
        }
    }

    /// One character's names, found from `from` in the source: in a file with Welsh, a family
    /// word or title ("Mum") needs its Welsh form, and once one of a role's names has Welsh,
    /// all of them do (a pupil playing in Welsh meets whichever is picked).
    pub fn names(&mut self, role: &str, names: &[Text], from: usize, whose: &str) {
        let some_welsh = names.iter().any(|n| n.cy.is_some());
        for name in names {
            let at = find_from(self.source, from, &format!("\"{}\"", name.en));
            match &name.cy {
                Some(cy) if cy.trim().is_empty() => {
                    let cy_at = find_from(self.source, at, "cy:");
                    self.at(cy_at, format!("cast `{role}` name `{}`: the Welsh (`cy`) is empty", name.en));
                }
                None if some_welsh || is_family_name(&name.en) => self.at(
                    at,
                    format!(
                        "cast `{role}` name `{}` has no Welsh (`cy`): {whose} has Welsh, so every text pupils see needs it; write (en: \"{}\", cy: \"…\")",
                        name.en, name.en
                    ),
                ),
                _ => {}
            }
        }
    }

    /// All of a level's pupil Welsh together: average sentence length and long words.
    pub fn averages(&mut self, placed: &[Placed], phase: Phase) {
        let mut total = WelshCounts::default();
        for p in placed.iter().filter(|p| p.entry.graded) {
            if let Some(cy) = &p.entry.text.cy {
                total.add(WelshCounts::of(cy));
            }
        }
        let (cap, ages) = (caps(phase), phase.label().to_lowercase());
        let at = placed.iter().find(|p| p.entry.what == "intro").map_or(0, |p| p.at);
        let wps = total.words_per_sentence();
        if wps > cap.words_per_sentence {
            let msg = format!(
                "the pupils' Welsh averages {wps:.1} words a sentence; {ages} allows {:.0} (use shorter sentences)",
                cap.words_per_sentence
            );
            self.at(at, msg);
        }
        let long = total.long_word_percent();
        if long > cap.long_word_percent {
            let msg = format!(
                "{long:.1}% of the pupils' Welsh words have more than {} letters; {ages} allows {:.0}% (use shorter, everyday words)",
                crate::readability::welsh::LONG_WORD_LETTERS,
                cap.long_word_percent
            );
            self.at(at, msg);
        }
    }
}

/// Words that start with a lowercase letter: not a name, a number or an address.
fn ordinary_words(s: &str) -> usize {
    s.split_whitespace().filter(|w| w.chars().next().is_some_and(char::is_lowercase)).count()
}

/// `{a}, {b}`, or "none".
fn list(names: &[&str]) -> String {
    if names.is_empty() {
        return "none".into();
    }
    names.iter().map(|n| format!("{{{n}}}")).collect::<Vec<_>>().join(", ")
}

/// Every Welsh problem in one file's texts, all of one phase. `whose` names the file in
/// messages ("this level"); `averages` adds the whole-text readability caps (a level's
/// pupil text; a world file is names and one-liners).
pub fn check(
    entries: Vec<Entry>,
    source: &str,
    file: &str,
    phase: Phase,
    whose: &str,
    averages: bool,
) -> Vec<Problem> {
    let placed = place(entries, source);
    let mut c = WelshCheck { source, file, problems: Vec::new() };
    c.missing(&placed, whose);
    for p in &placed {
        c.each(p, phase);
    }
    if averages && declares(&placed) {
        c.averages(&placed, phase);
    }
    c.problems
}

/// Whether a file's pupil texts have Welsh.
fn declares(placed: &[Placed]) -> bool {
    placed.iter().any(|p| p.entry.reader == Reader::Pupil && p.entry.text.cy.is_some())
}

/// The names of a file's characters, each `(role or id, names, where its entry starts)`,
/// checked as [`WelshCheck::names`] says when the file's pupil texts have Welsh.
pub fn check_names<'a>(
    entries: &[Entry],
    cast: impl IntoIterator<Item = (&'a str, &'a [Text], usize)>,
    source: &str,
    file: &str,
    whose: &str,
) -> Vec<Problem> {
    let welsh = entries.iter().any(|e| e.reader == Reader::Pupil && e.text.cy.is_some());
    let mut c = WelshCheck { source, file, problems: Vec::new() };
    if welsh {
        for (role, names, from) in cast {
            c.names(role, names, from, whose);
        }
    }
    c.problems
}

impl super::Validator<'_> {
    pub(super) fn welsh(&mut self) {
        let texts = crate::texts::level_texts(self.level);
        let cast = self.level.cast.iter().map(|r| {
            let from = find_from(self.source, 0, &format!("role: \"{}\"", r.role));
            (r.role.as_str(), r.names.as_slice(), from)
        });
        let names = check_names(&texts, cast, self.source, self.file, "this level");
        let found = check(texts, self.source, self.file, self.level.phase, "this level", true);
        self.problems.extend(found);
        self.problems.extend(names);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Problems;
    use crate::load::load_level;
    use crate::text::Text;
    use crate::validate::AnyAssets;

    /// A small level, all in Welsh, that passes every rule.
    const WELSH: &str = r#"(
    id: "welsh-test",
    title: (en: "The prize", cy: "Y wobr"),
    phase: LowerKs2,
    topics: [StopThinkClick],
    objective: (en: "I can ask for help.", cy: "Gallaf ofyn am help."),
    teacher_notes: (
        discussion: ["Who could you ask?"],
        watch_for: ["Pupils who would click."],
        safeguarding: "Pass any concern to your Designated Safeguarding Lead.",
    ),
    intro: (en: "{friend} gets a message.", cy: "Mae {friend} yn cael neges."),
    icon: "popup",
    cast: [(role: "friend", avatars: ["fox"])],
    start: "ask",
    steps: [
        (
            id: "ask",
            mechanic: Choice((
                from: "friend",
                message: (en: "You won a prize! Click now!", cy: "Rwyt ti wedi ennill gwobr! Clicia nawr!"),
                question: (en: "What should {friend} do?", cy: "Beth ddylai {friend} ei wneud?"),
                options: [
                    (id: "tell", text: (en: "Tell an adult", cy: "Dweud wrth oedolyn"), outcome: Safe, points: 3,
                        why: (en: "An adult can check it.", cy: "Gall oedolyn ei wirio."), next: "sort"),
                    (id: "click", text: (en: "Click it", cy: "Clicio arno"), outcome: Risky, points: 0,
                        why: (en: "Prizes can be tricks.", cy: "Gall gwobrau fod yn dric."),
                        consequence: Some((beats: [(picture: "popup", count: 3, text: (en: "More pop-ups appear.", cy: "Mae mwy o ffenestri naid yn dod."))],
                            then: (en: "{friend} stops and tells an adult.", cy: "Mae {friend} yn stopio ac yn dweud wrth oedolyn.")))),
                ],
            )),
        ),
        (
            id: "sort",
            mechanic: Sort((
                task: (en: "Which are tricks?", cy: "Pa rai sy'n driciau?"),
                bins: [(id: "trick", text: (en: "A trick", cy: "Tric")), (id: "fine", text: (en: "Fine", cy: "Iawn"))],
                cards: [
                    (id: "prize", text: (en: "You won a prize!", cy: "Rwyt ti wedi ennill gwobr!"), bin: "trick",
                        why: (en: "Surprise prizes are a trick.", cy: "Tric yw gwobr annisgwyl.")),
                    (id: "homework", text: (en: "Homework is due", cy: "Mae'r gwaith cartref i fod i mewn"), bin: "fine",
                        why: (en: "This is an ordinary message.", cy: "Neges gyffredin yw hon.")),
                ],
            )),
        ),
    ],
    help: (en: "If something worries you, tell an adult you trust.", cy: "Os oes rhywbeth yn dy boeni di, dyweda wrth oedolyn rwyt ti'n ymddiried ynddo."),
)"#;

    fn welsh_problems(from: &str, to: &str) -> Vec<String> {
        assert!(WELSH.contains(from), "test bug: `{from}` not in the level");
        let source = WELSH.replacen(from, to, 1);
        match load_level(&source, "cy.level.ron", &AnyAssets) {
            Ok(_) => Vec::new(),
            Err(Problems(ps)) => ps.into_iter().map(|p| p.to_string()).collect(),
        }
    }

    fn line_of(source: &str, needle: &str) -> usize {
        source.lines().position(|l| l.contains(needle)).expect("needle present") + 1
    }

    #[test]
    fn a_level_all_in_welsh_passes() {
        assert_eq!(welsh_problems("", ""), Vec::<String>::new());
    }

    #[test]
    fn a_level_with_no_welsh_at_all_passes() {
        let english = english_only(WELSH);
        assert!(!english.contains("cy:"));
        let level = load_level(&english, "en.level.ron", &AnyAssets);
        assert!(level.is_ok(), "{:?}", level.err());
    }

    /// `source` with every `, cy: "…"` taken out, leaving `(en: "…")`: English only.
    fn english_only(source: &str) -> String {
        let mut english = String::new();
        let mut rest = source;
        while let Some(i) = rest.find(", cy: \"") {
            english.push_str(&rest[..i]);
            let after = &rest[i + 7..];
            rest = &after[after.find('"').unwrap() + 1..];
        }
        english.push_str(rest);
        english
    }

    #[test]
    fn a_missing_translation_is_reported_at_its_english() {
        let p = welsh_problems(
            r#"why: (en: "Prizes can be tricks.", cy: "Gall gwobrau fod yn dric."),"#,
            r#"why: "Prizes can be tricks.","#,
        );
        let line = line_of(WELSH, "why: (en: \"Prizes can be tricks.\"");
        let want = format!(
            "cy.level.ron:{line}:30: step `ask` answer `click` why has no Welsh (`cy`): this level has Welsh, so every text pupils see needs it"
        );
        assert_eq!(p, vec![want]);
    }

    #[test]
    fn teacher_notes_are_all_welsh_or_none_and_said_apart() {
        let p = welsh_problems(
            r#"watch_for: ["Pupils who would click."]"#,
            r#"watch_for: [(en: "Pupils who would click.", cy: "Disgyblion a fyddai'n clicio.")]"#,
        );
        assert_eq!(p.len(), 2, "{p:?}");
        assert!(
            p.iter().all(|m| m.contains("some teacher notes here have Welsh, so all of them need it")),
            "{p:?}"
        );
        assert!(p[0].contains("teacher_notes discussion 1") || p[1].contains("teacher_notes discussion 1"));
    }

    #[test]
    fn a_placeholder_lost_or_renamed_in_welsh_is_reported() {
        let p = welsh_problems(
            "cy: \"Beth ddylai {friend} ei wneud?\"",
            "cy: \"Beth ddylai {ffrind} ei wneud?\"",
        );
        assert!(p.iter().any(|m| m.contains("`{ffrind}` is not a cast role")), "{p:?}");
        assert!(
            p.iter()
                .any(|m| m
                    .contains("step `ask` question: the Welsh has {ffrind} where the English has {friend}")),
            "{p:?}"
        );
        // Said twice in the English, once in the Welsh: a multiset, not a set.
        let p = welsh_problems(
            r#"then: (en: "{friend} stops and tells an adult.", cy: "Mae {friend} yn stopio ac yn dweud wrth oedolyn.")"#,
            r#"then: (en: "{friend} stops. {friend} tells an adult.", cy: "Mae {friend} yn stopio ac yn dweud wrth oedolyn.")"#,
        );
        assert!(
            p.iter().any(|m| m.contains("the Welsh has {friend} where the English has {friend}, {friend}")),
            "{p:?}"
        );
    }

    #[test]
    fn an_empty_or_copied_translation_is_reported() {
        let p = welsh_problems("cy: \"Gall oedolyn ei wirio.\"", "cy: \"  \"");
        assert_eq!(p.len(), 1, "{p:?}");
        assert!(p[0].contains("step `ask` answer `tell` why: the Welsh (`cy`) is empty"), "{p:?}");
        let p = welsh_problems("cy: \"Gall oedolyn ei wirio.\"", "cy: \"An adult can check it.\"");
        assert!(
            p[0].contains("step `ask` answer `tell` why: the Welsh is the English word for word"),
            "{p:?}"
        );
        // A short label, a name or a number may be the same in both languages.
        assert!(welsh_problems("cy: \"Y wobr\"", "cy: \"The prize\"").is_empty());
        let same = r#"text: (en: "Tell Prize Team 1 2 3", cy: "Tell Prize Team 1 2 3")"#;
        assert!(welsh_problems(r#"text: (en: "Tell an adult", cy: "Dweud wrth oedolyn")"#, same).is_empty());
    }

    #[test]
    fn a_run_on_welsh_paragraph_is_reported() {
        let run_on = "Mae {friend} yn gweld neges ac mae'n meddwl ei bod hi'n wobr go iawn ac mae'n clicio arni ac wedyn mae mwy o negeseuon yn dod ac mae'n poeni ac yn meddwl beth i'w wneud nesaf ac yn aros";
        let p = welsh_problems("cy: \"Mae {friend} yn cael neges.\"", &format!("cy: \"{run_on}.\""));
        let line = line_of(WELSH, "intro:");
        let col = WELSH.lines().nth(line - 1).unwrap().find("cy:").unwrap() + 1;
        let want = format!(
            "cy.level.ron:{line}:{col}: intro: a Welsh sentence has 39 words; ages 7 to 9 allows 36 (split it)"
        );
        assert_eq!(p, vec![want]);
    }

    #[test]
    fn a_family_word_name_needs_its_welsh_in_a_welsh_level() {
        let cast = r#"cast: [(role: "friend", avatars: ["fox"])],"#;
        let with = |names: &str| {
            welsh_problems(cast, &format!(r#"cast: [(role: "friend", names: {names}, avatars: ["fox"])],"#))
        };
        let p = with(r#"["Mum", "Kai"]"#);
        let line = line_of(WELSH, "cast:");
        // The column of `"Mum"` on that line once the names are in.
        let col = "    cast: [(role: \"friend\", names: [".len() + 1;
        assert_eq!(
            p,
            vec![format!(
                "cy.level.ron:{line}:{col}: cast `friend` name `Mum` has no Welsh (`cy`): this level has Welsh, so every text pupils see needs it; write (en: \"Mum\", cy: \"…\")"
            )],
            "a personal name (Kai) needs none"
        );
        // Once one of a role's names has Welsh, every one does.
        let p = with(r#"[(en: "Mum", cy: "Mam"), "Grandad Joe", "Kai"]"#);
        assert_eq!(p.len(), 2, "{p:?}");
        assert!(
            p[0].contains("name `Grandad Joe` has no Welsh") && p[1].contains("name `Kai` has no Welsh"),
            "{p:?}"
        );
        assert!(
            with(r#"[(en: "Mum", cy: "Mam"), (en: "Dad", cy: "Dad"), (en: "Kai", cy: "Kai")]"#).is_empty()
        );
        let p = with(r#"[(en: "Mum", cy: " ")]"#);
        assert!(
            p.len() == 1 && p[0].contains("cast `friend` name `Mum`: the Welsh (`cy`) is empty"),
            "{p:?}"
        );
        // A level with no Welsh yet says "Mum" in English, as everything else.
        let english = english_only(&WELSH.replacen(
            cast,
            r#"cast: [(role: "friend", names: ["Mum"], avatars: ["fox"])],"#,
            1,
        ));
        assert!(!english.contains("cy:"));
        assert!(load_level(&english, "en.level.ron", &AnyAssets).is_ok());
    }

    #[test]
    fn a_world_with_some_welsh_needs_it_for_every_place_and_badge() {
        let source = r#"(
    phase: Ks1,
    name: (en: "Sunny Street", cy: "Stryd Heulog"),
    cast: [(id: "ava", name: "Ava", avatar: "girl", personality: Checks,
        about: (en: "Ava likes to stop and look.", cy: "Mae Ava yn hoffi stopio ac edrych.")),
        (id: "gran", name: "Gran", avatar: "grandma", personality: Kind,
        about: (en: "Gran listens.", cy: "Mae Mam-gu yn gwrando."))],
    places: [(id: "park", name: "The park", icon: "park", x: 50, y: 20, levels: [])],
    badges: [(strand: "pi", name: (en: "Private", cy: "Preifat"), icon: "lock",
        can: (en: "I can keep my things private.", cy: "I can keep my things private."))],
)"#;
        let world = crate::world::PhaseWorld::parse(source, "world-ks1.ron").unwrap();
        let found: Vec<String> = world
            .check(source, "world-ks1.ron", &[], &AnyAssets)
            .into_iter()
            .map(|p| p.to_string())
            .filter(|p| p.contains("Welsh"))
            .collect();
        assert_eq!(
            found,
            vec![
                "world-ks1.ron:6:28: cast `gran` name `Gran` has no Welsh (`cy`): this world has Welsh, so every text pupils see needs it; write (en: \"Gran\", cy: \"…\")",
                "world-ks1.ron:8:33: place `park` name has no Welsh (`cy`): this world has Welsh, so every text pupils see needs it",
                "world-ks1.ron:10:52: badge `pi` can: the Welsh is the English word for word; translate it",
            ]
        );
    }

    /// `n` pupil texts, each with `sentence` as its Welsh.
    fn texts(n: usize, sentence: &str) -> Vec<Text> {
        (0..n).map(|_| Text { en: "English.".into(), cy: Some(sentence.into()) }).collect()
    }

    fn averages_of(texts: &[Text]) -> Vec<String> {
        let entries = texts
            .iter()
            .map(|text| Entry { text, what: "text".into(), reader: Reader::Pupil, step: None, graded: true })
            .collect();
        check(entries, "", "a.level.ron", Phase::LowerKs2, "this level", true)
            .into_iter()
            .map(|p| p.message)
            .collect()
    }

    #[test]
    fn long_sentences_throughout_are_reported() {
        // 21 words each: under the 30-word cap for one sentence, over the 14 average.
        let twenty =
            "Mae Ava yn gweld neges ac yn meddwl bod y neges yn dod gan ffrind sydd yn chwarae yn y parc.";
        let p = averages_of(&texts(6, twenty));
        assert_eq!(
            p,
            vec![
                "the pupils' Welsh averages 21.0 words a sentence; ages 7 to 9 allows 14 (use shorter sentences)"
            ]
        );
        assert!(averages_of(&texts(6, "Mae Ava yn cael neges. Dyweda wrth oedolyn.")).is_empty());
    }

    #[test]
    fn long_words_throughout_are_reported() {
        let jargon = "Dyma weithdrefnau preifatrwydd a chyfrifoldebau hysbysiadau.";
        let p = averages_of(&texts(3, jargon));
        assert_eq!(
            p,
            vec![
                "66.7% of the pupils' Welsh words have more than 9 letters; ages 7 to 9 allows 7% (use shorter, everyday words)"
            ]
        );
    }
}
