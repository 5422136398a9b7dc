//! Finds where something sits in a RON source, so that problems found after parsing
//! (an unreachable step, a missing "why") still point at a line and column.

/// Line and column (1-based) of byte offset `at` in `source`.
pub fn line_col(source: &str, at: usize) -> (usize, usize) {
    let before = &source[..at.min(source.len())];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

/// Position of the first `needle` at or after `from`, or of `from` itself when absent.
pub fn find_from(source: &str, from: usize, needle: &str) -> usize {
    source.get(from..).and_then(|rest| rest.find(needle)).map_or(from.min(source.len()), |i| from + i)
}

/// Byte offset of a step's `id: "…"` declaration inside `steps: [...]`.
pub fn step_offset(source: &str, step_id: &str) -> usize {
    let steps = find_from(source, 0, "steps:");
    let exact = format!("id: \"{step_id}\"");
    find_from(source, steps, &exact)
}
