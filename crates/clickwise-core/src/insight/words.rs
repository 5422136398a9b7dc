//! Level text as a teacher reads it: `{role}` placeholders filled in. A recurring
//! character has one fixed name (from the world file); a one-off character's name is
//! picked at random on each play, so the teacher sees the first name on its list — one
//! the pupil may well have seen. A role with no names reads as "the friend".

use crate::model::Level;
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

/// Fills in a level's text for a teacher, in English.
pub struct Words {
    names: Vec<(String, Text)>,
}

impl Words {
    pub fn of(level: &Level) -> Words {
        Words { names: teacher_names(level) }
    }

    /// `text` in English with every cast placeholder filled in (as [`Text::fill`] does, in
    /// one pass: the class pages say thousands of these).
    pub fn say(&self, text: &Text) -> String {
        let s = text.get(Lang::En);
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
                self.names.iter().find(|(r, _)| r == role).map(|(_, n)| (n.get(Lang::En), close))
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
        let words = Words { names: vec![("child".into(), "Ava".into()), ("friend".into(), "Leo".into())] };
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
}
