//! The runtime's identity: version, token and block time.

use finney_runtime::{constants::currency::*, constants::time::*, Runtime, VERSION};
use polkadot_sdk::{frame_support::traits::Get, *};

#[test]
fn version_and_chain_constants() {
    assert_eq!(VERSION.spec_name, "finney");
    assert_eq!(TAO, 1_000_000_000, "TAO has 9 decimals");
    assert_eq!(MILLI_SECS_PER_BLOCK, 12_000, "Bittensor's 12 s blocks");
    assert_eq!(DAYS, 7_200);
    assert_eq!(EXISTENTIAL_DEPOSIT, 500);
    assert_eq!(<Runtime as frame_system::Config>::SS58Prefix::get(), 42);
    assert_eq!(
        <<Runtime as pallet_balances::Config>::ExistentialDeposit as Get<u128>>::get(),
        EXISTENTIAL_DEPOSIT
    );
}
