//! The client's address behind reverse proxies.
//!
//! `X-Forwarded-For` is a list that every proxy appends the address it saw to; its leftmost
//! entries are whatever the client wrote. The client is therefore found from the right: the
//! connection's peer and the entries added by proxies we trust are skipped, and the first
//! address that is not one of ours is the client's. Either the proxies' addresses are listed
//! ([`ProxyTrust::Proxies`]), or their number is given ([`ProxyTrust::Hops`]) when their
//! addresses change (the peer is then the nearest proxy, and the server must not be reachable
//! but through them).

use ipnet::IpNet;
use std::net::IpAddr;

/// Which `X-Forwarded-For` entries to believe.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum ProxyTrust {
    /// No proxy: the peer is the client (the header is ignored).
    #[default]
    Off,
    /// This many proxies stand in front of the server, the peer being the nearest.
    Hops(usize),
    /// The proxies' addresses or networks; the peer must be one of them.
    Proxies(Vec<IpNet>),
}

impl ProxyTrust {
    /// From the configuration: `trusted_proxies` (addresses or CIDR networks) when given, else
    /// `hops` proxies when forwarded addresses are trusted at all. An entry that is neither an
    /// address nor a network is returned as the error.
    pub fn from_config(
        trust_forwarded_for: bool,
        hops: usize,
        trusted_proxies: &[String],
    ) -> Result<ProxyTrust, String> {
        if !trust_forwarded_for {
            return Ok(ProxyTrust::Off);
        }
        if trusted_proxies.is_empty() {
            return Ok(ProxyTrust::Hops(hops.max(1)));
        }
        trusted_proxies
            .iter()
            .map(|p| {
                let p = p.trim();
                p.parse::<IpNet>()
                    .or_else(|_| p.parse::<IpAddr>().map(IpNet::from))
                    .map_err(|_| p.to_string())
            })
            .collect::<Result<Vec<_>, _>>()
            .map(ProxyTrust::Proxies)
    }

    fn trusts(&self, ip: &IpAddr) -> bool {
        match self {
            ProxyTrust::Proxies(nets) => nets.iter().any(|n| n.contains(&normal(*ip))),
            _ => false,
        }
    }
}

/// An IPv4 address seen as IPv6 (`::ffff:a.b.c.d`) is that IPv4 address.
fn normal(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map(IpAddr::V4).unwrap_or(ip),
        v4 => v4,
    }
}

/// The client's address: `peer` is the connection's other end, `forwarded` the values of the
/// `X-Forwarded-For` headers in the order received. A hop that is not an address stops the
/// walk (what lies left of it is not to be believed); the last address reached is the answer.
pub fn client_ip(peer: IpAddr, forwarded: &[&str], trust: &ProxyTrust) -> IpAddr {
    let peer = normal(peer);
    let hops: Vec<&str> = forwarded
        .iter()
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .collect();
    match trust {
        ProxyTrust::Off => peer,
        ProxyTrust::Hops(n) => {
            // The peer is proxy 1; proxies 2..=n appended the rightmost n-1 entries.
            let mut client = peer;
            for hop in hops.iter().rev().take(*n) {
                match hop.parse::<IpAddr>() {
                    Ok(ip) => client = normal(ip),
                    Err(_) => break,
                }
            }
            client
        }
        ProxyTrust::Proxies(_) => {
            let mut client = peer;
            for hop in hops.iter().rev() {
                if !trust.trusts(&client) {
                    break;
                }
                match hop.parse::<IpAddr>() {
                    Ok(ip) => client = normal(ip),
                    Err(_) => break,
                }
            }
            client
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    fn proxies(list: &[&str]) -> ProxyTrust {
        let list: Vec<String> = list.iter().map(|s| s.to_string()).collect();
        ProxyTrust::from_config(true, 1, &list).unwrap()
    }

    #[test]
    fn without_trust_the_header_is_ignored() {
        assert_eq!(
            client_ip(ip("203.0.113.9"), &["1.2.3.4"], &ProxyTrust::Off),
            ip("203.0.113.9")
        );
    }

    #[test]
    fn the_client_cannot_choose_its_address_by_writing_the_leftmost_hop() {
        let trust = proxies(&["10.0.0.0/8"]);
        // The client wrote 1.2.3.4; the proxy appended the address it saw.
        let got = client_ip(ip("10.0.0.1"), &["1.2.3.4, 198.51.100.7"], &trust);
        assert_eq!(got, ip("198.51.100.7"));
        // Two trusted proxies in a row, the header split over two lines.
        let got = client_ip(
            ip("10.0.0.1"),
            &["6.6.6.6, 198.51.100.7", "10.0.0.2"],
            &trust,
        );
        assert_eq!(got, ip("198.51.100.7"));
        // A peer that is not a trusted proxy is the client, whatever it writes.
        assert_eq!(
            client_ip(ip("198.51.100.8"), &["1.2.3.4"], &trust),
            ip("198.51.100.8")
        );
        // Garbage stops the walk at the last good address.
        assert_eq!(
            client_ip(ip("10.0.0.1"), &["1.2.3.4, not-an-ip"], &trust),
            ip("10.0.0.1")
        );
    }

    #[test]
    fn a_hop_count_takes_that_many_entries_from_the_right() {
        let one = ProxyTrust::from_config(true, 1, &[]).unwrap();
        assert_eq!(one, ProxyTrust::Hops(1));
        assert_eq!(
            client_ip(ip("10.0.0.1"), &["1.2.3.4, 198.51.100.7"], &one),
            ip("198.51.100.7")
        );
        let two = ProxyTrust::Hops(2);
        assert_eq!(
            client_ip(ip("10.0.0.1"), &["1.2.3.4, 198.51.100.7, 10.0.0.2"], &two),
            ip("198.51.100.7")
        );
        assert_eq!(client_ip(ip("10.0.0.1"), &[], &two), ip("10.0.0.1"));
    }

    #[test]
    fn configuration_takes_addresses_and_networks_and_names_a_bad_entry() {
        assert!(matches!(
            ProxyTrust::from_config(true, 1, &["10.0.0.1".into(), "fd00::/8".into()]),
            Ok(ProxyTrust::Proxies(n)) if n.len() == 2
        ));
        assert_eq!(
            ProxyTrust::from_config(true, 1, &["proxy.local".into()]),
            Err("proxy.local".into())
        );
        assert_eq!(
            ProxyTrust::from_config(false, 3, &["10.0.0.1".into()]),
            Ok(ProxyTrust::Off)
        );
        let mapped = client_ip(
            ip("::ffff:10.0.0.1"),
            &["198.51.100.7"],
            &proxies(&["10.0.0.1"]),
        );
        assert_eq!(mapped, ip("198.51.100.7"));
    }
}
