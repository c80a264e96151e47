//! `serve_axon` and `serve_prometheus`: IP, port and rate-limit checks.

use super::*;
use crate::{AxonInfo, Axons, Error, Prometheus};
use polkadot_sdk::frame_support::assert_noop;

const IP: u128 = 0x0a00_0001; // 10.0.0.1

fn axon(
    hotkey: AccountId,
    ip: u128,
    port: u16,
    ip_type: u8,
) -> polkadot_sdk::sp_runtime::DispatchResult {
    SubtensorModule::serve_axon(
        RuntimeOrigin::signed(hotkey),
        NetUid(1),
        7,
        ip,
        port,
        ip_type,
        1,
        0,
        0,
    )
}

#[test]
fn serve_axon_stores_the_endpoint() {
    open_subnet().build_and_execute(|| {
        register(1, BOB, HOT_B);
        run_to_block(3);
        assert_ok!(axon(HOT_B, IP, 8091, 4));
        assert_eq!(last_subtensor_event(), Event::AxonServed { netuid: NetUid(1), hotkey: HOT_B });
        assert_eq!(
            Axons::<Test>::get(NetUid(1), HOT_B),
            Some(AxonInfo {
                block: 3,
                version: 7,
                ip: IP,
                port: 8091,
                ip_type: 4,
                protocol: 1,
                placeholder1: 0,
                placeholder2: 0
            })
        );
    });
}

#[test]
fn bad_endpoints_are_refused() {
    open_subnet().build_and_execute(|| {
        register(1, BOB, HOT_B);
        assert_noop!(axon(HOT_C, IP, 8091, 4), Error::<Test>::HotKeyNotRegisteredInSubNet);
        assert_noop!(axon(HOT_B, IP, 8091, 5), Error::<Test>::InvalidIpType);
        assert_noop!(axon(HOT_B, 0, 8091, 4), Error::<Test>::InvalidIpAddress);
        assert_noop!(axon(HOT_B, 0x7f00_0001, 8091, 4), Error::<Test>::InvalidIpAddress);
        assert_noop!(axon(HOT_B, 0xffff_ffff, 8091, 4), Error::<Test>::InvalidIpAddress);
        assert_noop!(axon(HOT_B, 1, 8091, 6), Error::<Test>::InvalidIpAddress);
        assert_noop!(axon(HOT_B, IP, 0, 4), Error::<Test>::InvalidPort);
        assert_noop!(
            SubtensorModule::serve_axon(
                RuntimeOrigin::signed(HOT_B),
                NetUid(9),
                7,
                IP,
                1,
                4,
                1,
                0,
                0
            ),
            Error::<Test>::SubNetworkDoesNotExist
        );
    });
}

#[test]
fn serving_is_rate_limited() {
    open_subnet().build_and_execute(|| {
        register(1, BOB, HOT_B);
        assert_ok!(axon(HOT_B, IP, 8091, 4));
        advance_blocks(49);
        assert_noop!(axon(HOT_B, IP, 8092, 4), Error::<Test>::ServingRateLimitExceeded);
        advance_blocks(1);
        assert_ok!(axon(HOT_B, IP, 8092, 4));
    });
}

#[test]
fn serve_prometheus_has_the_same_rules() {
    open_subnet().build_and_execute(|| {
        register(1, BOB, HOT_B);
        let prometheus = |port| {
            SubtensorModule::serve_prometheus(
                RuntimeOrigin::signed(HOT_B),
                NetUid(1),
                3,
                IP,
                port,
                4,
            )
        };
        assert_noop!(prometheus(0), Error::<Test>::InvalidPort);
        assert_ok!(prometheus(9090));
        assert_eq!(
            last_subtensor_event(),
            Event::PrometheusServed { netuid: NetUid(1), hotkey: HOT_B }
        );
        assert_eq!(Prometheus::<Test>::get(NetUid(1), HOT_B).unwrap().port, 9090);
        assert_noop!(prometheus(9091), Error::<Test>::ServingRateLimitExceeded);
    });
}
