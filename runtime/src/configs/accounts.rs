//! Account tools: batching (Utility), multi-signature accounts (Multisig) and proxies (Proxy).

use crate::{
    constants::currency::deposit, Balance, Balances, OriginCaller, Runtime, RuntimeCall,
    RuntimeEvent,
};
use polkadot_sdk::*;

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
    parameter_types,
    traits::{ConstU32, InstanceFilter},
};
use scale_info::TypeInfo;
use sp_runtime::traits::BlakeTwo256;

impl pallet_utility::Config for Runtime {
    type RuntimeEvent = RuntimeEvent;
    type RuntimeCall = RuntimeCall;
    type PalletsOrigin = OriginCaller;
    type WeightInfo = pallet_utility::weights::SubstrateWeight<Runtime>;
}

parameter_types! {
    /// Deposit for creating a multisig operation: one item of 88 bytes.
    pub const DepositBase: Balance = deposit(1, 88);
    /// Additional deposit per signatory: 32 bytes.
    pub const DepositFactor: Balance = deposit(0, 32);
}

impl pallet_multisig::Config for Runtime {
    type RuntimeEvent = RuntimeEvent;
    type RuntimeCall = RuntimeCall;
    type Currency = Balances;
    type DepositBase = DepositBase;
    type DepositFactor = DepositFactor;
    type MaxSignatories = ConstU32<100>;
    type WeightInfo = pallet_multisig::weights::SubstrateWeight<Runtime>;
    type BlockNumberProvider = frame_system::Pallet<Runtime>;
}

/// What a proxy account may do on behalf of its delegator.
///
/// `pallet_proxy` lets a proxy add or remove only proxies of types its own type is a superset of
/// ([`InstanceFilter::is_superset`]); here only `Any` is a superset of another type, so no proxy
/// can widen its own rights.
#[derive(
    Copy,
    Clone,
    Eq,
    PartialEq,
    Ord,
    PartialOrd,
    Encode,
    Decode,
    DecodeWithMemTracking,
    Debug,
    MaxEncodedLen,
    TypeInfo,
    Default,
)]
pub enum ProxyType {
    /// Anything.
    #[default]
    Any,
    /// Only calls that cannot move or burn the delegator's TAO: an allow-list, so a pallet or
    /// call added later is refused until it is listed here.
    ///
    /// Allowed:
    /// - `System::remark`, `System::remark_with_event`.
    /// - `Staking`: `add_stake`, `remove_stake` (stake stays held on the delegator and comes back
    ///   to its free balance), `become_delegate`, `decrease_take`, `increase_take`.
    /// - `SubtensorModule`: `root_register` (a hotkey the delegator owns), `set_hyperparameter`
    ///   (as the subnet owner: owner-level parameters only), `serve_axon`, `serve_prometheus`,
    ///   `set_weights`, `commit_weights`, `reveal_weights` (the work of a hotkey).
    /// - `Council::vote`, `Council::close` (a senator's votes; closing dispatches an approved motion
    ///   with the senate's origin, not the delegator's).
    /// - `ConvictionVoting`: `vote`, `remove_vote`, `remove_other_vote`, `delegate`,
    ///   `undelegate`, `unlock` (voting with the delegator's stake locks it, never moves it).
    /// - `Session::set_keys`, `Session::purge_keys`; `CollatorSelection`: `register_as_candidate`,
    ///   `leave_intent`, `update_bond`, `take_candidate_slot` (the candidacy bond is reserved on
    ///   the delegator, never slashed).
    /// - `Utility`: `batch`, `batch_all`, `force_batch`, `as_derivative` and `if_else` when every
    ///   call they carry is allowed (checked here, at any depth, as well as by the filtered origin
    ///   `Utility` dispatches them with).
    /// - `Proxy::proxy` when the call it carries is allowed (it runs with a fresh origin that
    ///   does not keep this filter, so it is checked here); `Proxy`: `remove_proxy`,
    ///   `remove_announcement`, `reject_announcement`, `poke_deposit`.
    /// - `Multisig::as_multi`, `Multisig::as_multi_threshold_1` when the call they carry is
    ///   allowed (it runs as the multisig account); `cancel_as_multi`, `poke_deposit`.
    ///
    /// Refused, among everything else:
    /// - `Balances` (every transfer, `burn`) and `PolkadotXcm` (transfers, `send`, `execute`).
    /// - `SubtensorModule`: `burned_register` (burns), `register_network` (locks the network
    ///   lock), `dissolve_network` (removes the subnet and its neurons for good), `register` (the
    ///   proof-of-work call names any coldkey as the hotkey's owner), `swap_hotkey` (burns the
    ///   key swap cost, and hands the hotkey's stake and registrations to a key of the proxy's
    ///   choosing), `set_network_parameter` (governance).
    /// - `Staking::set_staking_parameter`, `Sudo` and `Governance::propose` (governance: the
    ///   `Governance` type); `Referenda` and `Preimage` (their deposits can be slashed).
    /// - `Proxy`: `add_proxy`, `create_pure`, `kill_pure`, `remove_proxies`, `announce` (an
    ///   announced call is only a hash, so it cannot be checked); `Multisig::approve_as_multi`
    ///   (a hash too); `Utility`: `dispatch_as`, `dispatch_as_fallible`, `with_weight` (root).
    NonTransfer,
    /// Only cancelling proxy announcements.
    CancelProxy,
    /// Only governance: sudo calls (for a sudo key held behind a proxy), the triumvirate's
    /// `Governance::propose`, the senate's `Council::vote` and `Council::close` and its
    /// `Whitelist` calls, and referenda: `Referenda`, `ConvictionVoting`, `Preimage` (their
    /// deposits are reserved on the delegator).
    Governance,
}

/// Whether `call` is on the allow-list of [`ProxyType::NonTransfer`]: it cannot move or burn the
/// delegator's TAO, nor can any call it carries.
fn is_non_transfer(call: &RuntimeCall) -> bool {
    use pallet_subtensor::Call as Subtensor;
    use pallet_subtensor_staking::Call as Staking;
    match call {
        RuntimeCall::System(
            frame_system::Call::remark { .. } | frame_system::Call::remark_with_event { .. },
        ) => true,
        RuntimeCall::Staking(
            Staking::add_stake { .. }
            | Staking::remove_stake { .. }
            | Staking::become_delegate { .. }
            | Staking::decrease_take { .. }
            | Staking::increase_take { .. },
        ) => true,
        RuntimeCall::SubtensorModule(
            Subtensor::root_register { .. }
            | Subtensor::set_hyperparameter { .. }
            | Subtensor::serve_axon { .. }
            | Subtensor::serve_prometheus { .. }
            | Subtensor::set_weights { .. }
            | Subtensor::commit_weights { .. }
            | Subtensor::reveal_weights { .. },
        ) => true,
        RuntimeCall::Session(
            pallet_session::Call::set_keys { .. } | pallet_session::Call::purge_keys { .. },
        ) => true,
        RuntimeCall::Council(
            pallet_collective::Call::vote { .. } | pallet_collective::Call::close { .. },
        ) => true,
        RuntimeCall::ConvictionVoting(
            pallet_conviction_voting::Call::vote { .. }
            | pallet_conviction_voting::Call::remove_vote { .. }
            | pallet_conviction_voting::Call::remove_other_vote { .. }
            | pallet_conviction_voting::Call::delegate { .. }
            | pallet_conviction_voting::Call::undelegate { .. }
            | pallet_conviction_voting::Call::unlock { .. },
        ) => true,
        RuntimeCall::CollatorSelection(
            pallet_collator_selection::Call::register_as_candidate { .. }
            | pallet_collator_selection::Call::leave_intent { .. }
            | pallet_collator_selection::Call::update_bond { .. }
            | pallet_collator_selection::Call::take_candidate_slot { .. },
        ) => true,
        RuntimeCall::Utility(
            pallet_utility::Call::batch { calls }
            | pallet_utility::Call::batch_all { calls }
            | pallet_utility::Call::force_batch { calls },
        ) => calls.iter().all(is_non_transfer),
        RuntimeCall::Utility(pallet_utility::Call::as_derivative { call, .. }) => {
            is_non_transfer(call)
        }
        RuntimeCall::Utility(pallet_utility::Call::if_else { main, fallback }) => {
            is_non_transfer(main) && is_non_transfer(fallback)
        }
        RuntimeCall::Proxy(pallet_proxy::Call::proxy { call, .. }) => is_non_transfer(call),
        RuntimeCall::Proxy(
            pallet_proxy::Call::remove_proxy { .. }
            | pallet_proxy::Call::remove_announcement { .. }
            | pallet_proxy::Call::reject_announcement { .. }
            | pallet_proxy::Call::poke_deposit { .. },
        ) => true,
        RuntimeCall::Multisig(
            pallet_multisig::Call::as_multi { call, .. }
            | pallet_multisig::Call::as_multi_threshold_1 { call, .. },
        ) => is_non_transfer(call),
        RuntimeCall::Multisig(
            pallet_multisig::Call::cancel_as_multi { .. }
            | pallet_multisig::Call::poke_deposit { .. },
        ) => true,
        _ => false,
    }
}

impl InstanceFilter<RuntimeCall> for ProxyType {
    fn filter(&self, call: &RuntimeCall) -> bool {
        match self {
            ProxyType::Any => true,
            ProxyType::NonTransfer => is_non_transfer(call),
            ProxyType::CancelProxy => matches!(
                call,
                RuntimeCall::Proxy(pallet_proxy::Call::reject_announcement { .. })
                    | RuntimeCall::Utility(..)
                    | RuntimeCall::Multisig(..)
            ),
            ProxyType::Governance => {
                matches!(
                    call,
                    RuntimeCall::Sudo(..)
                        | RuntimeCall::Utility(..)
                        | RuntimeCall::Governance(
                            pallet_subtensor_governance::Call::propose { .. }
                        )
                        | RuntimeCall::Council(
                            pallet_collective::Call::vote { .. }
                                | pallet_collective::Call::close { .. }
                        )
                        | RuntimeCall::Referenda(..)
                        | RuntimeCall::ConvictionVoting(..)
                        | RuntimeCall::Preimage(..)
                        | RuntimeCall::Whitelist(..)
                )
            }
        }
    }

    /// Only `Any` covers the other types: `NonTransfer` refuses the sudo calls of `Governance`
    /// and the hash-only multisig approvals `CancelProxy` allows.
    fn is_superset(&self, other: &Self) -> bool {
        match (self, other) {
            (x, y) if x == y => true,
            (ProxyType::Any, _) => true,
            _ => false,
        }
    }
}

parameter_types! {
    /// Deposit for having proxies: one item of 8 bytes.
    pub const ProxyDepositBase: Balance = deposit(1, 8);
    /// Additional deposit per proxy: 33 bytes.
    pub const ProxyDepositFactor: Balance = deposit(0, 33);
    /// Deposit for having announcements.
    pub const AnnouncementDepositBase: Balance = deposit(1, 8);
    /// Additional deposit per announcement: 68 bytes.
    pub const AnnouncementDepositFactor: Balance = deposit(0, 68);
}

impl pallet_proxy::Config for Runtime {
    type RuntimeEvent = RuntimeEvent;
    type RuntimeCall = RuntimeCall;
    type Currency = Balances;
    type ProxyType = ProxyType;
    type ProxyDepositBase = ProxyDepositBase;
    type ProxyDepositFactor = ProxyDepositFactor;
    type MaxProxies = ConstU32<32>;
    type WeightInfo = pallet_proxy::weights::SubstrateWeight<Runtime>;
    type MaxPending = ConstU32<32>;
    type CallHasher = BlakeTwo256;
    type AnnouncementDepositBase = AnnouncementDepositBase;
    type AnnouncementDepositFactor = AnnouncementDepositFactor;
    type BlockNumberProvider = frame_system::Pallet<Runtime>;
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

    use super::*;
    use crate::{
        constants::currency::TAO, AccountId, Balances, OriginCaller, Proxy, RuntimeOrigin, System,
    };
    use alloc::{boxed::Box, vec, vec::Vec};
    use frame_support::{assert_ok, weights::Weight};
    use pallet_subtensor::NetUid;
    use sp_runtime::BuildStorage;
    use staging_xcm::{
        latest::{
            Asset, Assets, Junction::AccountId32, Junctions::Here, Location, WeightLimit, Xcm,
        },
        VersionedAssets, VersionedLocation, VersionedXcm,
    };

    fn account(byte: u8) -> AccountId {
        AccountId::new([byte; 32])
    }

    fn remark() -> RuntimeCall {
        RuntimeCall::System(frame_system::Call::remark { remark: vec![1] })
    }

    fn transfer() -> RuntimeCall {
        RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
            dest: account(2).into(),
            value: TAO,
        })
    }

    fn add_stake() -> RuntimeCall {
        RuntimeCall::Staking(pallet_subtensor_staking::Call::add_stake {
            hotkey: account(3),
            amount: TAO,
        })
    }

    fn batch(calls: Vec<RuntimeCall>) -> RuntimeCall {
        RuntimeCall::Utility(pallet_utility::Call::batch { calls })
    }

    fn proxied(call: RuntimeCall) -> RuntimeCall {
        RuntimeCall::Proxy(pallet_proxy::Call::proxy {
            real: account(1).into(),
            force_proxy_type: None,
            call: Box::new(call),
        })
    }

    fn multisig(call: RuntimeCall) -> RuntimeCall {
        RuntimeCall::Multisig(pallet_multisig::Call::as_multi {
            threshold: 2,
            other_signatories: vec![account(5)],
            maybe_timepoint: None,
            call: Box::new(call),
            max_weight: Weight::zero(),
        })
    }

    fn non_transfer(call: RuntimeCall) -> bool {
        ProxyType::NonTransfer.filter(&call)
    }

    #[test]
    fn non_transfer_allows_staking_neuron_work_and_remarks() {
        let allowed = [
            remark(),
            add_stake(),
            RuntimeCall::Staking(pallet_subtensor_staking::Call::remove_stake {
                hotkey: account(3),
                amount: TAO,
            }),
            RuntimeCall::Staking(pallet_subtensor_staking::Call::become_delegate {
                hotkey: account(3),
            }),
            RuntimeCall::SubtensorModule(pallet_subtensor::Call::root_register {
                hotkey: account(3),
            }),
            RuntimeCall::SubtensorModule(pallet_subtensor::Call::set_weights {
                netuid: NetUid(1),
                dests: vec![0],
                weights: vec![1],
                version_key: 0,
            }),
            RuntimeCall::SubtensorModule(pallet_subtensor::Call::serve_axon {
                netuid: NetUid(1),
                version: 1,
                ip: 0x0a00_0001,
                port: 8091,
                ip_type: 4,
                protocol: 0,
                placeholder1: 0,
                placeholder2: 0,
            }),
            RuntimeCall::SubtensorModule(pallet_subtensor::Call::set_hyperparameter {
                netuid: NetUid(1),
                parameter: pallet_subtensor::Hyperparameter::Rho(10),
            }),
            RuntimeCall::CollatorSelection(
                pallet_collator_selection::Call::register_as_candidate {},
            ),
            // Batches and wrappers whose calls are all allowed, at any depth.
            batch(vec![remark(), add_stake()]),
            RuntimeCall::Utility(pallet_utility::Call::batch_all {
                calls: vec![batch(vec![add_stake()]), proxied(remark())],
            }),
            proxied(add_stake()),
            RuntimeCall::Multisig(pallet_multisig::Call::as_multi_threshold_1 {
                other_signatories: vec![account(5)],
                call: Box::new(remark()),
            }),
            RuntimeCall::Proxy(pallet_proxy::Call::remove_proxy {
                delegate: account(4).into(),
                proxy_type: ProxyType::NonTransfer,
                delay: 0,
            }),
        ];
        for call in allowed {
            assert!(non_transfer(call.clone()), "refused: {call:?}");
        }
    }

    #[test]
    fn non_transfer_refuses_whatever_moves_or_burns_tao() {
        let xcm_transfer = RuntimeCall::PolkadotXcm(pallet_xcm::Call::transfer_assets {
            dest: Box::new(VersionedLocation::from(Location::parent())),
            beneficiary: Box::new(VersionedLocation::from(Location::new(
                0,
                [AccountId32 { network: None, id: [2; 32] }],
            ))),
            assets: Box::new(VersionedAssets::from(Assets::from(Asset::from((Here, TAO))))),
            fee_asset_item: 0,
            weight_limit: WeightLimit::Unlimited,
        });
        let xcm_send = RuntimeCall::PolkadotXcm(pallet_xcm::Call::send {
            dest: Box::new(VersionedLocation::from(Location::parent())),
            message: Box::new(VersionedXcm::from(Xcm::<()>(vec![]))),
        });
        let refused = [
            transfer(),
            RuntimeCall::Balances(pallet_balances::Call::transfer_all {
                dest: account(2).into(),
                keep_alive: false,
            }),
            RuntimeCall::Balances(pallet_balances::Call::burn { value: TAO, keep_alive: true }),
            xcm_transfer,
            xcm_send,
            RuntimeCall::SubtensorModule(pallet_subtensor::Call::burned_register {
                netuid: NetUid(1),
                hotkey: account(3),
            }),
            RuntimeCall::SubtensorModule(pallet_subtensor::Call::register_network {}),
            RuntimeCall::SubtensorModule(pallet_subtensor::Call::dissolve_network {
                netuid: NetUid(1),
            }),
            RuntimeCall::SubtensorModule(pallet_subtensor::Call::swap_hotkey {
                hotkey: account(3),
                new_hotkey: account(4),
            }),
            RuntimeCall::Sudo(pallet_sudo::Call::sudo { call: Box::new(remark()) }),
            RuntimeCall::System(frame_system::Call::set_code { code: vec![] }),
            // A refused call anywhere inside a batch or wrapper refuses the whole.
            batch(vec![remark(), transfer()]),
            batch(vec![batch(vec![add_stake(), batch(vec![transfer()])])]),
            RuntimeCall::Utility(pallet_utility::Call::force_batch { calls: vec![transfer()] }),
            RuntimeCall::Utility(pallet_utility::Call::as_derivative {
                index: 0,
                call: Box::new(transfer()),
            }),
            RuntimeCall::Utility(pallet_utility::Call::dispatch_as {
                as_origin: Box::new(OriginCaller::system(frame_system::RawOrigin::Root)),
                call: Box::new(remark()),
            }),
            proxied(transfer()),
            proxied(proxied(transfer())),
            multisig(transfer()),
            RuntimeCall::Multisig(pallet_multisig::Call::approve_as_multi {
                threshold: 2,
                other_signatories: vec![account(5)],
                maybe_timepoint: None,
                call_hash: [0; 32],
                max_weight: Weight::zero(),
            }),
            // No way to widen its own rights.
            RuntimeCall::Proxy(pallet_proxy::Call::add_proxy {
                delegate: account(4).into(),
                proxy_type: ProxyType::Any,
                delay: 0,
            }),
            RuntimeCall::Proxy(pallet_proxy::Call::create_pure {
                proxy_type: ProxyType::Any,
                delay: 0,
                index: 0,
            }),
        ];
        for call in refused {
            assert!(!non_transfer(call.clone()), "allowed: {call:?}");
        }
    }

    #[test]
    fn only_any_is_a_superset_of_another_type() {
        use ProxyType::*;
        for other in [Any, NonTransfer, CancelProxy, Governance] {
            assert!(Any.is_superset(&other));
            assert!(other.is_superset(&other));
        }
        for (wider, narrower) in [
            (NonTransfer, Governance),
            (NonTransfer, CancelProxy),
            (NonTransfer, Any),
            (Governance, NonTransfer),
        ] {
            assert!(!wider.is_superset(&narrower), "{wider:?} covers {narrower:?}");
        }
    }

    /// Through `pallet_proxy`: the proxy call itself succeeds, the filtered call does not run.
    #[test]
    fn a_non_transfer_proxy_cannot_move_the_delegators_tao() {
        let (delegator, proxy) = (account(1), account(2));
        let mut storage =
            frame_system::GenesisConfig::<Runtime>::default().build_storage().unwrap();
        pallet_balances::GenesisConfig::<Runtime> {
            balances: vec![(delegator.clone(), 1_000 * TAO), (proxy.clone(), 1_000 * TAO)],
            ..Default::default()
        }
        .assimilate_storage(&mut storage)
        .unwrap();
        sp_io::TestExternalities::new(storage).execute_with(|| {
            System::set_block_number(1);
            assert_ok!(Proxy::add_proxy(
                RuntimeOrigin::signed(delegator.clone()),
                proxy.clone().into(),
                ProxyType::NonTransfer,
                0
            ));
            let as_delegator = |call: RuntimeCall| {
                assert_ok!(Proxy::proxy(
                    RuntimeOrigin::signed(proxy.clone()),
                    delegator.clone().into(),
                    None,
                    Box::new(call)
                ));
                match System::events().last().map(|record| record.event.clone()) {
                    Some(crate::RuntimeEvent::Proxy(pallet_proxy::Event::ProxyExecuted {
                        result,
                    })) => result,
                    other => panic!("expected ProxyExecuted, got {other:?}"),
                }
            };
            let filtered: sp_runtime::DispatchResult =
                Err(frame_system::Error::<Runtime>::CallFiltered.into());
            let free = Balances::free_balance(&delegator);
            assert_eq!(as_delegator(transfer()), filtered);
            assert_eq!(as_delegator(batch(vec![remark(), transfer()])), filtered);
            assert_eq!(
                as_delegator(RuntimeCall::Proxy(pallet_proxy::Call::add_proxy {
                    delegate: proxy.clone().into(),
                    proxy_type: ProxyType::Any,
                    delay: 0,
                })),
                filtered
            );
            assert_eq!(Balances::free_balance(&delegator), free);
            assert_eq!(as_delegator(batch(vec![remark(), remark()])), Ok(()));
        });
    }
}
