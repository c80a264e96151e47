//! Governance. For now a sudo key (Alice on dev chains); the senate and the stake-weighted DAO
//! of `pallet-subtensor-governance` will take over and retire it.

use crate::{Runtime, RuntimeCall, RuntimeEvent};
use polkadot_sdk::*;

impl pallet_sudo::Config for Runtime {
    type RuntimeEvent = RuntimeEvent;
    type RuntimeCall = RuntimeCall;
    type WeightInfo = pallet_sudo::weights::SubstrateWeight<Runtime>;
}
