//! Delegates and their take: [`Pallet::become_delegate`], [`Pallet::decrease_take`],
//! [`Pallet::increase_take`], and the governance setter [`Pallet::set_staking_parameter`].

use crate::{
    Config, Delegates, Error, Event, LastTxBlockDelegateTake, MaxDelegateTake, MinDelegateTake,
    MinStake, Owner, Pallet, StakingParameter, StakingParameterOf, TxDelegateTakeRateLimit,
    TxRateLimit,
};
use polkadot_sdk::{
    frame_support::{ensure, traits::Get},
    frame_system,
    sp_runtime::{traits::Saturating, DispatchResult},
};

impl<T: Config> Pallet<T> {
    /// Fails unless `hotkey` is registered and owned by `coldkey`.
    pub(crate) fn ensure_owner(coldkey: &T::AccountId, hotkey: &T::AccountId) -> DispatchResult {
        let owner = Owner::<T>::get(hotkey).ok_or(Error::<T>::HotkeyNotRegistered)?;
        ensure!(owner == *coldkey, Error::<T>::NonAssociatedColdkey);
        Ok(())
    }

    /// The take a new delegate gets: [`Config::DefaultTake`] within the current bounds.
    pub fn initial_take() -> u16 {
        let min = MinDelegateTake::<T>::get();
        let max = MaxDelegateTake::<T>::get();
        T::DefaultTake::get().max(min).min(max)
    }

    /// [`Pallet::become_delegate`] for a signed `coldkey`.
    pub(crate) fn do_become_delegate(
        coldkey: T::AccountId,
        hotkey: T::AccountId,
    ) -> DispatchResult {
        Self::ensure_owner(&coldkey, &hotkey)?;
        ensure!(!Delegates::<T>::contains_key(&hotkey), Error::<T>::HotkeyAlreadyDelegate);
        let take = Self::initial_take();
        Delegates::<T>::insert(&hotkey, take);
        LastTxBlockDelegateTake::<T>::insert(&hotkey, frame_system::Pallet::<T>::block_number());
        Self::deposit_event(Event::DelegateAdded { coldkey, hotkey, take });
        Ok(())
    }

    /// [`Pallet::decrease_take`] for a signed `coldkey`.
    pub(crate) fn do_decrease_take(
        coldkey: T::AccountId,
        hotkey: T::AccountId,
        take: u16,
    ) -> DispatchResult {
        Self::ensure_owner(&coldkey, &hotkey)?;
        let current = Delegates::<T>::get(&hotkey).ok_or(Error::<T>::HotkeyNotDelegate)?;
        ensure!(take < current, Error::<T>::TakeNotDecreased);
        ensure!(take >= MinDelegateTake::<T>::get(), Error::<T>::DelegateTakeTooLow);
        Delegates::<T>::insert(&hotkey, take);
        LastTxBlockDelegateTake::<T>::insert(&hotkey, frame_system::Pallet::<T>::block_number());
        Self::deposit_event(Event::TakeDecreased { coldkey, hotkey, take });
        Ok(())
    }

    /// [`Pallet::increase_take`] for a signed `coldkey`.
    pub(crate) fn do_increase_take(
        coldkey: T::AccountId,
        hotkey: T::AccountId,
        take: u16,
    ) -> DispatchResult {
        Self::ensure_owner(&coldkey, &hotkey)?;
        let current = Delegates::<T>::get(&hotkey).ok_or(Error::<T>::HotkeyNotDelegate)?;
        ensure!(take > current, Error::<T>::TakeNotIncreased);
        ensure!(take <= MaxDelegateTake::<T>::get(), Error::<T>::DelegateTakeTooHigh);
        let now = frame_system::Pallet::<T>::block_number();
        if let Some(last) = LastTxBlockDelegateTake::<T>::get(&hotkey) {
            ensure!(
                now.saturating_sub(last) >= TxDelegateTakeRateLimit::<T>::get(),
                Error::<T>::DelegateTxRateLimitExceeded
            );
        }
        Delegates::<T>::insert(&hotkey, take);
        LastTxBlockDelegateTake::<T>::insert(&hotkey, now);
        Self::deposit_event(Event::TakeIncreased { coldkey, hotkey, take });
        Ok(())
    }

    /// [`Pallet::set_staking_parameter`] once the origin is checked.
    pub(crate) fn do_set_staking_parameter(parameter: StakingParameterOf<T>) -> DispatchResult {
        match &parameter {
            StakingParameter::TxRateLimit(blocks) => TxRateLimit::<T>::put(blocks),
            StakingParameter::TxDelegateTakeRateLimit(blocks) => {
                TxDelegateTakeRateLimit::<T>::put(blocks)
            }
            StakingParameter::MinDelegateTake(take) => {
                ensure!(*take <= MaxDelegateTake::<T>::get(), Error::<T>::InvalidTakeBounds);
                MinDelegateTake::<T>::put(take);
            }
            StakingParameter::MaxDelegateTake(take) => {
                ensure!(*take >= MinDelegateTake::<T>::get(), Error::<T>::InvalidTakeBounds);
                MaxDelegateTake::<T>::put(take);
            }
            StakingParameter::MinStake(amount) => MinStake::<T>::put(amount),
        }
        Self::deposit_event(Event::StakingParameterSet { parameter });
        Ok(())
    }
}
