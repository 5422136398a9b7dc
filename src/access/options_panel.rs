//! The options panel, over any screen: text size, high contrast, easy-read letters, calm
//! mode (nothing moves), sounds, read-aloud and the language (Cymraeg / English). Changes show at once, are saved with the
//! player's profile, and the panel closes back to where the player was. In Welsh, on a
//! device with no Welsh voice, it says so calmly: read-aloud then stays quiet.

use super::corner::{AccessCorner, OptionsButton, Overlay};
use super::{Display, options};
use crate::config::CurrentLang;
use crate::progress::Store;
use crate::theme::{self, Checked, Look, UiAssets, Widget, palette};
use crate::words::{Words, messages};
use bevy::input_focus::{AutoFocus, FocusCause, InputFocus};
use bevy::prelude::*;
use bevy::ui_widgets::Activate;
use clickwise_core::Lang;
use clickwise_core::display::{DisplayOptions, TextSize};

#[derive(Component)]
pub(super) struct OptionsPanel;

/// A language button: "Cymraeg" or "English", each in its own language.
#[derive(Component, Clone, Copy)]
struct LangChoice(Lang);

/// One choice on the panel: what pressing it changes.
#[derive(Component, Clone, Copy)]
enum Choice {
    Size(TextSize),
    Contrast,
    EasyRead,
    Calm,
    Sounds,
    ReadAloud,
}

impl Choice {
    /// Its label's message key.
    fn key(self) -> &'static str {
        match self {
            Choice::Size(TextSize::Normal) => "options-size-normal",
            Choice::Size(TextSize::Large) => "options-size-big",
            Choice::Size(TextSize::Largest) => "options-size-biggest",
            Choice::Contrast => "options-contrast",
            Choice::EasyRead => "options-easy-read",
            Choice::Calm => "options-calm",
            Choice::Sounds => "options-sounds",
            Choice::ReadAloud => "options-read-aloud",
        }
    }

    fn is_on(self, d: &Display) -> bool {
        let o = d.options;
        match self {
            Choice::Size(size) => o.text_size == size,
            Choice::Contrast => o.high_contrast,
            Choice::EasyRead => o.easy_read_font,
            Choice::Calm => o.reduced_motion,
            Choice::Sounds => o.sounds,
            Choice::ReadAloud => d.reads_aloud,
        }
    }

    fn apply(self, o: &mut DisplayOptions, reading_now: bool) {
        match self {
            Choice::Size(size) => o.text_size = size,
            Choice::Contrast => o.high_contrast = !o.high_contrast,
            Choice::EasyRead => o.easy_read_font = !o.easy_read_font,
            Choice::Calm => o.reduced_motion = !o.reduced_motion,
            Choice::Sounds => o.sounds = !o.sounds,
            // From now on the player's choice, not the age group's default.
            Choice::ReadAloud => o.read_aloud = Some(!reading_now),
        }
    }
}

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Update, show_state);
}

pub(super) fn open_options(
    _: On<Activate>,
    mut commands: Commands,
    mut ui: ResMut<UiAssets>,
    open: Query<(), With<OptionsPanel>>,
    words: Words,
) {
    if !open.is_empty() {
        return;
    }
    let ui = &mut *ui;
    let t = words.messages();
    // Only said when it is known: a browser may not have listed its voices yet.
    let no_welsh_voice = words.lang() == Lang::Cy && crate::platform::has_voice("cy") == Some(false);
    commands.spawn((OptionsPanel, Overlay, Name::new("options panel"), theme::overlay())).with_children(
        |shade| {
            let narrow = Node { max_width: px(820), flex_direction: FlexDirection::Column, ..default() };
            shade.spawn(narrow).with_children(|column| {
                column.spawn(theme::panel(palette::PANEL)).with_children(|p| {
                    p.spawn(theme::left_row(16.0)).with_children(|r| {
                        r.spawn(theme::icon(ui, "options", 64.0));
                        r.spawn(theme::heading(ui, t.get("options-button")));
                    });
                    p.spawn(theme::small(ui, t.get("options-stay-set")));
                    p.spawn(theme::label(ui, t.get("options-how-big")));
                    p.spawn(theme::row(12.0)).with_children(|r| {
                        for (i, size) in TextSize::ALL.into_iter().enumerate() {
                            let choice = Choice::Size(size);
                            let mut b = r.spawn(choice_button(ui, choice, words.lang()));
                            b.insert(Widget { role: "radio", label: t.get(choice.key()) });
                            if i == 0 {
                                b.insert(AutoFocus);
                            }
                        }
                    });
                    p.spawn(theme::label(ui, t.get("options-seeing-hearing")));
                    p.spawn(theme::row(12.0)).with_children(|r| {
                        for choice in [
                            Choice::ReadAloud,
                            Choice::Sounds,
                            Choice::Contrast,
                            Choice::EasyRead,
                            Choice::Calm,
                        ] {
                            r.spawn(choice_button(ui, choice, words.lang()))
                                .insert(Widget { role: "switch", label: t.get(choice.key()) });
                        }
                    });
                    p.spawn(theme::label(ui, t.get("options-language")));
                    p.spawn(theme::row(12.0)).with_children(|r| {
                        for (lang, key) in [(Lang::Cy, "lang-cy"), (Lang::En, "lang-en")] {
                            let label = t.get(key);
                            let on = lang == words.lang();
                            let mut b = r.spawn((
                                LangChoice(lang),
                                Checked(on),
                                theme::button(ui, &label, Look::Secondary, change_language),
                            ));
                            // One of two, like the text sizes.
                            b.insert(Widget { role: "radio", label });
                            if on {
                                b.insert(theme::selected_look());
                            }
                        }
                    });
                    if no_welsh_voice {
                        p.spawn(theme::left_row(12.0)).with_children(|r| {
                            r.spawn(theme::icon(ui, "speaker", 40.0));
                            r.spawn(theme::small(ui, t.get("options-no-welsh-voice")));
                        });
                    }
                    p.spawn(theme::row(0.0)).with_children(|r| {
                        r.spawn(theme::button(ui, &t.get("button-close"), Look::Primary, close_options));
                    });
                });
            });
        },
    );
}

/// A choice's button. Callers then give it its role (a size is one of three; the others
/// switch on and off).
fn choice_button(ui: &mut UiAssets, choice: Choice, lang: Lang) -> impl Bundle {
    (
        choice,
        Checked(false),
        theme::button(
            ui,
            &messages(lang).get(choice.key()),
            Look::Secondary,
            move |_: On<Activate>, mut store: ResMut<Store>, mut display: ResMut<Display>| {
                let reading_now = display.reads_aloud;
                options::change(&mut store, &mut display, |o| choice.apply(o, reading_now));
            },
        ),
    )
}

/// Shows each choice as on (ticked colour) or off, whenever the options change.
fn show_state(
    display: Res<Display>,
    mut choices: Query<(Entity, &Choice, &mut Checked), With<Choice>>,
    added: Query<(), Added<Choice>>,
    mut commands: Commands,
) {
    if !display.is_changed() && added.is_empty() {
        return;
    }
    for (entity, choice, mut checked) in &mut choices {
        let on = choice.is_on(&display);
        checked.set_if_neq(Checked(on));
        if on {
            commands.entity(entity).try_insert(theme::selected_look());
        } else {
            commands
                .entity(entity)
                .try_insert(theme::ButtonLook { normal: palette::PANEL, pressed: palette::SKY });
        }
    }
}

/// Another language for this player: saved with their profile, and the screen is drawn
/// again in it (a level being played goes on where it was, in the new language).
fn change_language(
    activate: On<Activate>,
    choices: Query<&LangChoice>,
    mut lang: ResMut<CurrentLang>,
    mut store: ResMut<Store>,
    session: Option<ResMut<crate::play::PlaySession>>,
    screen: Res<State<crate::screen::Screen>>,
    mut next: ResMut<NextState<crate::screen::Screen>>,
    panels: Query<Entity, With<OptionsPanel>>,
    mut commands: Commands,
) {
    let Ok(&LangChoice(choice)) = choices.get(activate.entity) else { return };
    if lang.0 == choice {
        return;
    }
    lang.0 = choice;
    if let Some(profile) = store.active_mut() {
        profile.lang = choice;
        store.save();
    }
    if let Some(mut session) = session {
        session.lang = choice;
    }
    for panel in &panels {
        commands.entity(panel).despawn();
    }
    // Leaving and entering the same screen draws it again, now in `choice`.
    next.set(*screen.get());
}

fn close_options(
    _: On<Activate>,
    mut commands: Commands,
    panels: Query<Entity, With<OptionsPanel>>,
    corner: Query<&Children, With<AccessCorner>>,
    options_buttons: Query<(), With<OptionsButton>>,
    mut focus: ResMut<InputFocus>,
) {
    for panel in &panels {
        commands.entity(panel).despawn();
    }
    // Back to the Options button, so keyboard users carry on from where they were.
    let options = corner.iter().flat_map(|c| c.iter()).find(|e| options_buttons.contains(*e));
    if let Some(button) = options {
        focus.set(button, FocusCause::Navigated);
    }
}
