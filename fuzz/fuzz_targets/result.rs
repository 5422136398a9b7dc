//! The pupil API's result body, any bytes: the server's own judging (JSON, shape, level,
//! re-scoring) gives a score no higher than the level's maximum, or a 4xx refusal.
#![no_main]

use clickwise_server::levels::Levels;
use clickwise_server::pupil_api::judge;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn levels() -> &'static Levels {
    static LEVELS: OnceLock<Levels> = OnceLock::new();
    LEVELS.get_or_init(|| {
        Levels::load(std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../levels"))).0
    })
}

fuzz_target!(|data: &[u8]| {
    match judge(levels(), data) {
        Ok((_, level, score)) => {
            assert!(score.points <= score.max, "{} of {}", score.points, score.max);
            assert_eq!(score.max, clickwise_core::scoring::max_points(level));
            assert!((1..=3).contains(&score.stars));
        }
        Err(refused) => assert!(refused.status().is_client_error(), "refused with {}", refused.status()),
    }
});
