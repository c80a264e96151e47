//! Tests of the subtensor pallet, one file per feature, on the mock runtime of [`crate::mock`]
//! (with the real staking pallet). Every test built with `build_and_execute` ends by checking
//! both pallets' `try_state` and the issuance invariant.

#![allow(
    clippy::arithmetic_side_effects,
    clippy::indexing_slicing,
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::panic
)]

mod commit_reveal;
mod controller;
mod emission;
mod hyperparameters;
mod invariants;
mod neuron_stake;
mod per_uid_vectors;
mod pruning;
mod registration_burn;
mod registration_pow;
mod root;
mod runtime_api;
mod schedule;
mod serving;
mod set_weights;
mod subnet_removal;
mod subnets;
mod swap_hotkey;

use crate::{mock::*, Event, Hyperparameter, NetUid, Uids};
use polkadot_sdk::frame_support::assert_ok;

/// A builder with subnet 1 owned by ALICE, open to many registrations per block and interval
/// at a burn of 1 000 rao.
pub fn open_subnet() -> ExtBuilder {
    ExtBuilder::default()
        .subnet(ALICE)
        .hyperparameter(1, Hyperparameter::MaxRegistrationsPerBlock(1_000))
        .hyperparameter(1, Hyperparameter::TargetRegistrationsPerInterval(1_000))
        .hyperparameter(1, Hyperparameter::Burn(1_000))
}

/// Burned-registers `hotkey` for `coldkey` on `netuid`, checks the event, returns the uid.
pub fn register(netuid: u16, coldkey: AccountId, hotkey: AccountId) -> u16 {
    assert_ok!(SubtensorModule::burned_register(
        RuntimeOrigin::signed(coldkey),
        NetUid(netuid),
        hotkey
    ));
    let uid = Uids::<Test>::get(NetUid(netuid), hotkey).expect("registered");
    assert!(matches!(
        last_subtensor_event(),
        Event::NeuronRegistered { netuid: n, uid: u, hotkey: h, .. }
            if n == NetUid(netuid) && u == uid && h == hotkey
    ));
    uid
}

/// Sets a hyperparameter through governance.
pub fn set(netuid: u16, parameter: Hyperparameter) {
    assert_ok!(SubtensorModule::set_hyperparameter(
        RuntimeOrigin::root(),
        NetUid(netuid),
        parameter
    ));
}
