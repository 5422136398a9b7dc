//! Level text as a teacher reads it, in the teacher's language: `{role}` placeholders
//! filled in. A recurring character has one fixed name (from the world file); a one-off
//! character's name is picked at random on each play, so the teacher sees the first name
//! on its list — one the pupil may well have seen. A role with no names reads as "the
//! friend". The sentences the teacher's pages build around a level's words ("Missed the
//! clue “…”") are Fluent messages (`finding-…` in `server.ftl`), said in the same language.

use crate::i18n::Arg;
use crate::model::{FeedMove, Level};
use crate::text::{Lang, Text};

/// `(role, name)` pairs for [`Text::fill`], for text shown to a teacher: each name in
/// every language it has, so a Welsh page says "Mam" where an English one says "Mum".
pub fn teacher_names(level: &Level) -> Vec<(String, Text)> {
    level
        .cast
        .iter()
        .map(|role| {
            let name = role.names.first().cloned().unwrap_or_else(|| Text::new(format!("the {}", role.role)));
            (role.role.clone(), name)
        })
        .collect()
}

/// Fills in a level's text for a teacher, in one language.
pub struct Words {
    names: Vec<(String, Text)>,
    lang: Lang,
}

impl Words {
    pub fn of(level: &Level, lang: Lang) -> Words {
        Words { names: teacher_names(level), lang }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// One of the teacher's sentences (a `server.ftl` key) in this language, its variables
    /// being level words already said with [`Words::say`].
    pub fn sentence(&self, key: &str, args: &[(&str, Arg)]) -> String {
        crate::i18n::server(self.lang).format(key, args)
    }

    /// A feed's move as its button says it ("Open it"), in this language.
    pub fn feed_move(&self, feed_move: FeedMove) -> String {
        crate::i18n::game(self.lang).get(feed_move.label_key())
    }

    /// `text` in this language with every cast placeholder filled in (as [`Text::fill`]
    /// does, in one pass: the class pages say thousands of these).
    pub fn say(&self, text: &Text) -> String {
        let s = text.get(self.lang);
        if !s.contains('{') {
            return s.to_owned();
        }
        let mut out = String::with_capacity(s.len() + 16);
        let mut rest = s;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            let name = after.find('}').and_then(|close| {
                let role = &after[..close];
                self.names.iter().find(|(r, _)| r == role).map(|(_, n)| (n.get(self.lang), close))
            });
            match name {
                Some((n, close)) => {
                    out.push_str(n);
                    rest = &after[close + 1..];
                }
                None => {
                    out.push('{');
                    rest = after;
                }
            }
        }
        out.push_str(rest);
        out
    }

    /// The level's discussion questions from its teacher notes, filled in.
    pub fn discussion(&self, level: &Level) -> Vec<String> {
        level.teacher_notes.iter().flat_map(|n| &n.discussion).map(|q| self.say(q)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn say_fills_placeholders_as_text_fill_does() {
        let names = vec![("child".into(), "Ava".into()), ("friend".into(), "Leo".into())];
        let words = Words { names, lang: Lang::En };
        for s in [
            "Tell {friend}.",
            "{child} and {friend}{child}",
            "No roles",
            "{nobody} stays",
            "Odd { brace",
            "{child",
        ] {
            let text = Text::new(s);
            assert_eq!(words.say(&text), text.fill(Lang::En, &words.names), "{s}");
        }
    }

    #[test]
    fn welsh_words_say_the_welsh_with_the_names_and_welsh_sentences() {
        let words = Words { names: vec![("child".into(), "Ava".into())], lang: Lang::Cy };
        let text = Text { en: "Tell {child}.".into(), cy: Some("Dweud wrth {child}.".into()) };
        assert_eq!(words.say(&text), "Dweud wrth Ava.");
        let missed = words.sentence("finding-missed-clue", &[("text", "cliw".into())]);
        assert_eq!(missed, "Wedi methu'r cliw “cliw”");
        assert_eq!(words.feed_move(FeedMove::Open), crate::i18n::game(Lang::Cy).get("feed-move-open"));
        assert_ne!(words.feed_move(FeedMove::Open), FeedMove::Open.label());
    }
}
