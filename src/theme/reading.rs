//! Reading order: what a reader meets on screen, depth-first through the UI tree, which is
//! the order screens are built in. Read-aloud and the screen-reader mirror both use it.

use super::Widget;
use bevy::ecs::system::SystemParam;
use bevy::prelude::*;

/// Marks a heading (titles and headings from the theme).
#[derive(Component, Default)]
pub struct Heading;

/// Marks a part that read-aloud passes over (a title repeated on every step).
#[derive(Component, Default)]
pub struct Quiet;

#[derive(Clone, Debug, PartialEq)]
pub enum Readable {
    Heading(String),
    Text(String),
    /// A button or other control: its label. Its own text isn't read again.
    Widget {
        label: String,
        role: &'static str,
    },
}

impl Readable {
    pub fn words(&self) -> &str {
        match self {
            Readable::Heading(t) | Readable::Text(t) => t,
            Readable::Widget { label, .. } => label,
        }
    }
}

/// On words a character says: read aloud at their pitch, so each sounds like themselves.
#[derive(Component, Clone, Copy, Debug, PartialEq)]
pub struct Voice(pub f32);

#[derive(SystemParam)]
pub struct Reader<'w, 's> {
    children: Query<'w, 's, &'static Children>,
    texts: Query<'w, 's, (&'static Text, Has<Heading>)>,
    widgets: Query<'w, 's, &'static Widget>,
    nodes: Query<'w, 's, &'static Node>,
    quiet: Query<'w, 's, (), With<Quiet>>,
    icons: Query<'w, 's, (), With<super::Icon>>,
}

impl Reader<'_, '_> {
    /// Everything under `root` (itself included) in reading order. Hidden parts are
    /// skipped; `Quiet` ones too when `for_speech`.
    pub fn read(&self, root: Entity, for_speech: bool) -> Vec<(Entity, Readable)> {
        let mut out = Vec::new();
        self.walk(root, for_speech, &mut out);
        out
    }

    fn walk(&self, e: Entity, for_speech: bool, out: &mut Vec<(Entity, Readable)>) {
        // (A picture's fallback letter is decoration, not words.)
        let hidden = self.nodes.get(e).is_ok_and(|n| n.display == Display::None) || self.icons.contains(e);
        if hidden || (for_speech && self.quiet.contains(e)) {
            return;
        }
        if let Ok(w) = self.widgets.get(e) {
            out.push((e, Readable::Widget { label: w.label.clone(), role: w.role }));
            return;
        }
        if let Ok((text, heading)) = self.texts.get(e) {
            let t = text.0.trim();
            if !t.is_empty() {
                let t = t.to_owned();
                out.push((e, if heading { Readable::Heading(t) } else { Readable::Text(t) }));
            }
        }
        for child in self.children.get(e).into_iter().flatten() {
            self.walk(*child, for_speech, out);
        }
    }
}

/// Words for speech: each part a sentence of its own.
pub fn as_speech(parts: &[(Entity, Readable)]) -> String {
    let mut s = String::new();
    for (_, p) in parts {
        let w = p.words().trim();
        if w.is_empty() {
            continue;
        }
        if !s.is_empty() {
            // A pause between parts: a full stop unless the part already ends one.
            if !s.ends_with(['.', '!', '?', ':', '…']) {
                s.push('.');
            }
            s.push(' ');
        }
        s.push_str(w);
    }
    s
}
