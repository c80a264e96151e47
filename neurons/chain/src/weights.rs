//! Scores to the `u16` weights `set_weights` takes, and the hash a weight commit names.

use finney_neuron_protocol::Hotkey;
use subxt::{config::Hasher, ext::codec::Encode};

/// The hash `commit_weights` stores and `reveal_weights` checks (design 4.1):
/// `blake2_256(SCALE((hotkey, netuid, uids, values, salt, version_key)))`, as the pallet's
/// `commit_hash` computes it.
pub fn commit_hash(
    hotkey: &Hotkey,
    netuid: u16,
    uids: &[u16],
    values: &[u16],
    salt: &[u16],
    version_key: u64,
) -> [u8; 32] {
    let encoded = (hotkey.0, netuid, uids, values, salt, version_key).encode();
    subxt::config::substrate::BlakeTwo256.hash(&encoded).0
}

/// Max-upscales validator scores to `u16` weights, as the chain stores weights (design 4.4): the
/// largest becomes 65535 and the others `round(x * 65535 / max)` (to nearest, ties away from
/// zero), clamped to `0..=65535`. Negative and non-finite scores count as 0; all zero stays all
/// zero.
pub fn weights_to_u16(scores: &[f64]) -> Vec<u16> {
    let clean: Vec<f64> =
        scores.iter().map(|&x| if x.is_finite() && x > 0.0 { x } else { 0.0 }).collect();
    let max = clean.iter().copied().fold(0.0, f64::max);
    if max <= 0.0 {
        return vec![0; scores.len()];
    }
    clean
        .iter()
        .map(|x| {
            let scaled = (x * 65535.0 / max).round();
            // In 0..=65535 after the clamp, so the conversion is exact.
            scaled.clamp(0.0, 65535.0) as u16
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_commit_hash_hashes_the_scale_encoding() {
        // SCALE((hotkey, netuid, uids, values, salt, version_key)): the 32 key bytes, u16 LE,
        // three vectors each with its compact length (len * 4 for lengths below 64), u64 LE.
        let mut manual = vec![1u8; 32];
        manual.extend_from_slice(&7u16.to_le_bytes());
        for v in [&[3u16][..], &[65535u16][..], &[9u16, 10][..]] {
            manual.push(u8::try_from(v.len() * 4).unwrap_or(0));
            for x in v {
                manual.extend_from_slice(&x.to_le_bytes());
            }
        }
        manual.extend_from_slice(&5u64.to_le_bytes());
        let expected = subxt::config::substrate::BlakeTwo256.hash(&manual).0;
        let hotkey = Hotkey::from([1u8; 32]);
        assert_eq!(commit_hash(&hotkey, 7, &[3], &[65535], &[9, 10], 5), expected);
        assert_ne!(
            commit_hash(&hotkey, 7, &[3], &[65535], &[9, 11], 5),
            expected,
            "the salt counts"
        );
    }

    #[test]
    fn the_largest_score_becomes_65535() {
        // 0.5/1.0 * 65535 = 32767.5 rounds away from zero; 0.25 -> 16383.75 -> 16384.
        assert_eq!(weights_to_u16(&[0.5, 1.0, 0.25, 0.0]), vec![32768, 65535, 16384, 0]);
        assert_eq!(weights_to_u16(&[3.0, 3.0]), vec![65535, 65535]);
        assert_eq!(weights_to_u16(&[1e-9, 2e-9]), vec![32768, 65535]);
    }

    #[test]
    fn bad_scores_count_as_zero() {
        assert_eq!(weights_to_u16(&[f64::NAN, -1.0, f64::INFINITY, 2.0]), vec![0, 0, 0, 65535]);
        assert_eq!(weights_to_u16(&[0.0, 0.0]), vec![0, 0]);
        assert_eq!(weights_to_u16(&[]), Vec::<u16>::new());
    }
}
