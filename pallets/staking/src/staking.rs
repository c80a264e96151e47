//! Adding and removing stake: the rules of [`Pallet::add_stake`] and [`Pallet::remove_stake`].
//! The funds and the stake storage are moved by [`crate::ledger`].

use crate::{
    ledger, BalanceOf, Config, Delegates, Error, Event, LastTxBlock, MinStake, Owner, Pallet,
    TxRateLimit,
};
use finney_support::OnStakeChanged;
use polkadot_sdk::{
    frame_support::{
        ensure,
        traits::{
            fungible::Inspect,
            tokens::{Fortitude, Preservation},
        },
        weights::Weight,
    },
    frame_system::{self, pallet_prelude::BlockNumberFor},
    sp_runtime::{
        traits::{CheckedAdd, Saturating, Zero},
        ArithmeticError, DispatchError, DispatchResult,
    },
};

impl<T: Config> Pallet<T> {
    /// [`Pallet::add_stake`] for a signed `coldkey`. Returns the weight
    /// [`Config::OnStakeChanged`] reported.
    pub(crate) fn do_add_stake(
        coldkey: T::AccountId,
        hotkey: T::AccountId,
        amount: BalanceOf<T>,
    ) -> Result<Weight, DispatchError> {
        ensure!(!amount.is_zero(), Error::<T>::StakeAmountZero);
        let owner = Owner::<T>::get(&hotkey).ok_or(Error::<T>::HotkeyNotRegistered)?;
        ensure!(
            owner == coldkey || Delegates::<T>::contains_key(&hotkey),
            Error::<T>::NonAssociatedColdkey
        );
        let now = frame_system::Pallet::<T>::block_number();
        Self::ensure_tx_rate_limit(&coldkey, now)?;
        let new_stake = ledger::stake_value::<T>(&hotkey, &coldkey)
            .checked_add(&amount)
            .ok_or(ArithmeticError::Overflow)?;
        ensure!(new_stake >= MinStake::<T>::get(), Error::<T>::StakeBelowMinimum);
        // The same bound `hold` applies: the existential deposit stays free.
        ensure!(
            T::Currency::reducible_balance(&coldkey, Preservation::Protect, Fortitude::Force)
                >= amount,
            Error::<T>::NotEnoughBalanceToStake
        );

        ledger::stake::<T>(&coldkey, &hotkey, amount)?;
        let reported = T::OnStakeChanged::on_stake_changed(&hotkey);
        LastTxBlock::<T>::insert(&coldkey, now);
        Self::deposit_event(Event::StakeAdded { coldkey, hotkey, amount });
        Ok(reported)
    }

    /// [`Pallet::remove_stake`] for a signed `coldkey`. Returns the weight
    /// [`Config::OnStakeChanged`] reported.
    pub(crate) fn do_remove_stake(
        coldkey: T::AccountId,
        hotkey: T::AccountId,
        amount: BalanceOf<T>,
    ) -> Result<Weight, DispatchError> {
        ensure!(!amount.is_zero(), Error::<T>::StakeAmountZero);
        ensure!(Owner::<T>::contains_key(&hotkey), Error::<T>::HotkeyNotRegistered);
        let now = frame_system::Pallet::<T>::block_number();
        Self::ensure_tx_rate_limit(&coldkey, now)?;
        // Rewards not yet settled included: all of it can be withdrawn.
        let stake = ledger::stake_value::<T>(&hotkey, &coldkey);
        ensure!(stake >= amount, Error::<T>::NotEnoughStakeToWithdraw);
        let remaining = stake.saturating_sub(amount);
        ensure!(
            remaining.is_zero() || remaining >= MinStake::<T>::get(),
            Error::<T>::StakeBelowMinimum
        );

        ledger::unstake::<T>(&coldkey, &hotkey, amount)?;
        let reported = T::OnStakeChanged::on_stake_changed(&hotkey);
        LastTxBlock::<T>::insert(&coldkey, now);
        Self::deposit_event(Event::StakeRemoved { coldkey, hotkey, amount });
        Ok(reported)
    }

    /// Fails with [`Error::TxRateLimitExceeded`] unless `coldkey` never made a staking
    /// transaction or made its last one at least [`TxRateLimit`] blocks before `now`.
    fn ensure_tx_rate_limit(coldkey: &T::AccountId, now: BlockNumberFor<T>) -> DispatchResult {
        if let Some(last) = LastTxBlock::<T>::get(coldkey) {
            ensure!(
                now.saturating_sub(last) >= TxRateLimit::<T>::get(),
                Error::<T>::TxRateLimitExceeded
            );
        }
        Ok(())
    }
}
