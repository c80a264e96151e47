//! Named genesis presets. Chain specs (the node's built-in `dev`, `local`, `finney-kusama` and
//! `finney-polkadot`, zombienet, `chain-spec-builder`) refer to these by name.
//!
//! | preset            | collators (invulnerables) | funded accounts     | sudo  | hotkeys (owner)      | triumvirate | motion delay |
//! |-------------------|---------------------------|---------------------|-------|----------------------|-------------|--------------|
//! | `development`     | Alice                     | the 12 dev accounts | Alice | //One (Alice), //Two (Bob) | Alice | 5 blocks |
//! | `local_testnet`   | Alice, Bob                | the 12 dev accounts | Alice | //One (Alice), //Two (Bob) | Alice | 5 blocks |
//! | `finney_kusama`   | none: set at launch       | none                | none  | none                 | none        | a day        |
//! | `finney_polkadot` | none: set at launch       | none                | none  | none                 | none        | a day        |
//!
//! The dev hotkeys let wallets and tests stake before any neuron is registered: a hotkey's owner
//! is otherwise recorded when it first registers on a subnet.
//!
//! The production presets fund no account and name no key: TAO is only ever minted by the
//! protocol's emission, and the launch's collators and sudo key are patched into the chain spec
//! (`chain-spec-builder ... named-preset finney_kusama`, then edit `collatorSelection`, `session`
//! and `sudo`) by whoever launches the chain.

use crate::{
    configs::{collators::CandidacyBond, foreign_assets::ForeignAssetsOwner},
    constants::currency::TAO,
    AccountId, AuraId, Balance, BalancesConfig, BlockNumber, CollatorSelectionConfig,
    ForeignAssetsConfig, GovernanceConfig, ParachainInfoConfig, PolkadotXcmConfig,
    RuntimeGenesisConfig, SessionConfig, SessionKeys, StakingConfig, SudoConfig,
    TriumvirateMembersConfig, XcmNetworkConfig,
};
use alloc::{string::ToString, vec, vec::Vec};
use polkadot_sdk::{staging_xcm as xcm, *};
use xcm::latest::{Junction::Parachain, Location, NetworkId, ROCOCO_GENESIS_HASH};

use cumulus_primitives_core::ParaId;
use frame_support::{build_struct_json_patch, BoundedVec};
use serde_json::Value;
use sp_authority_discovery::AuthorityId as AuthorityDiscoveryId;
use sp_genesis_builder::PresetId;
use sp_keyring::Sr25519Keyring;

/// The one-node dev chain (`finney-node --dev`).
pub const DEVELOPMENT_PRESET: &str = sp_genesis_builder::DEV_RUNTIME_PRESET;
/// The local relay testnet (zombienet) with two collators.
pub const LOCAL_TESTNET_PRESET: &str = sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET;
/// Finney on Kusama: production-shaped, nothing funded.
pub const FINNEY_KUSAMA_PRESET: &str = "finney_kusama";
/// Finney on Polkadot: production-shaped, nothing funded.
pub const FINNEY_POLKADOT_PRESET: &str = "finney_polkadot";

/// The parachain id of the dev and local chains (and the default of the production presets
/// until a slot is won: the launch patches `parachainInfo.parachainId`).
pub const PARACHAIN_ID: u32 = 2000;

/// What each dev account holds at genesis: 100 000 TAO, so the 12 dev accounts together hold
/// 1.2 M TAO, well below the first halving at 10.5 M TAO.
pub const DEV_ENDOWMENT: Balance = 100_000 * TAO;

/// The XCM version assumed for destinations that have not told theirs.
const SAFE_XCM_VERSION: u32 = xcm::prelude::XCM_VERSION;

/// Asset Hub's parachain id on every relay network.
const ASSET_HUB_PARA_ID: u32 = 1000;

/// The relay chain a preset runs on: its network (Finney's universal location) and its token,
/// which `ForeignAssets` holds from genesis (sufficient, owned by the keyless foreign-assets
/// owner, with Asset Hub and the relay chain as its reserves). Governance still has to price it
/// (`AssetRate`) before it pays XCM fees.
struct Relay {
    network: NetworkId,
    token_name: &'static str,
    token_symbol: &'static str,
    token_decimals: u8,
    /// The least amount of the relay token an account may hold here.
    token_min_balance: Balance,
}

/// Polkadot: DOT, 10 decimals; 0.001 DOT minimum.
const POLKADOT: Relay = Relay {
    network: NetworkId::Polkadot,
    token_name: "Polkadot",
    token_symbol: "DOT",
    token_decimals: 10,
    token_min_balance: 10_000_000,
};

/// Kusama: KSM, 12 decimals; 0.00001 KSM minimum.
const KUSAMA: Relay = Relay {
    network: NetworkId::Kusama,
    token_name: "Kusama",
    token_symbol: "KSM",
    token_decimals: 12,
    token_min_balance: 10_000_000,
};

/// The dev and local chains: the `rococo-local` relay of zombienet (ROC, 12 decimals).
/// (Were the local relay to move to `westend-local`, this would become Westend's genesis hash
/// and WND.)
const ROCOCO_LOCAL: Relay = Relay {
    network: NetworkId::ByGenesis(ROCOCO_GENESIS_HASH),
    token_name: "Rococo",
    token_symbol: "ROC",
    token_decimals: 12,
    token_min_balance: 10_000_000,
};

/// Builds a genesis patch from its parts.
#[allow(clippy::too_many_arguments)]
fn finney_genesis(
    invulnerables: Vec<(AccountId, SessionKeys)>,
    endowed_accounts: Vec<AccountId>,
    endowment: Balance,
    sudo: Option<AccountId>,
    hotkeys: Vec<(AccountId, AccountId)>,
    governance: Governance,
    para_id: ParaId,
    relay: &Relay,
) -> Value {
    let relay_token = Location::parent();
    let relay_token_reserves =
        vec![Location::new(1, [Parachain(ASSET_HUB_PARA_ID)]), Location::parent()];
    build_struct_json_patch!(RuntimeGenesisConfig {
        balances: BalancesConfig {
            balances: endowed_accounts
                .iter()
                .cloned()
                .map(|account| (account, endowment))
                .collect(),
        },
        parachain_info: ParachainInfoConfig { parachain_id: para_id },
        collator_selection: CollatorSelectionConfig {
            invulnerables: invulnerables.iter().cloned().map(|(account, _)| account).collect(),
            // Every preset starts with the bond the runtime intends (governance may change it).
            candidacy_bond: CandidacyBond::get(),
        },
        session: SessionConfig {
            keys: invulnerables
                .into_iter()
                .map(|(account, keys)| (account.clone(), account, keys))
                .collect(),
        },
        polkadot_xcm: PolkadotXcmConfig { safe_xcm_version: Some(SAFE_XCM_VERSION) },
        xcm_network: XcmNetworkConfig { relay_network: Some(relay.network) },
        foreign_assets: ForeignAssetsConfig {
            assets: vec![(
                relay_token.clone(),
                ForeignAssetsOwner::get(),
                true,
                relay.token_min_balance
            )],
            metadata: vec![(
                relay_token.clone(),
                relay.token_name.as_bytes().to_vec(),
                relay.token_symbol.as_bytes().to_vec(),
                relay.token_decimals
            )],
            reserves: vec![(relay_token, relay_token_reserves)],
        },
        sudo: SudoConfig { key: sudo },
        staking: StakingConfig { hotkeys },
        triumvirate_members: TriumvirateMembersConfig {
            members: BoundedVec::truncate_from(governance.triumvirate),
        },
        governance: GovernanceConfig {
            motion_delay: governance.motion_delay,
            short_periods: governance.short_periods,
        },
    })
}

/// A preset's governance: who proposes to the senate, and how long approved motions wait.
struct Governance {
    /// The triumvirate (at most 3).
    triumvirate: Vec<AccountId>,
    /// `Governance::MotionDelay`, or `None` for the runtime's default (a day).
    motion_delay: Option<BlockNumber>,
    /// `Governance::ShortPeriods`: referenda on periods of a few blocks.
    short_periods: bool,
}

/// The dev chains' governance: Alice proposes, motions wait 5 blocks, referenda run on short
/// periods (a referendum passes within a minute or so of blocks).
fn dev_governance() -> Governance {
    Governance {
        triumvirate: vec![Sr25519Keyring::Alice.to_account_id()],
        motion_delay: Some(5),
        short_periods: true,
    }
}

/// A dev collator: its account and its session keys (Aura and authority discovery), all the
/// dev account's own sr25519 key, as the node's `--alice`/`--bob` keystores hold them.
fn dev_collator(who: Sr25519Keyring) -> (AccountId, SessionKeys) {
    let keys = SessionKeys {
        aura: AuraId::from(who.public()),
        authority_discovery: AuthorityDiscoveryId::from(who.public()),
    };
    (who.to_account_id(), keys)
}

/// The dev chains' hotkeys and their owners: `//One` is Alice's, `//Two` is Bob's.
fn dev_hotkeys() -> Vec<(AccountId, AccountId)> {
    vec![
        (Sr25519Keyring::One.to_account_id(), Sr25519Keyring::Alice.to_account_id()),
        (Sr25519Keyring::Two.to_account_id(), Sr25519Keyring::Bob.to_account_id()),
    ]
}

/// The 12 well-known dev accounts (Alice..Ferdie and their `//stash`).
fn dev_accounts() -> Vec<AccountId> {
    Sr25519Keyring::well_known().map(|k| k.to_account_id()).collect()
}

/// The genesis patch of a preset, or `None` for an unknown name.
pub fn preset(id: &str) -> Option<Value> {
    let para_id = ParaId::from(PARACHAIN_ID);
    Some(match id {
        DEVELOPMENT_PRESET => finney_genesis(
            vec![dev_collator(Sr25519Keyring::Alice)],
            dev_accounts(),
            DEV_ENDOWMENT,
            Some(Sr25519Keyring::Alice.to_account_id()),
            dev_hotkeys(),
            dev_governance(),
            para_id,
            &ROCOCO_LOCAL,
        ),
        LOCAL_TESTNET_PRESET => finney_genesis(
            vec![dev_collator(Sr25519Keyring::Alice), dev_collator(Sr25519Keyring::Bob)],
            dev_accounts(),
            DEV_ENDOWMENT,
            Some(Sr25519Keyring::Alice.to_account_id()),
            dev_hotkeys(),
            dev_governance(),
            para_id,
            &ROCOCO_LOCAL,
        ),
        FINNEY_KUSAMA_PRESET | FINNEY_POLKADOT_PRESET => finney_genesis(
            Vec::new(),
            Vec::new(),
            0,
            None,
            Vec::new(),
            Governance { triumvirate: Vec::new(), motion_delay: None, short_periods: false },
            para_id,
            if id == FINNEY_KUSAMA_PRESET { &KUSAMA } else { &POLKADOT },
        ),
        _ => return None,
    })
}

/// The JSON bytes of a preset, as the `GenesisBuilder` runtime API returns them.
pub fn get_preset(id: &PresetId) -> Option<Vec<u8>> {
    preset(id.as_str()).map(|patch| patch.to_string().into_bytes())
}

/// The names of all presets.
pub fn preset_names() -> Vec<PresetId> {
    [DEVELOPMENT_PRESET, LOCAL_TESTNET_PRESET, FINNEY_KUSAMA_PRESET, FINNEY_POLKADOT_PRESET]
        .into_iter()
        .map(PresetId::from)
        .collect()
}
