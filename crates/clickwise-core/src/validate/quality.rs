//! Rules about how a level is written, beyond whether it plays: readable for its age, free
//! of real brand names, hoax names and blaming words, and carrying notes for the teacher.

use super::Validator;
use crate::model::{AnswerOption, Mechanic, Outcome};
use crate::readability::{level_grade, max_grade, pupil_texts};

/// Real apps, games, brands and companies: levels teach behaviours, not named products.
const BRANDS: &[&str] = &[
    "tiktok",
    "snapchat",
    "instagram",
    "whatsapp",
    "youtube",
    "roblox",
    "fortnite",
    "minecraft",
    "facebook",
    "discord",
    "twitch",
    "google",
    "amazon",
    "netflix",
    "playstation",
    "xbox",
    "nintendo",
    "iphone",
    "android",
    "messenger",
    "twitter",
    "telegram",
    "among us",
    "spotify",
    "paypal",
    "ebay",
    "steam",
    "reddit",
    "pinterest",
];

/// Names of real scares and "challenges": naming them spreads them.
const HOAXES: &[&str] =
    &["momo", "blue whale", "jonathan galindo", "huggy wuggy", "slenderman", "slender man"];

/// Words that put the blame on a child. ("It's never your fault" is fine: see `negated`.)
const BLAMING: &[&str] = &[
    "you should have",
    "you shouldn't have",
    "should have known",
    "your fault",
    "their fault",
    "his fault",
    "her fault",
    "serves you right",
    "how silly",
    "you were silly",
    "stupid",
    "naughty",
];

/// Ways of calling a password a secret. Passwords are private: other levels teach that a
/// secret someone asks you to keep is a warning sign.
const SECRET_PASSWORD: &[&str] = &[
    "secret password",
    "password secret",
    "passwords secret",
    "password is a secret",
    "password a secret",
    "password is secret",
    "passwords are secret",
    "passwords are a secret",
];

/// Whether `text` has `phrase` as whole words, case-insensitively, not just after "not" or
/// "never" ("it's not your fault").
fn says(text: &str, phrase: &str) -> bool {
    let lower = text.to_lowercase();
    let mut from = 0;
    while let Some(i) = lower[from..].find(phrase) {
        let start = from + i;
        let end = start + phrase.len();
        let before_ok = lower[..start].chars().last().is_none_or(|c| !c.is_alphanumeric());
        let after_ok = lower[end..].chars().next().is_none_or(|c| !c.is_alphanumeric());
        let negated = {
            let before = lower[..start].trim_end();
            before.ends_with("not") || before.ends_with("never") || before.ends_with("n't")
        };
        if before_ok && after_ok && !negated {
            return true;
        }
        from = end;
    }
    false
}

impl Validator<'_> {
    pub(super) fn quality(&mut self) {
        let level = self.level;
        let grade = level_grade(level);
        let cap = max_grade(level.phase);
        if grade > cap {
            let msg = format!(
                "the pupils' text reads at grade {grade:.1}; {} allows {cap:.0} (use shorter sentences and shorter words)",
                level.phase.label().to_lowercase()
            );
            self.at(self.field("intro"), msg);
        }
        let mut texts = pupil_texts(level);
        texts.push(level.title.en.clone());
        for text in &texts {
            let at = crate::locate::find_from(self.source, 0, &text.chars().take(30).collect::<String>());
            for (list, what) in [
                (BRANDS, "a real app or brand"),
                (HOAXES, "a real hoax or challenge"),
                (BLAMING, "blaming words"),
            ] {
                for phrase in list.iter().filter(|p| says(text, p)) {
                    self.at(
                        at,
                        format!("\"{phrase}\" is {what}: levels teach behaviours, without names or blame"),
                    );
                }
            }
        }
        for text in &texts {
            // Passwords are private, not secret: other levels teach that secrets are a sign.
            let secret_password = SECRET_PASSWORD.iter().any(|phrase| says(text, phrase));
            if secret_password {
                let at = crate::locate::find_from(self.source, 0, &text.chars().take(30).collect::<String>());
                self.at(at, "a password is \"private\", not \"secret\": keep \"secret\" for the lesson about people who ask for secrets".into());
            }
        }
        self.asking_is_never_marked_down();
        self.teacher_notes();
    }

    /// An answer that asks or tells a grown-up is never risky, and never scores below an
    /// answer that is less safe than it (a guess).
    fn asking_is_never_marked_down(&mut self) {
        const ASKING: [&str; 6] = [
            "ask a grown-up",
            "tell a grown-up",
            "ask an adult",
            "tell an adult",
            "ask a trusted adult",
            "tell a trusted adult",
        ];
        for step in &self.level.steps {
            for m in step.versions() {
                let options: &[AnswerOption] = match m {
                    Mechanic::Choice(c) => &c.options,
                    Mechanic::SpotClues(s) => &s.decisions,
                    _ => continue,
                };
                for o in
                    options.iter().filter(|o| ASKING.iter().any(|a| o.text.en.to_lowercase().contains(a)))
                {
                    let guess_beats_it =
                        options.iter().any(|other| other.outcome > o.outcome && other.points > o.points);
                    if o.outcome == Outcome::Risky || guess_beats_it {
                        let at = crate::locate::find_from(self.source, 0, &format!("id: \"{}\"", o.id));
                        let msg = format!(
                            "step `{}`: answer `{}` asks a grown-up, so it is never risky and never scores below a less safe answer",
                            step.id, o.id
                        );
                        self.at(at, msg);
                    }
                }
            }
        }
    }

    fn teacher_notes(&mut self) {
        let at = self.field("teacher_notes");
        let Some(notes) = &self.level.teacher_notes else {
            self.at(
                self.field("objective"),
                "a level needs `teacher_notes` (questions, what to watch for, safeguarding)".into(),
            );
            return;
        };
        if notes.discussion.is_empty() {
            self.at(at, "teacher_notes need at least one discussion question".into());
        }
        if notes.watch_for.is_empty() {
            self.at(at, "teacher_notes need at least one thing to watch for".into());
        }
        let safeguarding = notes.safeguarding.en.to_lowercase();
        if !(safeguarding.contains("designated safeguarding lead") || safeguarding.contains("dsl")) {
            self.at(
                at,
                "the safeguarding note must point to the school's Designated Safeguarding Lead".into(),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::says;

    #[test]
    fn blaming_words_are_found_but_reassurance_is_not() {
        assert!(says("It was your fault.", "your fault"));
        assert!(!says("It is never your fault.", "your fault"));
        assert!(!says("It's not your fault!", "your fault"));
        assert!(says("Play Roblox now", "roblox"));
        assert!(!says("a robloxian", "roblox"));
    }

    #[test]
    fn a_password_called_a_secret_is_found_but_a_request_for_a_secret_is_not() {
        let secret = |t: &str| super::SECRET_PASSWORD.iter().any(|p| says(t, p));
        assert!(secret("Keep your password secret."));
        assert!(secret("A password is a secret."));
        assert!(!secret("Would the real friend ask for a password or a secret?"));
        assert!(!secret("A password is private."));
    }
}
