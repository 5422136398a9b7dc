//! `Sort`: cards into bins. Tap (or Tab + Enter) a card to pick it up, then a bin to put
//! it in; a pointer can also drag a card onto a bin. Tapping a sorted card picks it up
//! again. When every card is sorted, "Check my sorting" submits.

use crate::play::Draft;
use crate::play::PlaySession;
use crate::theme::{self, Look, UiAssets, palette};
use crate::words::messages;
use bevy::input_focus::AutoFocus;
use bevy::prelude::*;
use bevy::ui_widgets::Activate;
use clickwise_core::SortStep;
use clickwise_core::playthrough::SortDraft;
use clickwise_core::scoring::ChoiceRecord;

/// Marks a card's button, so a drag can say which card it carried.
#[derive(Component)]
struct CardId(String);

fn draft(session: &mut PlaySession) -> Option<&mut SortDraft> {
    match &mut session.draft {
        Draft::Sort(d) => Some(d),
        _ => None,
    }
}

/// Tapping a card picks it up (or puts it down again). With another card in hand, tapping
/// a card already in a box puts the one in hand into that box too: the tap was on the box.
fn pick_up(card: String) -> impl FnMut(On<Activate>, ResMut<PlaySession>) {
    move |_, mut session| {
        let Some(d) = draft(&mut session) else { return };
        let into = d.bin_of(&card).map(str::to_owned);
        match (d.held.clone(), into) {
            (Some(held), Some(bin)) if held != card => d.put(&held, &bin),
            (held, _) => {
                d.held = if held.as_deref() == Some(card.as_str()) { None } else { Some(card.clone()) }
            }
        }
    }
}

pub(super) fn draw(col: &mut ChildSpawnerCommands, ui: &mut UiAssets, s: &PlaySession, step: &SortStep) {
    let Draft::Sort(d) = &s.draft else { return };
    super::task_heading(col, ui, "thinking", &s.fill(&step.task));
    let t = messages(s.lang);
    let unsorted: Vec<usize> = s
        .order
        .iter()
        .copied()
        .filter(|&i| step.cards.get(i).is_some_and(|c| d.bin_of(&c.id).is_none()))
        .collect();
    if !unsorted.is_empty() {
        col.spawn(theme::small(
            ui,
            t.get(match &d.held {
                Some(_) => "sort-pick-box",
                None => "sort-pick-card",
            }),
        ));
        col.spawn(theme::row(12.0)).with_children(|r| {
            for (n, &i) in unsorted.iter().enumerate() {
                let card = &step.cards[i];
                let mut b = r.spawn((card_button(ui, s, card), CardId(card.id.clone())));
                b.insert(theme::Widget { role: "card", label: s.fill(&card.text) });
                b.observe(pick_up(card.id.clone()));
                b.observe(
                    |drag: On<Pointer<DragStart>>,
                     cards: Query<&CardId>,
                     mut session: ResMut<PlaySession>| {
                        if let (Ok(card), Some(d)) = (cards.get(drag.entity), draft(&mut session)) {
                            d.held = Some(card.0.clone());
                        }
                    },
                );
                if d.held.as_deref() == Some(card.id.as_str()) {
                    b.insert(theme::selected_look());
                }
                if n == 0 && d.held.is_none() {
                    b.insert(AutoFocus);
                }
            }
        });
    }
    col.spawn(theme::row(14.0)).with_children(|r| {
        for (n, bin) in step.bins.iter().enumerate() {
            let id = bin.id.clone();
            let text = s.fill(&bin.text);
            let mut b = r.spawn(theme::button(
                ui,
                &text,
                Look::Secondary,
                move |_: On<Activate>, mut session: ResMut<PlaySession>| {
                    if let Some(d) = draft(&mut session)
                        && let Some(card) = d.held.clone()
                    {
                        d.put(&card, &id);
                    }
                },
            ));
            b.insert(theme::Widget { role: "bin", label: text.clone() });
            b.insert(Node {
                width: px(260),
                min_height: px(120),
                flex_direction: FlexDirection::Column,
                justify_content: JustifyContent::FlexStart,
                align_items: AlignItems::Center,
                padding: UiRect::all(px(12)),
                row_gap: px(6),
                border: UiRect::all(px(3)),
                border_radius: BorderRadius::all(px(20)),
                ..default()
            });
            b.insert(BackgroundColor(palette::SKY));
            b.insert(theme::ButtonLook { normal: palette::SKY, pressed: palette::SELECTED });
            let bin_id = bin.id.clone();
            b.observe(
                move |drop: On<Pointer<DragDrop>>,
                      cards: Query<&CardId>,
                      mut session: ResMut<PlaySession>| {
                    if let (Ok(card), Some(d)) = (cards.get(drop.dropped), draft(&mut session)) {
                        d.put(&card.0.clone(), &bin_id);
                    }
                },
            );
            if n == 0 && d.held.is_some() {
                b.insert(AutoFocus);
            }
            b.with_children(|bin_box| {
                if let Some(icon) = &bin.icon {
                    bin_box.spawn(theme::icon(ui, icon, 40.0));
                }
                for (card_id, _) in d.placed.iter().filter(|(_, b)| *b == bin.id) {
                    let Some(card) = step.card(card_id) else { continue };
                    let mut c = bin_box.spawn((card_button(ui, s, card), CardId(card.id.clone())));
                    c.observe(pick_up(card.id.clone()));
                    c.insert(theme::Widget { role: "card", label: s.fill(&card.text) });
                    // The box's width, so a long card wraps inside it instead of spilling out.
                    c.insert(Node {
                        width: percent(100),
                        min_height: px(56),
                        padding: UiRect::axes(px(14), px(6)),
                        column_gap: px(10),
                        align_items: AlignItems::Center,
                        border: UiRect::all(px(2)),
                        border_radius: BorderRadius::all(px(14)),
                        ..default()
                    });
                    if d.held.as_deref() == Some(card.id.as_str()) {
                        c.insert(theme::selected_look());
                    }
                }
            });
        }
    });
    if unsorted.is_empty() {
        col.spawn(theme::row(0.0)).with_children(|r| {
            r.spawn((
                AutoFocus,
                theme::button(
                    ui,
                    &t.get("sort-check"),
                    Look::Primary,
                    |_: On<Activate>, mut session: ResMut<PlaySession>| {
                        let picks = draft(&mut session)
                            .map(|d| d.placed.iter().map(|(c, b)| format!("{c}={b}")).collect())
                            .unwrap_or_default();
                        session.submit(ChoiceRecord { picks, ..Default::default() });
                    },
                ),
            ));
        });
    }
}

fn card_button(ui: &mut UiAssets, s: &PlaySession, card: &clickwise_core::SortCard) -> impl Bundle {
    let text = s.fill(&card.text);

    // Its action is added by the caller (pick up); this one does nothing.
    theme::icon_button(ui, &text, card.icon.as_deref().unwrap_or("star"), Look::Answer, |_: On<Activate>| {})
}
