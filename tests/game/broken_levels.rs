//! A level file with a mistake is skipped with a calm note; the other levels still play.

use crate::common::*;
use clickwise::levels::LevelLibrary;
use clickwise::screens::Screen;
use std::path::PathBuf;

/// A levels folder holding the real level, a broken one and a missing one.
fn levels_with_problems() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("clickwise-broken-levels-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let good = "ks1-pop-up-prize.level.ron";
    std::fs::copy(PathBuf::from(LEVELS).join(good), dir.join(good)).unwrap();
    std::fs::write(dir.join("broken.level.ron"), "(\n    id: \"broken\",\n    title: 42,\n)\n").unwrap();
    let catalogue = format!("(levels: [\"broken.level.ron\", \"{good}\", \"missing.level.ron\"])");
    std::fs::write(dir.join("catalogue.ron"), catalogue).unwrap();
    dir
}

#[test]
fn broken_and_missing_levels_are_skipped_and_the_rest_play() {
    let dir = levels_with_problems();
    let (mut app, _) = game(dir.to_str().unwrap(), None);
    boot(&mut app);
    let library = app.world().resource::<LevelLibrary>();
    let ids: Vec<&str> = library.levels.iter().map(|l| l.id.as_str()).collect();
    assert_eq!(ids, ["ks1-pop-up-prize"]);
    assert_eq!(library.broken.len(), 2, "{:?}", library.broken);
    // The note names the file, line and column, as the level checker would.
    assert!(library.broken[0].starts_with("levels/broken.level.ron:3:"), "{:?}", library.broken);

    new_player(&mut app, "lion");
    assert!(
        all_text(&mut app)
            .contains("2 levels couldn't be loaded: ask your teacher to run the level checker.")
    );
    press(&mut app, "The Surprise Pop-up");
    assert_eq!(screen(&app), Screen::Play);
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn a_missing_catalogue_still_reaches_the_title() {
    let dir = std::env::temp_dir().join(format!("clickwise-no-levels-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (mut app, _) = game(dir.to_str().unwrap(), None);
    boot(&mut app);
    let library = app.world().resource::<LevelLibrary>();
    assert!(library.levels.is_empty() && library.catalogue_problem.is_some());
    new_player(&mut app, "frog");
    assert!(all_text(&mut app).contains("The list of levels couldn't be loaded"));
    let _ = std::fs::remove_dir_all(dir);
}
