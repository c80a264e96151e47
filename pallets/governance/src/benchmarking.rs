//! Benchmarks of the governance pallet: every call and the senate sync, each in its worst case.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::arithmetic_side_effects)]

use super::*;
use crate::pallet::{Call, Config, NextMotionId, Pallet, SenateMembers, SenateSize};
use alloc::{boxed::Box, vec, vec::Vec};
use polkadot_sdk::{
    frame_benchmarking::v2::*,
    frame_support::traits::{EnsureOrigin, Get},
    frame_system::{self, pallet_prelude::BlockNumberFor, RawOrigin},
};

const SEED: u32 = 0;

/// The largest call the call-size benchmarks measure (64 KiB); the weights extrapolate linearly
/// beyond it, up to the block's length limit.
const MAX_CALL_BYTES: u32 = 65_536;

/// Adds validators `from..to` to the root network, each owned by its own coldkey, validator `i`
/// with `base + i` stake. Returns their owners.
fn add_validators<T: Config>(from: u32, to: u32, base: u64) -> Vec<T::AccountId> {
    (from..to)
        .map(|i| {
            let hotkey: T::AccountId = account("root-hotkey", i, SEED);
            let coldkey: T::AccountId = account("root-coldkey", i, SEED);
            T::BenchmarkHelper::add_root_validator(
                &hotkey,
                &coldkey,
                T::Balance::from(base + u64::from(i)),
            );
            coldkey
        })
        .collect()
}

/// A call of `bytes` bytes: too large to be kept inline by the scheduler (a preimage is noted).
fn large_call<T: Config>(bytes: usize) -> <T as Config>::RuntimeCall
where
    <T as Config>::RuntimeCall: From<frame_system::Call<T>>,
{
    frame_system::Call::<T>::remark { remark: vec![7u8; bytes] }.into()
}

#[benchmarks(where <T as Config>::RuntimeCall: From<frame_system::Call<T>>)]
mod benchmarks {
    use super::*;

    #[benchmark]
    fn set_senate_size() -> Result<(), BenchmarkError> {
        let origin =
            T::ParameterOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
        let size = T::MaxSenateSize::get();

        #[extrinsic_call]
        _(origin as T::RuntimeOrigin, size);

        assert_eq!(SenateSize::<T>::get(), size);
        Ok(())
    }

    #[benchmark]
    fn set_motion_delay() -> Result<(), BenchmarkError> {
        let origin =
            T::ParameterOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
        let blocks = BlockNumberFor::<T>::from(77u32);

        #[extrinsic_call]
        _(origin as T::RuntimeOrigin, blocks);

        assert_eq!(crate::MotionDelay::<T>::get(), blocks);
        Ok(())
    }

    /// Worst case: the root network holds `r` validators of distinct owners, and every sitting
    /// senator (half as many seats as validators) is replaced by a newcomer with more stake,
    /// while motions are open in the collective (it rewrites their votes).
    #[benchmark]
    fn sync_senate(r: Linear<2, 64>) {
        let seats = (r / 2).clamp(1, T::MaxSenateSize::get());
        SenateSize::<T>::put(seats);
        let incumbents = add_validators::<T>(0, seats, 1_000);
        Pallet::<T>::sync_senate();
        assert_eq!(SenateMembers::<T>::get().len(), seats as usize);
        // Open motions: the collective drops the outgoing members' votes from each.
        let proposer: T::AccountId = account("triumvir", 0, SEED);
        for i in 0..20u8 {
            let call = Box::new(frame_system::Call::<T>::remark { remark: vec![i] }.into());
            if T::SenateMotions::propose(proposer.clone(), seats, call, 64).is_err() {
                break;
            }
        }
        let newcomers = add_validators::<T>(seats, r, 1_000_000);

        #[block]
        {
            Pallet::<T>::sync_senate();
        }

        let members = SenateMembers::<T>::get();
        assert!(incumbents.iter().all(|old| !members.contains(old)));
        assert!(members.iter().all(|member| newcomers.contains(member)));
    }

    /// A triumvir puts a call of `b` bytes before the senate (the collective stores it).
    #[benchmark]
    fn propose(b: Linear<1, MAX_CALL_BYTES>) {
        add_validators::<T>(0, 1, 1_000);
        Pallet::<T>::sync_senate();
        let proposer: T::AccountId = account("triumvir", 0, SEED);
        T::BenchmarkHelper::add_triumvirate_member(&proposer);
        let call = large_call::<T>(b as usize);

        #[extrinsic_call]
        _(RawOrigin::Signed(proposer), Box::new(call), b + 64);
    }

    /// An approved motion with a call of `b` bytes (noted as a preimage) is scheduled.
    #[benchmark]
    fn schedule_motion(b: Linear<1, MAX_CALL_BYTES>) -> Result<(), BenchmarkError> {
        let origin =
            T::SenateMajority::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
        let call = large_call::<T>(b as usize);

        #[extrinsic_call]
        _(origin as T::RuntimeOrigin, Box::new(call));

        assert_eq!(NextMotionId::<T>::get(), 1);
        Ok(())
    }

    #[benchmark]
    fn veto() -> Result<(), BenchmarkError> {
        let majority =
            T::SenateMajority::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
        Pallet::<T>::schedule_motion(majority, Box::new(large_call::<T>(1024)))
            .map_err(|_| BenchmarkError::Stop("the motion could not be scheduled"))?;
        let origin =
            T::VetoOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

        #[extrinsic_call]
        _(origin as T::RuntimeOrigin, 0);

        Ok(())
    }

    impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
