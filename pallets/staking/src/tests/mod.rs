//! Tests of the staking pallet, one file per feature, on the mock runtime of [`crate::mock`].
//! Every test built with `build_and_execute` ends by checking `try_state` and the issuance
//! invariant.

#![allow(
    clippy::arithmetic_side_effects,
    clippy::indexing_slicing,
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::panic
)]

mod add_stake;
mod delegation;
mod genesis;
mod hotkeys;
mod invariants;
mod parameters;
mod payout;
mod queries;
mod remove_stake;
mod stake_changes;

use crate::{
    mock::*, Event, HoldReason, PoolShares, Pools, StakingPools, TotalColdkeyStake, TotalStake,
};
use polkadot_sdk::frame_support::{
    assert_ok,
    traits::fungible::{Inspect, InspectHold},
};

/// What a staking operation changes, for one (coldkey, hotkey) pair.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Snapshot {
    pub free: Balance,
    pub held: Balance,
    pub stake: Balance,
    pub hotkey_total: Balance,
    pub coldkey_total: Balance,
    pub total: Balance,
    pub issuance: Balance,
}

/// The state of (`coldkey`, `hotkey`) now.
pub fn snapshot(coldkey: AccountId, hotkey: AccountId) -> Snapshot {
    Snapshot {
        free: Balances::balance(&coldkey),
        held: held(coldkey),
        stake: Staking::stake(&hotkey, &coldkey),
        hotkey_total: Staking::total_hotkey_stake(&hotkey),
        coldkey_total: TotalColdkeyStake::<Test>::get(coldkey),
        total: TotalStake::<Test>::get(),
        issuance: Balances::total_issuance(),
    }
}

/// Whether `coldkey` has a stake entry (and its index entry) in `hotkey`'s pool.
pub fn has_stake_entry(coldkey: AccountId, hotkey: AccountId) -> bool {
    let Some(pool) = Pools::<Test>::get(hotkey) else { return false };
    let indexed = StakingPools::<Test>::contains_key(coldkey, pool.id);
    assert_eq!(indexed, PoolShares::<Test>::contains_key(pool.id, coldkey), "index agrees");
    indexed
}

/// The id of `hotkey`'s pool.
pub fn pool_id_of(hotkey: AccountId) -> crate::PoolId {
    Pools::<Test>::get(hotkey).expect("the hotkey has a pool").id
}

/// The balance `who` has on hold for staking.
pub fn held(who: AccountId) -> Balance {
    Balances::balance_on_hold(&HoldReason::Staked.into(), &who)
}

/// Dispatches `add_stake` and checks the event and that exactly `amount` moved from free to
/// stake, with issuance unchanged.
pub fn assert_add_stake(coldkey: AccountId, hotkey: AccountId, amount: Balance) {
    let before = snapshot(coldkey, hotkey);
    assert_ok!(Staking::add_stake(RuntimeOrigin::signed(coldkey), hotkey, amount));
    assert_eq!(last_staking_event(), Event::StakeAdded { coldkey, hotkey, amount });
    assert_eq!(
        snapshot(coldkey, hotkey),
        Snapshot {
            free: before.free - amount,
            held: before.held + amount,
            stake: before.stake + amount,
            hotkey_total: before.hotkey_total + amount,
            coldkey_total: before.coldkey_total + amount,
            total: before.total + amount,
            issuance: before.issuance,
        }
    );
}

/// Dispatches `remove_stake` and checks the event and that exactly `amount` moved from stake to
/// free, with issuance unchanged.
pub fn assert_remove_stake(coldkey: AccountId, hotkey: AccountId, amount: Balance) {
    let before = snapshot(coldkey, hotkey);
    assert_ok!(Staking::remove_stake(RuntimeOrigin::signed(coldkey), hotkey, amount));
    assert_eq!(last_staking_event(), Event::StakeRemoved { coldkey, hotkey, amount });
    assert_eq!(
        snapshot(coldkey, hotkey),
        Snapshot {
            free: before.free + amount,
            held: before.held - amount,
            stake: before.stake - amount,
            hotkey_total: before.hotkey_total - amount,
            coldkey_total: before.coldkey_total - amount,
            total: before.total - amount,
            issuance: before.issuance,
        }
    );
}
