//! What a teacher learns from a class's first tries, worked out once here for the class
//! server's pages and files: each first try's choices that weren't safe, in words with
//! their question (`findings`), the flagged ones that are worth a quiet word, what the
//! class most often chose ("Talk about in class", `talk`), and where each pupil is with
//! each *Education for a Connected World* statement, and whether their first tries got
//! better (`statements`). Level text is shown with its placeholders filled in (`words`).
//!
//! Everything starts from the first try (`ChoiceRecord::as_first_tried`), as scoring does.

pub mod findings;
pub mod statements;
pub mod talk;
pub mod words;

pub use findings::{Finding, FindingKind, findings_with, first_try_findings, flagged, risky_choices};
pub use statements::{Change, Evidence, StatementStatus, StatementSummary, Status};
pub use talk::{TalkPoint, gather, talk_points};
pub use words::Words;
