//! `Choice`: a character's message in a device frame, a question, and shuffled answers.

use crate::play::PlaySession;
use crate::theme::{self, UiAssets};
use crate::words::messages;
use bevy::prelude::*;
use bevy::ui_widgets::Activate;
use clickwise_core::ChoiceStep;

pub(super) fn draw(col: &mut ChildSpawnerCommands, ui: &mut UiAssets, s: &PlaySession, choice: &ChoiceStep) {
    let sender = choice.from.as_deref().and_then(|role| s.member(role));
    col.spawn(theme::device_frame(choice.device)).with_children(|frame| {
        frame.spawn(theme::device_screen()).with_children(|screen| {
            screen.spawn(theme::left_row(12.0)).with_children(|r| match sender {
                Some(member) => {
                    r.spawn(theme::icon(ui, &member.avatar, 52.0));
                    r.spawn(theme::label(ui, s.name_of(member).to_owned()));
                }
                None => {
                    r.spawn(theme::icon(ui, "popup", 52.0));
                    r.spawn(theme::small(ui, messages(s.lang).get("choice-pops-up")));
                }
            });
            let mut bubble = screen.spawn(theme::bubble(ui, s.fill(&choice.message), true));
            if let Some(member) = sender {
                bubble.insert(theme::Voice(member.pitch));
            }
        });
    });
    super::task_heading(col, ui, "thinking", &s.fill(&choice.question));
    // No answer takes the focus: a focus ring on one would suggest it (the screen reader
    // starts at the heading; Tab goes to the first answer).
    for &i in &s.order {
        let Some(option) = choice.options.get(i) else { continue };
        let id = option.id.clone();
        col.spawn(theme::answer_button(
            ui,
            &s.fill(&option.text),
            move |_: On<Activate>, mut session: ResMut<PlaySession>| session.choose(&id),
        ));
    }
}
