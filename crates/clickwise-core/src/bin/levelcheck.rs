//! `levelcheck [--report [--json]] [levels/]`: checks every level named by the catalogue
//! and prints `file:line:col: problem` for each error; exits 1 if there is any problem.
//! `--report` also prints what the levels cover (strands × phases, the policy's curriculum
//! bullets × levels, readability per level, how much is in Welsh per phase); `--json`
//! prints that report as JSON instead.

use clickwise_core::catalogue::check_folder;
use clickwise_core::coverage::Coverage;
use std::path::PathBuf;
use std::process::ExitCode;

/// Per phase: how many steps are Choice, and how many levels have a consequence scene,
/// variants and a feed (the game-world play rules).
fn play_table(levels: &[clickwise_core::Level]) -> String {
    use clickwise_core::validate::PlayShare;
    let mut out = String::from("Play rules (Choice at most 50% of steps; a third of levels with variants)\n");
    out.push_str("phase          levels  steps  choice  consequence  variants  feed\n");
    for phase in clickwise_core::Phase::ALL {
        let s = PlayShare::of(phase, levels);
        out.push_str(&format!(
            "{:<14} {:>6} {:>6} {:>6}% {:>12} {:>9} {:>5}\n",
            phase.label(),
            s.levels,
            s.steps,
            s.choice_percent(),
            s.with_consequence,
            s.with_variants,
            s.with_feed
        ));
    }
    out
}

fn main() -> ExitCode {
    let mut dir = PathBuf::from("levels");
    let (mut report_wanted, mut json) = (false, false);
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--report" => report_wanted = true,
            "--json" => json = true,
            flag if flag.starts_with("--") => {
                eprintln!("levelcheck: unknown option `{flag}` (use --report, --json)");
                return ExitCode::from(2);
            }
            path => dir = PathBuf::from(path),
        }
    }
    if !dir.is_dir() {
        eprintln!("levelcheck: `{}` is not a folder (give the levels/ folder)", dir.display());
        return ExitCode::from(2);
    }
    let report = check_folder(&dir);
    // With --json, stdout is only JSON; problems go to stderr.
    for problem in &report.problems {
        if json {
            eprintln!("{problem}");
        } else {
            println!("{problem}");
        }
    }
    if report_wanted || json {
        match &report.curriculum {
            Some(curriculum) => {
                let coverage = Coverage::of(curriculum, &report.levels);
                if json {
                    println!("{}", coverage.json());
                } else {
                    println!("{}", coverage.table());
                    println!("{}", play_table(&report.levels));
                }
            }
            None => eprintln!("levelcheck: no readable curriculum.ron in {}, so no report", dir.display()),
        }
    }
    let summary = if report.problems.is_empty() {
        format!("levelcheck: {} levels OK in {}", report.levels.len(), dir.display())
    } else {
        format!("levelcheck: {} problem(s) in {}", report.problems.len(), dir.display())
    };
    if json {
        eprintln!("{summary}");
    } else {
        println!("{summary}");
    }
    if report.problems.is_empty() { ExitCode::SUCCESS } else { ExitCode::FAILURE }
}
