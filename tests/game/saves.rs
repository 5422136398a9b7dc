//! Saves that can't be read are kept aside, never lost, and the pupil is told calmly.

use crate::common::*;
use clickwise::progress::{KEPT_ASIDE_NOTICE, Store};
use clickwise::screens::Screen;

#[test]
fn a_corrupted_save_is_kept_aside_and_the_pupil_is_told() {
    let broken = "(version: 2, profiles: [(id: \"p1\", nickname: \"Brave";
    let (mut app, saves) = game(LEVELS, Some(broken));
    boot(&mut app);
    assert!(all_text(&mut app).contains(KEPT_ASIDE_NOTICE), "the notice is on the title screen");
    assert_eq!(saves.lock().unwrap().kept_aside, vec![broken.to_string()]);
    assert!(app.world().resource::<Store>().data.profiles.is_empty(), "started fresh");

    // Playing on saves fresh progress; the old text is still kept.
    new_player(&mut app, "koala");
    assert_eq!(saves.lock().unwrap().kept_aside, vec![broken.to_string()]);
    assert_eq!(saved_data(&saves).profiles.len(), 1);
    press(&mut app, "Change player");
    assert_eq!(screen(&app), Screen::Title);
    assert!(!all_text(&mut app).contains(KEPT_ASIDE_NOTICE), "told once, not every time");
}

#[test]
fn a_save_from_a_newer_version_is_kept_aside_too() {
    let future = "(version: 99, profiles: [], active: None, sparkles: true)";
    let (mut app, saves) = game(LEVELS, Some(future));
    boot(&mut app);
    assert!(all_text(&mut app).contains(KEPT_ASIDE_NOTICE));
    assert_eq!(saves.lock().unwrap().kept_aside, vec![future.to_string()]);
    // Nothing was written yet: the original is untouched until the pupil does something.
    assert_eq!(saves.lock().unwrap().save.as_deref(), Some(future));
}

#[test]
fn a_good_save_is_not_kept_aside() {
    let mut data = clickwise_core::progress::SaveData::new();
    data.add_profile(clickwise_core::progress::Profile::new("p1", "Brave Owl", "owl"));
    let text = clickwise_core::progress::to_text(&data);
    let (mut app, saves) = game(LEVELS, Some(&text));
    boot(&mut app);
    assert!(saves.lock().unwrap().kept_aside.is_empty());
    assert!(!all_text(&mut app).contains(KEPT_ASIDE_NOTICE));
    assert!(labels(&mut app).contains(&"Brave Owl".to_string()));
    // This profile has no age group yet, so picking it asks for one.
    press(&mut app, "Brave Owl");
    assert_eq!(screen(&app), Screen::Phase);
}

#[test]
fn on_disk_a_corrupted_save_is_renamed_and_a_fresh_one_written_beside_it() {
    let dir = std::env::temp_dir().join(format!("clickwise-save-file-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let save = dir.join("save.ron");
    std::fs::write(&save, "}}} not a save").unwrap();
    let mut config = clickwise::GameConfig::for_tests(LEVELS, None, SEED);
    config.store = clickwise::StoreKind::File(save.clone());
    let mut app = clickwise::headless_app(config);
    boot(&mut app);
    assert!(all_text(&mut app).contains(KEPT_ASIDE_NOTICE));

    let names = || -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    };
    let kept = names();
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert!(kept[0].starts_with("save.kept-") && kept[0].ends_with(".ron"), "{kept:?}");
    assert_eq!(std::fs::read_to_string(dir.join(&kept[0])).unwrap(), "}}} not a save");

    new_player(&mut app, "tiger");
    assert_eq!(names().len(), 2, "the fresh save sits beside the kept one: {:?}", names());
    let fresh = std::fs::read_to_string(&save).unwrap();
    assert!(matches!(
        clickwise_core::progress::load(Some(&fresh)),
        clickwise_core::progress::Loaded::Current(_)
    ));
    let _ = std::fs::remove_dir_all(dir);
}
