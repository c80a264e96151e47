//! Choosing the senate: pure functions, no storage (DESIGN 6).
//!
//! The senate has a seat for each of the `seats` owner coldkeys whose root-network validators
//! carry the most stake. A coldkey's candidacy is ranked by the stake of its largest root
//! validator (one seat per owner, however many validators it runs: splitting stake over several
//! hotkeys buys no extra vote). Membership is sticky: a member keeps its seat against a newcomer
//! with equal stake, and loses it only to one with strictly more, so equal stakes do not make the
//! senate churn. Among newcomers with equal stake the smaller account id wins, so the result is
//! deterministic.

use alloc::{collections::BTreeMap, collections::BTreeSet, vec::Vec};
use core::cmp::Reverse;

/// Each owner's candidacy: the stake of its largest validator. `validators` are
/// `(owner coldkey, validator stake)` pairs, any order, an owner possibly several times; owners
/// whose validators have no stake are not candidates.
pub fn candidacies<A: Ord + Clone, B: Ord + Copy + Default>(
    validators: impl IntoIterator<Item = (A, B)>,
) -> BTreeMap<A, B> {
    let mut best = BTreeMap::<A, B>::new();
    for (owner, stake) in validators {
        if stake == B::default() {
            continue;
        }
        let entry = best.entry(owner).or_insert(stake);
        if stake > *entry {
            *entry = stake;
        }
    }
    best
}

/// The senate after a sync: the `seats` best candidates, ranked by stake (largest first), sitting
/// members before newcomers at equal stake, then by account id. Returned in that rank order.
///
/// Whoever is in `incumbents` but not among `candidates` (no longer a root validator's owner, or
/// without stake) loses its seat.
pub fn select<A: Ord + Clone, B: Ord + Copy>(
    incumbents: &BTreeSet<A>,
    candidates: &BTreeMap<A, B>,
    seats: usize,
) -> Vec<A> {
    let mut ranked: Vec<(&A, B)> = candidates.iter().map(|(who, stake)| (who, *stake)).collect();
    ranked.sort_by_key(|(who, stake)| (Reverse(*stake), !incumbents.contains(*who), *who));
    ranked.into_iter().take(seats).map(|(who, _)| who.clone()).collect()
}

/// How the sorted member lists `old` and `new` differ: `(incoming, outgoing)`, each sorted.
pub fn diff<A: Ord + Clone>(old: &[A], new: &[A]) -> (Vec<A>, Vec<A>) {
    let old_set: BTreeSet<&A> = old.iter().collect();
    let new_set: BTreeSet<&A> = new.iter().collect();
    let incoming = new_set.difference(&old_set).map(|who| (*who).clone()).collect();
    let outgoing = old_set.difference(&new_set).map(|who| (*who).clone()).collect();
    (incoming, outgoing)
}

#[cfg(test)]
#[allow(clippy::arithmetic_side_effects, clippy::indexing_slicing, clippy::unwrap_used)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn set(members: &[u32]) -> BTreeSet<u32> {
        members.iter().copied().collect()
    }

    #[test]
    fn an_owner_is_ranked_by_its_largest_validator_and_zero_stake_is_no_candidacy() {
        let got = candidacies([(1u32, 10u64), (2, 0), (1, 30), (3, 5), (1, 20)]);
        assert_eq!(got.into_iter().collect::<Vec<_>>(), vec![(1, 30), (3, 5)]);
    }

    #[test]
    fn the_largest_stakes_take_the_seats_in_rank_order() {
        let candidates = candidacies([(1u32, 10u64), (2, 40), (3, 30), (4, 20)]);
        assert_eq!(select(&set(&[]), &candidates, 3), vec![2, 3, 4]);
        assert_eq!(select(&set(&[]), &candidates, 10), vec![2, 3, 4, 1]);
        assert_eq!(select(&set(&[]), &candidates, 0), Vec::<u32>::new());
    }

    #[test]
    fn a_newcomer_with_equal_stake_does_not_unseat_a_member() {
        let candidates = candidacies([(1u32, 10u64), (2, 10), (3, 50)]);
        // Member 2 keeps its seat against 1, although 1 has the smaller id.
        assert_eq!(select(&set(&[2, 3]), &candidates, 2), vec![3, 2]);
        // Without incumbents the smaller id wins the tie.
        assert_eq!(select(&set(&[]), &candidates, 2), vec![3, 1]);
    }

    #[test]
    fn a_newcomer_with_strictly_more_stake_replaces_the_weakest_member() {
        let candidates = candidacies([(1u32, 11u64), (2, 10), (3, 50)]);
        assert_eq!(select(&set(&[2, 3]), &candidates, 2), vec![3, 1]);
    }

    #[test]
    fn a_member_that_is_no_longer_a_candidate_loses_its_seat() {
        let candidates = candidacies([(1u32, 5u64), (3, 50)]);
        assert_eq!(select(&set(&[2, 3]), &candidates, 2), vec![3, 1]);
    }

    #[test]
    fn diff_lists_who_comes_and_who_goes() {
        assert_eq!(diff(&[1u32, 2, 3], &[2, 3, 4, 5]), (vec![4, 5], vec![1]));
        assert_eq!(diff(&[1u32], &[1]), (vec![], vec![]));
    }

    /// Up to 24 validators of up to 12 owners, stakes 0..8 so that ties are common.
    fn validators() -> impl Strategy<Value = Vec<(u32, u64)>> {
        prop::collection::vec((0u32..12, 0u64..8), 0..24)
    }

    proptest! {
        /// The rules of a sync, whatever the stakes: the seats are filled as far as there are
        /// candidates; members are candidates; no one left out has more stake than a member;
        /// a newcomer has strictly more stake than every member who lost its seat while still a
        /// candidate; and the result does not depend on the order the validators are read in.
        #[test]
        fn a_sync_follows_the_seat_rules(
            validators in validators(),
            incumbents in prop::collection::btree_set(0u32..12, 0..8),
            seats in 0usize..10,
        ) {
            let candidates = candidacies(validators.clone());
            let senate = select(&incumbents, &candidates, seats);
            let members: BTreeSet<u32> = senate.iter().copied().collect();

            prop_assert_eq!(members.len(), senate.len(), "no one holds two seats");
            prop_assert_eq!(senate.len(), seats.min(candidates.len()));
            for member in &senate {
                prop_assert!(candidates.contains_key(member));
            }
            for (who, stake) in &candidates {
                if !members.contains(who) {
                    for member in &senate {
                        prop_assert!(*stake <= candidates[member], "{} left out with more stake than {}", who, member);
                    }
                }
            }
            for newcomer in senate.iter().filter(|who| !incumbents.contains(*who)) {
                for unseated in incumbents.iter().filter(|who| candidates.contains_key(*who) && !members.contains(*who)) {
                    prop_assert!(
                        candidates[newcomer] > candidates[unseated],
                        "newcomer {} unseated {} without strictly more stake", newcomer, unseated
                    );
                }
            }
            let mut reversed = validators;
            reversed.reverse();
            prop_assert_eq!(select(&incumbents, &candidacies(reversed), seats), senate);
        }
    }
}
