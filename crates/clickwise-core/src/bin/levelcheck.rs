//! `levelcheck [levels/]`: checks every level named by the catalogue and prints
//! `file:line:col: problem` for each error. Exits 1 if there is any problem.

use clickwise_core::catalogue::check_folder;
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let dir = std::env::args_os().nth(1).map(PathBuf::from).unwrap_or_else(|| PathBuf::from("levels"));
    if !dir.is_dir() {
        eprintln!("levelcheck: `{}` is not a folder (give the levels/ folder)", dir.display());
        return ExitCode::from(2);
    }
    let report = check_folder(&dir);
    for problem in &report.problems {
        println!("{problem}");
    }
    if report.problems.is_empty() {
        println!("levelcheck: {} levels OK in {}", report.levels.len(), dir.display());
        ExitCode::SUCCESS
    } else {
        println!("levelcheck: {} problem(s) in {}", report.problems.len(), dir.display());
        ExitCode::FAILURE
    }
}
