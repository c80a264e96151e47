//! TAO balances and transaction fees.
//!
//! Fees and tips go to the collators' pot (`CollatorSelection`'s account), which pays the
//! collators: moving TAO never changes total issuance, only the protocol's emission and burns do.

use crate::{
    constants::currency::{EXISTENTIAL_DEPOSIT, MICRO_TAO, RAO},
    Balance, Balances, Runtime, RuntimeEvent, RuntimeFreezeReason, RuntimeHoldReason,
};
use polkadot_sdk::*;

use frame_support::{
    parameter_types,
    traits::{tokens::imbalance::ResolveTo, ConstU32, ConstU8, VariantCountOf},
    weights::{
        constants::ExtrinsicBaseWeight, ConstantMultiplier, WeightToFeeCoefficient,
        WeightToFeeCoefficients, WeightToFeePolynomial,
    },
};
use pallet_transaction_payment::{FungibleAdapter, Multiplier, TargetedFeeAdjustment};
use smallvec::smallvec;
use sp_runtime::{traits::Bounded, FixedPointNumber, Perbill, Perquintill};

parameter_types! {
    /// The minimum balance of an account (500 rao, as on Bittensor).
    pub const ExistentialDeposit: Balance = EXISTENTIAL_DEPOSIT;
}

impl pallet_balances::Config for Runtime {
    type Balance = Balance;
    type DustRemoval = ();
    type RuntimeEvent = RuntimeEvent;
    type ExistentialDeposit = ExistentialDeposit;
    type AccountStore = frame_system::Pallet<Runtime>;
    type WeightInfo = pallet_balances::weights::SubstrateWeight<Runtime>;
    type MaxLocks = ConstU32<50>;
    type MaxReserves = ConstU32<50>;
    type ReserveIdentifier = [u8; 8];
    type RuntimeHoldReason = RuntimeHoldReason;
    type RuntimeFreezeReason = RuntimeFreezeReason;
    type FreezeIdentifier = RuntimeFreezeReason;
    type MaxFreezes = VariantCountOf<RuntimeFreezeReason>;
    type DoneSlashHandler = ();
}

/// Converts a transaction's weight into its fee: the base weight of an extrinsic costs
/// 100 micro-TAO (10^5 rao), and the fee grows linearly with weight.
pub struct WeightToFee;
impl WeightToFeePolynomial for WeightToFee {
    type Balance = Balance;
    fn polynomial() -> WeightToFeeCoefficients<Self::Balance> {
        let p = 100 * MICRO_TAO;
        let q = Balance::from(ExtrinsicBaseWeight::get().ref_time());
        smallvec![WeightToFeeCoefficient {
            degree: 1,
            negative: false,
            // q, the base extrinsic's ref_time, is a non-zero constant.
            coeff_frac: Perbill::from_rational(p.checked_rem(q).unwrap_or_default(), q),
            coeff_integer: p.checked_div(q).unwrap_or_default(),
        }]
    }
}

parameter_types! {
    /// The fee per byte of a transaction: 1 000 rao.
    pub const TransactionByteFee: Balance = 1_000 * RAO;
    /// Fees rise when blocks are fuller than a quarter.
    pub const TargetBlockFullness: Perquintill = Perquintill::from_percent(25);
    /// How fast the fee multiplier adapts.
    pub AdjustmentVariable: Multiplier = Multiplier::saturating_from_rational(1, 100_000);
    /// The fee multiplier never drops below 1: fees are at least their base value.
    pub MinimumMultiplier: Multiplier = Multiplier::saturating_from_integer(1);
    /// No upper bound on the multiplier.
    pub MaximumMultiplier: Multiplier = Bounded::max_value();
}

/// Where fees and tips go: the collators' pot.
pub type FeeDestination =
    ResolveTo<pallet_collator_selection::StakingPotAccountId<Runtime>, Balances>;

impl pallet_transaction_payment::Config for Runtime {
    type RuntimeEvent = RuntimeEvent;
    type OnChargeTransaction = FungibleAdapter<Balances, FeeDestination>;
    type WeightToFee = WeightToFee;
    type LengthToFee = ConstantMultiplier<Balance, TransactionByteFee>;
    type FeeMultiplierUpdate = TargetedFeeAdjustment<
        Self,
        TargetBlockFullness,
        AdjustmentVariable,
        MinimumMultiplier,
        MaximumMultiplier,
    >;
    type OperationalFeeMultiplier = ConstU8<5>;
    type WeightInfo = pallet_transaction_payment::weights::SubstrateWeight<Runtime>;
}
