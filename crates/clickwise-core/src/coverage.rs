//! What the levels cover: strands × phases, the policy's curriculum bullets × levels,
//! each level's mechanics and readability, and how much is in Welsh. `levelcheck --report`
//! prints it as tables, `--report --json` as JSON, and the coverage test fails on any gap.

use crate::curriculum::Curriculum;
use crate::model::{Level, Phase};
use crate::readability::{level_grade, max_grade};
use serde::Serialize;

pub mod welsh;

#[derive(Debug, Clone, Serialize)]
pub struct LevelSummary {
    pub id: String,
    pub phase: Phase,
    pub mechanics: Vec<&'static str>,
    pub strands: Vec<String>,
    pub statements: Vec<String>,
    pub seed_bullets: Vec<String>,
    pub dcf: Vec<String>,
    /// Flesch–Kincaid grade of its pupil-facing text, and the phase's cap.
    pub readability: f32,
    pub readability_cap: f32,
    /// Texts a pupil sees, and how many of them have Welsh.
    pub pupil_texts: usize,
    pub welsh_texts: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct StrandRow {
    pub strand: String,
    /// Level ids per phase, in `Phase::ALL` order.
    pub ks1: Vec<String>,
    pub lower_ks2: Vec<String>,
    pub upper_ks2: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct BulletRow {
    pub id: String,
    pub text: String,
    pub levels: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Coverage {
    pub levels: Vec<LevelSummary>,
    pub strands_by_phase: Vec<StrandRow>,
    pub seed_bullets: Vec<BulletRow>,
    /// Welsh coverage and readability, per phase.
    pub welsh: Vec<welsh::WelshRow>,
}

impl Coverage {
    pub fn of(curriculum: &Curriculum, levels: &[Level]) -> Coverage {
        let summaries: Vec<LevelSummary> = levels.iter().map(|l| summary(curriculum, l)).collect();
        let in_phase = |strand: &str, phase: Phase| -> Vec<String> {
            summaries
                .iter()
                .filter(|s| s.phase == phase && s.strands.iter().any(|x| x == strand))
                .map(|s| s.id.clone())
                .collect()
        };
        let strands_by_phase = curriculum
            .strands
            .iter()
            .map(|s| StrandRow {
                strand: s.name.clone(),
                ks1: in_phase(&s.name, Phase::Ks1),
                lower_ks2: in_phase(&s.name, Phase::LowerKs2),
                upper_ks2: in_phase(&s.name, Phase::UpperKs2),
            })
            .collect();
        let seed_bullets = curriculum
            .seed_bullets
            .iter()
            .map(|b| BulletRow {
                id: b.id.clone(),
                text: b.text.clone(),
                levels: summaries
                    .iter()
                    .filter(|s| s.seed_bullets.contains(&b.id))
                    .map(|s| s.id.clone())
                    .collect(),
            })
            .collect();
        Coverage { levels: summaries, strands_by_phase, seed_bullets, welsh: welsh::rows(levels) }
    }

    /// Every empty strand × phase cell and every bullet no level covers.
    pub fn gaps(&self) -> Vec<String> {
        let mut gaps = Vec::new();
        for row in &self.strands_by_phase {
            for (phase, ids) in
                [(Phase::Ks1, &row.ks1), (Phase::LowerKs2, &row.lower_ks2), (Phase::UpperKs2, &row.upper_ks2)]
            {
                if ids.is_empty() {
                    gaps.push(format!("no {} level covers \"{}\"", phase.label().to_lowercase(), row.strand));
                }
            }
        }
        for b in self.seed_bullets.iter().filter(|b| b.levels.is_empty()) {
            gaps.push(format!("no level covers curriculum bullet `{}` ({})", b.id, b.text));
        }
        gaps
    }

    /// The report as plain-text tables.
    pub fn table(&self) -> String {
        let mut out = String::from("Strands x phases (how many levels cover each):\n");
        out.push_str(&format!("  {:<36} {:>5} {:>5} {:>5}\n", "strand", "4-7", "7-9", "9-11"));
        for r in &self.strands_by_phase {
            out.push_str(&format!(
                "  {:<36} {:>5} {:>5} {:>5}\n",
                r.strand,
                r.ks1.len(),
                r.lower_ks2.len(),
                r.upper_ks2.len()
            ));
        }
        out.push_str("\nPolicy curriculum bullets x levels:\n");
        for b in &self.seed_bullets {
            let levels = if b.levels.is_empty() { "-".to_owned() } else { b.levels.join(", ") };
            out.push_str(&format!("  {:<24} {:>2}  {levels}\n", b.id, b.levels.len()));
        }
        out.push_str("\nLevels (readability is a Flesch-Kincaid grade, with the phase's cap):\n");
        for l in &self.levels {
            out.push_str(&format!(
                "  {:<28} {:<9} {:>4.1} (<= {:.0})  {}\n",
                l.id,
                format!("{:?}", l.phase),
                l.readability,
                l.readability_cap,
                l.mechanics.join(", ")
            ));
        }
        out.push('\n');
        out.push_str(&welsh::table(&self.welsh));
        let partly: Vec<String> = self
            .levels
            .iter()
            .filter(|l| l.welsh_texts > 0 && l.welsh_texts < l.pupil_texts)
            .map(|l| format!("{} ({}/{})", l.id, l.welsh_texts, l.pupil_texts))
            .collect();
        if !partly.is_empty() {
            out.push_str(&format!("  Partly in Welsh: {}\n", partly.join(", ")));
        }
        let gaps = self.gaps();
        if gaps.is_empty() {
            out.push_str(
                "\nEvery strand is covered in every phase, and every curriculum bullet by a level.\n",
            );
        } else {
            out.push_str(&format!("\nGaps ({}):\n", gaps.len()));
            for g in gaps {
                out.push_str(&format!("  {g}\n"));
            }
        }
        out
    }

    pub fn json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
    }
}

fn summary(curriculum: &Curriculum, level: &Level) -> LevelSummary {
    let mut mechanics: Vec<&'static str> =
        level.steps.iter().flat_map(|s| s.versions()).map(|m| m.kind()).collect();
    mechanics.sort();
    mechanics.dedup();
    let mut strands: Vec<String> =
        level.statements.iter().filter_map(|s| curriculum.strand_of(s)).map(|s| s.name.clone()).collect();
    strands.sort();
    strands.dedup();
    let pupil: Vec<_> = crate::texts::level_texts(level)
        .into_iter()
        .filter(|e| e.reader == crate::texts::Reader::Pupil)
        .collect();
    LevelSummary {
        id: level.id.clone(),
        phase: level.phase,
        mechanics,
        strands,
        statements: level.statements.clone(),
        seed_bullets: level.seed_bullets.clone(),
        dcf: level.dcf.clone(),
        readability: (level_grade(level) * 10.0).round() / 10.0,
        readability_cap: max_grade(level.phase),
        pupil_texts: pupil.len(),
        welsh_texts: pupil.iter().filter(|e| e.text.cy.is_some()).count(),
    }
}
