//! # Stake pools: shares, rewards and entering stake
//!
//! The stake behind a hotkey is a pool of shares (DESIGN 5.3). Paying the pool a reward raises
//! the value of every share at once, so a payout costs the same whatever the number of stakers;
//! each staker's TAO follows from its shares and is settled lazily, when it next acts.
//!
//! - *Active* stake is held as shares: a stake of `s` shares is worth
//!   `floor(s * value / shares)` of the pool. Rewards raise `value`.
//! - *Entering* stake is stake added since the pool's last payout. It is worth exactly what was
//!   added, earns nothing of the next payout (no reward sniping: stake added after an epoch ran,
//!   or since the hotkey's last payout, gets nothing of it), and joins the active shares when
//!   that payout closes its *cohort*: all of the cohort's stake buys shares at once, at the price
//!   after the reward, and the [`Cohort`] record remembers how many, so each staker's part is
//!   converted when it next acts.
//!
//! Rounding always favours the pool: shares are issued rounded down and burned rounded up, so the
//! price of a share (`value / shares`) never falls, and the sum of the stakers' values never
//! exceeds the pool's value. What remains when the last share is burned is *dust*, recorded by
//! the ledger.
//!
//! Everything here is pure arithmetic on `u128` rao and shares, tested without storage; the
//! [`crate::ledger`] loads these records, calls these methods and writes them back.

use codec::{Decode, Encode, MaxEncodedLen};
use polkadot_sdk::sp_runtime::{
    helpers_128bit::multiply_by_rational_with_rounding, ArithmeticError, Rounding,
};
use scale_info::TypeInfo;

/// The shares a rao buys in a pool without shares. Fine-grained shares keep the rounding of
/// share issues far below a rao, so a staker's value follows its exact part of the pool to the
/// rao.
pub const SHARES_PER_RAO: u128 = 1_000_000_000;

/// The id of a stake pool. Stakes are keyed by pool id, not by hotkey, so that a hotkey swap
/// moves a pool with all its stakers in O(1).
pub type PoolId = u64;

/// `floor` or `ceil` of `a * b / c`, without overflow of the intermediate product; `None` if
/// `c` is zero or the result does not fit in a `u128`.
pub fn mul_div(a: u128, b: u128, c: u128, rounding: Rounding) -> Option<u128> {
    if c == 0 {
        return None;
    }
    multiply_by_rational_with_rounding(a, b, c, rounding)
}

/// The stake pool of one hotkey.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct StakePool {
    /// The pool's id, the first key of its stakes in [`crate::PoolShares`].
    pub id: PoolId,
    /// The TAO (rao) behind the active shares, rewards included.
    pub value: u128,
    /// The number of active shares.
    pub shares: u128,
    /// Stake (rao) added since the last payout, not yet in shares.
    pub entering: u128,
    /// How many payouts the pool has had; stake entering now belongs to cohort `payouts`.
    pub payouts: u32,
    /// How many coldkeys have a stake in the pool.
    pub stakers: u32,
}

impl StakePool {
    /// An empty pool with the id `id`.
    pub fn new(id: PoolId) -> Self {
        Self { id, ..Default::default() }
    }

    /// All the stake behind the hotkey: the active value and the entering stake. This is the
    /// stake Yuma consensus weighs the hotkey by.
    pub fn total(&self) -> u128 {
        self.value.saturating_add(self.entering)
    }

    /// What `shares` active shares are worth: `floor(shares * value / self.shares)`, zero if the
    /// pool has no shares.
    pub fn value_of(&self, shares: u128) -> u128 {
        mul_div(shares, self.value, self.shares, Rounding::Down).unwrap_or(0)
    }

    /// Adds `amount` to the active value and returns the shares it buys at the current price,
    /// rounded down ([`SHARES_PER_RAO`] per rao in a pool without shares).
    pub fn issue(&mut self, amount: u128) -> Result<u128, ArithmeticError> {
        let new_shares = if self.shares == 0 {
            amount.checked_mul(SHARES_PER_RAO).ok_or(ArithmeticError::Overflow)?
        } else {
            mul_div(amount, self.shares, self.value, Rounding::Down)
                .ok_or(ArithmeticError::Overflow)?
        };
        self.value = self.value.checked_add(amount).ok_or(ArithmeticError::Overflow)?;
        self.shares = self.shares.checked_add(new_shares).ok_or(ArithmeticError::Overflow)?;
        Ok(new_shares)
    }

    /// Raises the value of the active shares by `amount` (a reward). Fails with
    /// `DivisionByZero` if there are no active shares to receive it.
    pub fn reward(&mut self, amount: u128) -> Result<(), ArithmeticError> {
        if self.shares == 0 {
            return Err(ArithmeticError::DivisionByZero);
        }
        self.value = self.value.checked_add(amount).ok_or(ArithmeticError::Overflow)?;
        Ok(())
    }

    /// Takes `amount` out of the active value, burning the shares it is worth rounded up, but
    /// never more than `available` (the staker's shares). Returns the shares burned. The caller
    /// makes sure `amount` is at most what `available` shares are worth.
    pub fn burn(&mut self, amount: u128, available: u128) -> Result<u128, ArithmeticError> {
        if amount == 0 {
            return Ok(0);
        }
        let burned = mul_div(amount, self.shares, self.value, Rounding::Up)
            .ok_or(ArithmeticError::DivisionByZero)?
            .min(available);
        self.value = self.value.checked_sub(amount).ok_or(ArithmeticError::Underflow)?;
        self.shares = self.shares.checked_sub(burned).ok_or(ArithmeticError::Underflow)?;
        Ok(burned)
    }

    /// Once no active share is left, the value that rounding left behind leaves the pool:
    /// returns it (zero while shares remain).
    pub fn take_dust(&mut self) -> u128 {
        if self.shares == 0 {
            core::mem::take(&mut self.value)
        } else {
            0
        }
    }

    /// Adds `amount` of entering stake (earning from the payout after next on).
    pub fn enter(&mut self, amount: u128) -> Result<(), ArithmeticError> {
        self.entering = self.entering.checked_add(amount).ok_or(ArithmeticError::Overflow)?;
        Ok(())
    }

    /// Takes `amount` of entering stake of the open cohort back out.
    pub fn leave(&mut self, amount: u128) -> Result<(), ArithmeticError> {
        self.entering = self.entering.checked_sub(amount).ok_or(ArithmeticError::Underflow)?;
        Ok(())
    }

    /// Ends a payout: the open cohort's entering stake buys active shares at the current price
    /// and a new cohort opens. Returns the closed cohort's number and its record if any stake
    /// entered.
    pub fn close_cohort(&mut self) -> Result<Option<(u32, Cohort)>, ArithmeticError> {
        let number = self.payouts;
        self.payouts = self.payouts.checked_add(1).ok_or(ArithmeticError::Overflow)?;
        if self.entering == 0 {
            return Ok(None);
        }
        let amount = core::mem::take(&mut self.entering);
        let shares = self.issue(amount)?;
        Ok(Some((number, Cohort { amount, shares })))
    }
}

/// The shares a closed cohort bought and has not yet handed out to its stakers.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct Cohort {
    /// The entering stake (rao) of the stakers not yet converted.
    pub amount: u128,
    /// The shares left for them.
    pub shares: u128,
}

impl Cohort {
    /// Hands out the shares of a staker that entered `entering` rao: its pro-rata part rounded
    /// down, or everything that is left for the last one. Never hands out more than the cohort
    /// holds, and hands out all of it once all its stake is converted.
    pub fn convert(&mut self, entering: u128) -> u128 {
        if entering >= self.amount {
            self.amount = 0;
            return core::mem::take(&mut self.shares);
        }
        let shares = mul_div(entering, self.shares, self.amount, Rounding::Down)
            .unwrap_or(0)
            .min(self.shares);
        self.amount = self.amount.saturating_sub(entering);
        self.shares = self.shares.saturating_sub(shares);
        shares
    }

    /// Whether every staker of the cohort has been converted.
    pub fn is_done(&self) -> bool {
        self.amount == 0
    }
}

/// One coldkey's stake in one pool.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct StakeShares {
    /// Active shares.
    pub shares: u128,
    /// Entering stake (rao) of cohort [`Self::cohort`], not yet converted into shares.
    pub entering: u128,
    /// The cohort of the entering stake.
    pub cohort: u32,
    /// What is held on the coldkey for this stake (rao): its value when the coldkey last acted.
    pub settled: u128,
}

impl StakeShares {
    /// Whether the entering stake belongs to a cohort the pool has closed (so it must be
    /// converted into shares through the cohort's record).
    pub fn needs_conversion(&self, pool: &StakePool) -> bool {
        self.entering > 0 && self.cohort < pool.payouts
    }

    /// Converts entering stake of a closed cohort into shares, taking them from `cohort`.
    pub fn convert(&mut self, cohort: &mut Cohort) -> Result<(), ArithmeticError> {
        let shares = cohort.convert(core::mem::take(&mut self.entering));
        self.shares = self.shares.checked_add(shares).ok_or(ArithmeticError::Overflow)?;
        Ok(())
    }

    /// What the stake is worth now, in a pool where it has no closed cohort left to convert:
    /// its active shares' value plus its entering stake.
    pub fn value(&self, pool: &StakePool) -> u128 {
        pool.value_of(self.shares).saturating_add(self.entering)
    }

    /// Whether nothing is left of the stake.
    pub fn is_empty(&self) -> bool {
        self.shares == 0 && self.entering == 0 && self.settled == 0
    }
}

#[cfg(test)]
#[allow(clippy::arithmetic_side_effects, clippy::indexing_slicing, clippy::unwrap_used)]
mod tests {
    use super::*;

    const U: u128 = SHARES_PER_RAO;

    #[test]
    fn first_stake_gets_one_share_per_rao() {
        let mut pool = StakePool::new(7);
        assert_eq!(pool.issue(1_000), Ok(1_000 * U));
        assert_eq!((pool.value, pool.shares), (1_000, 1_000 * U));
        assert_eq!(pool.value_of(400 * U), 400);
    }

    #[test]
    fn a_reward_raises_every_share() {
        let mut pool = StakePool::new(0);
        pool.issue(300).unwrap();
        pool.issue(100).unwrap();
        pool.reward(40).unwrap();
        assert_eq!(pool.value_of(300 * U), 330);
        assert_eq!(pool.value_of(100 * U), 110);
        // A later stake buys at the new price.
        assert_eq!(pool.issue(110), Ok(100 * U));
        assert_eq!(pool.value_of(100 * U), 110);
    }

    #[test]
    fn no_shares_no_reward() {
        let mut pool = StakePool::new(0);
        assert_eq!(pool.reward(1), Err(ArithmeticError::DivisionByZero));
    }

    #[test]
    fn burning_rounds_up_and_dust_leaves_with_the_last_share() {
        let mut pool = StakePool::new(0);
        pool.issue(10).unwrap();
        pool.reward(5).unwrap(); // 1.5 rao per U shares
                                 // 4 rao are worth 2.666...U shares: rounded up.
        assert_eq!(pool.burn(4, 10 * U), Ok(2_666_666_667));
        assert_eq!((pool.value, pool.shares), (11, 10 * U - 2_666_666_667));
        assert_eq!(pool.take_dust(), 0);
        // The last shares are worth the whole value.
        let last = pool.shares;
        assert_eq!(pool.value_of(last), 11);
        assert_eq!(pool.burn(11, last), Ok(last));
        assert_eq!(pool.take_dust(), 0);
        assert_eq!(pool.value, 0);
    }

    #[test]
    fn entering_stake_earns_nothing_of_the_payout_that_closes_its_cohort() {
        let mut pool = StakePool::new(0);
        pool.issue(1_000).unwrap();
        pool.enter(100_000).unwrap();
        assert_eq!(pool.total(), 101_000);
        pool.reward(10).unwrap();
        let (number, mut cohort) = pool.close_cohort().unwrap().unwrap();
        assert_eq!(number, 0);
        assert_eq!(pool.payouts, 1);
        assert_eq!(pool.entering, 0);
        // 100 000 rao at 1.01 rao per U shares: floor(99 009.900990099 U) shares.
        assert_eq!(cohort, Cohort { amount: 100_000, shares: 99_009_900_990_099 });
        let mut whale = StakeShares { entering: 100_000, cohort: 0, ..Default::default() };
        assert!(whale.needs_conversion(&pool));
        whale.convert(&mut cohort).unwrap();
        assert!(cohort.is_done());
        // Rounding (in favour of the pool) costs the whale less than a rao before the floor.
        assert_eq!(whale.value(&pool), 99_999);
        // The old staker got the whole reward.
        assert_eq!(pool.value_of(1_000 * U), 1_010);
    }

    #[test]
    fn a_cohort_hands_out_all_its_shares() {
        let mut cohort = Cohort { amount: 10, shares: 7 };
        let parts: Vec<u128> = [3, 3, 4].iter().map(|e| cohort.convert(*e)).collect();
        assert_eq!(parts, vec![2, 2, 3]);
        assert!(cohort.is_done());
        assert_eq!(cohort.shares, 0);
    }

    #[test]
    fn a_payout_without_entering_stake_closes_an_empty_cohort() {
        let mut pool = StakePool::new(0);
        pool.issue(5).unwrap();
        assert_eq!(pool.close_cohort(), Ok(None));
        assert_eq!(pool.payouts, 1);
    }

    proptest::proptest! {
        /// Whatever the stakes, rewards and withdrawals, the stakers' values never add up to
        /// more than the pool's value and the price of a share never falls.
        #[test]
        fn values_never_exceed_the_pool_and_the_price_never_falls(
            ops in proptest::collection::vec(
                (0u8..4, 0usize..6, 1u128..=1u128 << 60), 1..80),
        ) {
            let mut pool = StakePool::new(0);
            let mut stakers = [0u128; 6];
            let price = |pool: &StakePool| (pool.value, pool.shares);
            for (op, who, amount) in ops {
                let (v0, s0) = price(&pool);
                match op {
                    0 => stakers[who] += pool.issue(amount).unwrap(),
                    1 => { let _ = pool.reward(amount); }
                    _ => {
                        let worth = pool.value_of(stakers[who]);
                        let take = amount.min(worth);
                        let burned = pool.burn(take, stakers[who]).unwrap();
                        stakers[who] -= burned;
                        pool.take_dust();
                    }
                }
                let total: u128 = stakers.iter().map(|s| pool.value_of(*s)).sum();
                proptest::prop_assert!(total <= pool.value);
                proptest::prop_assert_eq!(stakers.iter().sum::<u128>(), pool.shares);
                let (v1, s1) = price(&pool);
                if s0 > 0 && s1 > 0 {
                    // v1 / s1 >= v0 / s0
                    proptest::prop_assert!(
                        primitive_types_ge(v1, s1, v0, s0),
                        "price fell from {}/{} to {}/{}", v0, s0, v1, s1
                    );
                }
            }
        }

        /// A cohort's stakers together get exactly the shares it bought, each at most its
        /// pro-rata part rounded up.
        #[test]
        fn cohort_conversion_is_exact(
            parts in proptest::collection::vec(1u128..=1u128 << 50, 1..20),
            price_num in 1u128..1_000, price_den in 1u128..1_000,
        ) {
            let amount: u128 = parts.iter().sum();
            let shares = amount * price_den / price_num;
            let mut cohort = Cohort { amount, shares };
            let given: Vec<u128> = parts.iter().map(|p| cohort.convert(*p)).collect();
            proptest::prop_assert_eq!(given.iter().sum::<u128>(), shares);
            proptest::prop_assert!(cohort.is_done());
        }
    }

    /// `a / b >= c / d` for `b, d > 0`, compared exactly as `a * d >= c * b` in 256 bits.
    fn primitive_types_ge(a: u128, b: u128, c: u128, d: u128) -> bool {
        use polkadot_sdk::sp_core::U256;
        U256::from(a) * U256::from(d) >= U256::from(c) * U256::from(b)
    }
}
