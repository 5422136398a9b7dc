//! Teacher pages, rendered on the server with maud (every value is HTML-escaped). They work
//! without JavaScript, print cleanly, and load nothing from anywhere else.

pub mod badges;
pub mod charts;
pub mod dashboard;
pub mod layout;
