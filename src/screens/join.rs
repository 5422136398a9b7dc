//! "Join my class": the class code on a number pad, then the pupil's own login card, then
//! its PIN. The number pad also takes the keyboard's digit keys. Before anything is sent
//! the pupil is told plainly that their teacher will see their levels and scores.

use super::Screen;
use crate::classroom::{JoinFlow, JoinStage, Sender, TEACHER_CAN_SEE, card_picture};
use crate::config::{CurrentLang, GameConfig};
use crate::theme::{self, Look, UiAssets, palette};
use crate::words::Words;
use bevy::input_focus::AutoFocus;
use bevy::prelude::*;
use bevy::ui_widgets::Activate;
use clickwise_core::i18n::Messages;
use clickwise_core::names::nickname_in;

/// The part of the screen that changes with the stage (code, cards, PIN).
#[derive(Component)]
struct JoinArea;

/// The typed digits, shown big (the PIN as dots).
#[derive(Component)]
struct DigitsShown;

/// The number pad's "Next": grey until enough digits are typed.
#[derive(Component)]
struct NextButton;

/// "Checking…" or a calm message when something didn't work.
#[derive(Component)]
struct MessageShown;

/// The note at the foot of the screen saying what the teacher will see. While the cards
/// show it moves above them, so nothing lies under (or over) the last row of cards.
#[derive(Component)]
struct PrivacyNote;

/// The screen's root, redrawn when the class turns out to play in another language.
#[derive(Component)]
struct JoinRoot;

/// How wide a login card is drawn: six to a row, so a class of 36 is six rows.
const CARD_SIZE: f32 = 140.0;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::JoinClass), spawn)
        .add_systems(
            Update,
            // Every frame, but each only writes when something differs, so an idle screen stays idle.
            (type_digits, take_the_class_language, redraw_stage, show_digits)
                .chain()
                .run_if(in_state(Screen::JoinClass)),
        )
        .add_systems(Update, on_to_the_levels);
}

/// Signed in with a card: a new profile keeps the display options picked so far, and the
/// pupil goes on to their levels.
fn on_to_the_levels(
    mut joined: MessageReader<crate::classroom::Joined>,
    display: Res<crate::access::Display>,
    mut store: ResMut<crate::progress::Store>,
    mut next: ResMut<NextState<Screen>>,
) {
    for j in joined.read() {
        if j.new_profile
            && let Some(profile) = store.data.profile_mut(&j.profile)
        {
            profile.display = display.options;
            store.save();
        }
        next.set(Screen::Levels);
    }
}

/// A class found by its code plays in the language its teacher set: the cards, the PIN
/// and the player made from them are in it from here on.
fn take_the_class_language(
    mut commands: Commands,
    flow: Res<JoinFlow>,
    mut lang: ResMut<CurrentLang>,
    roots: Query<Entity, With<JoinRoot>>,
) {
    let JoinStage::Cards { class, .. } = &flow.stage else { return };
    if lang.0 == class.lang {
        return;
    }
    lang.0 = class.lang;
    for root in &roots {
        commands.entity(root).despawn();
    }
    commands.run_system_cached(spawn);
}

fn spawn(mut commands: Commands, mut ui: ResMut<UiAssets>, words: Words) {
    let ui = &mut *ui;
    let t = words.messages();
    commands.spawn((JoinRoot, theme::screen_root(Screen::JoinClass))).with_children(|page| {
        page.spawn(theme::row(16.0)).with_children(|r| {
            r.spawn(theme::icon(ui, "key", 64.0));
            r.spawn(theme::heading(ui, t.get("join-my-class")));
        });
        // Never squeezed to fit the window: the page scrolls instead.
        page.spawn((JoinArea, Node { flex_shrink: 0.0, ..theme::column(14.0) }));
        page.spawn((PrivacyNote, Node { flex_shrink: 0.0, ..theme::column(0.0) })).with_children(|c| {
            c.spawn(privacy_panel(ui, t));
        });
    });
}

/// What the teacher will see, said before anything is sent.
fn privacy_panel(ui: &mut UiAssets, t: &Messages) -> impl Bundle + use<> {
    let said = t.format("join-nothing-else", &[("teacher_can_see", t.get(TEACHER_CAN_SEE).into())]);
    (
        theme::panel(palette::MINT),
        children![(
            theme::left_row(12.0),
            children![theme::icon(ui, "grown-up", 44.0), theme::label(ui, said)],
        )],
    )
}

/// Rebuilds the stage's part of the screen when the stage changes (not on every digit, so
/// the keyboard focus stays on the number pad).
fn redraw_stage(
    mut commands: Commands,
    flow: Res<JoinFlow>,
    area: Single<Entity, With<JoinArea>>,
    mut note: Single<&mut Node, With<PrivacyNote>>,
    mut ui: ResMut<UiAssets>,
    mut drawn: Local<Option<(Entity, JoinStage)>>,
    words: Words,
) {
    let t = words.messages();
    if drawn.as_ref().is_some_and(|(e, stage)| *e == *area && *stage == flow.stage) {
        return;
    }
    *drawn = Some((*area, flow.stage.clone()));
    let cards = matches!(flow.stage, JoinStage::Cards { .. });
    note.display = if cards { Display::None } else { Display::Flex };
    let ui = &mut *ui;
    commands.entity(*area).despawn_related::<Children>().with_children(|col| match &flow.stage {
        JoinStage::Code => {
            col.spawn(theme::label(ui, t.get("join-type-code")));
            number_pad(col, ui, t);
        }
        JoinStage::Cards { class, .. } => {
            col.spawn(theme::heading(
                ui,
                t.format("join-class-name", &[("class", (&class.class_name).into())]),
            ));
            col.spawn(privacy_panel(ui, t));
            col.spawn(theme::label(ui, t.get("join-find-card")));
            // Cards in a line share one height, so the rows stay straight.
            col.spawn(Node { align_items: AlignItems::Stretch, flex_shrink: 0.0, ..theme::row(12.0) })
                .with_children(|r| {
                    for (n, card) in class.cards.iter().enumerate() {
                        let pupil_id = card.pupil_id;
                        // Stored in English, shown in the class's language ("Tylluan Ddoeth").
                        let shown = nickname_in(&card.nickname, words.lang());
                        let caption = (theme::label(ui, shown.clone()), Pickable::IGNORE);
                        let mut button = r.spawn(theme::picture_button(
                            ui,
                            &shown,
                            &card_picture(&card.nickname, &card.avatar),
                            caption,
                            CARD_SIZE,
                            move |_: On<Activate>, mut flow: ResMut<JoinFlow>| flow.choose_card(pupil_id),
                        ));
                        if let Some(c) = clickwise_core::names::card_colour_named(&card.colour) {
                            button.insert(theme::coloured_card(Color::srgb_u8(c.rgb[0], c.rgb[1], c.rgb[2])));
                        }
                        if n == 0 {
                            button.insert(AutoFocus);
                        }
                    }
                });
            col.spawn((MessageShown, theme::label(ui, "")));
            back_button(col, ui, t);
        }
        JoinStage::Pin { card, .. } => {
            col.spawn(theme::row(14.0)).with_children(|r| {
                r.spawn(theme::icon(ui, &card_picture(&card.nickname, &card.avatar), 72.0));
                r.spawn(theme::heading(ui, nickname_in(&card.nickname, words.lang())));
            });
            col.spawn(theme::label(ui, t.get("join-type-pin")));
            number_pad(col, ui, t);
        }
    });
}

/// The digits shown so far, the number pad, and Next / Back.
fn number_pad(col: &mut ChildSpawnerCommands, ui: &mut UiAssets, t: &Messages) {
    col.spawn((
        DigitsShown,
        Text::new(""),
        theme::font(&ui.bold, 48.0),
        TextColor(palette::INK),
        TextLayout::justify(Justify::Center),
    ));
    col.spawn((MessageShown, theme::label(ui, ""), TextLayout::justify(Justify::Center)));
    col.spawn(theme::column(10.0)).with_children(|pad| {
        for keys in [["1", "2", "3"], ["4", "5", "6"], ["7", "8", "9"]] {
            pad.spawn(theme::row(10.0)).with_children(|r| {
                for key in keys {
                    digit_button(r, ui, key, key == "1");
                }
            });
        }
        pad.spawn(theme::row(10.0)).with_children(|r| {
            r.spawn(theme::button(
                ui,
                &t.get("join-delete"),
                Look::Secondary,
                |_: On<Activate>, mut flow: ResMut<JoinFlow>| flow.delete(),
            ));
            digit_button(r, ui, "0", false);
            r.spawn((
                NextButton,
                theme::button(
                    ui,
                    &t.get("button-next"),
                    Look::Primary,
                    |_: On<Activate>, mut flow: ResMut<JoinFlow>, sender: Sender| flow.submit(&sender),
                ),
            ));
        });
    });
    back_button(col, ui, t);
}

fn digit_button(r: &mut ChildSpawnerCommands, ui: &mut UiAssets, key: &'static str, focus: bool) {
    let digit = key.chars().next().unwrap_or('0');
    let mut button =
        r.spawn(theme::button(ui, key, Look::Answer, move |_: On<Activate>, mut flow: ResMut<JoinFlow>| {
            flow.press_digit(digit)
        }));
    if focus {
        button.insert(AutoFocus);
    }
}

fn back_button(col: &mut ChildSpawnerCommands, ui: &mut UiAssets, t: &Messages) {
    col.spawn(theme::row(0.0)).with_children(|r| {
        r.spawn(theme::button(
            ui,
            &t.get("button-back"),
            Look::Secondary,
            |_: On<Activate>, mut flow: ResMut<JoinFlow>, mut next: ResMut<NextState<Screen>>| {
                if !flow.back() {
                    next.set(Screen::Title);
                }
            },
        ));
    });
}

/// Shows the digits (PIN digits as dots, so a neighbour can't read it), the message, and
/// greys "Next" until enough digits are typed.
fn show_digits(
    flow: Res<JoinFlow>,
    mut digits: Query<&mut Text, (With<DigitsShown>, Without<MessageShown>)>,
    mut message: Query<&mut Text, (With<MessageShown>, Without<DigitsShown>)>,
    mut buttons: Query<&mut theme::ButtonLook, With<NextButton>>,
    words: Words,
) {
    let pin = matches!(flow.stage, JoinStage::Pin { .. });
    let shown: Vec<String> = (0..flow.wanted_digits())
        .map(|i| match flow.digits.chars().nth(i) {
            // An asterisk: the game font has no round dot.
            Some(_) if pin => "*".to_owned(),
            Some(d) => d.to_string(),
            None => "_".to_owned(),
        })
        .collect();
    let shown = shown.join(" ");
    for mut text in &mut digits {
        if text.0 != shown {
            text.0 = shown.clone();
        }
    }
    let said = match (&flow.message, flow.waiting) {
        (_, true) => words.get("join-checking"),
        (Some(m), _) => m.clone(),
        (None, _) => String::new(),
    };
    for mut text in &mut message {
        if text.0 != said {
            text.0 = said.clone();
        }
    }
    let next = if flow.ready() { palette::TEAL } else { palette::DISABLED };
    for mut look in &mut buttons {
        if look.normal != next {
            look.normal = next;
        }
    }
}

/// Digit keys (top row and number pad) and Backspace work as the on-screen pad does.
fn type_digits(keys: Option<Res<ButtonInput<KeyCode>>>, mut flow: ResMut<JoinFlow>, sender: Sender) {
    let Some(keys) = keys else { return };
    if matches!(flow.stage, JoinStage::Cards { .. }) {
        return;
    }
    const DIGITS: [(KeyCode, KeyCode, char); 10] = [
        (KeyCode::Digit0, KeyCode::Numpad0, '0'),
        (KeyCode::Digit1, KeyCode::Numpad1, '1'),
        (KeyCode::Digit2, KeyCode::Numpad2, '2'),
        (KeyCode::Digit3, KeyCode::Numpad3, '3'),
        (KeyCode::Digit4, KeyCode::Numpad4, '4'),
        (KeyCode::Digit5, KeyCode::Numpad5, '5'),
        (KeyCode::Digit6, KeyCode::Numpad6, '6'),
        (KeyCode::Digit7, KeyCode::Numpad7, '7'),
        (KeyCode::Digit8, KeyCode::Numpad8, '8'),
        (KeyCode::Digit9, KeyCode::Numpad9, '9'),
    ];
    for (top, pad, digit) in DIGITS {
        if keys.just_pressed(top) || keys.just_pressed(pad) {
            flow.press_digit(digit);
        }
    }
    if keys.just_pressed(KeyCode::Backspace) {
        flow.delete();
    }
    if keys.just_pressed(KeyCode::NumpadEnter) {
        flow.submit(&sender);
    }
}

/// Opens the screen, with the code from a join link already typed in.
pub fn open(config: &GameConfig, flow: &mut JoinFlow, next: &mut NextState<Screen>) {
    *flow = JoinFlow::start(config.launch.class_code.as_deref());
    next.set(Screen::JoinClass);
}
