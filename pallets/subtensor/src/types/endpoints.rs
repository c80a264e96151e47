//! The endpoints a neuron publishes (DESIGN 4.6): its axon ([`AxonInfo`], `serve_axon`) and its
//! metrics endpoint ([`PrometheusInfo`], `serve_prometheus`), and the address rules both follow
//! ([`check_endpoint`]).

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

/// A miner's published endpoint (`serve_axon`).
#[derive(
    Encode,
    Decode,
    DecodeWithMemTracking,
    MaxEncodedLen,
    TypeInfo,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Default,
    Debug,
)]
pub struct AxonInfo {
    /// The block it was published at (0: never).
    pub block: u64,
    /// The miner software's version.
    pub version: u32,
    /// The IP address (an IPv4 address in the low 32 bits, or IPv6).
    pub ip: u128,
    /// The port.
    pub port: u16,
    /// 4 or 6.
    pub ip_type: u8,
    /// The protocol (Bittensor: 0 TCP, 1 UDP, ...).
    pub protocol: u8,
    /// Reserved.
    pub placeholder1: u8,
    /// Reserved.
    pub placeholder2: u8,
}

/// A neuron's published metrics endpoint (`serve_prometheus`).
#[derive(
    Encode,
    Decode,
    DecodeWithMemTracking,
    MaxEncodedLen,
    TypeInfo,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Default,
    Debug,
)]
pub struct PrometheusInfo {
    /// The block it was published at (0: never).
    pub block: u64,
    /// The software's version.
    pub version: u32,
    /// The IP address.
    pub ip: u128,
    /// The port.
    pub port: u16,
    /// 4 or 6.
    pub ip_type: u8,
}

/// Why an IP endpoint is rejected.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum EndpointError {
    /// The IP type is neither 4 nor 6.
    InvalidIpType,
    /// 0, loopback, broadcast, or an IPv4 address that does not fit 32 bits.
    InvalidIpAddress,
    /// Port 0.
    InvalidPort,
}

/// Checks an endpoint as Bittensor does: the type is 4 or 6; the address is not 0; an IPv4
/// address fits 32 bits and is neither 255.255.255.255 (broadcast) nor 127.0.0.1 (loopback); an
/// IPv6 address is neither all ones nor `::1` (loopback); the port is not 0.
pub fn check_endpoint(ip: u128, port: u16, ip_type: u8) -> Result<(), EndpointError> {
    match ip_type {
        4 => {
            if ip == 0 || ip >= u128::from(u32::MAX) || ip == 0x7f00_0001 {
                return Err(EndpointError::InvalidIpAddress);
            }
        }
        6 => {
            if ip == 0 || ip == u128::MAX || ip == 1 {
                return Err(EndpointError::InvalidIpAddress);
            }
        }
        _ => return Err(EndpointError::InvalidIpType),
    }
    if port == 0 {
        return Err(EndpointError::InvalidPort);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::arithmetic_side_effects)]
    use super::*;

    #[test]
    fn endpoints() {
        assert_eq!(check_endpoint(0x0a00_0001, 8091, 4), Ok(()));
        assert_eq!(check_endpoint(0x0a00_0001, 8091, 5), Err(EndpointError::InvalidIpType));
        assert_eq!(check_endpoint(0, 8091, 4), Err(EndpointError::InvalidIpAddress));
        assert_eq!(check_endpoint(0x7f00_0001, 8091, 4), Err(EndpointError::InvalidIpAddress));
        assert_eq!(
            check_endpoint(u128::from(u32::MAX), 8091, 4),
            Err(EndpointError::InvalidIpAddress)
        );
        assert_eq!(check_endpoint(1 << 40, 8091, 4), Err(EndpointError::InvalidIpAddress));
        assert_eq!(check_endpoint(1 << 40, 8091, 6), Ok(()));
        assert_eq!(check_endpoint(1, 8091, 6), Err(EndpointError::InvalidIpAddress));
        assert_eq!(check_endpoint(u128::MAX, 8091, 6), Err(EndpointError::InvalidIpAddress));
        assert_eq!(check_endpoint(0x0a00_0001, 0, 4), Err(EndpointError::InvalidPort));
    }
}
