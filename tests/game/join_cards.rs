//! The login-card picker of a full class, laid out at the sizes schools have (1024×768
//! tablets, 1366×768 laptops): every card can be scrolled to and is then wholly in view,
//! nothing is drawn over it, and each card is its nickname's own animal.

use crate::common::*;
use crate::layout::{check_fits_across, laid_out_game};
use bevy::prelude::*;
use bevy::ui_widgets::ScrollArea;
use clickwise::classroom::{JoinFlow, JoinStage, Net};
use clickwise::screens::Screen;
use clickwise::theme::Widget;
use clickwise_core::Phase;
use clickwise_core::classroom::{Card, JoinReply};
use clickwise_core::names::{ANIMALS, NICKNAME_ADJECTIVES, card_colour};

const CODE: &str = "482913";

/// A class of `n` cards as the server makes them: each its own animal and colour.
fn class_of(n: usize) -> JoinReply {
    let cards = ANIMALS
        .iter()
        .take(n)
        .enumerate()
        .map(|(i, a)| Card {
            pupil_id: i as i64 + 1,
            nickname: format!("{} {}", NICKNAME_ADJECTIVES[i % NICKNAME_ADJECTIVES.len()], a.word),
            avatar: a.picture.into(),
            colour: card_colour(i).name.into(),
        })
        .collect();
    JoinReply { class_name: "Class 2 Oak".into(), phase: Phase::Ks1, cards, lang: Default::default() }
}

/// The game at `width`×`height` on the card picker of a class of `n` cards.
fn on_the_cards(width: u32, height: u32, n: usize) -> (App, JoinReply) {
    let class = class_of(n);
    let reply = serde_json::to_string(&class).unwrap();
    let mut app = laid_out_game(width, height, None);
    app.insert_resource(Net::fake(move |_| Ok((200, reply.clone()))));
    boot(&mut app);
    press(&mut app, "Join my class");
    for d in CODE.chars() {
        press(&mut app, &d.to_string());
    }
    press(&mut app, "Next");
    update_until(&mut app, "the cards", |app| {
        matches!(app.world().resource::<JoinFlow>().stage, JoinStage::Cards { .. })
    });
    for _ in 0..4 {
        app.update();
    }
    assert_eq!(screen(&app), Screen::JoinClass);
    (app, class)
}

/// (left, top, right, bottom) of a laid-out node, on screen.
fn rect(app: &App, e: Entity) -> (f32, f32, f32, f32) {
    let size = app.world().get::<ComputedNode>(e).unwrap().size();
    let c = app.world().get::<UiGlobalTransform>(e).unwrap().translation;
    (c.x - size.x / 2.0, c.y - size.y / 2.0, c.x + size.x / 2.0, c.y + size.y / 2.0)
}

/// Scrolls the page so that `card` is in the middle of the window (as Tab or a drag would).
fn scroll_to(app: &mut App, card: Entity, height: f32) {
    let (_, top, _, bottom) = rect(app, card);
    let world = app.world_mut();
    let mut roots = world.query_filtered::<(&ComputedNode, &mut ScrollPosition), With<ScrollArea>>();
    for (node, mut position) in roots.iter_mut(world) {
        let visible = node.size().y * node.inverse_scale_factor;
        let most = (node.content_size().y * node.inverse_scale_factor - visible).max(0.0);
        position.y = (position.y + (top + bottom) / 2.0 - height / 2.0).clamp(0.0, most);
    }
    for _ in 0..3 {
        app.update();
    }
}

fn every_card_can_be_reached_and_seen(width: u32, height: u32, n: usize) {
    let (w, h) = (width as f32, height as f32);
    let (mut app, class) = on_the_cards(width, height, n);
    assert!(all_text(&mut app).contains("Find your card. It has your nickname and picture on it."));
    check_fits_across(&mut app, w, h);
    let mut tops: Vec<f32> = Vec::new();
    for card in &class.cards {
        let e = widget(&mut app, &card.nickname);
        scroll_to(&mut app, e, h);
        let (left, top, right, bottom) = rect(&app, e);
        let at = format!("{} at {width}×{height} with {n} cards", card.nickname);
        assert!(
            left >= -0.5 && right <= w + 0.5 && top >= -0.5 && bottom <= h + 0.5,
            "{at}: {left},{top} to {right},{bottom} is not wholly in view"
        );
        // Nothing else drawn over it: the privacy note, another card, the "More below" cue.
        let world = app.world_mut();
        let others: Vec<(String, Entity)> = world
            .query::<(Entity, &Widget, &InheritedVisibility)>()
            .iter(world)
            .filter(|(o, _, v)| *o != e && v.get())
            .map(|(o, w, _)| (w.label.clone(), o))
            .collect();
        for (label, o) in others {
            let r = rect(&app, o);
            if r.2 - r.0 <= 0.0 || r.3 - r.1 <= 0.0 || within(&app, o, e) {
                continue;
            }
            let overlap = r.0 < right - 1.0 && left < r.2 - 1.0 && r.1 < bottom - 1.0 && top < r.3 - 1.0;
            assert!(!overlap, "{at}: {label:?} {r:?} is drawn over it");
        }
        let texts: Vec<(String, Entity)> = {
            let world = app.world_mut();
            world.query::<(Entity, &Text)>().iter(world).map(|(t, text)| (text.0.clone(), t)).collect()
        };
        for (words, t) in texts.iter().filter(|(_, t)| !within(&app, *t, e)) {
            let r = rect(&app, *t);
            let overlap = r.0 < right - 1.0 && left < r.2 - 1.0 && r.1 < bottom - 1.0 && top < r.3 - 1.0;
            assert!(r.2 - r.0 <= 0.0 || !overlap, "{at}: the words {words:?} {r:?} are over it");
        }
        // The picture on the card is the nickname's own animal.
        let icons: Vec<(Entity, String)> = {
            let world = app.world_mut();
            world
                .query::<(Entity, &clickwise::theme::Icon)>()
                .iter(world)
                .map(|(i, icon)| (i, icon.name.clone()))
                .collect()
        };
        let icons: Vec<String> =
            icons.into_iter().filter(|(i, _)| within(&app, *i, e)).map(|(_, name)| name).collect();
        assert_eq!(icons, std::slice::from_ref(&card.avatar), "{at}: the card's picture");
        // In the printed card's colour.
        let c = clickwise_core::names::card_colour_named(&card.colour).expect("a card colour");
        let border = app.world().get::<BorderColor>(e).expect("a border").top;
        assert_eq!(border, Color::srgb_u8(c.rgb[0], c.rgb[1], c.rgb[2]), "{at}: its colour, {}", c.name);
        tops.push(top);
    }
    assert_eq!(tops.len(), n);
}

/// Whether `inner` is `outer` or inside it.
fn within(app: &App, inner: Entity, outer: Entity) -> bool {
    let mut at = Some(inner);
    while let Some(e) = at {
        if e == outer {
            return true;
        }
        at = app.world().get::<ChildOf>(e).map(|p| p.parent());
    }
    false
}

#[test]
fn thirty_to_thirty_six_cards_can_all_be_reached_and_seen_on_a_tablet() {
    for n in [30, 36] {
        every_card_can_be_reached_and_seen(1024, 768, n);
    }
}

#[test]
fn thirty_six_cards_can_all_be_reached_and_seen_on_a_laptop() {
    every_card_can_be_reached_and_seen(1366, 768, 36);
}
