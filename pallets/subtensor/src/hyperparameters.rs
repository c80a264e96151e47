//! Hyperparameters: one typed path with per-parameter rules for who may change them, and the
//! network-wide parameters.

use crate::{
    types::{ChangeLevel, Hyperparameter, HyperparameterError, NetworkParameter},
    Burn, Config, Difficulty, Error, Event, HotkeySwapRateLimit, KeySwapCost,
    NetworkImmunityPeriod, NetworkLockReductionInterval, NetworkMinLockCost, NetworkRateLimit,
    Pallet, RootRegistrationMinStake, SubnetHyperparameters, SubnetLimit, SubnetOwner,
    SubnetOwnerCut, SubnetworkN,
};
use finney_support::NetUid;
use polkadot_sdk::{
    frame_support::{
        ensure,
        traits::{EnsureOrigin, Get},
    },
    frame_system::{ensure_signed, pallet_prelude::OriginFor},
    sp_runtime::{DispatchError, DispatchResult},
};

impl<T: Config> Pallet<T> {
    /// See [`Pallet::set_hyperparameter`].
    pub(crate) fn do_set_hyperparameter(
        origin: OriginFor<T>,
        netuid: NetUid,
        parameter: Hyperparameter,
    ) -> DispatchResult {
        let owner = match T::GovernanceOrigin::try_origin(origin) {
            Ok(_) => None,
            Err(origin) => Some(ensure_signed(origin)?),
        };
        ensure!(Self::subnet_exists(netuid), Error::<T>::SubNetworkDoesNotExist);
        if let Some(signer) = owner {
            ensure!(SubnetOwner::<T>::get(netuid) == Some(signer), Error::<T>::NotSubnetOwner);
            ensure!(
                parameter.level() == ChangeLevel::Owner,
                Error::<T>::HyperparameterNeedsGovernance
            );
        }
        Self::apply_hyperparameter(netuid, &parameter)?;
        Self::deposit_event(Event::HyperparameterSet { netuid, parameter });
        Ok(())
    }

    /// Checks and applies a hyperparameter change, without origin checks or events.
    pub(crate) fn apply_hyperparameter(
        netuid: NetUid,
        parameter: &Hyperparameter,
    ) -> Result<(), DispatchError> {
        let mut params =
            SubnetHyperparameters::<T>::get(netuid).ok_or(Error::<T>::SubNetworkDoesNotExist)?;
        let mut burn = Burn::<T>::get(netuid);
        let mut difficulty = Difficulty::<T>::get(netuid);
        parameter
            .apply(
                &mut params,
                &mut burn,
                &mut difficulty,
                SubnetworkN::<T>::get(netuid),
                T::MaxAllowedUidsLimit::get(),
            )
            .map_err(|error| match error {
                HyperparameterError::OutOfBounds => Error::<T>::HyperparameterOutOfBounds,
                HyperparameterError::BelowCurrentNeurons => {
                    Error::<T>::MaxAllowedUidsLessThanCurrentUids
                }
                HyperparameterError::AboveUidLimit => Error::<T>::MaxAllowedUidsExceedsLimit,
                HyperparameterError::EpochTooLarge => Error::<T>::EpochTooLarge,
            })?;
        SubnetHyperparameters::<T>::insert(netuid, params);
        Burn::<T>::insert(netuid, burn);
        Difficulty::<T>::insert(netuid, difficulty);
        Ok(())
    }

    /// See [`Pallet::set_network_parameter`].
    pub(crate) fn do_set_network_parameter(parameter: NetworkParameter) -> DispatchResult {
        match parameter {
            NetworkParameter::SubnetLimit(v) => {
                ensure!(v >= 1, Error::<T>::NetworkParameterOutOfBounds);
                SubnetLimit::<T>::put(v);
            }
            NetworkParameter::NetworkMinLockCost(v) => NetworkMinLockCost::<T>::put(v),
            NetworkParameter::NetworkLockReductionInterval(v) => {
                NetworkLockReductionInterval::<T>::put(v)
            }
            NetworkParameter::NetworkRateLimit(v) => NetworkRateLimit::<T>::put(v),
            NetworkParameter::NetworkImmunityPeriod(v) => NetworkImmunityPeriod::<T>::put(v),
            NetworkParameter::SubnetOwnerCut(v) => SubnetOwnerCut::<T>::put(v),
            NetworkParameter::RootRegistrationMinStake(v) => RootRegistrationMinStake::<T>::put(v),
            NetworkParameter::KeySwapCost(v) => KeySwapCost::<T>::put(v),
            NetworkParameter::HotkeySwapRateLimit(v) => HotkeySwapRateLimit::<T>::put(v),
        }
        Self::deposit_event(Event::NetworkParameterSet { parameter });
        Ok(())
    }
}
