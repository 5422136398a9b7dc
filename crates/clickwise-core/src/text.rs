//! Translatable text. A level author writes a plain string (English), or
//! `(en: "…", cy: "…")` when a Welsh version exists.

use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};
use std::fmt;

/// A language the game can show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Cy,
}

/// Text with an English original and an optional Welsh translation.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Text {
    pub en: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cy: Option<String>,
}

impl Text {
    pub fn new(en: impl Into<String>) -> Self {
        Text { en: en.into(), cy: None }
    }

    /// The text in `lang`, falling back to English where no translation exists yet.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Cy => self.cy.as_deref().unwrap_or(&self.en),
            Lang::En => &self.en,
        }
    }

    /// Every language version present, for checks that must hold in all of them.
    pub fn versions(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.en.as_str()).chain(self.cy.as_deref())
    }

    /// Replaces `{role}` placeholders with the names picked for this attempt, each in
    /// `lang` too ("Mum" in English, "Mam" in Welsh: the same character either way).
    pub fn fill(&self, lang: Lang, names: &[(String, Text)]) -> String {
        let mut out = self.get(lang).to_owned();
        for (role, name) in names {
            out = out.replace(&format!("{{{role}}}"), name.get(lang));
        }
        out
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Self {
        Text::new(s)
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct TextVisitor;
        impl<'de> Visitor<'de> for TextVisitor {
            type Value = Text;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(r#"a string, or (en: "…", cy: "…")"#)
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Text, E> {
                Ok(Text::new(v))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Text, E> {
                Ok(Text { en: v, cy: None })
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Text, A::Error> {
                let (mut en, mut cy) = (None, None);
                while let Some(key) = map.next_key::<String>()? {
                    match key.as_str() {
                        "en" => en = Some(map.next_value::<String>()?),
                        "cy" => cy = Some(map.next_value::<String>()?),
                        other => {
                            return Err(de::Error::custom(format!(
                                "unknown language `{other}` (expected `en` or `cy`)"
                            )));
                        }
                    }
                }
                let en = en.ok_or_else(|| de::Error::custom("translated text needs an `en` version"))?;
                Ok(Text { en, cy })
            }
        }
        d.deserialize_any(TextVisitor)
    }
}
