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
    /// Anything but moving TAO.
    NonTransfer,
    /// Only cancelling proxy announcements.
    CancelProxy,
    /// Only sudo calls (for a sudo key held behind a proxy).
    Governance,
}

impl InstanceFilter<RuntimeCall> for ProxyType {
    fn filter(&self, call: &RuntimeCall) -> bool {
        match self {
            ProxyType::Any => true,
            ProxyType::NonTransfer => !matches!(call, RuntimeCall::Balances(..)),
            ProxyType::CancelProxy => matches!(
                call,
                RuntimeCall::Proxy(pallet_proxy::Call::reject_announcement { .. })
                    | RuntimeCall::Utility(..)
                    | RuntimeCall::Multisig(..)
            ),
            ProxyType::Governance => {
                matches!(call, RuntimeCall::Sudo(..) | RuntimeCall::Utility(..))
            }
        }
    }

    fn is_superset(&self, other: &Self) -> bool {
        match (self, other) {
            (x, y) if x == y => true,
            (ProxyType::Any, _) => true,
            (_, ProxyType::Any) => false,
            (ProxyType::NonTransfer, _) => true,
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
