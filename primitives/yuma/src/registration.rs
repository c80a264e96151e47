//! Registration economics: the difficulty and burn controller and the network lock cost (DESIGN
//! 4.2).

use substrate_fixed::types::I110F18;

/// Registration counts of one adjustment interval.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct IntervalRegistrations {
    /// All registrations `r`.
    pub total: u16,
    /// Proof-of-work registrations `r_pow`.
    pub pow: u16,
    /// Burned registrations `r_burn`.
    pub burn: u16,
    /// Target `T` (`target_registrations_per_interval`).
    pub target: u16,
}

/// A controlled value (difficulty or burn) with its bounds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Controlled {
    /// Current value.
    pub current: u64,
    /// Lower bound.
    pub min: u64,
    /// Upper bound.
    pub max: u64,
}

/// The adjusted value: `next = a * cur + (1 - a) * cur * (r + T) / (2 T)` with
/// `a = adjustment_alpha / u64::MAX`, in `I110F18` (each operation floors), clamped to
/// `[min, max]`, floored. With `T = 0` the value is only clamped (the chain would divide by 0).
pub fn adjusted_value(
    value: Controlled,
    registrations: u16,
    target: u16,
    adjustment_alpha: u64,
) -> u64 {
    let cur = I110F18::from_num(value.current);
    let updated = cur
        .saturating_mul(I110F18::from_num(registrations.saturating_add(target)))
        .checked_div(I110F18::from_num(target.saturating_add(target)));
    let next = match updated {
        Some(updated) => {
            let a = I110F18::from_num(adjustment_alpha)
                .checked_div(I110F18::from_num(u64::MAX))
                .unwrap_or(I110F18::from_num(0));
            a.saturating_mul(cur)
                .saturating_add(I110F18::from_num(1).saturating_sub(a).saturating_mul(updated))
        }
        None => cur,
    };
    if next >= I110F18::from_num(value.max) {
        value.max
    } else if next <= I110F18::from_num(value.min) {
        value.min
    } else {
        next.saturating_to_num::<u64>()
    }
}

/// The difficulty and burn after an adjustment interval, returned as `(difficulty, burn)`.
///
/// If `r > T` the kind with more registrations is raised (difficulty for proof of work, burn for
/// burned registrations, both on a tie); if `r <= T` the kind with *fewer* registrations is
/// lowered (burn when proof of work dominated, difficulty when burn dominated, both on a tie,
/// including 0 = 0). The other value is unchanged.
pub fn adjust_registration_terms(
    difficulty: Controlled,
    burn: Controlled,
    registrations: IntervalRegistrations,
    adjustment_alpha: u64,
) -> (u64, u64) {
    let r = registrations;
    let adjust = |v: Controlled| adjusted_value(v, r.total, r.target, adjustment_alpha);
    let (change_difficulty, change_burn) = if r.total > r.target {
        (r.pow >= r.burn, r.burn >= r.pow)
    } else {
        (r.burn >= r.pow, r.pow >= r.burn)
    };
    (
        if change_difficulty { adjust(difficulty) } else { difficulty.current },
        if change_burn { adjust(burn) } else { burn.current },
    )
}

/// Inputs of the network (subnet) lock cost.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LockCostInput {
    /// The lock paid by the last network registration, in rao.
    pub last_lock: u64,
    /// `network_min_lock_cost`, in rao.
    pub min_lock: u64,
    /// Block of the last network registration.
    pub last_lock_block: u64,
    /// Current block.
    pub now: u64,
    /// `network_lock_reduction_interval`, in blocks.
    pub reduction_interval: u64,
    /// True before any network has ever been registered (the multiplier is then 1, not 2).
    pub first_network: bool,
}

/// `max(min_lock, last_lock * m - (last_lock / reduction_interval) * (now - last_lock_block))`,
/// in saturating `u64` arithmetic with floored division, `m = 1` for the first network ever and 2
/// after: the cost doubles with each registration and decays back linearly. A zero reduction
/// interval means no decay.
pub fn network_lock_cost(input: &LockCostInput) -> u64 {
    let multiplier = if input.first_network { 1 } else { 2 };
    let decay_per_block = input.last_lock.checked_div(input.reduction_interval).unwrap_or(0);
    let elapsed = input.now.saturating_sub(input.last_lock_block);
    input
        .last_lock
        .saturating_mul(multiplier)
        .saturating_sub(decay_per_block.saturating_mul(elapsed))
        .max(input.min_lock)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::arithmetic_side_effects)]
    use super::*;

    const DIFFICULTY: Controlled =
        Controlled { current: 10_000_000, min: 1_000, max: u64::MAX / 4 };
    const BURN: Controlled = Controlled { current: 1_000_000_000, min: 1, max: 100_000_000_000 };

    #[test]
    fn adjusted_value_hand_checked() {
        // a = 0: next = cur * (r + T) / 2T. r = 3, T = 1: 10_000_000 * 4 / 2 = 20_000_000.
        assert_eq!(adjusted_value(DIFFICULTY, 3, 1, 0), 20_000_000);
        // r = 0, T = 1: halves.
        assert_eq!(adjusted_value(DIFFICULTY, 0, 1, 0), 5_000_000);
        // a = u64::MAX (1.0): unchanged.
        assert_eq!(adjusted_value(DIFFICULTY, 3, 1, u64::MAX), 10_000_000);
        // a = (u64::MAX / 2) / u64::MAX is just below 0.5 and floors to 0.5 - 2^-18 in I110F18
        // (131071 / 262144). next = a * 10M + (1 - a) * 20M = 20M - a * 10M
        // = 20_000_000 - 4_999_961.85... = 15_000_038.1..., floored.
        assert_eq!(adjusted_value(DIFFICULTY, 3, 1, u64::MAX / 2), 15_000_038);
        // Clamped to the bounds.
        assert_eq!(adjusted_value(Controlled { current: 1_500, ..DIFFICULTY }, 0, 1, 0), 1_000);
        assert_eq!(
            adjusted_value(Controlled { current: u64::MAX / 4, ..DIFFICULTY }, 9, 1, 0),
            u64::MAX / 4
        );
        // T = 0: only clamped.
        assert_eq!(adjusted_value(DIFFICULTY, 5, 0, 0), 10_000_000);
    }

    #[test]
    fn controller_cases() {
        let regs = |total, pow, burn| IntervalRegistrations { total, pow, burn, target: 1 };
        // A: too many, mostly PoW -> difficulty up (x2 with a = 0, r = 3, T = 1), burn kept.
        assert_eq!(
            adjust_registration_terms(DIFFICULTY, BURN, regs(3, 2, 1), 0),
            (20_000_000, 1_000_000_000)
        );
        // B: too many, mostly burn -> burn up.
        assert_eq!(
            adjust_registration_terms(DIFFICULTY, BURN, regs(3, 1, 2), 0),
            (10_000_000, 2_000_000_000)
        );
        // F: too many, tie -> both up (r = 2, T = 1: x 3/2).
        assert_eq!(
            adjust_registration_terms(DIFFICULTY, BURN, regs(2, 1, 1), 0),
            (15_000_000, 1_500_000_000)
        );
        // C: not too many, PoW dominated -> burn down (r = 1, T = 1: unchanged value).
        assert_eq!(
            adjust_registration_terms(DIFFICULTY, BURN, regs(1, 1, 0), 0),
            (10_000_000, 1_000_000_000)
        );
        // D: not too many, burn dominated -> difficulty adjusted (x 1 here).
        assert_eq!(
            adjust_registration_terms(DIFFICULTY, BURN, regs(1, 0, 1), 0),
            (10_000_000, 1_000_000_000)
        );
        // E: nothing at all (0 = 0) -> both halve.
        assert_eq!(
            adjust_registration_terms(DIFFICULTY, BURN, regs(0, 0, 0), 0),
            (5_000_000, 500_000_000)
        );
    }

    #[test]
    fn lock_cost() {
        const TAO: u64 = 1_000_000_000;
        let base = LockCostInput {
            last_lock: 1_000 * TAO,
            min_lock: 1_000 * TAO,
            last_lock_block: 0,
            now: 10,
            reduction_interval: 100_800,
            first_network: true,
        };
        // First network: m = 1 -> 1000 TAO minus decay, floored at the minimum.
        assert_eq!(network_lock_cost(&base), 1_000 * TAO);
        // Later: doubles, then decays by last_lock / 100800 per block:
        // 2000 TAO - floor(1e12 rao / 100800) * 50400 = 2e12 - 9920634 * 50400 rao.
        let later =
            LockCostInput { first_network: false, last_lock_block: 100, now: 100 + 50_400, ..base };
        assert_eq!(network_lock_cost(&later), 2_000 * TAO - 9_920_634 * 50_400);
        // Fully decayed: back to the minimum.
        let old = LockCostInput { now: 100 + 1_000_000, ..later };
        assert_eq!(network_lock_cost(&old), 1_000 * TAO);
        // Zero interval: no decay, no panic.
        assert_eq!(
            network_lock_cost(&LockCostInput { reduction_interval: 0, ..later }),
            2_000 * TAO
        );
    }
}
