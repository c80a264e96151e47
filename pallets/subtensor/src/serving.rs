//! Serving: a neuron publishes its axon and prometheus endpoints.

use crate::{
    types::{check_endpoint, EndpointError},
    AxonInfo, Axons, Config, Error, Event, Pallet, Prometheus, PrometheusInfo,
    SubnetHyperparameters,
};
use finney_support::NetUid;
use polkadot_sdk::{frame_support::ensure, sp_runtime::DispatchResult};

impl<T: Config> Pallet<T> {
    /// The endpoint checks shared by both calls, in order: the subnet exists, the hotkey is
    /// registered on it, the IP type, address and port are valid, and the previous endpoint
    /// (published at `previous_block`, 0 for never) is at least `serving_rate_limit` old.
    fn ensure_can_serve(
        hotkey: &T::AccountId,
        netuid: NetUid,
        ip: u128,
        port: u16,
        ip_type: u8,
        previous_block: Option<u64>,
    ) -> DispatchResult {
        let params =
            SubnetHyperparameters::<T>::get(netuid).ok_or(Error::<T>::SubNetworkDoesNotExist)?;
        ensure!(Self::is_registered(netuid, hotkey), Error::<T>::HotKeyNotRegisteredInSubNet);
        check_endpoint(ip, port, ip_type).map_err(|error| match error {
            EndpointError::InvalidIpType => Error::<T>::InvalidIpType,
            EndpointError::InvalidIpAddress => Error::<T>::InvalidIpAddress,
            EndpointError::InvalidPort => Error::<T>::InvalidPort,
        })?;
        if let Some(previous) = previous_block {
            ensure!(
                Self::current_block().saturating_sub(previous) >= params.serving_rate_limit,
                Error::<T>::ServingRateLimitExceeded
            );
        }
        Ok(())
    }

    /// See [`Pallet::serve_axon`].
    pub(crate) fn do_serve_axon(
        hotkey: T::AccountId,
        netuid: NetUid,
        axon: AxonInfo,
    ) -> DispatchResult {
        let previous = Axons::<T>::get(netuid, &hotkey).map(|previous| previous.block);
        Self::ensure_can_serve(&hotkey, netuid, axon.ip, axon.port, axon.ip_type, previous)?;
        Axons::<T>::insert(netuid, &hotkey, AxonInfo { block: Self::current_block(), ..axon });
        Self::deposit_event(Event::AxonServed { netuid, hotkey });
        Ok(())
    }

    /// See [`Pallet::serve_prometheus`].
    pub(crate) fn do_serve_prometheus(
        hotkey: T::AccountId,
        netuid: NetUid,
        prometheus: PrometheusInfo,
    ) -> DispatchResult {
        let previous = Prometheus::<T>::get(netuid, &hotkey).map(|previous| previous.block);
        Self::ensure_can_serve(
            &hotkey,
            netuid,
            prometheus.ip,
            prometheus.port,
            prometheus.ip_type,
            previous,
        )?;
        Prometheus::<T>::insert(
            netuid,
            &hotkey,
            PrometheusInfo { block: Self::current_block(), ..prometheus },
        );
        Self::deposit_event(Event::PrometheusServed { netuid, hotkey });
        Ok(())
    }
}
