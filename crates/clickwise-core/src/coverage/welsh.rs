//! How much of each phase is in Welsh, and how easy that Welsh is to read: a row per phase
//! in `levelcheck --report` (and its JSON), for whoever is translating or reviewing.

use crate::model::{Level, Phase};
use crate::readability::welsh::{LONG_WORD_LETTERS, WelshCaps, WelshCounts, caps};
use crate::texts::{Reader, level_texts};
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct WelshRow {
    pub phase: Phase,
    pub levels: usize,
    /// Levels with Welsh for every text a pupil sees.
    pub levels_in_welsh: usize,
    pub pupil_texts: usize,
    pub texts_in_welsh: usize,
    /// Over the pupils' Welsh written so far (as the checker measures a level's).
    pub words_per_sentence: f32,
    pub long_word_percent: f32,
    pub longest_sentence: usize,
    pub caps: WelshCaps,
}

impl WelshRow {
    pub fn of(phase: Phase, levels: &[Level]) -> WelshRow {
        let mut row = WelshRow {
            phase,
            levels: 0,
            levels_in_welsh: 0,
            pupil_texts: 0,
            texts_in_welsh: 0,
            words_per_sentence: 0.0,
            long_word_percent: 0.0,
            longest_sentence: 0,
            caps: caps(phase),
        };
        let mut counts = WelshCounts::default();
        for level in levels.iter().filter(|l| l.phase == phase) {
            let texts: Vec<_> =
                level_texts(level).into_iter().filter(|e| e.reader == Reader::Pupil).collect();
            let welsh = texts.iter().filter(|e| e.text.cy.is_some()).count();
            row.levels += 1;
            row.levels_in_welsh += usize::from(welsh == texts.len());
            row.pupil_texts += texts.len();
            row.texts_in_welsh += welsh;
            for cy in texts.iter().filter(|e| e.graded).filter_map(|e| e.text.cy.as_deref()) {
                counts.add(WelshCounts::of(cy));
            }
        }
        row.words_per_sentence = (counts.words_per_sentence() * 10.0).round() / 10.0;
        row.long_word_percent = (counts.long_word_percent() * 10.0).round() / 10.0;
        row.longest_sentence = counts.longest_sentence;
        row
    }
}

pub fn rows(levels: &[Level]) -> Vec<WelshRow> {
    Phase::ALL.into_iter().map(|p| WelshRow::of(p, levels)).collect()
}

/// The rows as a plain-text table.
pub fn table(rows: &[WelshRow]) -> String {
    let mut out = format!(
        "Welsh (cy) per phase: levels with Welsh for every pupil text, texts with Welsh, and\nthe Welsh written so far (the checker's caps in brackets; long = more than {LONG_WORD_LETTERS} letters):\n"
    );
    out.push_str(&format!(
        "  {:<13} {:>9} {:>11} {:>16} {:>14} {:>16}\n",
        "phase", "levels", "texts", "words/sentence", "long words", "longest sentence"
    ));
    for r in rows {
        out.push_str(&format!(
            "  {:<13} {:>9} {:>11} {:>16} {:>14} {:>16}\n",
            r.phase.label(),
            format!("{}/{}", r.levels_in_welsh, r.levels),
            format!("{}/{}", r.texts_in_welsh, r.pupil_texts),
            format!("{:.1} (<= {:.0})", r.words_per_sentence, r.caps.words_per_sentence),
            format!("{:.1}% (<= {:.0}%)", r.long_word_percent, r.caps.long_word_percent),
            format!("{} (<= {})", r.longest_sentence, r.caps.sentence_words),
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const LEVEL: &str = r#"(
        id: "t", title: (en: "T", cy: "T"), phase: Ks1, topics: [Privacy], objective: "I can ask.",
        intro: (en: "Hi.", cy: "Helo. Sut wyt ti?"), icon: "popup", start: "a", help: "Tell a grown-up.",
        steps: [(id: "a", mechanic: Choice((message: "M", question: "Q", options: [])))],
    )"#;

    #[test]
    fn counts_levels_and_texts_in_welsh_per_phase() {
        let level: Level = crate::load::parse_ron(LEVEL, "t").unwrap();
        let mut full = level.clone();
        for text in [&mut full.objective, &mut full.help] {
            text.cy = Some("Gallaf.".into());
        }
        if let crate::model::Mechanic::Choice(c) = &mut full.steps[0].mechanic {
            c.message.cy = Some("Neges".into());
            c.question.cy = Some("Cwestiwn".into());
        }
        let rows = rows(&[level, full]);
        let ks1 = &rows[0];
        assert_eq!((ks1.levels, ks1.levels_in_welsh), (2, 1));
        // title, objective, intro, message, question, help: 6 each; 2 + 6 in Welsh.
        assert_eq!((ks1.texts_in_welsh, ks1.pupil_texts), (8, 12));
        assert_eq!(ks1.longest_sentence, 3);
        assert_eq!(rows[1].levels, 0);
        let table = table(&rows);
        assert!(table.contains("Ages 4 to 7"), "{table}");
        assert!(table.contains("1/2"), "{table}");
        assert!(table.contains("8/12"), "{table}");
    }
}
