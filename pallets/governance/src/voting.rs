//! Stake as voting power for `pallet-conviction-voting` (DESIGN 6, stage 3).
//!
//! Conviction voting asks its `Currency` two things: how much an account may vote with
//! (`total_balance`), and to lock what it voted (`set_lock` / `extend_lock` / `remove_lock`).
//! [`StakeVotingPower`] answers the first with the coldkey's **stake** (its TAO staked to any
//! hotkey, [`StakeInfo::total_stake_of_coldkey`]) and hands the locks to the real balances
//! pallet, on the coldkey's account:
//!
//! - staked TAO votes where it is: nothing is unstaked or moved to vote;
//! - free TAO does not vote: a coldkey with no stake has no voting power;
//! - the lock is a balances lock on the coldkey. Its stake is held on that same account, and a
//!   hold counts towards a lock, so while the coldkey keeps its stake the lock takes nothing
//!   from its free balance. If it unstakes, the unstaked TAO becomes free but stays frozen up to
//!   the lock until the lock expires and `ConvictionVoting::unlock` removes it: voted TAO cannot
//!   leave the account before the vote's lock ends.
//!
//! Support is measured against all stake ([`TotalStakeTurnout`]), the most that could vote.
//!
//! Nothing else of the currency interface applies to voting power: every method that would move,
//! mint, burn, reserve or slash funds refuses (an error) or does nothing (a zero imbalance), so
//! the adapter can never create or destroy TAO even if some code called it by mistake.
//!
//! What the adapter needs from the runtime beyond stake comes through `B`
//! ([`VotingPowerAccounts`], `()` by default):
//! - how much of a coldkey's balance its locks freeze, so that `reducible_balance` reports the
//!   voting power no vote has locked yet (with `()`: nothing is locked);
//! - only with the `runtime-benchmarks` feature: conviction voting's benchmarks fund their voters
//!   with `make_free_balance_be`, which then gives the account that much voting power (the
//!   runtime stakes it). In every other build, and with `B = ()`, it does nothing.

use core::marker::PhantomData;
use finney_support::StakeInfo;
use polkadot_sdk::{
    frame_support::traits::{
        fungible,
        tokens::{DepositConsequence, Fortitude, Preservation, Provenance, WithdrawConsequence},
        BalanceStatus, Currency, ExistenceRequirement, Get, Imbalance, LockIdentifier,
        LockableCurrency, ReservableCurrency, SignedImbalance, WithdrawReasons,
    },
    sp_runtime::{DispatchError, DispatchResult, Saturating},
};

/// The error of every balance-moving method of [`StakeVotingPower`].
pub const NOT_A_CURRENCY: &str = "voting power is stake: it cannot be moved, minted or reserved";

/// What [`StakeVotingPower`] reads from, and (in benchmarks) does to, the runtime's accounts.
pub trait VotingPowerAccounts<AccountId, Balance> {
    /// How much of `who`'s balance its locks and freezes keep from moving (`pallet-balances`'
    /// `frozen`).
    fn locked(who: &AccountId) -> Balance;

    /// Makes `who`'s voting power at least `amount` (an implementation may cap `amount`).
    /// Called only in builds with the `runtime-benchmarks` feature.
    fn set_voting_power(who: &AccountId, amount: Balance);
}

/// Nothing is locked and no voting power is ever given: the default of [`StakeVotingPower`].
impl<AccountId, Balance: Default> VotingPowerAccounts<AccountId, Balance> for () {
    fn locked(_who: &AccountId) -> Balance {
        Balance::default()
    }

    fn set_voting_power(_who: &AccountId, _amount: Balance) {}
}

/// Voting power = stake: a `Currency` for `pallet-conviction-voting` whose balance of an account
/// is the account's stake (`S`), and whose locks are `C`'s (the balances pallet). `B` reads
/// what the locks freeze and gives benchmark voters their voting power. See the module docs.
pub struct StakeVotingPower<AccountId, C, S, B = ()>(PhantomData<(AccountId, C, S, B)>);

impl<AccountId, C, S, B> Currency<AccountId> for StakeVotingPower<AccountId, C, S, B>
where
    C: Currency<AccountId>,
    S: StakeInfo<AccountId, C::Balance>,
    B: VotingPowerAccounts<AccountId, C::Balance>,
{
    type Balance = C::Balance;
    type PositiveImbalance = C::PositiveImbalance;
    type NegativeImbalance = C::NegativeImbalance;

    /// The voting power of `who`: its stake.
    fn total_balance(who: &AccountId) -> Self::Balance {
        S::total_stake_of_coldkey(who)
    }

    fn can_slash(_who: &AccountId, _value: Self::Balance) -> bool {
        false
    }

    fn total_issuance() -> Self::Balance {
        C::total_issuance()
    }

    fn minimum_balance() -> Self::Balance {
        C::minimum_balance()
    }

    fn burn(_amount: Self::Balance) -> Self::PositiveImbalance {
        Self::PositiveImbalance::zero()
    }

    fn issue(_amount: Self::Balance) -> Self::NegativeImbalance {
        Self::NegativeImbalance::zero()
    }

    /// Also the stake: voting power has no free/reserved split.
    fn free_balance(who: &AccountId) -> Self::Balance {
        S::total_stake_of_coldkey(who)
    }

    fn ensure_can_withdraw(
        _who: &AccountId,
        _amount: Self::Balance,
        _reasons: WithdrawReasons,
        _new_balance: Self::Balance,
    ) -> DispatchResult {
        Err(DispatchError::Other(NOT_A_CURRENCY))
    }

    fn transfer(
        _source: &AccountId,
        _dest: &AccountId,
        _value: Self::Balance,
        _existence_requirement: ExistenceRequirement,
    ) -> DispatchResult {
        Err(DispatchError::Other(NOT_A_CURRENCY))
    }

    /// Slashes nothing: all of `value` is returned as not slashed.
    fn slash(_who: &AccountId, value: Self::Balance) -> (Self::NegativeImbalance, Self::Balance) {
        (Self::NegativeImbalance::zero(), value)
    }

    fn deposit_into_existing(
        _who: &AccountId,
        _value: Self::Balance,
    ) -> Result<Self::PositiveImbalance, DispatchError> {
        Err(DispatchError::Other(NOT_A_CURRENCY))
    }

    fn deposit_creating(_who: &AccountId, _value: Self::Balance) -> Self::PositiveImbalance {
        Self::PositiveImbalance::zero()
    }

    fn withdraw(
        _who: &AccountId,
        _value: Self::Balance,
        _reasons: WithdrawReasons,
        _liveness: ExistenceRequirement,
    ) -> Result<Self::NegativeImbalance, DispatchError> {
        Err(DispatchError::Other(NOT_A_CURRENCY))
    }

    /// Does nothing, except in `runtime-benchmarks` builds, where `B` gives `who` voting power
    /// (conviction voting's benchmarks fund their voters this way). No imbalance either way.
    fn make_free_balance_be(
        who: &AccountId,
        balance: Self::Balance,
    ) -> SignedImbalance<Self::Balance, Self::PositiveImbalance> {
        #[cfg(feature = "runtime-benchmarks")]
        B::set_voting_power(who, balance);
        #[cfg(not(feature = "runtime-benchmarks"))]
        let _ = (who, balance);
        SignedImbalance::Positive(Self::PositiveImbalance::zero())
    }
}

/// Nothing is ever reserved from voting power.
impl<AccountId, C, S, B> ReservableCurrency<AccountId> for StakeVotingPower<AccountId, C, S, B>
where
    C: Currency<AccountId>,
    S: StakeInfo<AccountId, C::Balance>,
    B: VotingPowerAccounts<AccountId, C::Balance>,
{
    fn can_reserve(_who: &AccountId, _value: Self::Balance) -> bool {
        false
    }

    fn slash_reserved(
        _who: &AccountId,
        value: Self::Balance,
    ) -> (Self::NegativeImbalance, Self::Balance) {
        (Self::NegativeImbalance::zero(), value)
    }

    fn reserved_balance(_who: &AccountId) -> Self::Balance {
        Default::default()
    }

    fn reserve(_who: &AccountId, _value: Self::Balance) -> DispatchResult {
        Err(DispatchError::Other(NOT_A_CURRENCY))
    }

    /// Returns all of `value`: none of it was reserved.
    fn unreserve(_who: &AccountId, value: Self::Balance) -> Self::Balance {
        value
    }

    fn repatriate_reserved(
        _slashed: &AccountId,
        _beneficiary: &AccountId,
        _value: Self::Balance,
        _status: BalanceStatus,
    ) -> Result<Self::Balance, DispatchError> {
        Err(DispatchError::Other(NOT_A_CURRENCY))
    }
}

/// Locks are `C`'s locks on the coldkey's account (see the module docs).
impl<AccountId, C, S, B> LockableCurrency<AccountId> for StakeVotingPower<AccountId, C, S, B>
where
    C: LockableCurrency<AccountId>,
    S: StakeInfo<AccountId, C::Balance>,
    B: VotingPowerAccounts<AccountId, C::Balance>,
{
    type Moment = C::Moment;
    type MaxLocks = C::MaxLocks;

    fn set_lock(
        id: LockIdentifier,
        who: &AccountId,
        amount: Self::Balance,
        reasons: WithdrawReasons,
    ) {
        C::set_lock(id, who, amount, reasons)
    }

    fn extend_lock(
        id: LockIdentifier,
        who: &AccountId,
        amount: Self::Balance,
        reasons: WithdrawReasons,
    ) {
        C::extend_lock(id, who, amount, reasons)
    }

    fn remove_lock(id: LockIdentifier, who: &AccountId) {
        C::remove_lock(id, who)
    }
}

/// The same view through the `fungible` interface: an account's balance is its stake, and none
/// of it can be withdrawn or deposited through this type.
impl<AccountId, C, S, B> fungible::Inspect<AccountId> for StakeVotingPower<AccountId, C, S, B>
where
    C: Currency<AccountId>,
    S: StakeInfo<AccountId, C::Balance>,
    B: VotingPowerAccounts<AccountId, C::Balance>,
{
    type Balance = C::Balance;

    fn total_issuance() -> Self::Balance {
        C::total_issuance()
    }

    fn minimum_balance() -> Self::Balance {
        C::minimum_balance()
    }

    fn total_balance(who: &AccountId) -> Self::Balance {
        S::total_stake_of_coldkey(who)
    }

    fn balance(who: &AccountId) -> Self::Balance {
        S::total_stake_of_coldkey(who)
    }

    /// The voting power no vote has locked yet: the stake, less what the coldkey's locks
    /// freeze. (Nothing can be withdrawn through this type; conviction voting's benchmarks read
    /// this to see a vote's lock.)
    fn reducible_balance(
        who: &AccountId,
        _preservation: Preservation,
        _force: Fortitude,
    ) -> Self::Balance {
        S::total_stake_of_coldkey(who).saturating_sub(B::locked(who))
    }

    fn can_deposit(
        _who: &AccountId,
        _amount: Self::Balance,
        _provenance: Provenance,
    ) -> DepositConsequence {
        DepositConsequence::Blocked
    }

    fn can_withdraw(
        _who: &AccountId,
        _amount: Self::Balance,
    ) -> WithdrawConsequence<Self::Balance> {
        WithdrawConsequence::Frozen
    }
}

/// All stake on the chain: the most that can vote, which conviction voting measures a
/// referendum's support against.
pub struct TotalStakeTurnout<AccountId, Balance, S>(PhantomData<(AccountId, Balance, S)>);

impl<AccountId, Balance, S: StakeInfo<AccountId, Balance>> Get<Balance>
    for TotalStakeTurnout<AccountId, Balance, S>
{
    fn get() -> Balance {
        S::total_stake()
    }
}

#[cfg(test)]
#[allow(clippy::indexing_slicing)]
mod tests {
    use super::*;
    use crate::mock::{new_test_ext, AccountId, Balance, Balances, MockRoot};
    use polkadot_sdk::frame_support::{assert_noop, traits::fungible::Mutate};

    type Power = StakeVotingPower<AccountId, Balances, MockRoot>;
    const ID: LockIdentifier = *b"testvote";

    /// Coldkey 10 owns hotkeys 1 and 2 (stakes 300 and 200); coldkey 20 only has free TAO.
    fn setup() {
        MockRoot::set(&[(1, 10, 300), (2, 10, 200), (3, 30, 1_000)]);
        Balances::set_balance(&10, 50);
        Balances::set_balance(&20, 10_000);
    }

    #[test]
    fn voting_power_is_stake_and_free_tao_does_not_count() {
        new_test_ext().execute_with(|| {
            setup();
            assert_eq!(<Power as Currency<AccountId>>::total_balance(&10), 500);
            assert_eq!(<Power as fungible::Inspect<AccountId>>::total_balance(&10), 500);
            assert_eq!(<Power as Currency<AccountId>>::total_balance(&20), 0);
            assert_eq!(TotalStakeTurnout::<AccountId, Balance, MockRoot>::get(), 1_500);
        });
    }

    #[test]
    fn locks_are_the_balances_pallets_locks_on_the_coldkey() {
        new_test_ext().execute_with(|| {
            setup();
            Power::set_lock(ID, &10, 40, WithdrawReasons::all());
            let locks = Balances::locks(&10);
            assert_eq!(locks.len(), 1);
            assert_eq!((locks[0].id, locks[0].amount), (ID, 40));
            Power::extend_lock(ID, &10, 30, WithdrawReasons::all());
            assert_eq!(Balances::locks(&10)[0].amount, 40, "extend never lowers a lock");
            // The lock holds the coldkey's balance: 50 free, 40 locked, 10 transferable.
            assert_noop!(
                <Balances as Currency<AccountId>>::transfer(
                    &10,
                    &20,
                    11,
                    ExistenceRequirement::AllowDeath
                ),
                polkadot_sdk::sp_runtime::TokenError::Frozen
            );
            Power::remove_lock(ID, &10);
            assert!(Balances::locks(&10).is_empty());
        });
    }

    /// Reads the locks as the runtime does: the balances pallet's `frozen`.
    struct FrozenOnAccount;
    impl VotingPowerAccounts<AccountId, Balance> for FrozenOnAccount {
        fn locked(who: &AccountId) -> Balance {
            polkadot_sdk::frame_system::Account::<crate::mock::Test>::get(who).data.frozen
        }

        fn set_voting_power(_who: &AccountId, _amount: Balance) {}
    }

    #[test]
    fn the_reducible_voting_power_is_the_stake_no_vote_has_locked() {
        new_test_ext().execute_with(|| {
            setup();
            type Locked = StakeVotingPower<AccountId, Balances, MockRoot, FrozenOnAccount>;
            let reducible = |who| {
                <Locked as fungible::Inspect<AccountId>>::reducible_balance(
                    &who,
                    Preservation::Expendable,
                    Fortitude::Polite,
                )
            };
            assert_eq!(reducible(10), 500);
            Locked::set_lock(ID, &10, 40, WithdrawReasons::all());
            assert_eq!(reducible(10), 460);
            Locked::set_lock(ID, &10, 600, WithdrawReasons::all());
            assert_eq!(reducible(10), 0);
            // With `B = ()` nothing is locked.
            assert_eq!(
                <Power as fungible::Inspect<AccountId>>::reducible_balance(
                    &10,
                    Preservation::Expendable,
                    Fortitude::Polite,
                ),
                500
            );
        });
    }

    #[test]
    fn make_free_balance_be_gives_no_voting_power_and_mints_nothing() {
        new_test_ext().execute_with(|| {
            setup();
            let issuance = Balances::total_issuance();
            let _ = Power::make_free_balance_be(&20, 1_000);
            assert_eq!(<Power as Currency<AccountId>>::total_balance(&20), 0);
            assert_eq!(Balances::free_balance(20), 10_000);
            assert_eq!(Balances::total_issuance(), issuance);
        });
    }

    #[test]
    fn nothing_moves_through_voting_power() {
        new_test_ext().execute_with(|| {
            setup();
            let issuance = Balances::total_issuance();
            assert!(<Power as Currency<AccountId>>::transfer(
                &10,
                &20,
                1,
                ExistenceRequirement::AllowDeath
            )
            .is_err());
            assert!(Power::reserve(&10, 1).is_err());
            assert_eq!(Power::unreserve(&10, 7), 7);
            assert_eq!(Power::slash(&10, 5).1, 5);
            drop(Power::deposit_creating(&10, 1_000));
            drop(Power::burn(1_000));
            assert_eq!(Balances::total_issuance(), issuance);
            assert_eq!(Balances::free_balance(10), 50);
        });
    }
}
