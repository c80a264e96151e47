//! # Rewards
//!
//! Paying an epoch's (server, validator) amounts to a hotkey (DESIGN section 5.3), in O(1)
//! whatever the number of stakers:
//!
//! - Not a delegate: everything is minted to the owner and staked on the hotkey.
//! - A delegate with take `t` (a proportion of 65535, capped at [`crate::MaxDelegateTake`]):
//!   `take = floor(validator_amount * t / 65535)` and the server amount go to the owner the same
//!   way; the rest raises the value of the hotkey's stake pool, which its stakers (the owner
//!   included) share by their shares: stake that was there for the epoch, not stake that entered
//!   since the hotkey's last payout ([`crate::pool`]). With no such stake, the owner gets it.
//!
//! The split is pure ([`split_validator_amount`]); the ledger ([`crate::ledger::pay_out`])
//! mints and credits. Rewards compound: they are stake.

use crate::{ledger, BalanceOf, Config, Delegates, Error, Event, MaxDelegateTake, Owner, Pallet};
use finney_support::OnStakeChanged;
use polkadot_sdk::sp_runtime::{
    helpers_128bit::multiply_by_rational_with_rounding,
    traits::{CheckedAdd, Saturating, Zero},
    ArithmeticError, DispatchError, Rounding, SaturatedConversion,
};

/// How a delegate's validator amount is split.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct ValidatorSplit {
    /// The owner's take: `floor(validator_amount * take / 65535)`.
    pub take: u128,
    /// The rest, for the stake pool: `validator_amount - take`.
    pub to_stakers: u128,
}

/// Splits `validator_amount` of a delegate with `take` between the owner's take and the stake
/// pool. `take + to_stakers == validator_amount` always.
pub fn split_validator_amount(validator_amount: u128, take: u16) -> ValidatorSplit {
    let take_amount = multiply_by_rational_with_rounding(
        validator_amount,
        u128::from(take),
        u128::from(u16::MAX),
        Rounding::Down,
    )
    .unwrap_or(0)
    .min(validator_amount);
    ValidatorSplit { take: take_amount, to_stakers: validator_amount.saturating_sub(take_amount) }
}

impl<T: Config> Pallet<T> {
    /// [`finney_support::EmissionPayout::pay_out_emission`]: splits, mints and credits an epoch's
    /// rewards of `hotkey`. Returns what was minted. O(1): a constant number of reads and writes.
    pub(crate) fn do_pay_out_emission(
        hotkey: &T::AccountId,
        server_amount: BalanceOf<T>,
        validator_amount: BalanceOf<T>,
    ) -> Result<BalanceOf<T>, DispatchError> {
        let owner = Owner::<T>::get(hotkey).ok_or(Error::<T>::HotkeyNotRegistered)?;
        let total_amount =
            server_amount.checked_add(&validator_amount).ok_or(ArithmeticError::Overflow)?;
        let (take, to_stakers) = match Delegates::<T>::get(hotkey) {
            None => (Zero::zero(), Zero::zero()),
            Some(take) => {
                let split = split_validator_amount(
                    validator_amount.saturated_into(),
                    take.min(MaxDelegateTake::<T>::get()),
                );
                (split.take.saturated_into(), split.to_stakers.saturated_into())
            }
        };
        let to_owner: BalanceOf<T> = total_amount.saturating_sub(to_stakers);
        let paid = ledger::pay_out::<T>(hotkey, &owner, to_stakers, to_owner)?;
        let minted: BalanceOf<T> = paid.minted().saturated_into();
        if !minted.is_zero() {
            T::OnStakeChanged::on_stake_changed(hotkey);
        }
        Self::deposit_event(Event::EmissionPaid {
            hotkey: hotkey.clone(),
            server_amount,
            validator_amount,
            take,
            to_stakers: paid.to_pool.saturated_into(),
            minted,
        });
        Ok(minted)
    }
}

#[cfg(test)]
#[allow(clippy::arithmetic_side_effects)]
mod tests {
    use super::*;

    #[test]
    fn no_take_shares_everything() {
        assert_eq!(split_validator_amount(1_000, 0), ValidatorSplit { take: 0, to_stakers: 1_000 });
    }

    #[test]
    fn full_take_takes_everything() {
        assert_eq!(
            split_validator_amount(1_000, u16::MAX),
            ValidatorSplit { take: 1_000, to_stakers: 0 }
        );
    }

    #[test]
    fn default_take() {
        // take = floor(1_000_000 * 11796 / 65535) = floor(179_995.42...) = 179_995
        assert_eq!(
            split_validator_amount(1_000_000, 11_796),
            ValidatorSplit { take: 179_995, to_stakers: 820_005 }
        );
    }

    proptest::proptest! {
        #[test]
        fn split_conserves_and_floors(
            amount in 0u128..=u128::MAX,
            take in proptest::prelude::any::<u16>(),
        ) {
            let split = split_validator_amount(amount, take);
            proptest::prop_assert_eq!(split.take + split.to_stakers, amount);
            // floor(amount * take / 65535) <= amount * take / 65535 < floor + 1
            let exact = primitive_mul_div(amount, take);
            proptest::prop_assert_eq!(split.take, exact);
        }
    }

    /// `floor(amount * take / 65535)` the long way, for the property test.
    fn primitive_mul_div(amount: u128, take: u16) -> u128 {
        let q = amount / 65_535;
        let r = amount % 65_535;
        q * u128::from(take) + r * u128::from(take) / 65_535
    }
}
