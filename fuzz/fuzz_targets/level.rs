//! A level file, as bytes from any editor: read as text (BOM, CRLF, bad UTF-8), parsed and
//! validated. Out comes a level, or problems that name this file and a line in it.
#![no_main]

use clickwise_core::load::{load_level, text_of};
use clickwise_core::validate::AnyAssets;
use libfuzzer_sys::fuzz_target;

const FILE: &str = "levels/fuzz.level.ron";

fuzz_target!(|data: &[u8]| {
    let text = match text_of(data, FILE) {
        Ok(text) => text,
        Err(p) => {
            assert!(p.file == FILE && p.line >= 1 && p.col >= 1, "a bad byte is located: {p}");
            return;
        }
    };
    let lines = text.lines().count() + 1;
    match load_level(&text, FILE, &AnyAssets) {
        // A valid level can be scored: its best route is worked out without looping.
        Ok(level) => {
            let _ = clickwise_core::scoring::max_points(&level);
        }
        Err(problems) => {
            assert!(!problems.0.is_empty(), "a refusal says why");
            for p in &problems.0 {
                assert!(p.file == FILE && p.line <= lines, "a problem is located in the file: {p}");
            }
        }
    }
});
