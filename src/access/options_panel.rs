//! The options panel, over any screen: text size, high contrast, easy-read letters, calm
//! mode (nothing moves), sounds and read-aloud. Changes show at once, are saved with the
//! player's profile, and the panel closes back to where the player was.

use super::corner::{AccessCorner, OPTIONS_LABEL, Overlay};
use super::{Display, options};
use crate::progress::Store;
use crate::theme::{self, Checked, Look, UiAssets, Widget, palette};
use bevy::input_focus::{AutoFocus, FocusCause, InputFocus};
use bevy::prelude::*;
use bevy::ui_widgets::Activate;
use clickwise_core::display::{DisplayOptions, TextSize};

#[derive(Component)]
pub(super) struct OptionsPanel;

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
    fn label(self) -> &'static str {
        match self {
            Choice::Size(size) => size.name(),
            Choice::Contrast => "High contrast colours",
            Choice::EasyRead => "Easy-read letters",
            Choice::Calm => "Calm mode: nothing moves",
            Choice::Sounds => "Sounds",
            Choice::ReadAloud => "Read aloud",
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
) {
    if !open.is_empty() {
        return;
    }
    let ui = &mut *ui;
    commands.spawn((OptionsPanel, Overlay, Name::new("options panel"), theme::overlay())).with_children(
        |shade| {
            let narrow = Node { max_width: px(820), flex_direction: FlexDirection::Column, ..default() };
            shade.spawn(narrow).with_children(|column| {
                column.spawn(theme::panel(palette::PANEL)).with_children(|p| {
                    p.spawn(theme::left_row(16.0)).with_children(|r| {
                        r.spawn(theme::icon(ui, "options", 64.0));
                        r.spawn(theme::heading(ui, "Options"));
                    });
                    p.spawn(theme::small(ui, "These stay set for this player on this device."));
                    p.spawn(theme::label(ui, "How big the words are"));
                    p.spawn(theme::row(12.0)).with_children(|r| {
                        for (i, size) in TextSize::ALL.into_iter().enumerate() {
                            let mut b = r.spawn(choice_button(ui, Choice::Size(size)));
                            b.insert(Widget { role: "radio", label: size.name().to_owned() });
                            if i == 0 {
                                b.insert(AutoFocus);
                            }
                        }
                    });
                    p.spawn(theme::label(ui, "Seeing, hearing and moving"));
                    p.spawn(theme::row(12.0)).with_children(|r| {
                        for choice in [
                            Choice::ReadAloud,
                            Choice::Sounds,
                            Choice::Contrast,
                            Choice::EasyRead,
                            Choice::Calm,
                        ] {
                            r.spawn(choice_button(ui, choice))
                                .insert(Widget { role: "switch", label: choice.label().to_owned() });
                        }
                    });
                    p.spawn(theme::row(0.0)).with_children(|r| {
                        r.spawn(theme::button(ui, "Close", Look::Primary, close_options));
                    });
                });
            });
        },
    );
}

/// A choice's button. Callers then give it its role (a size is one of three; the others
/// switch on and off).
fn choice_button(ui: &mut UiAssets, choice: Choice) -> impl Bundle {
    (
        choice,
        Checked(false),
        theme::button(
            ui,
            choice.label(),
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

fn close_options(
    _: On<Activate>,
    mut commands: Commands,
    panels: Query<Entity, With<OptionsPanel>>,
    corner: Query<&Children, With<AccessCorner>>,
    widgets: Query<&Widget>,
    mut focus: ResMut<InputFocus>,
) {
    for panel in &panels {
        commands.entity(panel).despawn();
    }
    // Back to the Options button, so keyboard users carry on from where they were.
    let options = corner
        .iter()
        .flat_map(|c| c.iter())
        .find(|e| widgets.get(*e).is_ok_and(|w| w.label == OPTIONS_LABEL));
    if let Some(button) = options {
        focus.set(button, FocusCause::Navigated);
    }
}
