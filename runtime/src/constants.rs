//! Constants of the Finney chain: the TAO denomination, block time and parachain consensus
//! parameters.

/// The TAO denomination.
pub mod currency {
    use crate::Balance;

    /// The smallest unit: 1 rao = 10^-9 TAO.
    pub const RAO: Balance = 1;
    /// One TAO, in rao (9 decimals, as on Bittensor).
    pub const TAO: Balance = 1_000_000_000;
    /// One thousandth of a TAO.
    pub const MILLI_TAO: Balance = TAO / 1_000;
    /// One millionth of a TAO.
    pub const MICRO_TAO: Balance = TAO / 1_000_000;
    /// The maximum supply: 21 million TAO.
    pub const MAX_SUPPLY: Balance = 21_000_000 * TAO;

    /// The minimum balance an account must keep to exist: 500 rao, as on Bittensor.
    pub const EXISTENTIAL_DEPOSIT: Balance = 500 * RAO;

    /// A fee-free deposit for storing `items` entries of `bytes` bytes in total, used by the
    /// proxy and multisig pallets.
    pub const fn deposit(items: u32, bytes: u32) -> Balance {
        (items as Balance)
            .saturating_mul(20 * MILLI_TAO)
            .saturating_add((bytes as Balance).saturating_mul(100 * MICRO_TAO))
    }
}

/// Time, measured in blocks.
pub mod time {
    use crate::BlockNumber;

    /// Bittensor's block time: 12 seconds, 7 200 blocks a day. Every block-denominated number in
    /// the protocol (tempo, rate limits, immunity periods) keeps its Bittensor meaning.
    pub const MILLI_SECS_PER_BLOCK: u64 = 12_000;

    /// The Aura slot: one block per slot. It cannot be changed once the chain has started.
    pub const SLOT_DURATION: u64 = MILLI_SECS_PER_BLOCK;

    /// Blocks in a minute.
    pub const MINUTES: BlockNumber = 60_000 / (MILLI_SECS_PER_BLOCK as BlockNumber);
    /// Blocks in an hour.
    pub const HOURS: BlockNumber = MINUTES * 60;
    /// Blocks in a day (7 200).
    pub const DAYS: BlockNumber = HOURS * 24;
}

/// How parachain blocks relate to relay-chain blocks (asynchronous backing).
pub mod consensus {
    /// Parachain blocks the runtime accepts on top of the last one included in the relay chain.
    pub const UNINCLUDED_SEGMENT_CAPACITY: u32 = 3;
    /// Parachain blocks per relay-chain block: at most one. With 12 s Aura slots on a relay chain
    /// of 6 s blocks, Aura (`AllowMultipleBlocksPerSlot = false`) makes it one every other.
    pub const BLOCK_PROCESSING_VELOCITY: u32 = 1;
    /// The relay chain's slot duration in milliseconds.
    pub const RELAY_CHAIN_SLOT_DURATION_MILLIS: u32 = 6_000;
    /// How many relay blocks behind the tip the parachain builds on.
    pub const RELAY_PARENT_OFFSET: u32 = 0;
}
