//! The pallets `finney-node benchmark pallet` measures (node and runtime built with
//! `--features runtime-benchmarks`). The weights of Finney's own pallets are generated from these
//! runs, and the XCM weights of the runtime (`runtime/src/weights`); see `scripts/benchmark.sh`.

polkadot_sdk::frame_benchmarking::define_benchmarks!(
    [frame_system, SystemBench::<Runtime>]
    [pallet_balances, Balances]
    [pallet_timestamp, Timestamp]
    [pallet_sudo, Sudo]
    [pallet_utility, Utility]
    [pallet_multisig, Multisig]
    [pallet_proxy, Proxy]
    [pallet_subtensor_staking, Staking]
    [pallet_subtensor, SubtensorModule]
    [pallet_subtensor_governance, Governance]
    [pallet_conviction_voting, ConvictionVoting]
    // XCM: `PolkadotXcm`'s extrinsics and the executor's instructions (generic and fungible).
    // The weights go to runtime/src/weights/ (scripts/benchmark.sh).
    [pallet_xcm, PalletXcmExtrinsicsBenchmark::<Runtime>]
    [pallet_xcm_benchmarks::fungible, XcmFungible]
    [pallet_xcm_benchmarks::generic, XcmGeneric]
);
