//! How hard Welsh text is to read. Flesch–Kincaid is fitted to English (its syllable
//! weights, and English's share of short function words), so Welsh is held to three plain
//! measures instead, each capped per phase: the average sentence length over a level, the
//! share of long words, and the length of any one sentence. Sentences and words are split
//! as for the English grade.

use super::{sentences, words};
use crate::model::Phase;
use serde::Serialize;

/// A "long" Welsh word has more than this many letters, counted as Welsh counts them:
/// ch, dd, ff, ng, ll, ph, rh and th are one letter each. Letters, not syllables: a
/// syllable count by vowel groups is unreliable in Welsh (w and y are vowels, "wy" and
/// "aw" one sound). Ten letters or more is about four syllables ("canlyniadau",
/// "preifatrwydd", "hysbysebion"); everyday words the glossary asks for stay under
/// ("cyfrinair", "ymddiried", "gwybodaeth", "lawrlwytho").
pub const LONG_WORD_LETTERS: usize = 9;

/// The Welsh alphabet's two-character letters.
const DIGRAPHS: [&str; 8] = ["ch", "dd", "ff", "ng", "ll", "ph", "rh", "th"];

/// Letters in a word as the Welsh alphabet counts them ("ymddiried" 8). "ng" is taken as
/// one letter even where it is two ("Bangor"), which errs on the short side.
pub fn letters(word: &str) -> usize {
    let lower: String = word.to_lowercase().chars().filter(|c| c.is_alphabetic()).collect();
    let mut rest = lower.as_str();
    let mut n = 0;
    while let Some(c) = rest.chars().next() {
        let len = if DIGRAPHS.iter().any(|d| rest.starts_with(d)) { 2 } else { c.len_utf8() };
        rest = &rest[len..];
        n += 1;
    }
    n
}

/// Word, sentence and long-word counts of some Welsh text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct WelshCounts {
    pub words: usize,
    pub sentences: usize,
    pub long_words: usize,
    /// Words in the longest sentence.
    pub longest_sentence: usize,
}

impl WelshCounts {
    pub fn of(text: &str) -> WelshCounts {
        let mut c = WelshCounts::default();
        for sentence in sentences(text) {
            let n = words(sentence).count();
            c.sentences += 1;
            c.words += n;
            c.long_words += words(sentence).filter(|w| is_long(w)).count();
            c.longest_sentence = c.longest_sentence.max(n);
        }
        c
    }

    pub fn add(&mut self, other: WelshCounts) {
        self.words += other.words;
        self.sentences += other.sentences;
        self.long_words += other.long_words;
        self.longest_sentence = self.longest_sentence.max(other.longest_sentence);
    }

    pub fn words_per_sentence(&self) -> f32 {
        if self.sentences == 0 { 0.0 } else { self.words as f32 / self.sentences as f32 }
    }

    /// Long words as a percentage of all words.
    pub fn long_word_percent(&self) -> f32 {
        if self.words == 0 { 0.0 } else { 100.0 * self.long_words as f32 / self.words as f32 }
    }
}

/// Whether `word` counts as long. A `{role}` placeholder is a short name.
pub fn is_long(word: &str) -> bool {
    !word.starts_with('{') && letters(word) > LONG_WORD_LETTERS
}

/// The most a phase's Welsh may have.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct WelshCaps {
    /// Average words per sentence over all of a level's pupil text.
    pub words_per_sentence: f32,
    /// Percentage of words that are long.
    pub long_word_percent: f32,
    /// Words in any one sentence.
    pub sentence_words: usize,
}

/// The caps come from what the English cap (`max_grade`: 2, 4, 6) allows, carried over
/// to Welsh, which takes about 1.2 words for each English word (measured on the levels
/// translated so far: 1.15 for ages 4 to 7, 1.19 for 7 to 9 and for 9 to 11).
///
/// - Average sentence: at the phase's usual English word length (1.17, 1.26 and 1.29
///   syllables a word), the grade cap is reached at 9.6, 12.2 and 16.5 words a sentence;
///   times 1.2 is 11, 14 and 19 (rounded down). Honest Welsh averages 6 to 9.
/// - Long words: the grade's syllable term has room for 0.14, 0.19 and 0.33 more syllables
///   a word above the phase's usual English; a long word brings about 2.8 more than an
///   ordinary one, so at most 5%, 7% and 11% of words. Honest Welsh has at most 2%, 4.3%
///   and 3.8% (a level about volcanoes says "canlyniadau" and "llosgfynyddoedd" often).
/// - One sentence: the longest English sentences (22, 24 and 23 words) are help lines, and
///   they grow most in Welsh: "trusted adult" is five words, "oedolyn rwyt ti'n ymddiried
///   ynddo" (the longest so far is 1.42 times its English). 1.5 times the English, and
///   never less than the younger phase, gives 33, 36 and 36: a run-on paragraph fails.
pub fn caps(phase: Phase) -> WelshCaps {
    match phase {
        Phase::Ks1 => WelshCaps { words_per_sentence: 11.0, long_word_percent: 5.0, sentence_words: 33 },
        Phase::LowerKs2 => WelshCaps { words_per_sentence: 14.0, long_word_percent: 7.0, sentence_words: 36 },
        Phase::UpperKs2 => {
            WelshCaps { words_per_sentence: 19.0, long_word_percent: 11.0, sentence_words: 36 }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_words_are_counted_by_welsh_letters() {
        assert_eq!(letters("ymddiried"), 8);
        assert_eq!(letters("Llosgfynydd"), 9);
        assert_eq!(letters("ti'n"), 3);
        assert_eq!(letters("â"), 1);
        assert!(!is_long("cyfrinair"));
        assert!(!is_long("gwybodaeth"));
        assert!(is_long("canlyniadau"));
        assert!(is_long("preifatrwydd"));
        assert!(!is_long("{grandparent}"));
    }

    #[test]
    fn counts_sentences_words_and_the_longest_sentence() {
        let c = WelshCounts::of("Stopia. Dyweda wrth oedolyn rwyt ti'n ymddiried ynddo! Hysbysebion ffug?");
        assert_eq!((c.sentences, c.words, c.long_words, c.longest_sentence), (3, 10, 1, 7));
        assert!((c.words_per_sentence() - 10.0 / 3.0).abs() < 1e-6);
        assert!((c.long_word_percent() - 10.0).abs() < 1e-4);
    }

    #[test]
    fn older_phases_allow_as_much_or_more() {
        let (a, b, c) = (caps(Phase::Ks1), caps(Phase::LowerKs2), caps(Phase::UpperKs2));
        assert!(a.sentence_words < b.sentence_words && b.sentence_words <= c.sentence_words);
        assert!(a.words_per_sentence < b.words_per_sentence && b.words_per_sentence < c.words_per_sentence);
        assert!(a.long_word_percent < b.long_word_percent && b.long_word_percent < c.long_word_percent);
    }
}
