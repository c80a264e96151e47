//! Weights: `set_weights` admission (DESIGN 4.1, every rule in order, each failure a named
//! error) and commit-reveal.

use crate::{
    neurons::{get_at, set_at},
    types::{reveal_window, MAX_UNREVEALED_COMMITS},
    CommitHash, Config, Error, Event, FormerCommitHotkeys, LastUpdate, Pallet,
    SubnetHyperparameters, SubnetworkN, TotalNetworks, Uids, ValidatorPermit, WeightCommit,
    WeightCommits, Weights,
};
use alloc::vec::Vec;
use finney_support::NetUid;
use polkadot_sdk::{
    frame_support::ensure,
    sp_runtime::{
        traits::{BlakeTwo256, Hash},
        DispatchResult,
    },
};
use yuma_consensus::fixed::{check_vec_max_limited, vec_u16_max_upscale_to_u16};

/// The hash a commit must carry to reveal these weights:
/// `blake2_256(SCALE(hotkey, netuid, uids, values, salt, version_key))`.
pub fn commit_hash<AccountId: codec::Encode>(
    hotkey: &AccountId,
    netuid: NetUid,
    uids: &[u16],
    values: &[u16],
    salt: &[u16],
    version_key: u64,
) -> CommitHash {
    BlakeTwo256::hash_of(&(hotkey, netuid.get(), uids, values, salt, version_key))
}

/// Whether `v` has a repeated element.
fn has_duplicates(v: &[u16]) -> bool {
    let mut sorted = v.to_vec();
    sorted.sort_unstable();
    sorted.windows(2).any(|pair| pair.first() == pair.get(1))
}

impl<T: Config> Pallet<T> {
    /// See [`Pallet::set_weights`]: refused on subnets with commit-reveal, then
    /// [`Self::do_set_weights`].
    pub(crate) fn do_set_weights_direct(
        hotkey: T::AccountId,
        netuid: NetUid,
        dests: Vec<u16>,
        weights: Vec<u16>,
        version_key: u64,
    ) -> DispatchResult {
        if let Some(params) = SubnetHyperparameters::<T>::get(netuid) {
            ensure!(!params.commit_reveal_weights_enabled, Error::<T>::CommitRevealEnabled);
        }
        Self::do_set_weights(hotkey, netuid, dests, weights, version_key)
    }

    /// The admission rules of DESIGN 4.1, in order, then the store.
    pub(crate) fn do_set_weights(
        hotkey: T::AccountId,
        netuid: NetUid,
        dests: Vec<u16>,
        weights: Vec<u16>,
        version_key: u64,
    ) -> DispatchResult {
        // 1. Equal lengths; the subnet exists; on root every dest is a network, elsewhere at
        //    most n weights.
        ensure!(dests.len() == weights.len(), Error::<T>::WeightVecNotEqualSize);
        let params =
            SubnetHyperparameters::<T>::get(netuid).ok_or(Error::<T>::SubNetworkDoesNotExist)?;
        let is_root = netuid.is_root();
        let n = SubnetworkN::<T>::get(netuid);
        if is_root {
            ensure!(
                dests.iter().all(|dest| Self::subnet_exists(NetUid(*dest))),
                Error::<T>::InvalidRootWeightDestination
            );
        } else {
            ensure!(dests.len() <= usize::from(n), Error::<T>::UidsLengthExceedUidsInSubNet);
        }
        // 2. The hotkey is registered on the subnet.
        let uid = Uids::<T>::get(netuid, &hotkey).ok_or(Error::<T>::HotKeyNotRegisteredInSubNet)?;
        // 3. The version key.
        ensure!(
            params.weights_version_key == 0 || version_key >= params.weights_version_key,
            Error::<T>::IncorrectWeightVersionKey
        );
        // 4. The rate limit, counted from the registration block before the first weights.
        let now = Self::current_block();
        let mut last_update = LastUpdate::<T>::get(netuid);
        let last = get_at(&last_update, uid);
        ensure!(
            last == 0 || now.saturating_sub(last) >= params.weights_rate_limit,
            Error::<T>::SettingWeightsTooFast
        );
        // 5. Off root, a validator permit unless the call is a single self-weight.
        let self_weight = !is_root && dests.as_slice() == [uid];
        if !is_root && !self_weight {
            ensure!(
                get_at(&ValidatorPermit::<T>::get(netuid), uid),
                Error::<T>::NeuronNoValidatorPermit
            );
        }
        // 6. No duplicates; every dest exists.
        ensure!(!has_duplicates(&dests), Error::<T>::DuplicateUids);
        if !is_root {
            ensure!(dests.iter().all(|dest| *dest < n), Error::<T>::UidVecContainInvalidOne);
        }
        // 7. Enough weights: at least min(min_allowed_weights, n); n counts networks on root.
        if !self_weight {
            let available = if is_root { TotalNetworks::<T>::get() } else { n };
            ensure!(
                dests.len() >= usize::from(params.min_allowed_weights.min(available)),
                Error::<T>::WeightVecLengthIsLow
            );
        }
        // 8. Max-upscale; the largest normalised weight within max_weights_limit.
        let upscaled = vec_u16_max_upscale_to_u16(&weights);
        if !self_weight && params.max_weights_limit != u16::MAX {
            ensure!(
                check_vec_max_limited(&upscaled, params.max_weights_limit),
                Error::<T>::MaxWeightExceeded
            );
        }
        // 9. Store the row, zeros included, and the update block.
        let count = u32::try_from(dests.len()).unwrap_or(u32::MAX);
        let row: Vec<(u16, u16)> = dests.into_iter().zip(upscaled).collect();
        Weights::<T>::insert(netuid, uid, row);
        set_at(&mut last_update, uid, now);
        LastUpdate::<T>::insert(netuid, last_update);
        Self::deposit_event(Event::WeightsSet { netuid, uid, count });
        Ok(())
    }

    /// See [`Pallet::commit_weights`].
    pub(crate) fn do_commit_weights(
        hotkey: T::AccountId,
        netuid: NetUid,
        hash: CommitHash,
    ) -> DispatchResult {
        let params =
            SubnetHyperparameters::<T>::get(netuid).ok_or(Error::<T>::SubNetworkDoesNotExist)?;
        ensure!(params.commit_reveal_weights_enabled, Error::<T>::CommitRevealDisabled);
        ensure!(Self::is_registered(netuid, &hotkey), Error::<T>::HotKeyNotRegisteredInSubNet);
        let now = Self::current_block();
        let (first_reveal_block, last_reveal_block) = reveal_window(netuid, &params, now);
        WeightCommits::<T>::try_mutate(netuid, &hotkey, |commits| {
            commits.retain(|commit| now <= commit.last_reveal_block);
            ensure!(commits.len() < MAX_UNREVEALED_COMMITS, Error::<T>::TooManyUnrevealedCommits);
            commits.push(WeightCommit {
                hash,
                commit_block: now,
                first_reveal_block,
                last_reveal_block,
            });
            Ok::<(), Error<T>>(())
        })?;
        Self::deposit_event(Event::WeightsCommitted {
            netuid,
            hotkey,
            hash,
            first_reveal_block,
            last_reveal_block,
        });
        Ok(())
    }

    /// See [`Pallet::reveal_weights`].
    pub(crate) fn do_reveal_weights(
        hotkey: T::AccountId,
        netuid: NetUid,
        uids: Vec<u16>,
        values: Vec<u16>,
        salt: Vec<u16>,
        version_key: u64,
    ) -> DispatchResult {
        let params =
            SubnetHyperparameters::<T>::get(netuid).ok_or(Error::<T>::SubNetworkDoesNotExist)?;
        ensure!(params.commit_reveal_weights_enabled, Error::<T>::CommitRevealDisabled);
        let now = Self::current_block();
        let mut commits = WeightCommits::<T>::get(netuid, &hotkey);
        let find = |committer: &T::AccountId| {
            let hash = commit_hash(committer, netuid, &uids, &values, &salt, version_key);
            commits.iter().position(|commit| commit.hash == hash)
        };
        // A commit of the hotkey, or one it received by a swap from a former hotkey, whose
        // hash names that hotkey ([`crate::swap`]); the former hotkeys are read only then.
        let mut read_former = false;
        let position = find(&hotkey)
            .or_else(|| {
                read_former = true;
                FormerCommitHotkeys::<T>::get(netuid, &hotkey).iter().find_map(find)
            })
            .ok_or(Error::<T>::InvalidRevealCommitHashNotMatch)?;
        let commit = commits.remove(position);
        let hash = commit.hash;
        ensure!(now >= commit.first_reveal_block, Error::<T>::RevealTooEarly);
        ensure!(now <= commit.last_reveal_block, Error::<T>::ExpiredWeightCommit);
        // Every admission rule before the commit is consumed.
        Self::do_set_weights(hotkey.clone(), netuid, uids, values, version_key)?;
        commits.retain(|commit| now <= commit.last_reveal_block);
        if commits.is_empty() {
            WeightCommits::<T>::remove(netuid, &hotkey);
            // The former hotkeys go with the last commit.
            if read_former || FormerCommitHotkeys::<T>::contains_key(netuid, &hotkey) {
                FormerCommitHotkeys::<T>::remove(netuid, &hotkey);
            }
        } else {
            WeightCommits::<T>::insert(netuid, &hotkey, commits);
        }
        Self::deposit_event(Event::WeightsRevealed { netuid, hotkey, hash });
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::has_duplicates;

    #[test]
    fn duplicates() {
        assert!(!has_duplicates(&[]));
        assert!(!has_duplicates(&[3, 1, 2]));
        assert!(has_duplicates(&[3, 1, 3]));
    }
}
