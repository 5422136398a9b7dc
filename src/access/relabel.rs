//! Widgets marked `theme::Say` (the corner buttons, speakers, "More below") are drawn
//! before anyone asks for a language: their labels, and the words they show, follow the
//! player's language from here.

use crate::config::CurrentLang;
use crate::theme::{Say, Widget};
use crate::words::messages;
use bevy::prelude::*;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(PostUpdate, relabel.before(super::speech::SpeechSystems));
}

fn relabel(
    lang: Res<CurrentLang>,
    mut widgets: Query<(Ref<Say>, &mut Widget, Option<&Children>)>,
    mut texts: Query<&mut Text>,
) {
    let t = messages(lang.0);
    for (say, mut widget, children) in &mut widgets {
        if !lang.is_changed() && !say.is_added() {
            continue;
        }
        let label = t.get(say.0);
        if widget.label == label {
            continue;
        }
        for child in children.iter().flat_map(|c| c.iter()) {
            if let Ok(mut text) = texts.get_mut(child)
                && text.0 == widget.label
            {
                text.0 = label.clone();
            }
        }
        widget.label = label;
    }
}
