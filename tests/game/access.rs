//! Every pupil can play: the options panel is on every screen and its choices restyle the
//! screen at once and are saved with the profile; read-aloud reads new messages for the
//! youngest (and for anyone who turns it on); sounds follow the option; the screen-reader
//! mirror's requests press and focus the game's own widgets.

use crate::common::play::*;
use crate::common::*;
use bevy::input_focus::InputFocus;
use bevy::prelude::*;
use bevy::text::FontSize;
use clickwise::access::{
    Display, MirrorRequest, MirrorRequests, OPTIONS_LABEL, READ_SCREEN_LABEL, Sound, SoundLog, SpeechLog,
};
use clickwise::play::Stage;
use clickwise::screens::Screen;
use clickwise::theme::Checked;
use clickwise_core::display::TextSize;

/// The sizes of every text on screen whose text contains `words`.
fn sizes_of(app: &mut App, words: &str) -> Vec<f32> {
    let world = app.world_mut();
    world
        .query::<(&Text, &TextFont)>()
        .iter(world)
        .filter(|(t, _)| t.0.contains(words))
        .filter_map(|(_, f)| if let FontSize::Px(px) = f.font_size { Some(px) } else { None })
        .collect()
}

fn colour_of(app: &mut App, words: &str) -> Color {
    let world = app.world_mut();
    let found =
        world.query::<(&Text, &TextColor)>().iter(world).find(|(t, _)| t.0.contains(words)).map(|(_, c)| c.0);
    found.unwrap_or_else(|| panic!("no text containing {words:?}"))
}

fn checked(app: &mut App, label: &str) -> bool {
    let entity = widget(app, label);
    app.world().get::<Checked>(entity).expect("options show their state").0
}

fn spoken(app: &App) -> String {
    app.world().resource::<SpeechLog>().0.join("\n")
}

#[test]
fn options_restyle_the_screen_at_once_and_come_back_with_the_profile() {
    let (mut app, saves) = game(LEVELS, None);
    boot(&mut app);
    let normal = sizes_of(&mut app, "Stop, think, click!");
    assert!(!normal.is_empty(), "the title has its tagline");

    // Before anyone has a profile: the options still work, for this session.
    press(&mut app, OPTIONS_LABEL);
    assert!(checked(&mut app, "Normal text"));
    press(&mut app, "Biggest text");
    assert!(checked(&mut app, "Biggest text") && !checked(&mut app, "Normal text"));
    press(&mut app, "High contrast colours");
    assert!(checked(&mut app, "High contrast colours"));
    press(&mut app, "Close");
    let biggest = sizes_of(&mut app, "Stop, think, click!");
    assert_eq!(biggest[0], (normal[0] * TextSize::Largest.scale()).round(), "text is 40% bigger");
    assert_eq!(colour_of(&mut app, "Stop, think, click!"), Color::BLACK, "high contrast: black text");

    // A new player keeps what was chosen, and it is saved with their profile.
    new_player(&mut app, "fox");
    let saved = saved_data(&saves);
    let profile = saved.active_profile().unwrap();
    assert_eq!(profile.display.text_size, TextSize::Largest);
    assert!(profile.display.high_contrast);

    // Turning contrast off puts the palette back, on this screen and the next.
    press(&mut app, OPTIONS_LABEL);
    press(&mut app, "High contrast colours");
    press(&mut app, "Normal text");
    press(&mut app, "Close");
    press(&mut app, "Change age");
    assert_eq!(screen(&app), Screen::Phase);
    assert_ne!(colour_of(&mut app, "How old"), Color::BLACK);
    assert!(!saved_data(&saves).active_profile().unwrap().display.high_contrast);
}

#[test]
fn options_are_on_every_screen_and_keep_the_players_place() {
    let (mut app, _) = game(LEVELS, None);
    boot(&mut app);
    new_player(&mut app, "owl");
    open(&mut app, "Ages 4 to 7", "The Surprise Pop-up");
    let sorted = |mut l: Vec<String>| {
        l.sort();
        l
    };
    let before = sorted(labels(&mut app));
    press(&mut app, OPTIONS_LABEL);
    assert!(all_text(&mut app).contains("stay set for this player"));
    press(&mut app, "Close");
    assert_eq!(screen(&app), Screen::Play);
    assert_eq!(sorted(labels(&mut app)), before, "the question is still there, unanswered");
    // Keyboard users land back on the Options button.
    let options = widget(&mut app, OPTIONS_LABEL);
    assert_eq!(app.world().resource::<InputFocus>().get(), Some(options));
}

#[test]
fn the_youngest_hear_each_new_message_and_choices_read_aloud() {
    let (mut app, _) = game(LEVELS, None);
    boot(&mut app);
    new_player(&mut app, "fox");
    assert!(app.world().resource::<Display>().reads_aloud, "on by default for ages 4 to 7");
    open(&mut app, "Ages 4 to 7", "The Surprise Pop-up");
    app.update();
    let s = session(&app);
    let clickwise_core::Mechanic::Choice(choice) = current(&app) else { panic!("a choice level") };
    let heard = spoken(&app);
    assert!(heard.contains(&s.fill(&choice.message)), "the message is read: {heard}");
    for option in &choice.options {
        assert!(heard.contains(&s.fill(&option.text)), "each answer is read: {heard}");
    }
    assert!(!heard.contains("Read this aloud"), "button labels aren't read as content");

    // Feedback is read too, and a speaker button reads its part again.
    play_step(&mut app, Way::Safest);
    app.update();
    assert!(matches!(session(&app).stage, Stage::Feedback { .. }));
    assert!(spoken(&app).contains("Great choice!"), "{}", spoken(&app));
    let count = app.world().resource::<SpeechLog>().0.len();
    let speakers = speakers(&mut app, None);
    assert!(!speakers.is_empty(), "the feedback has a speaker button");
    app.world_mut().trigger(bevy::ui_widgets::Activate { entity: speakers[0] });
    app.update();
    let log = &app.world().resource::<SpeechLog>().0;
    assert_eq!(log.len(), count + 1);
    assert!(log.last().unwrap().contains("Great choice!"));

    press(&mut app, READ_SCREEN_LABEL);
    assert!(spoken(&app).lines().last().is_some_and(|l| l.contains("Next")), "the whole screen, buttons too");
}

/// Each answer has its own speaker, which reads just that answer: a pupil who can't read
/// yet can hear the options one at a time before choosing.
#[test]
fn each_answer_has_a_speaker_that_reads_just_that_answer() {
    let (mut app, _) = game(LEVELS, None);
    boot(&mut app);
    new_player(&mut app, "fox");
    open(&mut app, "Ages 4 to 7", "The Surprise Pop-up");
    app.update();
    let s = session(&app);
    let clickwise_core::Mechanic::Choice(choice) = current(&app) else { panic!("a choice level") };
    for option in &choice.options {
        let text = s.fill(&option.text);
        let answer = widget(&mut app, &text);
        let own = speakers(&mut app, Some(answer));
        assert_eq!(own.len(), 1, "{text:?} has one speaker of its own");
        let speaker = own[0];
        app.world_mut().trigger(bevy::ui_widgets::Activate { entity: speaker });
        app.update();
        let said = app.world().resource::<SpeechLog>().0.last().cloned().unwrap_or_default();
        assert!(said.contains(&text), "the speaker on {text:?} said {said:?}");
        for other in choice.options.iter().filter(|o| o.id != option.id) {
            assert!(!said.contains(&s.fill(&other.text)), "and only that answer: {said:?}");
        }
    }
    // The question has its own speaker too.
    let question = s.fill(&choice.question);
    let mut heard_question = false;
    for speaker in speakers(&mut app, None) {
        app.world_mut().trigger(bevy::ui_widgets::Activate { entity: speaker });
        app.update();
        let said = app.world().resource::<SpeechLog>().0.last().cloned().unwrap_or_default();
        heard_question |=
            said.contains(&question) && !choice.options.iter().any(|o| said.contains(&s.fill(&o.text)));
    }
    assert!(heard_question, "a speaker reads just the question {question:?}");
    assert_eq!(screen(&app), Screen::Play, "hearing an answer doesn't choose it");
    assert_eq!(session(&app).stage, Stage::Answering);
}

#[test]
fn older_pupils_have_read_aloud_off_until_they_turn_it_on() {
    let (mut app, saves) = game(LEVELS, None);
    boot(&mut app);
    new_player(&mut app, "panda");
    press(&mut app, "Change age");
    press(&mut app, "Ages 9 to 11");
    assert!(!app.world().resource::<Display>().reads_aloud);
    let hidden = widget(&mut app, READ_SCREEN_LABEL);
    assert_eq!(
        app.world().get::<Node>(hidden).unwrap().display,
        bevy::ui::Display::None,
        "no speaker while off"
    );
    open(&mut app, "Ages 9 to 11", "Free Coins, Stolen Account");
    assert!(spoken(&app).is_empty(), "nothing read: {}", spoken(&app));

    press(&mut app, OPTIONS_LABEL);
    press(&mut app, "Read aloud");
    press(&mut app, "Close");
    assert!(app.world().resource::<Display>().reads_aloud);
    assert_eq!(saved_data(&saves).active_profile().unwrap().display.read_aloud, Some(true));
    let shown = widget(&mut app, READ_SCREEN_LABEL);
    assert_ne!(app.world().get::<Node>(shown).unwrap().display, bevy::ui::Display::None);
    press(&mut app, READ_SCREEN_LABEL);
    assert!(!spoken(&app).is_empty());
}

#[test]
fn calm_mode_shows_every_chat_message_at_once() {
    let (mut app, _) = game(LEVELS, None);
    boot(&mut app);
    // Long typing pauses, as in the real game.
    app.world_mut().resource_mut::<clickwise::GameConfig>().typing_delay_ms = 60_000;
    new_player(&mut app, "frog");
    press(&mut app, OPTIONS_LABEL);
    press(&mut app, "Calm mode: nothing moves");
    press(&mut app, "Close");
    open(&mut app, "Ages 4 to 7", "Chat in the Game");
    for _ in 0..10 {
        app.update();
    }
    let clickwise_core::Mechanic::Chat(chat) = current(&app) else { panic!("a chat level") };
    let s = session(&app);
    let first = chat.turns.first().expect("a first turn");
    let text = all_text(&mut app);
    for line in &first.says {
        assert!(text.contains(&s.fill(line)), "without waiting: {}", s.fill(line));
    }
    assert!(!text.contains("is typing"));
}

#[test]
fn sounds_play_for_feedback_and_stars_unless_turned_off() {
    let (mut app, _) = game(LEVELS, None);
    boot(&mut app);
    new_player(&mut app, "lion");
    open(&mut app, "Ages 4 to 7", "The Surprise Pop-up");
    play_step(&mut app, Way::Riskiest);
    assert_eq!(app.world().resource::<SoundLog>().0, vec![Sound::ThinkAgain]);
    press(&mut app, clickwise::screens::REWIND_LABEL);
    play_step(&mut app, Way::Riskiest);
    assert_eq!(app.world().resource::<SoundLog>().0.len(), 2, "once for each feedback");

    press(&mut app, OPTIONS_LABEL);
    press(&mut app, "Sounds");
    press(&mut app, "Close");
    let before = app.world().resource::<SoundLog>().0.len();
    press(&mut app, clickwise::screens::REWIND_LABEL);
    play_step(&mut app, Way::Safest);
    assert_eq!(app.world().resource::<SoundLog>().0.len(), before, "sounds are off");
}

#[test]
fn the_pages_requests_press_and_focus_the_games_own_buttons() {
    let (mut app, _) = game(LEVELS, None);
    boot(&mut app);
    let about = widget(&mut app, "About");
    app.world_mut().resource_mut::<MirrorRequests>().0.push(MirrorRequest::Focus(about.to_bits()));
    app.update();
    assert_eq!(app.world().resource::<InputFocus>().get(), Some(about), "focus moves in step");
    assert!(app.world().resource::<bevy::input_focus::InputFocusVisible>().0, "with its ring showing");

    let new_player = widget(&mut app, "New player");
    app.world_mut().resource_mut::<MirrorRequests>().0.push(MirrorRequest::Activate(new_player.to_bits()));
    app.update();
    app.update();
    assert_eq!(screen(&app), Screen::Profile, "pressing the mirrored button pressed the game's");

    // A request for a widget that has gone (the page was a frame behind) does nothing.
    app.world_mut().resource_mut::<MirrorRequests>().0.push(MirrorRequest::Activate(new_player.to_bits()));
    app.update();
    assert_eq!(screen(&app), Screen::Profile);
}
