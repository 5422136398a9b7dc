//! The eight strands of *Education for a Connected World*, and which strand a statement id
//! belongs to: ids start with the strand's short code (`or-lks2-report` is Online
//! relationships). The dashboard summarises results per strand with this.

/// (code, name), in the framework's order.
pub const STRANDS: [(&str, &str); 8] = [
    ("si", "Self-image and identity"),
    ("or", "Online relationships"),
    ("rep", "Online reputation"),
    ("ob", "Online bullying"),
    ("ms", "Managing online information"),
    ("hw", "Health, well-being and lifestyle"),
    ("pi", "Privacy and security"),
    ("co", "Copyright and ownership"),
];

/// The strand name for a statement id, if its prefix is a strand code.
pub fn strand_of(statement: &str) -> Option<&'static str> {
    let code = statement.split('-').next()?;
    STRANDS.iter().find(|(c, _)| *c == code).map(|(_, name)| *name)
}

#[cfg(test)]
mod tests {
    #[test]
    fn statement_ids_name_their_strand() {
        assert_eq!(super::strand_of("or-lks2-report"), Some("Online relationships"));
        assert_eq!(super::strand_of("pi-ks1-private"), Some("Privacy and security"));
        assert_eq!(super::strand_of("zz-ks1"), None);
    }
}
