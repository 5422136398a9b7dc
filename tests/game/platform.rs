//! What differs between web and native, tested natively: reading a reply off the wire,
//! and the hashed-name table the web build's asset reader looks names up in.

use clickwise::platform::{NameTable, parse_reply};
use std::path::Path;

#[test]
fn reads_plain_and_chunked_replies() {
    let plain = b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n{}";
    assert_eq!(parse_reply(plain), Ok((200, "{}".to_string())));
    let chunked =
        b"HTTP/1.1 404 Not Found\r\nTransfer-Encoding: chunked\r\n\r\n4\r\n{\"a\"\r\n3\r\n:1}\r\n0\r\n\r\n";
    assert_eq!(parse_reply(chunked), Ok((404, "{\"a\":1}".to_string())));
    assert!(parse_reply(b"garbage").is_err());
}

#[test]
fn names_are_looked_up_relative_to_their_folder() {
    let pairs = vec![
        (
            "assets/levels/catalogue.ron".to_string(),
            "assets/levels/catalogue.00000000000000aa.ron".to_string(),
        ),
        ("assets/icons/fox.png".to_string(), "assets/icons/fox.00000000000000bb.png".to_string()),
        ("clickwise_bg.wasm".to_string(), "clickwise_bg.00000000000000cc.wasm".to_string()),
    ];
    let levels = NameTable::for_folder("assets/levels", &pairs);
    assert_eq!(levels.lookup(Path::new("catalogue.ron")), Path::new("catalogue.00000000000000aa.ron"));
    assert_eq!(levels.lookup(Path::new("other.level.ron")), Path::new("other.level.ron"));
    let assets = NameTable::for_folder("assets", &pairs);
    assert_eq!(assets.lookup(Path::new("icons/fox.png")), Path::new("icons/fox.00000000000000bb.png"));
    // The wasm is not an asset: the table is the one made without it.
    assert_eq!(assets, NameTable::for_folder("assets", &pairs[..2]), "{assets:?}");
}
