//! `levels/curriculum.ron`: the strands of *Education for a Connected World*, our ids and
//! paraphrases for its statements, the Welsh DCF Citizenship elements, and the school
//! policy's pupil e-safety curriculum. Levels refer to these ids; the checker rejects any
//! it doesn't find, or a statement from the wrong age band.

use crate::error::Problem;
use crate::load::parse_ron;
use crate::locate::{find_from, line_col};
use crate::model::{Level, Phase};
use crate::text::Text;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

pub const CURRICULUM_FILE: &str = "curriculum.ron";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Curriculum {
    pub strands: Vec<Strand>,
    pub statements: Vec<Statement>,
    #[serde(default)]
    pub dcf: Vec<DcfElement>,
    pub seed_bullets: Vec<SeedBullet>,
    /// Who to tell, for each phase: said once here, shown at the end of every level after
    /// the level's own help line, and on the Worried? panel.
    #[serde(default)]
    pub help_routes: Vec<HelpRoute>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HelpRoute {
    pub phase: Phase,
    /// A plain string (English only), or `(en: "…", cy: "…")`.
    pub text: crate::text::Text,
}

/// What a Welsh help route must name (as `Phase::help_route` for the English): a trusted
/// adult ("oedolyn", from the glossary), and for ages 7 to 11 Childline and Meic.
pub fn welsh_route(phase: Phase) -> &'static [&'static str] {
    match phase {
        Phase::Ks1 => &["oedolyn"],
        Phase::LowerKs2 | Phase::UpperKs2 => &["oedolyn", "Childline", "0800 1111", "Meic", "080880 23456"],
    }
}

/// Helplines and their numbers, kept out of the youngest pupils' route.
const HELPLINES: [&str; 5] = ["childline", "meic", "ceop", "0800", "080880"];

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Strand {
    pub id: String,
    pub name: String,
}

/// The framework's age bands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Band {
    Ages4to7,
    Ages7to11,
}

impl Band {
    pub fn of(phase: Phase) -> Band {
        if phase == Phase::Ks1 { Band::Ages4to7 } else { Band::Ages7to11 }
    }

    pub fn label(self) -> &'static str {
        match self {
            Band::Ages4to7 => "ages 4 to 7",
            Band::Ages7to11 => "ages 7 to 11",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Statement {
    pub id: String,
    pub band: Band,
    /// Our paraphrase, `(en: "…", cy: "…")`: teachers read it on their pages in either
    /// language, so the checker wants the Welsh of every statement.
    pub text: Text,
    /// Teaching it is about staying safe with other people (telling, strangers, secrets,
    /// pictures, bullying): a level that teaches it marks at least one flag-worthy choice
    /// (`validate::flags`).
    #[serde(default)]
    pub safeguarding: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DcfElement {
    pub id: String,
    /// The element's name as the framework gives it, in English and Welsh.
    pub name: Text,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedBullet {
    pub id: String,
    pub text: String,
    /// The policy marks it "for older pupils": not for a KS1 level.
    #[serde(default)]
    pub older_only: bool,
}

impl Curriculum {
    pub fn parse(source: &str, file: &str) -> Result<Curriculum, Vec<Problem>> {
        let curriculum: Curriculum = parse_ron(source, file).map_err(|p| vec![p])?;
        let problems = curriculum.check(source, file);
        if problems.is_empty() { Ok(curriculum) } else { Err(problems) }
    }

    /// The help route every level of `phase` ends with.
    pub fn help_route(&self, phase: Phase) -> Option<&crate::text::Text> {
        self.help_routes.iter().find(|r| r.phase == phase).map(|r| &r.text)
    }

    pub fn statement(&self, id: &str) -> Option<&Statement> {
        self.statements.iter().find(|s| s.id == id)
    }

    /// The strand a statement belongs to, by its id's prefix.
    pub fn strand_of(&self, statement: &str) -> Option<&Strand> {
        let code = statement.split('-').next()?;
        self.strands.iter().find(|s| s.id == code)
    }

    /// Ids are unique, and every statement's prefix names a strand.
    fn check(&self, source: &str, file: &str) -> Vec<Problem> {
        let mut problems = Vec::new();
        let mut seen = HashSet::new();
        let at = |id: &str| line_col(source, find_from(source, 0, &format!("\"{id}\"")));
        let all_ids = self.strands.iter().map(|s| &s.id).chain(self.statements.iter().map(|s| &s.id));
        let all_ids =
            all_ids.chain(self.dcf.iter().map(|d| &d.id)).chain(self.seed_bullets.iter().map(|b| &b.id));
        for id in all_ids {
            if !seen.insert(id.as_str()) {
                let (line, col) = at(id);
                problems.push(Problem::new(file, line, col, format!("id `{id}` is used twice")));
            }
        }
        for phase in Phase::ALL {
            let (line, col) = line_col(source, find_from(source, 0, "help_routes:"));
            let Some(route) = self.help_route(phase) else {
                problems.push(Problem::new(file, line, col, format!("no help route for {}", phase.label())));
                continue;
            };
            for needle in phase.help_route() {
                if !route.en.to_lowercase().contains(&needle.to_lowercase()) {
                    let msg = format!("the help route for {} must mention \"{needle}\"", phase.label());
                    problems.push(Problem::new(file, line, col, msg));
                }
            }
        }
        problems.extend(self.check_welsh_routes(source, file));
        problems.extend(self.check_welsh_statements(source, file));
        for s in &self.statements {
            if self.strand_of(&s.id).is_none() {
                let (line, col) = at(&s.id);
                problems.push(Problem::new(
                    file,
                    line,
                    col,
                    format!("statement `{}` doesn't start with a strand's code", s.id),
                ));
            }
        }
        problems
    }

    /// The help routes in Welsh: all of them or none, held to the Welsh rules, and naming
    /// who to tell as the English does, with Meic (the helpline for children in Wales) beside
    /// Childline for ages 7 to 11. Ages 4 to 7, in either language, are told to tell a
    /// grown-up they trust and are given no helpline.
    fn check_welsh_routes(&self, source: &str, file: &str) -> Vec<Problem> {
        use crate::texts::{Entry, Reader};
        use crate::validate::welsh::{WelshCheck, place};
        let entries = self
            .help_routes
            .iter()
            .map(|r| Entry {
                text: &r.text,
                what: format!("the help route for {}", r.phase.label().to_lowercase()),
                reader: Reader::Pupil,
                step: None,
                graded: true,
            })
            .collect();
        let placed = place(entries, source);
        let mut c = WelshCheck { source, file, problems: Vec::new() };
        c.missing(&placed, CURRICULUM_FILE);
        for (p, route) in placed.iter().zip(&self.help_routes) {
            c.each(p, route.phase);
            let (line, col) = line_col(source, p.at);
            if let Some(cy) = &route.text.cy {
                for needle in welsh_route(route.phase) {
                    if !cy.to_lowercase().contains(&needle.to_lowercase()) {
                        let msg = format!("{}: the Welsh must mention \"{needle}\"", p.entry.what);
                        c.problems.push(Problem::new(file, line, col, msg));
                    }
                }
            }
            if route.phase == Phase::Ks1 {
                for version in route.text.versions() {
                    let lower = version.to_lowercase();
                    if let Some(helpline) = HELPLINES.iter().find(|h| lower.contains(*h)) {
                        let msg = format!(
                            "{}: ages 4 to 7 are told to tell a grown-up they trust, without a helpline (\"{helpline}\")",
                            p.entry.what
                        );
                        c.problems.push(Problem::new(file, line, col, msg));
                    }
                }
            }
        }
        c.problems
    }

    /// Every statement in Welsh too (a Welsh-medium teacher's pages show them), each
    /// translation held to the rules of any Welsh text: not empty, not the English.
    fn check_welsh_statements(&self, source: &str, file: &str) -> Vec<Problem> {
        use crate::texts::{Entry, Reader};
        use crate::validate::welsh::{WelshCheck, place};
        let entries = self
            .statements
            .iter()
            .map(|s| Entry {
                text: &s.text,
                what: format!("statement `{}`", s.id),
                reader: Reader::Teacher,
                step: None,
                graded: false,
            })
            .collect();
        let placed = place(entries, source);
        let mut c = WelshCheck { source, file, problems: Vec::new() };
        for (p, statement) in placed.iter().zip(&self.statements) {
            if statement.text.cy.is_none() {
                let (line, col) = line_col(source, p.at);
                let msg = format!(
                    "{} has no Welsh (`cy`): teachers in Welsh-medium schools read it on their pages",
                    p.entry.what
                );
                c.problems.push(Problem::new(file, line, col, msg));
            }
            // Phase only sets the readability cap, which teachers' text is not held to.
            c.each(p, Phase::UpperKs2);
        }
        c.problems
    }

    /// A level's statement, DCF and seed-bullet ids exist and suit its phase.
    pub fn check_level(&self, level: &Level, source: &str, file: &str) -> Vec<Problem> {
        let mut problems = Vec::new();
        // The route is said once, here: a level that says it again can drift from it.
        if !self.help_routes.is_empty() {
            for version in level.help.versions() {
                let lower = version.to_lowercase();
                if ["childline", "0800", "ceop"].iter().any(|w| lower.contains(w)) {
                    let (line, col) = line_col(source, find_from(source, 0, "help:"));
                    let msg = format!(
                        "`help` is the level's own reminder: Childline and CEOP come from the shared help route in {CURRICULUM_FILE}, added after it"
                    );
                    problems.push(Problem::new(file, line, col, msg));
                }
            }
        }
        problems.extend(crate::validate::flags::statement_flags(level, self, source, file));
        let mut report = |id: &str, message: String| {
            let (line, col) = line_col(source, find_from(source, 0, &format!("\"{id}\"")));
            problems.push(Problem::new(file, line, col, message));
        };
        let band = Band::of(level.phase);
        for id in &level.statements {
            match self.statement(id) {
                None => report(id, format!("statement `{id}` is not in {CURRICULUM_FILE}")),
                Some(s) if s.band != band => report(
                    id,
                    format!(
                        "statement `{id}` is for {}, but this level is for {}",
                        s.band.label(),
                        band.label()
                    ),
                ),
                Some(_) => {}
            }
        }
        for id in &level.dcf {
            if !self.dcf.iter().any(|d| &d.id == id) {
                report(id, format!("DCF element `{id}` is not in {CURRICULUM_FILE}"));
            }
        }
        for id in &level.seed_bullets {
            match self.seed_bullets.iter().find(|b| &b.id == id) {
                None => report(id, format!("curriculum bullet `{id}` is not in {CURRICULUM_FILE}")),
                Some(b) if b.older_only && level.phase == Phase::Ks1 => {
                    report(id, format!("curriculum bullet `{id}` is for older pupils, not ages 4 to 7"))
                }
                Some(_) => {}
            }
        }
        problems
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Lang;

    fn shipped() -> String {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../levels/curriculum.ron");
        std::fs::read_to_string(path).expect("levels/curriculum.ron")
    }

    fn problems(source: &str) -> Vec<String> {
        match Curriculum::parse(source, "curriculum.ron") {
            Ok(_) => Vec::new(),
            Err(ps) => ps.into_iter().map(|p| p.message).collect(),
        }
    }

    #[test]
    fn the_help_routes_are_in_welsh_with_meic_beside_childline() {
        let c = Curriculum::parse(&shipped(), "curriculum.ron").expect("the shipped curriculum is valid");
        for phase in Phase::ALL {
            let route = c.help_route(phase).expect("a route for every phase");
            let cy = route.cy.as_deref().expect("a Welsh route");
            assert_eq!(route.get(Lang::Cy), cy);
            assert!(cy.contains("oedolyn rwyt ti'n ymddiried ynddo"), "{cy}");
            let helplines = cy.contains("Meic") && cy.contains("Childline");
            assert_eq!(helplines, phase != Phase::Ks1, "{cy}");
        }
    }

    #[test]
    fn a_welsh_route_without_meic_or_missing_is_reported() {
        let source = shipped();
        let without = source.replacen("Neu ffonia Meic am ddim ar 080880 23456,", "Neu ffonia am ddim,", 1);
        let p = problems(&without);
        assert!(
            p.contains(&"the help route for ages 7 to 9: the Welsh must mention \"Meic\"".into()),
            "{p:?}"
        );
        assert!(p.iter().any(|m| m.contains("must mention \"080880 23456\"")), "{p:?}");
        let start = source.find("cy: \"Os oes rhywbeth").unwrap();
        let end = start + source[start..].find('\n').unwrap() + 1;
        let p = problems(&format!("{}{}", &source[..start], &source[end..]));
        assert_eq!(
            p,
            vec![
                "the help route for ages 4 to 7 has no Welsh (`cy`): curriculum.ron has Welsh, so every text pupils see needs it"
            ]
        );
    }

    #[test]
    fn the_youngest_are_given_no_helpline_in_either_language() {
        let source =
            shipped().replacen("Dal ati i ddweud nes bydd rhywun yn helpu.", "Neu ffonia Childline.", 1);
        let p = problems(&source);
        assert!(
            p.iter().any(|m| m.contains(
                "ages 4 to 7 are told to tell a grown-up they trust, without a helpline (\"childline\")"
            )),
            "{p:?}"
        );
    }

    #[test]
    fn every_statement_is_in_welsh_and_one_without_it_is_reported() {
        let source = shipped();
        let c = Curriculum::parse(&source, "curriculum.ron").expect("the shipped curriculum is valid");
        for s in &c.statements {
            let cy = s.text.cy.as_deref().unwrap_or_else(|| panic!("{} has Welsh", s.id));
            assert!(cy.starts_with("Rwy'n ") || cy.starts_with("Os "), "{}: {cy}", s.id);
        }
        let private = c.statement("pi-ks1-private").unwrap();
        assert_eq!(private.text.get(Lang::Cy), private.text.cy.as_deref().unwrap());
        assert!(private.text.get(Lang::En).starts_with("I can name personal information"));

        // The Welsh taken away from one statement, and left as the English in another.
        let without = source.replacen(
            r#"text: (en: "I can explain why it matters to be kind online.", cy: "Rwy'n gallu esbonio pam mae'n bwysig bod yn garedig ar-lein."),"#,
            r#"text: "I can explain why it matters to be kind online.","#,
            1,
        );
        let english = without.replacen(
            "Rwy'n gallu creu cyfrinair cryf a'i gadw'n breifat.",
            "I can make a strong password and keep it private.",
            1,
        );
        assert_ne!(english, source);
        let p = problems(&english);
        assert_eq!(
            p,
            vec![
                "statement `or-ks1-kind` has no Welsh (`cy`): teachers in Welsh-medium schools read it on their pages",
                "statement `pi-lks2-passwords`: the Welsh is the English word for word; translate it",
            ]
        );
    }

    #[test]
    fn a_plain_english_route_still_reads() {
        let source = r#"(strands: [], statements: [], seed_bullets: [], help_routes: [
            (phase: Ks1, text: "Tell a grown-up you trust."),
            (phase: LowerKs2, text: "Tell a trusted adult, or call Childline on 0800 1111."),
            (phase: UpperKs2, text: "Tell a trusted adult, or call Childline on 0800 1111."),
        ])"#;
        let c = Curriculum::parse(source, "curriculum.ron").expect("English-only routes are fine");
        let ks1 = c.help_route(Phase::Ks1).unwrap();
        assert_eq!((ks1.get(Lang::Cy), ks1.cy.as_deref()), ("Tell a grown-up you trust.", None));
    }
}
