//! A save as found on a device (localStorage or a file): read, migrated or kept aside,
//! never a panic; and a save that reads is written back and read again unchanged.
#![no_main]

use clickwise_core::progress::{Loaded, load, to_text};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let loaded = load(Some(text));
    if let Loaded::Current(saved) | Loaded::Migrated { data: saved, .. } = &loaded {
        let again = load(Some(&to_text(saved)));
        assert!(matches!(again, Loaded::Current(_)), "a save the game wrote reads back: {again:?}");
        assert_eq!(again.data(), *saved, "and nothing in it is lost");
    }
});
