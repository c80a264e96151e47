//! # `swap_hotkey`: moving a hotkey's registrations and stake to a new hotkey
//!
//! The owner coldkey of a hotkey moves everything the hotkey has to a new, unused hotkey: its
//! uids, endpoints and weight commits on every network, its stake (through
//! [`Config::HotkeySwap`]), and the rewards the last epochs loaded for it but did not pay yet.
//!
//! Admission, in order, each failure a named error:
//!
//! 1. the new hotkey is not the old one;
//! 2. the old hotkey has an owner, 3. the signing coldkey;
//! 4. the new hotkey is unused: no owner, no registration, not swapped away itself;
//! 5. the rate limit: the old hotkey did not itself receive a swap less than
//!    [`HotkeySwapRateLimit`] blocks ago ([`LastHotkeySwap`]), and the rewards loaded before
//!    its own last swap away, if any, are paid ([`SwappedHotkey`]);
//! 6. the coldkey can pay [`KeySwapCost`], which is burned: it leaves total issuance, as a
//!    registration burn does.
//!
//! The rate limit is per hotkey, not per coldkey: what it limits is how often a neuron changes
//! key (and so how long a chain of redirects can grow), while a coldkey whose hotkeys leaked
//! must be able to move all of them at once. Spam is priced by the swap cost.
//!
//! ## Loaded rewards
//!
//! [`crate::LoadedEmission`] names hotkeys, up to 4096 a subnet; rewriting those vectors in the
//! call would cost their whole size in proof. Instead the swap records a redirect,
//! `SwappedHotkey[old] = (new, block)`, in O(1), and the payout ([`crate::coinbase`]) pays a
//! reward naming `old` to `new` if the reward may have been loaded at or before `block`: that
//! is, if its subnet's loaded rewards go back to that block ([`crate::LoadedEmissionSince`]). A
//! redirect is followed up to [`MAX_SWAP_REDIRECT_HOPS`] times (a new hotkey swapped again).
//! No redirect is recorded when nothing is loaded. Once every reward loaded at or before its
//! block is paid, a redirect can never apply again; the payout then forgets it
//! ([`SwappedHotkeyQueue`], oldest first, [`MAX_SWAPPED_HOTKEYS_PRUNED_PER_BLOCK`] a block).
//!
//! The old hotkey keeps its owner in the staking pallet, so no other coldkey can ever register
//! it and collect what was meant for it. Its owner may register it again; a reward it then
//! earns on a subnet whose rewards loaded before the swap are still being paid goes to the new
//! hotkey too (both are the owner's).
//!
//! ## Weight commits
//!
//! A commit's hash names the hotkey that made it, so the new hotkey could not reveal the
//! commits it receives. The swap records, per network, the former hotkeys whose commits a
//! hotkey holds ([`FormerCommitHotkeys`], the most recent [`MAX_UNREVEALED_COMMITS`]); a
//! reveal matches a hash made with the revealing hotkey or with one of them. Only the owner of
//! a hotkey can add to that list, so a validator still cannot reveal another's commit.

use crate::{
    types::{MAX_UNREVEALED_COMMITS, TAO},
    Config, Error, Event, FormerCommitHotkeys, HotkeySwapRateLimit, IsNetworkMember, KeySwapCost,
    LastHotkeySwap, LoadedEmission, Pallet, SwappedHotkey, SwappedHotkeyQueue,
    SwappedHotkeyQueueBounds, WeightCommits,
};
use alloc::vec::Vec;
use finney_support::{HotkeyOwnership, HotkeySwap, NetUid};
use polkadot_sdk::{
    frame_support::{
        defensive, ensure,
        traits::{
            fungible::{Inspect, Mutate},
            tokens::{Fortitude, Precision, Preservation},
            Get,
        },
        weights::Weight,
    },
    sp_runtime::{traits::UniqueSaturatedFrom, DispatchResult},
};

/// The default [`KeySwapCost`]: 1 TAO, as Bittensor's `KeySwapCost`.
pub const DEFAULT_KEY_SWAP_COST: u64 = TAO;

/// The default [`HotkeySwapRateLimit`]: a day of 12 s blocks.
pub const DEFAULT_HOTKEY_SWAP_RATE_LIMIT: u64 = 7_200;

/// The most redirects a payout follows from the hotkey a reward names: a hotkey swapped to
/// one that was swapped again, and so on, while the reward waited. A longer chain pays the
/// hotkey reached (the same coldkey owns them all); with the rate limit, a chain needs
/// rewards that stay unpaid for days.
pub const MAX_SWAP_REDIRECT_HOPS: u32 = 4;

/// The most redirects the payout of one block forgets.
pub const MAX_SWAPPED_HOTKEYS_PRUNED_PER_BLOCK: u32 = 16;

impl<T: Config> Pallet<T> {
    /// See [`Pallet::swap_hotkey`] and the module documentation: the admission rules in order,
    /// then the burn, the staking state, the registrations and commits on every network, the
    /// redirect of loaded rewards and the rate limit's record.
    pub(crate) fn do_swap_hotkey(
        coldkey: T::AccountId,
        old_hotkey: T::AccountId,
        new_hotkey: T::AccountId,
    ) -> DispatchResult {
        // 1. Not the same hotkey.
        ensure!(old_hotkey != new_hotkey, Error::<T>::NewHotKeyIsSameWithOld);
        // 2. The old hotkey has an owner, 3. the signer.
        let owner =
            T::HotkeyOwnership::owner_of(&old_hotkey).ok_or(Error::<T>::HotKeyAccountNotExists)?;
        ensure!(owner == coldkey, Error::<T>::NonAssociatedColdkey);
        // 4. The new hotkey is unused (a swapped-away hotkey keeps its owner, so it is never
        //    reused; its redirect is checked too, whatever staking does).
        ensure!(
            !T::HotkeyOwnership::hotkey_exists(&new_hotkey)
                && !Self::is_registered_anywhere(&new_hotkey)
                && !SwappedHotkey::<T>::contains_key(&new_hotkey),
            Error::<T>::HotKeyAlreadyExists
        );
        // 5. The rate limit of the hotkey, and no rewards still redirected from it.
        let now = Self::current_block();
        if let Some(last) = LastHotkeySwap::<T>::get(&old_hotkey) {
            ensure!(
                now.saturating_sub(last) >= HotkeySwapRateLimit::<T>::get(),
                Error::<T>::HotKeySetTxRateLimitExceeded
            );
        }
        ensure!(
            !SwappedHotkey::<T>::contains_key(&old_hotkey),
            Error::<T>::SwappedHotKeyRewardsPending
        );
        // 6. The swap cost, burned.
        let cost = KeySwapCost::<T>::get();
        Self::burn_swap_cost(&coldkey, cost)?;

        T::HotkeySwap::swap_hotkey(&old_hotkey, &new_hotkey)?;
        // Entries on removed subnets whose uids are still being cleared stay with the old
        // hotkey, and are cleared with them.
        let netuids: Vec<NetUid> = IsNetworkMember::<T>::iter_key_prefix(&old_hotkey)
            .filter(|netuid| Self::subnet_exists(*netuid))
            .collect();
        for netuid in netuids {
            Self::move_former_commit_hotkeys(netuid, &old_hotkey, &new_hotkey);
            Self::swap_neuron_hotkey(netuid, &old_hotkey, &new_hotkey);
        }
        // The stake moved with the registrations; the uids keep their entries, refreshed here
        // because staking does not report a swap.
        Self::refresh_neuron_stake(&new_hotkey);
        Self::redirect_loaded_emission(&old_hotkey, &new_hotkey, now);
        LastHotkeySwap::<T>::remove(&old_hotkey);
        LastHotkeySwap::<T>::insert(&new_hotkey, now);
        Self::deposit_event(Event::HotkeySwapped { coldkey, old_hotkey, new_hotkey, cost });
        Ok(())
    }

    /// Burns `cost` rao from `coldkey`'s free balance, keeping the account alive: it leaves
    /// total issuance.
    fn burn_swap_cost(coldkey: &T::AccountId, cost: u64) -> DispatchResult {
        if cost == 0 {
            return Ok(());
        }
        let amount = <crate::BalanceOf<T>>::unique_saturated_from(cost);
        ensure!(
            T::Currency::reducible_balance(coldkey, Preservation::Preserve, Fortitude::Polite)
                >= amount,
            Error::<T>::NotEnoughBalanceToPaySwapHotKey
        );
        T::Currency::burn_from(
            coldkey,
            amount,
            Preservation::Preserve,
            Precision::Exact,
            Fortitude::Polite,
        )
        .map_err(|_| Error::<T>::NotEnoughBalanceToPaySwapHotKey)?;
        Ok(())
    }

    /// Before the commits of `old_hotkey` on `netuid` move to `new_hotkey`: records that
    /// `new_hotkey` holds the commits of `old_hotkey` and of the hotkeys `old_hotkey` held
    /// commits of, most recent first, at most [`MAX_UNREVEALED_COMMITS`]. Nothing if
    /// `old_hotkey` has no commit there.
    fn move_former_commit_hotkeys(
        netuid: NetUid,
        old_hotkey: &T::AccountId,
        new_hotkey: &T::AccountId,
    ) {
        let mut former = FormerCommitHotkeys::<T>::take(netuid, old_hotkey);
        if !WeightCommits::<T>::contains_key(netuid, old_hotkey) {
            return;
        }
        former.insert(0, old_hotkey.clone());
        former.truncate(MAX_UNREVEALED_COMMITS);
        FormerCommitHotkeys::<T>::insert(netuid, new_hotkey, former);
    }

    /// Records the redirect of the rewards loaded for `old_hotkey` to `new_hotkey`, swapped
    /// at `now`, if any reward is loaded at all.
    fn redirect_loaded_emission(old_hotkey: &T::AccountId, new_hotkey: &T::AccountId, now: u64) {
        if LoadedEmission::<T>::iter_keys().next().is_none() {
            return;
        }
        SwappedHotkey::<T>::insert(old_hotkey, (new_hotkey.clone(), now));
        let (first, end) = SwappedHotkeyQueueBounds::<T>::get();
        SwappedHotkeyQueue::<T>::insert(end, old_hotkey);
        SwappedHotkeyQueueBounds::<T>::put((first, end.saturating_add(1)));
    }

    /// Whether some redirect of loaded rewards is recorded ([`SwappedHotkey`]): the payout
    /// looks up the hotkeys it pays only then.
    pub(crate) fn has_swapped_hotkeys() -> bool {
        let (first, end) = SwappedHotkeyQueueBounds::<T>::get();
        first < end
    }

    /// The hotkey a reward naming `hotkey` is paid to, from a subnet whose loaded rewards go
    /// back to block `loaded_since`: the end of the chain of redirects recorded at or after
    /// that block, at most [`MAX_SWAP_REDIRECT_HOPS`] long. Also returns the number of
    /// redirects read.
    pub(crate) fn loaded_emission_payee(
        hotkey: &T::AccountId,
        loaded_since: u64,
    ) -> (T::AccountId, u32) {
        let mut payee = hotkey.clone();
        let mut reads = 0u32;
        while reads < MAX_SWAP_REDIRECT_HOPS {
            reads = reads.saturating_add(1);
            match SwappedHotkey::<T>::get(&payee) {
                Some((new_hotkey, swapped_at)) if loaded_since <= swapped_at => payee = new_hotkey,
                _ => break,
            }
        }
        (payee, reads)
    }

    /// Forgets the redirects no loaded reward can use any more, oldest first, at most
    /// [`MAX_SWAPPED_HOTKEYS_PRUNED_PER_BLOCK`]: those recorded before `oldest_loaded`, the
    /// block the oldest loaded reward may come from (none: nothing is loaded). Returns the
    /// weight used.
    pub(crate) fn prune_swapped_hotkeys(oldest_loaded: Option<u64>) -> Weight {
        let (start, end) = SwappedHotkeyQueueBounds::<T>::get();
        let mut first = start;
        let mut weight = T::DbWeight::get().reads(1);
        while first < end
            && first.saturating_sub(start) < u64::from(MAX_SWAPPED_HOTKEYS_PRUNED_PER_BLOCK)
        {
            weight.saturating_accrue(T::DbWeight::get().reads(2));
            match SwappedHotkeyQueue::<T>::get(first) {
                Some(old_hotkey) => {
                    if let Some((_, swapped_at)) = SwappedHotkey::<T>::get(&old_hotkey) {
                        if oldest_loaded.is_some_and(|oldest| oldest <= swapped_at) {
                            break;
                        }
                    }
                    SwappedHotkey::<T>::remove(&old_hotkey);
                }
                None => {
                    defensive!("SwappedHotkeyQueueBounds name an index without a hotkey");
                }
            }
            SwappedHotkeyQueue::<T>::remove(first);
            weight.saturating_accrue(T::DbWeight::get().writes(2));
            first = first.saturating_add(1);
        }
        if first != start {
            SwappedHotkeyQueueBounds::<T>::put((first, end));
            weight.saturating_accrue(T::DbWeight::get().writes(1));
        }
        weight
    }

    /// The most the pruning of redirects in one block weighs.
    pub fn max_prune_swapped_hotkeys_weight() -> Weight {
        let pruned = u64::from(MAX_SWAPPED_HOTKEYS_PRUNED_PER_BLOCK);
        T::DbWeight::get()
            .reads_writes(pruned.saturating_mul(2).saturating_add(3), pruned.saturating_mul(2))
            .saturating_add(T::DbWeight::get().writes(1))
    }
}
