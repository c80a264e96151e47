//! # Rewards
//!
//! Paying an epoch's (server, validator) amounts to a hotkey (DESIGN section 5.3).
//!
//! - Not a delegate: everything is added to the owner's stake on the hotkey.
//! - A delegate with take `t` (a proportion of 65535, capped at [`crate::MaxDelegateTake`]):
//!   - `take = floor(validator_amount * t / 65535)`;
//!   - each coldkey `c` staking to the hotkey (the owner included) gets
//!     `floor(validator_amount_after_take * stake[c] / total_stake)`, stakes taken before the
//!     payout;
//!   - the owner also gets the take, the rounding remainder and the whole server amount.
//!
//! The ratios are exact rationals, floored once ([`split_validator_amount`] is pure and tested
//! on its own); every amount is minted and credited as stake, so rewards compound.

use crate::{
    ledger, BalanceOf, Config, Delegates, Error, Event, MaxDelegateTake, Owner, Pallet, Stake,
};
use alloc::vec::Vec;
use finney_support::OnStakeChanged;
use polkadot_sdk::sp_runtime::{
    helpers_128bit::multiply_by_rational_with_rounding,
    traits::{CheckedAdd, Saturating, Zero},
    ArithmeticError, DispatchError, Rounding, SaturatedConversion,
};

/// How a delegate's validator amount is split.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct ValidatorSplit {
    /// The owner's take: `floor(validator_amount * take / 65535)`.
    pub take: u128,
    /// Each staker's share, in the order of the stakes given.
    pub shares: Vec<u128>,
    /// What flooring left over: `validator_amount - take - sum(shares)`, for the owner.
    pub remainder: u128,
}

/// Splits `validator_amount` of a delegate with `take` between the take and the stakers, pro
/// rata to `stakes`. `take + sum(shares) + remainder == validator_amount` always, and the
/// remainder is less than the number of nonzero stakes (all of it when there is no stake).
pub fn split_validator_amount(
    validator_amount: u128,
    take: u16,
    stakes: &[u128],
) -> ValidatorSplit {
    let take_amount = multiply_by_rational_with_rounding(
        validator_amount,
        u128::from(take),
        u128::from(u16::MAX),
        Rounding::Down,
    )
    .unwrap_or(0)
    .min(validator_amount);
    let to_share = validator_amount.saturating_sub(take_amount);
    let total_stake = stakes.iter().fold(0u128, |sum, stake| sum.saturating_add(*stake));
    let mut left = to_share;
    let shares = stakes
        .iter()
        .map(|stake| {
            let share =
                multiply_by_rational_with_rounding(to_share, *stake, total_stake, Rounding::Down)
                    .unwrap_or(0)
                    .min(left);
            left = left.saturating_sub(share);
            share
        })
        .collect();
    ValidatorSplit { take: take_amount, shares, remainder: left }
}

impl<T: Config> Pallet<T> {
    /// [`finney_support::EmissionPayout::pay_out_emission`]: splits, mints and credits an epoch's
    /// rewards of `hotkey`. Returns what was minted.
    ///
    /// Cost: reads and writes proportional to the number of coldkeys staking to `hotkey`.
    pub(crate) fn do_pay_out_emission(
        hotkey: &T::AccountId,
        server_amount: BalanceOf<T>,
        validator_amount: BalanceOf<T>,
    ) -> Result<BalanceOf<T>, DispatchError> {
        let owner = Owner::<T>::get(hotkey).ok_or(Error::<T>::HotkeyNotRegistered)?;
        let total_amount =
            server_amount.checked_add(&validator_amount).ok_or(ArithmeticError::Overflow)?;

        let mut credits: Vec<(T::AccountId, BalanceOf<T>)> = Vec::new();
        let mut take_amount = BalanceOf::<T>::zero();
        let owner_amount = match Delegates::<T>::get(hotkey) {
            None => total_amount,
            Some(take) => {
                let take = take.min(MaxDelegateTake::<T>::get());
                let stakers: Vec<(T::AccountId, BalanceOf<T>)> =
                    Stake::<T>::iter_prefix(hotkey).collect();
                let stakes: Vec<u128> =
                    stakers.iter().map(|(_, stake)| (*stake).saturated_into()).collect();
                let split =
                    split_validator_amount(validator_amount.saturated_into(), take, &stakes);
                take_amount = split.take.saturated_into();
                let mut owner_amount = server_amount
                    .saturating_add(take_amount)
                    .saturating_add(split.remainder.saturated_into());
                for ((coldkey, _), share) in stakers.into_iter().zip(split.shares) {
                    let share: BalanceOf<T> = share.saturated_into();
                    if coldkey == owner {
                        owner_amount = owner_amount.saturating_add(share);
                    } else if !share.is_zero() {
                        credits.push((coldkey, share));
                    }
                }
                owner_amount
            }
        };
        credits.push((owner, owner_amount));

        let minted =
            credits.into_iter().fold(BalanceOf::<T>::zero(), |minted, (coldkey, amount)| {
                minted.saturating_add(ledger::mint_stake::<T>(&coldkey, hotkey, amount).0)
            });
        if !minted.is_zero() {
            T::OnStakeChanged::on_stake_changed(hotkey);
        }
        Self::deposit_event(Event::EmissionPaid {
            hotkey: hotkey.clone(),
            server_amount,
            validator_amount,
            take: take_amount,
            minted,
        });
        Ok(minted)
    }
}

#[cfg(test)]
#[allow(clippy::arithmetic_side_effects, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn no_take_no_stake_leaves_everything_as_remainder() {
        let split = split_validator_amount(1_000, 0, &[]);
        assert_eq!(split, ValidatorSplit { take: 0, shares: vec![], remainder: 1_000 });
    }

    #[test]
    fn full_take_takes_everything() {
        let split = split_validator_amount(1_000, u16::MAX, &[1, 2]);
        assert_eq!(split, ValidatorSplit { take: 1_000, shares: vec![0, 0], remainder: 0 });
    }

    #[test]
    fn default_take_and_three_stakers() {
        // take = floor(1_000_000 * 11796 / 65535) = floor(179_995.42...) = 179_995
        // to share = 820_005 over stakes 1:2:4 (total 7):
        //   floor(820_005 * 1 / 7) = 117_143, floor(820_005 * 2 / 7) = 234_287,
        //   floor(820_005 * 4 / 7) = 468_574; sum 820_004, remainder 1.
        let split = split_validator_amount(1_000_000, 11_796, &[100, 200, 400]);
        assert_eq!(
            split,
            ValidatorSplit { take: 179_995, shares: vec![117_143, 234_287, 468_574], remainder: 1 }
        );
    }

    #[test]
    fn huge_amounts_do_not_overflow() {
        let split = split_validator_amount(u128::MAX, u16::MAX - 1, &[u128::MAX, u128::MAX]);
        let sum = split.shares.iter().fold(split.take + split.remainder, |a, s| a + s);
        assert_eq!(sum, u128::MAX);
    }

    proptest::proptest! {
        #[test]
        fn split_conserves_and_floors(
            amount in 0u128..=1u128 << 100,
            take in proptest::prelude::any::<u16>(),
            stakes in proptest::collection::vec(0u128..=1u128 << 90, 0..12),
        ) {
            let split = split_validator_amount(amount, take, &stakes);
            let shared: u128 = split.shares.iter().sum();
            proptest::prop_assert_eq!(split.take + shared + split.remainder, amount);
            proptest::prop_assert_eq!(split.shares.len(), stakes.len());
            let nonzero = stakes.iter().filter(|s| **s > 0).count() as u128;
            if nonzero > 0 {
                proptest::prop_assert!(split.remainder < nonzero);
            } else {
                proptest::prop_assert_eq!(split.remainder, amount - split.take);
            }
            // A larger stake never gets a smaller share.
            for (i, a) in stakes.iter().enumerate() {
                for (j, b) in stakes.iter().enumerate() {
                    if a > b {
                        proptest::prop_assert!(split.shares[i] >= split.shares[j]);
                    }
                }
            }
        }
    }
}
