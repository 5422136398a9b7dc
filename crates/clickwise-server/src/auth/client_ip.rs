//! Who is asking, as the guessing limits see it: the socket's address, or behind a
//! configured reverse proxy the address it forwarded; IPv6 addresses by their /64 (one
//! home or school network has a whole /64, so counting single addresses counts nothing).

use crate::state::AppState;
use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::HeaderMap;
use axum::http::request::Parts;
use std::convert::Infallible;
use std::net::{IpAddr, SocketAddr};

/// The caller's key for limits (`unknown` when the server runs without a socket, as in tests).
pub struct ClientIp(pub String);

impl FromRequestParts<AppState> for ClientIp {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let peer = parts.extensions.get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip());
        let ip = peer.map(|peer| client_address(peer, &parts.headers, &state.trusted_proxies));
        Ok(ClientIp(ip.map_or_else(|| "unknown".into(), limit_key)))
    }
}

/// The client's address: `peer`, unless `peer` is a trusted proxy, in which case the
/// right-most `X-Forwarded-For` entry that is not itself a trusted proxy (entries to its
/// left were written by the client and can say anything).
pub fn client_address(peer: IpAddr, headers: &HeaderMap, trusted: &[IpAddr]) -> IpAddr {
    if !trusted.contains(&peer) {
        return peer;
    }
    let forwarded = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .collect::<Vec<_>>();
    for entry in forwarded.iter().rev() {
        match entry.parse::<IpAddr>() {
            Ok(ip) if trusted.contains(&ip) => continue,
            Ok(ip) => return ip,
            // Garbage where an address should be: the proxy's own address is what we know.
            Err(_) => return peer,
        }
    }
    peer
}

/// An IPv4 address as it is; an IPv6 address as its /64 network.
pub fn limit_key(ip: IpAddr) -> String {
    match ip {
        IpAddr::V4(v4) => v4.to_string(),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => v4.to_string(),
            None => {
                let s = v6.segments();
                format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
            }
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(xff: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert("x-forwarded-for", xff.parse().unwrap());
        h
    }

    #[test]
    fn forwarded_addresses_are_believed_only_from_a_trusted_proxy() {
        let proxy: IpAddr = "10.0.0.2".parse().unwrap();
        let pupil: IpAddr = "203.0.113.7".parse().unwrap();
        let h = headers("198.51.100.1, 203.0.113.7");
        assert_eq!(client_address(proxy, &h, &[proxy]), pupil, "the right-most entry the proxy added");
        assert_eq!(client_address(proxy, &h, &[]), proxy, "no trusted proxy: the socket's address");
        let stranger: IpAddr = "192.0.2.9".parse().unwrap();
        assert_eq!(client_address(stranger, &h, &[proxy]), stranger, "anyone else can't forge it");
        assert_eq!(client_address(proxy, &headers("not-an-ip"), &[proxy]), proxy);
    }

    #[test]
    fn ipv6_is_counted_by_its_64_and_mapped_ipv4_as_ipv4() {
        let a = limit_key("2001:db8:1:2:aaaa::1".parse().unwrap());
        let b = limit_key("2001:db8:1:2:bbbb::9".parse().unwrap());
        assert_eq!(a, b);
        assert_eq!(a, "2001:db8:1:2::/64");
        assert_ne!(a, limit_key("2001:db8:1:3::1".parse().unwrap()));
        assert_eq!(limit_key("::ffff:192.0.2.1".parse().unwrap()), "192.0.2.1");
    }
}
