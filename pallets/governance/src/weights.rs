//! Weights for `pallet_subtensor_governance`.
//!
//! NOT MEASURED YET. The pallet is not in the runtime, so `scripts/benchmark.sh` cannot run its
//! benchmarks; until it is, these count the storage accesses of each function (reads and writes
//! at the RocksDB weights, proof size by the items' maximum encoded length) and charge 50 µs of
//! compute per root validator and per call (100 µs for the motion calls, whose proof allows a 50 KiB call) as a stand-in. They are replaced by generated weights
//! when the pallet joins the runtime.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use polkadot_sdk::frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// Weight functions needed for `pallet_subtensor_governance`.
pub trait WeightInfo {
	/// `set_senate_size`: one write.
	fn set_senate_size() -> Weight;
	/// `set_motion_delay`: one write.
	fn set_motion_delay() -> Weight;
	/// A senate sync over `r` root validators: the root network's size and `r` hotkeys, each
	/// hotkey's owner and stake, the senate size and members; writing the members (ours and the
	/// collective's, whose open motions lose the outgoing members' votes).
	fn sync_senate(r: u32, ) -> Weight;
	/// `propose`: the senate's size, and the collective's proposal (its count, list, the call
	/// and its votes).
	fn propose() -> Weight;
	/// `schedule_motion`: the motion id, the call noted as a preimage if large, the scheduler's
	/// agenda and lookup.
	fn schedule_motion() -> Weight;
	/// `veto`: the scheduler's lookup and agenda.
	fn veto() -> Weight;
}

/// Storage accesses counted for a runtime (see the module docs).
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: polkadot_sdk::frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn set_senate_size() -> Weight {
		Weight::from_parts(50_000_000, 1489)
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	fn set_motion_delay() -> Weight {
		Weight::from_parts(50_000_000, 1489)
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	fn sync_senate(r: u32, ) -> Weight {
		Weight::from_parts(50_000_000, 4_000)
			.saturating_add(Weight::from_parts(50_000_000, 2_600).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(r.into())))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	fn propose() -> Weight {
		Weight::from_parts(100_000_000, 60_000)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	fn schedule_motion() -> Weight {
		Weight::from_parts(100_000_000, 60_000)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	fn veto() -> Weight {
		Weight::from_parts(50_000_000, 60_000)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
}

// For backwards compatibility and tests.
impl WeightInfo for () {
	fn set_senate_size() -> Weight {
		Weight::from_parts(50_000_000, 1489)
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn set_motion_delay() -> Weight {
		Weight::from_parts(50_000_000, 1489)
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn sync_senate(r: u32, ) -> Weight {
		Weight::from_parts(50_000_000, 4_000)
			.saturating_add(Weight::from_parts(50_000_000, 2_600).saturating_mul(r.into()))
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(r.into())))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn propose() -> Weight {
		Weight::from_parts(100_000_000, 60_000)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn schedule_motion() -> Weight {
		Weight::from_parts(100_000_000, 60_000)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn veto() -> Weight {
		Weight::from_parts(50_000_000, 60_000)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
}
