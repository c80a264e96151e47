//! One epoch of one subnet: Yuma consensus (DESIGN 4.4).
//!
//! An epoch takes everything the chain reads for the subnet ([`EpochInput`]) and returns
//! everything it stores ([`EpochOutput`]), or an [`EpochError`]. It has two implementations that
//! return the same output bit for bit:
//!
//! * [`run_epoch_reference`] ([`mod@reference`]): the definition, one function per step below over
//!   whole vectors and matrices, with the chain's pivot recursion for the consensus. Readable,
//!   and slower;
//! * [`run_epoch`] ([`fast`]): what the chain and the simulator run. It shares the per-uid steps
//!   with the reference and fuses the matrix steps 5 to 14 of the Finney-era epoch into one
//!   sweep over the columns (`sweep`, private). `tests/equivalence.rs` compares the two on
//!   random subnets.
//!
//! ## Steps
//! With `s` the normalised stake, `a` the active stake, `W` the weights, `P` the permits stored
//! by the previous epoch. Every "step N" of the crate refers to this list.
//!
//! 1. `active_i = last_update_i + activity_cutoff >= block`;
//! 2. `s = stake / sum(stake)` (`I64F64`, narrowed to `I32F32`);
//! 3. new permits: top `K` of `s` (ties: lower uid loses; Yuma 3: nonzero stake only); this epoch
//!    still uses the previous permits `P`;
//! 4. `a_i = s_i` if active and permitted, else 0, normalised;
//! 5. `W`: rows without a permit dropped, self-weights dropped, `(i, j)` dropped when
//!    `last_update_i <= block_at_registration_j`, rows normalised;
//! 6. pre-ranks `R0 = W^T a`;
//! 7. consensus `C_j`: stake-weighted median of column `j` at `kappa`;
//! 8. clipped weights `Wc_ij = min(W_ij, C_j)` (removed above a zero consensus);
//! 9. validator trust `VT_i = sum_j Wc_ij`;
//! 10. ranks `R = Wc^T a`, trust `T = R / R0`, incentive `I = R / sum(R)`;
//! 11. bonds `B`: masked like `W`, column-normalised (Yuma 3: absolute, without the bonds toward
//!     uids registered at or after `last_epoch_block`);
//! 12. bond delta `dB = Wc o a`, column-normalised;
//! 13. `B' = alpha dB + (1 - alpha) B`, entries `> 0`, column-normalised (Yuma 3: see
//!     [`yuma3`]);
//! 14. dividends `D = B'^T I`, normalised (Yuma 3: `D_i = a_i (B'^T I)_i`, normalised);
//! 15. emission shares `I / sum(I + D)` and `D / sum(I + D)`; validators get everything by
//!     (active) stake when `sum(I + D) = 0`;
//! 16. rao: `floor(share * rao_emission)`, the dust is not minted;
//! 17. stored values, and bonds column-max-upscaled (Yuma 3: absolute) for new permit holders,
//!     cleared for lost permits.
//!
//! ## Submodules
//! Each imports only the ones listed before it (and the building blocks of the crate):
//! [`types`] (input, output, error), [`scalar`] (the EMA rate, rao shares), [`yuma3`] (the
//! Yuma 3 bonds), `sweep` (the fused column sweep), [`mod@reference`], [`fast`].

pub mod fast;
pub mod reference;
pub mod scalar;
mod sweep;
pub mod types;
pub mod yuma3;

pub use fast::run_epoch;
pub use reference::run_epoch_reference;
pub use scalar::{bonds_ema_alpha, rao_share};
pub use types::{
    EpochError, EpochInput, EpochOutput, Yuma3Params, DEFAULT_ALPHA_HIGH, DEFAULT_ALPHA_LOW,
    DEFAULT_ALPHA_SIGMOID_STEEPNESS, DEFAULT_BONDS_PENALTY, DEFAULT_TEMPO,
};
