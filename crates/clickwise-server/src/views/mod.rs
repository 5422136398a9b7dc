//! Teacher pages, rendered on the server with maud (every value is HTML-escaped). They work
//! without JavaScript, print cleanly, and load nothing from anywhere else.

pub mod badges;
pub mod charts;
pub mod class_setting;
pub mod dashboard;
pub mod dates;
pub mod dcf;
pub mod home_pack;
pub mod layout;
pub mod needs_word;
pub mod overview;
pub mod pictures;
pub mod retention;
pub mod statements;
pub mod summary;
pub mod talk;
