//! A new player picks a made-up nickname from word-list suggestions, an avatar and a
//! language (Cymraeg / English: the screen switches as soon as one is picked). There is
//! no typing: no real names can be entered.

use super::Screen;
use crate::config::{CurrentLang, GameConfig};
use crate::progress::Store;
use crate::theme::{self, ButtonLook, Checked, Look, UiAssets, Widget, palette};
use crate::words::Words;
use bevy::input_focus::AutoFocus;
use bevy::prelude::*;
use bevy::ui_widgets::Activate;
use clickwise_core::Lang;
use clickwise_core::names::{PUPIL_AVATARS, nickname_in};
use clickwise_core::progress::Profile;
use clickwise_core::shuffle::{nickname_suggestions, rng};

const SUGGESTIONS: usize = 4;

/// The choices made so far on the profile screen.
#[derive(Resource, Default, Debug)]
pub struct ProfileDraft {
    /// As stored (English words); each button shows its suggestion in the screen's language.
    pub suggestions: Vec<String>,
    pub nickname: Option<String>,
    pub avatar: Option<String>,
    draws: u64,
    /// The language the screen was drawn in: another one picked redraws it, keeping the picks.
    drawn_in: Option<Lang>,
}

impl ProfileDraft {
    fn draw(&mut self, seed: u64) {
        self.draws += 1;
        self.suggestions = nickname_suggestions(&mut rng(seed.wrapping_add(self.draws)), SUGGESTIONS);
        self.nickname = None;
    }
}

/// Which suggestion a nickname button shows.
#[derive(Component)]
struct NicknameSlot(usize);

#[derive(Component)]
struct AvatarChoice(String);

/// A language button: "Cymraeg" or "English", each written in its own language.
#[derive(Component)]
struct LangChoice(Lang);

/// "Next": grey until a nickname and a picture are picked.
#[derive(Component)]
struct NextButton;

#[derive(Component)]
struct ProfileRoot;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<ProfileDraft>()
        .add_systems(OnEnter(Screen::Profile), (start_draft, spawn).chain())
        .add_systems(
            Update,
            (redraw_in_new_language, show_choices.run_if(resource_changed::<ProfileDraft>), show_language)
                .chain()
                .run_if(in_state(Screen::Profile)),
        );
}

fn start_draft(mut draft: ResMut<ProfileDraft>, config: Res<GameConfig>) {
    *draft = ProfileDraft::default();
    draft.draw(config.seed);
}

/// A language was picked: the same screen, with the same picks, in that language.
fn redraw_in_new_language(
    mut commands: Commands,
    roots: Query<Entity, With<ProfileRoot>>,
    mut draft: ResMut<ProfileDraft>,
    lang: Res<CurrentLang>,
) {
    if draft.drawn_in.is_none_or(|drawn| drawn == lang.0) {
        return;
    }
    for root in &roots {
        commands.entity(root).despawn();
    }
    // Redraws the picks' highlights on the new buttons.
    draft.set_changed();
    commands.run_system_cached(spawn);
}

fn spawn(mut commands: Commands, mut ui: ResMut<UiAssets>, mut draft: ResMut<ProfileDraft>, words: Words) {
    let relanguaged = draft.drawn_in.is_some();
    draft.drawn_in = Some(words.lang());
    let ui = &mut *ui;
    commands.spawn((ProfileRoot, theme::screen_root(Screen::Profile))).with_children(|page| {
        page.spawn(theme::row(16.0)).with_children(|r| {
            r.spawn(theme::icon(ui, "padlock", 64.0));
            r.spawn(theme::heading(ui, words.get("profile-pick-nickname")));
        });
        page.spawn(theme::small(ui, words.get("profile-made-up-name")));
        page.spawn(theme::row(12.0)).with_children(|r| {
            for slot in 0..SUGGESTIONS {
                let label = nickname_in(&draft.suggestions[slot], words.lang());
                let mut button = r.spawn((
                    NicknameSlot(slot),
                    theme::button(
                        ui,
                        &label,
                        Look::Secondary,
                        move |_: On<Activate>, mut draft: ResMut<ProfileDraft>| {
                            draft.nickname = draft.suggestions.get(slot).cloned();
                        },
                    ),
                ));
                if slot == 0 && !relanguaged {
                    button.insert(AutoFocus);
                }
            }
            r.spawn(theme::button(
                ui,
                &words.get("profile-other-names"),
                Look::Secondary,
                |_: On<Activate>, mut draft: ResMut<ProfileDraft>, config: Res<GameConfig>| {
                    draft.draw(config.seed)
                },
            ));
        });
        page.spawn(theme::heading(ui, words.get("profile-pick-picture")));
        page.spawn(theme::column(0.0)).with_children(|c| {
            c.spawn(theme::row(12.0)).with_children(|r| {
                for &avatar in PUPIL_AVATARS {
                    let name = words.get(&format!("animal-{avatar}"));
                    let caption = (
                        Text::new(name.clone()),
                        theme::font(&ui.regular, 18.0),
                        TextColor(palette::INK),
                        Pickable::IGNORE,
                    );
                    r.spawn((
                        AvatarChoice(avatar.to_owned()),
                        theme::picture_button(
                            ui,
                            &name,
                            avatar,
                            caption,
                            120.0,
                            move |_: On<Activate>, mut draft: ResMut<ProfileDraft>| {
                                draft.avatar = Some(avatar.to_owned());
                            },
                        ),
                    ));
                }
            });
        });
        page.spawn(theme::row(16.0)).with_children(|r| {
            r.spawn((
                NextButton,
                theme::button(ui, &words.get("button-next"), Look::Primary, create_profile),
            ));
            r.spawn(theme::button(
                ui,
                &words.get("button-back"),
                Look::Secondary,
                |_: On<Activate>, mut next: ResMut<NextState<Screen>>| next.set(Screen::Title),
            ));
            // The language, beside Next and Back so the screen still fits a tablet unscrolled.
            for (lang, key) in [(Lang::Cy, "lang-cy"), (Lang::En, "lang-en")] {
                let mut button = r.spawn((
                    LangChoice(lang),
                    theme::button(
                        ui,
                        &words.get(key),
                        Look::Secondary,
                        move |_: On<Activate>, mut current: ResMut<CurrentLang>| {
                            current.set_if_neq(CurrentLang(lang));
                        },
                    ),
                ));
                if relanguaged && lang == words.lang() {
                    button.insert(AutoFocus);
                }
            }
        });
    });
}

fn create_profile(
    _: On<Activate>,
    draft: Res<ProfileDraft>,
    mut store: ResMut<Store>,
    config: Res<GameConfig>,
    display: Res<crate::access::Display>,
    lang: Res<CurrentLang>,
    mut next: ResMut<NextState<Screen>>,
) {
    // "Next" does nothing until both are picked; the button stays grey until then.
    let (Some(nickname), Some(avatar)) = (&draft.nickname, &draft.avatar) else { return };
    let id = format!("p{}-{}", crate::platform::now_millis(), config.seed % 10_000);
    let mut profile = Profile::new(id, nickname.clone(), avatar.clone());
    // Options chosen before there was a profile come along with it.
    profile.display = display.options;
    profile.lang = lang.0;
    store.data.add_profile(profile);
    store.notice = None;
    store.save();
    next.set(Screen::Phase);
}

/// Shows the current suggestions, highlights what is picked, and greys "Next" until ready.
fn show_choices(
    draft: Res<ProfileDraft>,
    mut buttons: Query<(
        Entity,
        Option<&Checked>,
        &mut Widget,
        &mut ButtonLook,
        Option<&NicknameSlot>,
        Option<&AvatarChoice>,
        Has<NextButton>,
        &Children,
    )>,
    mut texts: Query<&mut Text>,
    mut commands: Commands,
    lang: Res<CurrentLang>,
) {
    let ready = draft.nickname.is_some() && draft.avatar.is_some();
    for (entity, checked, mut widget, mut look, slot, avatar, is_next, children) in &mut buttons {
        let selected = if let Some(NicknameSlot(i)) = slot {
            let suggestion = draft.suggestions.get(*i);
            let label = suggestion.map(|n| nickname_in(n, lang.0)).unwrap_or_default();
            if widget.label != label {
                widget.label = label.clone();
                for child in children.iter() {
                    if let Ok(mut text) = texts.get_mut(child) {
                        text.0 = label.clone();
                    }
                }
            }
            suggestion.is_some() && draft.nickname.as_ref() == suggestion
        } else if let Some(AvatarChoice(name)) = avatar {
            draft.avatar.as_deref() == Some(name.as_str())
        } else if is_next {
            look.normal = if ready { palette::TEAL } else { palette::DISABLED };
            continue;
        } else {
            continue;
        };
        look.normal = if selected { palette::SELECTED } else { palette::PANEL };
        // Screen readers (and the browser test) hear which name and picture are picked.
        if checked != Some(&Checked(selected)) {
            commands.entity(entity).try_insert(Checked(selected));
        }
    }
}

/// Highlights the language in use, and tells screen readers which it is.
fn show_language(
    lang: Res<CurrentLang>,
    mut buttons: Query<(Entity, &LangChoice, Option<&Checked>, &mut ButtonLook)>,
    mut commands: Commands,
) {
    for (entity, choice, checked, mut look) in &mut buttons {
        let selected = choice.0 == lang.0;
        if checked != Some(&Checked(selected)) {
            look.normal = if selected { palette::SELECTED } else { palette::PANEL };
            commands.entity(entity).try_insert(Checked(selected));
        }
    }
}
