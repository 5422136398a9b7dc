//! Welsh (issue #16): a player who picks Cymraeg plays in Welsh (the level's own Welsh,
//! the game's words, the feedback and the help route), a `?lang=cy` link starts new
//! players in Welsh, and English players see what they always did.

use crate::common::play::{Way, best_of, session, settle};
use crate::common::*;
use bevy::prelude::App;
use clickwise::levels::LevelLibrary;
use clickwise::play::{Draft, Stage};
use clickwise::screens::Screen;
use clickwise::{CurrentLang, GameConfig, StoreKind};
use clickwise_core::{Lang, Level, Mechanic, Phase};

/// The game's Welsh for `key`.
fn cy(key: &str) -> String {
    clickwise_core::i18n::game(Lang::Cy).get(key)
}

/// A level whose pupil-facing texts have Welsh: the tests play this one.
const LEVEL: &str = "ks1-pop-up-prize";

fn level(app: &App) -> Level {
    let level = app.world().resource::<LevelLibrary>().get(LEVEL).cloned().expect("the level loads");
    assert!(level.title.cy.is_some() && level.intro.cy.is_some(), "{LEVEL} has Welsh");
    level
}

/// Plays the current step the safest way by pressing its Welsh buttons, ending on its feedback.
fn play_step_in_welsh(app: &mut App) {
    let s = session(app);
    match s.current().expect("a step to play").1.clone() {
        Mechanic::Choice(c) => {
            press(app, &s.fill(&best_of(&c.options, Way::Safest, |o| (o.outcome, o.points)).text))
        }
        Mechanic::Report(c) => {
            for q in &c.questions {
                press(app, &s.fill(&best_of(&q.answers, Way::Safest, |a| (a.outcome, a.points)).text));
            }
        }
        Mechanic::Feed(c) => {
            for _ in 0..c.items.len() {
                settle(app);
                let s = session(app);
                let Draft::Feed(d) = &s.draft else { panic!("a feed draft") };
                let item =
                    c.items.iter().take(d.arrived).find(|i| d.move_for(&i.id).is_none()).expect("an item");
                let m = best_of(&c.moves, Way::Safest, |m| (item.judge(*m), 0));
                press(app, &format!("{}: {}", cy(m.label_key()), s.fill(&item.text)));
            }
            press(app, &cy("feed-done"));
        }
        other => panic!("{LEVEL} has a step this test doesn't play: {other:?}"),
    }
    assert!(matches!(session(app).stage, Stage::Feedback { .. }), "the step shows its feedback");
}

/// The `i`th nickname suggested, as its button shows it to a Welsh player ("Tylluan Ddoeth").
fn welsh_suggestion(app: &App, i: usize) -> String {
    let stored = &app.world().resource::<clickwise::screens::ProfileDraft>().suggestions[i];
    clickwise_core::names::nickname_in(stored, Lang::Cy)
}

/// From the title: a new player, in Welsh, with the fox, on the map of `phase` (its Welsh label).
fn new_welsh_player(app: &mut App, phase: &str) {
    press(app, "New player");
    press(app, "Cymraeg");
    let nickname = welsh_suggestion(app, 0);
    press(app, &nickname);
    press(app, "llwynog");
    press(app, "Nesaf");
    press(app, phase);
}

#[test]
fn a_player_who_picks_cymraeg_plays_a_level_in_welsh() {
    let (mut app, saves) = game(LEVELS, None);
    boot(&mut app);
    press(&mut app, "New player");
    press(&mut app, "Cymraeg");
    assert_eq!(screen(&app), Screen::Profile);
    assert!(all_text(&mut app).contains("Dewisa lysenw"), "the profile screen turns Welsh at once");
    assert!(labels(&mut app).contains(&cy("worried-button")), "so does the corner");
    let stored = app.world().resource::<clickwise::screens::ProfileDraft>().suggestions[0].clone();
    let nickname = welsh_suggestion(&app, 0);
    assert_ne!(nickname, stored, "the nickname buttons are Welsh too");
    press(&mut app, &nickname);
    press(&mut app, "llwynog");
    press(&mut app, "Nesaf");
    assert_eq!(screen(&app), Screen::Phase);
    press(&mut app, "Oed 4 i 7");
    let saved = saved_data(&saves).active_profile().cloned().expect("the new player");
    assert_eq!(saved.lang, Lang::Cy, "saved with the player");
    assert_eq!(saved.nickname, stored, "the nickname is kept as one identity, in its English words");
    let text = all_text(&mut app);
    assert!(text.contains(&nickname) && !text.contains(&stored), "the map greets them in Welsh: {text}");

    let level = level(&app);
    press(&mut app, &cy("map-all-levels"));
    press(&mut app, level.title.cy.as_deref().unwrap());
    assert_eq!(screen(&app), Screen::Play);
    let s = session(&app);
    assert_eq!(s.lang, Lang::Cy);
    let intro = s.fill(&level.intro);
    assert_ne!(level.intro.cy.as_deref(), Some(level.intro.en.as_str()), "the intro has its own Welsh");
    assert!(all_text(&mut app).contains(&intro), "the level's own Welsh intro");
    press(&mut app, &cy("play-start"));

    // The first step, answered well: Welsh feedback with the level's Welsh "why".
    let Mechanic::Choice(first) = s.current().expect("a first step").1.clone() else {
        panic!("a choice first")
    };
    play_step_in_welsh(&mut app);
    let text = all_text(&mut app);
    assert!(text.contains(&cy("feedback-safe")), "{text}");
    let why = best_of(&first.options, Way::Safest, |o| (o.outcome, o.points)).why.clone();
    assert!(text.contains(&s.fill(&why)) && why.cy.is_some(), "{text}");
    assert!(!text.contains("Great choice!") && !text.contains("points"), "no English frame: {text}");
    press(&mut app, &cy("button-next"));
    while screen(&app) == Screen::Play {
        play_step_in_welsh(&mut app);
        press(&mut app, &cy("button-next"));
    }

    // The results: Welsh cheer, buttons and the age group's Welsh help route.
    assert_eq!(screen(&app), Screen::Results);
    let text = all_text(&mut app);
    let route = app.world().resource::<LevelLibrary>().help_route(Phase::Ks1);
    assert!(text.contains(route.cy.as_deref().expect("a Welsh help route")), "{text}");
    let cheers = ["results-brilliant", "results-well-done", "results-good-try"].map(cy);
    assert!(cheers.iter().any(|c| text.contains(c.as_str())), "{text}");
    assert!(labels(&mut app).contains(&cy("results-play-again")));
    assert!(!text.contains("You finished") && !text.contains("Play again"), "{text}");

    // Worried? is Welsh too.
    press(&mut app, &cy("worried-button"));
    assert!(all_text(&mut app).contains(&cy("worried-tell")));
}

/// `?lang=cy` (a home-practice link from a Welsh-medium school): the title is in Welsh and
/// a new player starts in Welsh without picking it.
#[test]
fn a_lang_link_starts_new_players_in_welsh() {
    let mut config = GameConfig::for_tests(LEVELS, None, SEED);
    config.launch = clickwise::config::LaunchParams::from_pairs([("lang", "cy".to_string())]);
    let StoreKind::Memory(saves) = config.store.clone() else { unreachable!() };
    let mut app = clickwise::headless_app(config);
    boot(&mut app);
    assert!(all_text(&mut app).contains(&cy("title-tagline")), "{}", all_text(&mut app));
    press(&mut app, &cy("title-new-player"));
    let nickname = welsh_suggestion(&app, 0);
    press(&mut app, &nickname);
    press(&mut app, "tylluan");
    press(&mut app, "Nesaf");
    assert_eq!(saved_data(&saves).active_profile().map(|p| p.lang), Some(Lang::Cy));
}

/// An English player on a device whose last player was Welsh gets English back.
#[test]
fn each_player_keeps_their_own_language() {
    let (mut app, _) = game(LEVELS, None);
    boot(&mut app);
    new_player(&mut app, "fox");
    press(&mut app, "Change player");
    press(&mut app, "New player");
    press(&mut app, "Cymraeg");
    // Not the first suggestion: the same seed suggests the same names again.
    let nickname = welsh_suggestion(&app, 1);
    press(&mut app, &nickname);
    press(&mut app, "panda");
    press(&mut app, "Nesaf");
    assert_eq!(app.world().resource::<CurrentLang>().0, Lang::Cy);
    press(&mut app, "Oed 4 i 7");
    press(&mut app, &cy("levels-change-player"));
    // The title is in the last player's language; the English player plays in English.
    // Each player's nickname is shown as they know it: the Welsh player's in Welsh.
    let text = all_text(&mut app);
    assert!(text.contains(&cy("title-who-is-playing")));
    assert!(text.contains(&nickname), "{text}");
    let english = saved_english_player(&app);
    assert!(text.contains(&english), "the English player's in English: {text}");
    press(&mut app, &english);
    assert_eq!(app.world().resource::<CurrentLang>().0, Lang::En);
    assert!(labels(&mut app).contains(&"Change player".to_string()), "{:?}", labels(&mut app));
}

fn saved_english_player(app: &App) -> String {
    let store = app.world().resource::<clickwise::progress::Store>();
    store.data.profiles.iter().find(|p| p.lang == Lang::En).expect("an English player").nickname.clone()
}

/// A player made in English switches to Cymraeg in the options, mid-level: the level goes
/// on where it was, in Welsh, and the choice is saved with the player.
#[test]
fn a_player_switches_to_welsh_in_the_options_mid_level() {
    let (mut app, saves) = game(LEVELS, None);
    boot(&mut app);
    new_player(&mut app, "fox");
    let level = level(&app);
    crate::common::play::open(&mut app, "Ages 4 to 7", &level.title.en);
    let Some(Mechanic::Choice(first)) = session(&app).current().map(|(_, m)| m.clone()) else {
        panic!("{LEVEL} starts with a choice")
    };
    press(&mut app, clickwise::access::OPTIONS_LABEL);
    press(&mut app, "Cymraeg");
    app.update();
    assert_eq!(screen(&app), Screen::Play);
    let s = session(&app);
    assert_eq!((s.lang, s.log().len()), (Lang::Cy, 0), "the same attempt, now in Welsh");
    let question = s.fill(&first.question);
    assert!(first.question.cy.is_some() && question != first.question.en, "the question's Welsh");
    assert!(all_text(&mut app).contains(&question), "{}", all_text(&mut app));
    assert!(labels(&mut app).contains(&cy("options-button")), "the corners follow");
    assert_eq!(saved_data(&saves).active_profile().map(|p| p.lang), Some(Lang::Cy));
}

/// Whether `text` has `word` as a whole word.
fn has_word(text: &str, word: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric() && c != '-').any(|w| w == word)
}

/// A Welsh player meets the family by their Welsh names: Mum calls in this level (its only
/// caller), and every screen says "Mam", never "Mum".
#[test]
fn a_welsh_player_meets_mum_as_mam() {
    let (mut app, _) = game(LEVELS, None);
    boot(&mut app);
    new_welsh_player(&mut app, "Oed 9 i 11");
    let level = app.world().resource::<LevelLibrary>().get("uks2-ai-picture").cloned().expect("the level");
    let caller = level.cast.iter().find(|r| r.role == "caller").expect("a caller");
    assert_eq!(caller.names, [clickwise_core::Text { en: "Mum".into(), cy: Some("Mam".into()) }]);
    press(&mut app, &cy("map-all-levels"));
    press(&mut app, level.title.cy.as_deref().expect("a Welsh title"));
    press(&mut app, &cy("play-start"));
    let mut saw_mam = 0;
    while screen(&app) == Screen::Play {
        crate::common::play::settle(&mut app);
        let before = all_text(&mut app);
        crate::common::play::play_step(&mut app, Way::Safest);
        for text in [before, all_text(&mut app)] {
            assert!(!has_word(&text, "Mum"), "English \"Mum\" in Welsh: {text}");
            saw_mam += usize::from(has_word(&text, "Mam"));
        }
        press(&mut app, &cy("button-next"));
    }
    assert_eq!(screen(&app), Screen::Results);
    assert!(saw_mam > 0, "Mam calls, by her Welsh name");
    assert!(session(&app).cast.iter().any(|m| m.name.en == "Mum"), "the same character, Mum in English");
}
