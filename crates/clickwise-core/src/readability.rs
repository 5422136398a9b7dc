//! How hard a level's words are to read: a Flesch–Kincaid grade from word, sentence and
//! syllable counts. Rough, as every such formula is, but good enough to catch a sentence
//! that is far too long or too wordy for the age group. Capped per phase by the checker.

use crate::model::{Level, Phase};

pub mod welsh;

/// Word, sentence and syllable counts of some text.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Counts {
    pub words: usize,
    pub sentences: usize,
    pub syllables: usize,
}

impl Counts {
    /// Counts one piece of text: a message, an answer, a why. A text without a full stop
    /// (an answer button) is one sentence.
    pub fn of(text: &str) -> Counts {
        let mut c = Counts::default();
        for sentence in sentences(text) {
            c.sentences += 1;
            for word in words(sentence) {
                c.words += 1;
                c.syllables += syllables(word);
            }
        }
        c
    }

    pub fn add(&mut self, other: Counts) {
        self.words += other.words;
        self.sentences += other.sentences;
        self.syllables += other.syllables;
    }

    /// The Flesch–Kincaid grade level (US school grade; UK year ≈ grade + 1).
    pub fn grade(&self) -> f32 {
        if self.words == 0 || self.sentences == 0 {
            return 0.0;
        }
        0.39 * self.words as f32 / self.sentences as f32 + 11.8 * self.syllables as f32 / self.words as f32
            - 15.59
    }
}

/// The sentences of a text, split at full stops, exclamation and question marks (in any
/// language the game shows).
pub fn sentences(text: &str) -> impl Iterator<Item = &str> {
    text.split(['.', '!', '?']).filter(|s| s.chars().any(char::is_alphanumeric))
}

/// The words of a sentence: "grown-up" is one word, "yes/no" two.
pub fn words(sentence: &str) -> impl Iterator<Item = &str> {
    sentence
        .split(|ch: char| ch.is_whitespace() || ch == '/')
        .filter(|w| w.chars().any(char::is_alphanumeric))
}

/// Syllables in one word, by counting vowel groups: "grown-up" 2, "password" 2, "Childline"
/// 2 (a silent final e is not counted). A `{role}` placeholder is a short name: 1.
pub fn syllables(word: &str) -> usize {
    if word.starts_with('{') {
        return 1;
    }
    let lower: Vec<char> = word.to_lowercase().chars().filter(|c| c.is_alphabetic()).collect();
    if lower.is_empty() {
        // A number or a symbol: read as one or two syllables; count one per digit group.
        return 1;
    }
    let vowel = |c: char| "aeiouy".contains(c);
    let mut count = 0;
    let mut previous = false;
    for &c in &lower {
        let v = vowel(c);
        if v && !previous {
            count += 1;
        }
        previous = v;
    }
    let n = lower.len();
    // A silent final e ("make", "line"), but not "le" after a consonant ("little") or "ee".
    let consonant_le = n > 2 && lower[n - 2] == 'l' && !vowel(lower[n - 3]);
    if n > 2 && lower[n - 1] == 'e' && !vowel(lower[n - 2]) && !consonant_le {
        count -= 1;
    }
    count.max(1)
}

/// The highest grade allowed for each phase's pupil-facing text.
pub fn max_grade(phase: Phase) -> f32 {
    match phase {
        Phase::Ks1 => 2.0,
        Phase::LowerKs2 => 4.0,
        Phase::UpperKs2 => 6.0,
    }
}

/// Every piece of English text a pupil sees in a level (not the teacher's notes or the
/// objective, which are for adults).
pub fn pupil_texts(level: &Level) -> Vec<String> {
    let Ok(source) = ron::to_string(level) else { return Vec::new() };
    let Ok(value) = ron::from_str::<ron::Value>(&source) else { return Vec::new() };
    let mut out = Vec::new();
    collect(&value, None, &mut out);
    out
}

fn collect(value: &ron::Value, key: Option<&str>, out: &mut Vec<String>) {
    match value {
        ron::Value::String(s) if key == Some("en") => out.push(s.clone()),
        ron::Value::Map(map) => {
            for (k, v) in map.iter() {
                let k = match k {
                    ron::Value::String(s) => s.as_str(),
                    _ => "",
                };
                if !matches!(k, "objective" | "teacher_notes") {
                    collect(v, Some(k), out);
                }
            }
        }
        ron::Value::Seq(items) => items.iter().for_each(|v| collect(v, key, out)),
        ron::Value::Option(Some(v)) => collect(v, key, out),
        _ => {}
    }
}

/// The grade of all of a level's pupil-facing text together.
pub fn level_grade(level: &Level) -> f32 {
    let mut total = Counts::default();
    for text in pupil_texts(level) {
        total.add(Counts::of(&text));
    }
    total.grade()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syllables_are_counted_by_vowel_groups() {
        for (word, n) in [
            ("stop", 1),
            ("grown-up", 2),
            ("password", 2),
            ("little", 2),
            ("make", 1),
            ("Childline", 2),
            ("information", 4),
            ("{child}", 1),
            ("free", 1),
        ] {
            assert_eq!(syllables(word), n, "{word}");
        }
    }

    #[test]
    fn short_plain_sentences_grade_low_and_long_wordy_ones_high() {
        let easy = Counts::of("Stop. Ask a grown-up. It is a trick.");
        let hard = Counts::of(
            "Unsolicited communications requesting authentication credentials constitute a significant organisational vulnerability.",
        );
        assert!(easy.grade() < 1.0, "{}", easy.grade());
        assert!(hard.grade() > 12.0, "{}", hard.grade());
    }
}
