//! The "Worried?" button is on every screen, opens a calm panel naming who to tell, and
//! closes back to exactly what was on screen.

use crate::common::play::*;
use crate::common::*;
use clickwise::play::PlaySession;
use clickwise::screens::{Screen, WORRIED_LABEL};

#[test]
fn worried_is_on_every_screen_and_closes_back_to_what_was_there() {
    let (mut app, _) = game(LEVELS, None);
    boot(&mut app);
    press(&mut app, WORRIED_LABEL);
    let text = all_text(&mut app);
    assert!(text.contains("Tell a grown-up you trust") && text.contains("never your fault"), "{text}");
    assert!(text.contains("won't be in trouble for telling"));
    press(&mut app, "Close");
    assert!(!all_text(&mut app).contains("Tell a grown-up you trust"));
    assert_eq!(screen(&app), Screen::Title);

    // Mid-level: the question is still there afterwards, and nothing was answered.
    new_player(&mut app, "fox");
    open(&mut app, "Ages 4 to 7", "The Surprise Pop-up");
    let before = session(&app).log().len();
    assert!(labels(&mut app).contains(&WORRIED_LABEL.to_string()), "on the play screen too");
    let answers_before = labels(&mut app);
    press(&mut app, WORRIED_LABEL);
    assert!(!all_text(&mut app).contains("0800 1111"), "the youngest get the simplest message");
    press(&mut app, "Close");
    assert_eq!(screen(&app), Screen::Play);
    assert_eq!(app.world().resource::<PlaySession>().log().len(), before);
    assert_eq!(labels(&mut app), answers_before);
}

#[test]
fn older_pupils_also_get_childlines_number() {
    let (mut app, _) = game(LEVELS, None);
    boot(&mut app);
    new_player(&mut app, "owl");
    press(&mut app, "Change age");
    press(&mut app, "Ages 9 to 11");
    press(&mut app, WORRIED_LABEL);
    assert!(all_text(&mut app).contains("0800 1111"));
}
