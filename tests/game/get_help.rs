//! The grown-ups' "Get help" page: reachable from the title, explains the routes, and is
//! the only screen with real help links.

use crate::common::*;
use clickwise::screens::Screen;

#[test]
fn grown_ups_find_childline_and_ceop_from_the_title() {
    let (mut app, _) = game(LEVELS, None);
    boot(&mut app);
    press(&mut app, "Grown-ups: get help");
    assert_eq!(screen(&app), Screen::GetHelp);
    let text = all_text(&mut app);
    for needed in
        ["trusted adult", "0800 1111", "CEOP Safety Centre", "not for bullying", "never send anything"]
    {
        assert!(text.contains(needed), "the page explains {needed:?}");
    }
    let buttons = labels(&mut app);
    assert!(buttons.contains(&"Open childline.org.uk".to_string()), "{buttons:?}");
    assert!(buttons.contains(&"Open ceop.police.uk (Safety Centre)".to_string()), "{buttons:?}");
    press(&mut app, "Back");
    assert_eq!(screen(&app), Screen::Title);
}

#[test]
fn teachers_find_each_levels_notes_by_age_group() {
    let (mut app, _) = game(LEVELS, None);
    boot(&mut app);
    press(&mut app, "Grown-ups: get help");
    press(&mut app, "Notes for teachers");
    assert_eq!(screen(&app), Screen::TeacherNotes);
    app.update();
    let text = all_text(&mut app);
    assert!(text.contains("The Surprise Pop-up") && text.contains("Talk about:"), "{text}");
    assert!(text.contains("Designated Safeguarding Lead"));
    // All of them print from the class server's /notes page.
    assert!(labels(&mut app).contains(&"Print these notes".to_string()));
    let server = app.world().resource::<clickwise::GameConfig>().server.clone();
    assert!(text.contains(&format!("{server}/notes")), "{text}");
    press(&mut app, "Ages 9 to 11");
    app.update();
    let text = all_text(&mut app);
    assert!(text.contains("The Generous Player") && !text.contains("The Surprise Pop-up"), "{text}");
    press(&mut app, "Back");
    assert_eq!(screen(&app), Screen::GetHelp);
}

/// "What was played here" says what each level teaches and, only where a first try had a
/// risky choice, gives one question to talk about together, kindly.
#[test]
fn grown_ups_see_what_each_level_teaches_and_what_to_talk_about() {
    use crate::common::play::*;

    let (mut app, _) = game(LEVELS, None);
    boot(&mut app);
    new_player(&mut app, "fox");
    for (title, way) in [("The Surprise Pop-up", Way::Riskiest), ("Spot the Trick", Way::Safest)] {
        open(&mut app, "Ages 4 to 7", title);
        while screen(&app) == Screen::Play {
            play_step(&mut app, way);
            press(&mut app, "Next");
        }
        assert_eq!(screen(&app), Screen::Results);
    }
    open_played_here(&mut app);
    assert_eq!(screen(&app), Screen::PlayedHere);
    let text = all_text(&mut app);
    let library = app.world().resource::<clickwise::levels::LevelLibrary>();
    let (popup, trick) =
        (library.get("ks1-pop-up-prize").unwrap(), library.get("ks1-spot-the-trick").unwrap());
    for level in [popup, trick] {
        assert!(text.contains(&format!("What it teaches: {}", level.objective.en)), "{text}");
    }
    assert!(text.contains("part of learning"), "said kindly: {text}");
    // A question a parent can ask without knowing the game's characters.
    let talk = "To talk about together: What does a pop-up look like? Where have you seen one?";
    assert!(text.contains(talk), "{text}");
    assert_eq!(text.matches("To talk about together").count(), 1, "only after the risky first try: {text}");
}
