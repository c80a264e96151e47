//! # Finney neuron chain client
//!
//! What a miner, a validator or an operator's tool needs from the chain, over a node's RPC:
//! sign and submit the calls (register, serve an axon, stake, set weights; sudo for local
//! networks), read the metagraph through `NeuronInfoRuntimeApi`, follow blocks. It uses subxt's
//! dynamic API: calls are named by pallet and call, and encoded against the metadata the node
//! serves, so nothing generated from metadata is committed and a runtime upgrade needs no
//! rebuild.
//!
//! Every submission waits until its block is finalized and fails with the chain's own error
//! (`SubtensorModule::...`) when the call failed.
//!
//! Governance ([`governance`]): the triumvirate's motions before the senate, the senators'
//! votes, referenda voted with stake; any runtime call can be built from an operator's input
//! and checked against the node's metadata ([`Chain::runtime_call`]).
//!
//! Design: docs/design.md, sections 4.1, 4.2, 4.6 and 8.

mod calls;
pub mod governance;
mod operator;
mod weights;

use std::{net::IpAddr, str::FromStr};

pub use calls::{call_parts, RuntimeCall};
use finney_neuron_protocol::Hotkey;
pub use governance::{
    Conviction, GovernanceState, Motion, MotionClosed, MotionProposed, Referendum,
    ReferendumSubmitted, ScheduledMotion, Track,
};
pub use operator::{
    AccountBalance, BestBlock, BestBlocks, Delegate, RegistrationCost, SubnetSummary,
};
use subxt::{
    dynamic::{self, Value},
    error::DispatchError,
    ext::{
        scale_decode::{self, DecodeAsType},
        scale_value::Composite,
    },
    extrinsics::ExtrinsicEvents,
    OnlineClient, PolkadotConfig,
};
pub use subxt_signer::sr25519::Keypair;
pub use weights::{commit_hash, weights_to_u16};

/// The chain's configuration as subxt sees it: Finney's accounts, addresses and signatures are
/// Polkadot's (`AccountId32`, `MultiAddress<AccountId32, ()>`, `MultiSignature`).
pub type FinneyConfig = PolkadotConfig;

/// Why a chain operation failed.
#[derive(Debug)]
pub enum ChainError {
    /// The node could not be reached.
    Connect(String),
    /// The node answered with an error, or the request could not be built.
    Rpc(String),
    /// The call was included but failed: the chain's error, e.g.
    /// `SubtensorModule::HotKeyAlreadyRegisteredInSubNet`.
    Failed(String),
    /// An answer could not be read.
    Decode(String),
    /// The request does not fit the node's runtime: an unknown pallet or call, arguments of the
    /// wrong shape, bytes that are no call of it. Nothing was sent.
    Invalid(String),
}

impl core::fmt::Display for ChainError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            ChainError::Connect(e) => write!(f, "cannot reach the node: {e}"),
            ChainError::Rpc(e) => write!(f, "node error: {e}"),
            ChainError::Failed(e) => write!(f, "the call failed: {e}"),
            ChainError::Decode(e) => write!(f, "unreadable answer: {e}"),
            ChainError::Invalid(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for ChainError {}

/// A list of `u16` as a dynamic value (uids, weights, salts).
fn u16_list(v: &[u16]) -> Value {
    Value::unnamed_composite(v.iter().map(|&x| Value::u128(x.into())))
}

fn rpc(e: impl core::fmt::Display) -> ChainError {
    ChainError::Rpc(e.to_string())
}

/// A submitted call, finalized: its block and the events it emitted (`Pallet.Event`).
#[derive(Clone, Debug)]
pub struct Included {
    /// The hash of the block that holds it, hex.
    pub block_hash: String,
    /// The events of the extrinsic, as `Pallet.Event`.
    pub events: Vec<String>,
    /// The fields of each of `events`, in the same order, decoded against the node's metadata
    /// (an empty composite when an event could not be decoded).
    pub fields: Vec<Value>,
}

impl Included {
    /// Whether the extrinsic emitted `pallet.event`.
    pub fn has_event(&self, pallet: &str, event: &str) -> bool {
        let name = format!("{pallet}.{event}");
        self.events.contains(&name)
    }
}

/// A published endpoint.
#[derive(Clone, Debug, PartialEq)]
pub struct Endpoint {
    /// The address.
    pub ip: IpAddr,
    /// The port.
    pub port: u16,
    /// The block it was published at.
    pub block: u64,
    /// The miner software's version.
    pub version: u32,
}

/// One neuron of a subnet's metagraph.
#[derive(Clone, Debug, PartialEq)]
pub struct Neuron {
    /// Its uid.
    pub uid: u16,
    /// Its hotkey.
    pub hotkey: Hotkey,
    /// The coldkey that owns the hotkey.
    pub coldkey: Option<Hotkey>,
    /// Active at the last epoch.
    pub active: bool,
    /// Its axon, if served.
    pub axon: Option<Endpoint>,
    /// The total stake behind the hotkey, in rao.
    pub stake: u64,
    /// Rank, a u16 proportion.
    pub rank: u16,
    /// Trust, a u16 proportion.
    pub trust: u16,
    /// Consensus, a u16 proportion.
    pub consensus: u16,
    /// Incentive, a u16 proportion.
    pub incentive: u16,
    /// Dividends, a u16 proportion.
    pub dividends: u16,
    /// Emission of the last epoch, in rao.
    pub emission: u64,
    /// Holds a validator permit.
    pub validator_permit: bool,
    /// The block of its last weights.
    pub last_update: u64,
}

/// The hyperparameters of a subnet that neurons act on.
#[derive(Clone, Debug, PartialEq, DecodeAsType)]
#[decode_as_type(crate_path = "scale_decode")]
pub struct Hyperparams {
    /// Blocks between epochs (an epoch every `tempo + 1` blocks); 0 disables epochs.
    pub tempo: u16,
    /// The fewest weights a validator must set.
    pub min_allowed_weights: u16,
    /// The largest normalised weight, as a proportion of 65535 (65535: no limit).
    pub max_weights_limit: u16,
    /// Whether weights are committed as a hash first and revealed an epoch later
    /// (`commit_weights` / `reveal_weights`) instead of set at once.
    pub commit_reveal_weights_enabled: bool,
}

#[derive(DecodeAsType)]
#[decode_as_type(crate_path = "scale_decode")]
struct RawAxon {
    block: u64,
    version: u32,
    ip: u128,
    port: u16,
    ip_type: u8,
}

#[derive(DecodeAsType)]
#[decode_as_type(crate_path = "scale_decode")]
struct RawNeuron {
    hotkey: Hotkey,
    coldkey: Option<Hotkey>,
    uid: u16,
    active: bool,
    axon_info: Option<RawAxon>,
    stake: u64,
    rank: u16,
    emission: u64,
    incentive: u16,
    consensus: u16,
    trust: u16,
    dividends: u16,
    last_update: u64,
    validator_permit: bool,
}

/// The keypair of a secret URI (`//Alice`, `//Miner1`, a mnemonic with optional `//path`, or a
/// `0x` seed); `what` names the flag in the error.
pub fn keypair_from_uri(uri: &str, what: &str) -> Result<Keypair, String> {
    let secret = subxt_signer::SecretUri::from_str(uri)
        .map_err(|e| format!("{what}: not a secret URI: {e}"))?;
    Keypair::from_uri(&secret).map_err(|e| format!("{what}: {e}"))
}

/// The address of an endpoint as the chain stores it: IPv4 in the low 32 bits.
pub fn ip_to_u128(ip: IpAddr) -> (u128, u8) {
    match ip {
        IpAddr::V4(v4) => (u128::from(u32::from(v4)), 4),
        IpAddr::V6(v6) => (u128::from(v6), 6),
    }
}

/// The endpoint address the chain stores as `(ip, ip_type)`; `None` for an unknown type or an
/// IPv4 value that does not fit 32 bits.
pub fn u128_to_ip(ip: u128, ip_type: u8) -> Option<IpAddr> {
    match ip_type {
        4 => u32::try_from(ip).ok().map(|v| IpAddr::V4(v.into())),
        6 => Some(IpAddr::V6(ip.into())),
        _ => None,
    }
}

/// A connection to a Finney node.
#[derive(Clone)]
pub struct Chain {
    api: OnlineClient<FinneyConfig>,
}

fn account(hotkey: &Hotkey) -> [u8; 32] {
    hotkey.0
}

impl Chain {
    /// Connects to the node at `url` (`ws://127.0.0.1:9944` for a local dev node; plain `ws://`
    /// is allowed, as for any local node).
    pub async fn connect(url: &str) -> Result<Self, ChainError> {
        let api = OnlineClient::<FinneyConfig>::from_insecure_url(url)
            .await
            .map_err(|e| ChainError::Connect(format!("{url}: {e}")))?;
        Ok(Self { api })
    }

    /// The subxt client, for anything this crate does not wrap.
    pub fn api(&self) -> &OnlineClient<FinneyConfig> {
        &self.api
    }

    /// The number of the latest finalized block.
    pub async fn finalized_number(&self) -> Result<u64, ChainError> {
        Ok(self.api.at_current_block().await.map_err(rpc)?.block_number())
    }

    /// Waits until a block numbered at least `number` is finalized.
    pub async fn wait_for_block(&self, number: u64) -> Result<u64, ChainError> {
        let mut blocks = self.api.stream_blocks().await.map_err(rpc)?;
        loop {
            let now = self.finalized_number().await?;
            if now >= number {
                return Ok(now);
            }
            match blocks.next().await {
                Some(Ok(block)) if block.number() >= number => return Ok(block.number()),
                Some(Ok(_)) => {}
                Some(Err(e)) => return Err(rpc(e)),
                None => return Err(ChainError::Rpc("the block subscription ended".into())),
            }
        }
    }

    /// Signs `pallet.call(args)` with `signer`, submits it, and waits until it is finalized.
    pub async fn submit(
        &self,
        signer: &Keypair,
        pallet: &str,
        call: &str,
        args: Vec<Value>,
    ) -> Result<Included, ChainError> {
        let payload = dynamic::tx(pallet, call, Composite::unnamed(args));
        self.submit_payload(signer, &payload, &format!("{pallet}.{call}")).await
    }

    async fn submit_payload<P: subxt::transactions::Payload>(
        &self,
        signer: &Keypair,
        payload: &P,
        what: &str,
    ) -> Result<Included, ChainError> {
        Ok(self.submit_with_events(signer, payload, what).await?.0)
    }

    async fn submit_with_events<P: subxt::transactions::Payload>(
        &self,
        signer: &Keypair,
        payload: &P,
        what: &str,
    ) -> Result<(Included, ExtrinsicEvents<FinneyConfig>), ChainError> {
        let at = self.api.at_current_block().await.map_err(rpc)?;
        let progress = at
            .transactions()
            .sign_and_submit_then_watch_default(payload, signer)
            .await
            .map_err(|e| ChainError::Rpc(format!("{what}: {e}")))?;
        let block = progress
            .wait_for_finalized()
            .await
            .map_err(|e| ChainError::Rpc(format!("{what}: {e}")))?;
        let block_hash = format!("{:?}", block.block_hash());
        let events = block
            .wait_for_success()
            .await
            .map_err(|e| ChainError::Failed(format!("{what}: {e}")))?;
        let (names, fields) = events
            .iter()
            .filter_map(Result::ok)
            .map(|e| {
                let fields = e
                    .decode_fields_unchecked_as::<Value>()
                    .unwrap_or_else(|_| Value::unnamed_composite([]));
                (format!("{}.{}", e.pallet_name(), e.event_name()), fields)
            })
            .unzip();
        Ok((Included { block_hash, events: names, fields }, events))
    }

    /// The fields of the first `pallet.event` among `events`, decoded as `E`.
    fn event_fields<E: scale_decode::DecodeAsFields>(
        events: &ExtrinsicEvents<FinneyConfig>,
        pallet: &str,
        event: &str,
    ) -> Result<E, ChainError> {
        let found = events
            .iter()
            .filter_map(Result::ok)
            .find(|e| e.pallet_name() == pallet && e.event_name() == event)
            .ok_or_else(|| ChainError::Decode(format!("no {pallet}.{event} event")))?;
        found
            .decode_fields_unchecked_as::<E>()
            .map_err(|e| ChainError::Decode(format!("{pallet}.{event}: {e}")))
    }

    /// `System.remark_with_event(data)`: the smallest signed call, to check keys and fees.
    pub async fn remark(&self, signer: &Keypair, data: &[u8]) -> Result<Included, ChainError> {
        self.submit(signer, "System", "remark_with_event", vec![Value::from_bytes(data)]).await
    }

    /// `Sudo.sudo(pallet.call(args))`, signed by the sudo key (local networks). Fails with the
    /// wrapped call's error when it failed (sudo itself succeeds either way).
    pub async fn sudo(
        &self,
        key: &Keypair,
        pallet: &str,
        call: &str,
        args: Vec<Value>,
    ) -> Result<Included, ChainError> {
        let inner = dynamic::tx(pallet, call, Composite::unnamed(args));
        let payload = dynamic::tx("Sudo", "sudo", Composite::unnamed([inner.into_value()]));
        let what = format!("Sudo.sudo({pallet}.{call})");
        let (included, events) = self.submit_with_events(key, &payload, &what).await?;
        // Sudid { sudo_result: Result<(), DispatchError> }: a leading 1 byte is Err.
        let sudid = events
            .iter()
            .filter_map(Result::ok)
            .find(|e| e.pallet_name() == "Sudo" && e.event_name() == "Sudid")
            .ok_or_else(|| ChainError::Decode(format!("{what}: no Sudo.Sudid event")))?;
        if let Some((1, error)) = sudid.field_bytes().split_first() {
            let metadata = self.api.at_current_block().await.map_err(rpc)?.metadata();
            let reason = DispatchError::decode_from(error, metadata)
                .map(|e| e.to_string())
                .unwrap_or_else(|e| format!("an undecodable dispatch error ({e})"));
            return Err(ChainError::Failed(format!("{what}: {reason}")));
        }
        Ok(included)
    }

    /// `SubtensorModule.set_network_parameter(name(value))` through sudo (local networks), e.g.
    /// `NetworkRateLimit` 0.
    pub async fn set_network_parameter(
        &self,
        key: &Keypair,
        name: &str,
        value: u128,
    ) -> Result<Included, ChainError> {
        let parameter = Value::unnamed_variant(name, [Value::u128(value)]);
        self.sudo(key, "SubtensorModule", "set_network_parameter", vec![parameter]).await
    }

    /// Makes creating subnets cheap and unlimited on a local network (sudo): no rate limit, a
    /// lock of 1 TAO, and a lock that decays to it within two blocks. Tests that create subnets
    /// on a shared dev chain call it first, whatever other tests did before.
    pub async fn open_subnet_creation(&self, key: &Keypair) -> Result<(), ChainError> {
        self.set_network_parameter(key, "NetworkRateLimit", 0).await?;
        self.set_network_parameter(key, "NetworkMinLockCost", 1_000_000_000).await?;
        self.set_network_parameter(key, "NetworkLockReductionInterval", 1).await?;
        // The lock decays per block since the last registration: let two blocks pass.
        let now = self.finalized_number().await?;
        self.wait_for_block(now.saturating_add(2)).await?;
        Ok(())
    }

    /// `Balances.transfer_keep_alive(to, amount)` in rao.
    pub async fn transfer(
        &self,
        from: &Keypair,
        to: &Hotkey,
        amount: u128,
    ) -> Result<Included, ChainError> {
        self.submit(
            from,
            "Balances",
            "transfer_keep_alive",
            vec![
                Value::unnamed_variant("Id", [Value::from_bytes(account(to))]),
                Value::u128(amount),
            ],
        )
        .await
    }

    /// `SubtensorModule.register_network()`, signed by the future owner's coldkey; returns the
    /// new subnet's netuid.
    pub async fn register_network(&self, coldkey: &Keypair) -> Result<u16, ChainError> {
        #[derive(DecodeAsType)]
        #[decode_as_type(crate_path = "scale_decode")]
        struct NetworkAdded {
            netuid: u16,
        }
        let payload =
            dynamic::tx("SubtensorModule", "register_network", Composite::<()>::unnamed([]));
        let what = "SubtensorModule.register_network";
        let (_, events) = self.submit_with_events(coldkey, &payload, what).await?;
        let added: NetworkAdded = Self::event_fields(&events, "SubtensorModule", "NetworkAdded")?;
        Ok(added.netuid)
    }

    /// `SubtensorModule.burned_register(netuid, hotkey)`, signed by the coldkey; returns the
    /// hotkey's uid.
    pub async fn burned_register(
        &self,
        coldkey: &Keypair,
        netuid: u16,
        hotkey: &Hotkey,
    ) -> Result<u16, ChainError> {
        #[derive(DecodeAsType)]
        #[decode_as_type(crate_path = "scale_decode")]
        struct NeuronRegistered {
            uid: u16,
        }
        let payload = dynamic::tx(
            "SubtensorModule",
            "burned_register",
            Composite::unnamed([Value::u128(netuid.into()), Value::from_bytes(account(hotkey))]),
        );
        let what = "SubtensorModule.burned_register";
        let (_, events) = self.submit_with_events(coldkey, &payload, what).await?;
        let registered: NeuronRegistered =
            Self::event_fields(&events, "SubtensorModule", "NeuronRegistered")?;
        Ok(registered.uid)
    }

    /// `SubtensorModule.serve_axon(netuid, version, ip, port, ip_type, protocol 0, 0, 0)`,
    /// signed by the hotkey.
    pub async fn serve_axon(
        &self,
        hotkey: &Keypair,
        netuid: u16,
        version: u32,
        ip: IpAddr,
        port: u16,
    ) -> Result<Included, ChainError> {
        let (ip, ip_type) = ip_to_u128(ip);
        self.submit(
            hotkey,
            "SubtensorModule",
            "serve_axon",
            vec![
                Value::u128(netuid.into()),
                Value::u128(version.into()),
                Value::u128(ip),
                Value::u128(port.into()),
                Value::u128(ip_type.into()),
                Value::u128(0),
                Value::u128(0),
                Value::u128(0),
            ],
        )
        .await
    }

    /// `SubtensorModule.set_weights(netuid, uids, weights, version_key)`, signed by the hotkey.
    pub async fn set_weights(
        &self,
        hotkey: &Keypair,
        netuid: u16,
        uids: &[u16],
        weights: &[u16],
        version_key: u64,
    ) -> Result<Included, ChainError> {
        self.submit(
            hotkey,
            "SubtensorModule",
            "set_weights",
            vec![
                Value::u128(netuid.into()),
                u16_list(uids),
                u16_list(weights),
                Value::u128(version_key.into()),
            ],
        )
        .await
    }

    /// `SubtensorModule.commit_weights(netuid, hash)`, signed by the hotkey, on a subnet with
    /// commit-reveal. Returns the inclusion and the blocks in which the commit may be revealed,
    /// `(first, last)` (from `WeightsCommitted`).
    pub async fn commit_weights(
        &self,
        hotkey: &Keypair,
        netuid: u16,
        hash: [u8; 32],
    ) -> Result<(Included, u64, u64), ChainError> {
        #[derive(DecodeAsType)]
        #[decode_as_type(crate_path = "scale_decode")]
        struct Committed {
            first_reveal_block: u64,
            last_reveal_block: u64,
        }
        let payload = dynamic::tx(
            "SubtensorModule",
            "commit_weights",
            Composite::unnamed([Value::u128(netuid.into()), Value::from_bytes(hash)]),
        );
        let (included, events) =
            self.submit_with_events(hotkey, &payload, "SubtensorModule.commit_weights").await?;
        let window: Committed = Self::event_fields(&events, "SubtensorModule", "WeightsCommitted")?;
        Ok((included, window.first_reveal_block, window.last_reveal_block))
    }

    /// `SubtensorModule.reveal_weights(netuid, uids, values, salt, version_key)`, signed by the
    /// hotkey that committed [`commit_hash`] of the same arguments.
    pub async fn reveal_weights(
        &self,
        hotkey: &Keypair,
        netuid: u16,
        uids: &[u16],
        values: &[u16],
        salt: &[u16],
        version_key: u64,
    ) -> Result<Included, ChainError> {
        self.submit(
            hotkey,
            "SubtensorModule",
            "reveal_weights",
            vec![
                Value::u128(netuid.into()),
                u16_list(uids),
                u16_list(values),
                u16_list(salt),
                Value::u128(version_key.into()),
            ],
        )
        .await
    }

    /// `Staking.add_stake(hotkey, amount)` in rao, signed by the coldkey.
    pub async fn add_stake(
        &self,
        coldkey: &Keypair,
        hotkey: &Hotkey,
        amount: u64,
    ) -> Result<Included, ChainError> {
        self.submit(
            coldkey,
            "Staking",
            "add_stake",
            vec![Value::from_bytes(account(hotkey)), Value::u128(amount.into())],
        )
        .await
    }

    /// The metagraph of `netuid` at the latest finalized block, by uid.
    pub async fn neurons(&self, netuid: u16) -> Result<Vec<Neuron>, ChainError> {
        let at = self.api.at_current_block().await.map_err(rpc)?;
        let call = dynamic::runtime_api_call::<_, Vec<RawNeuron>>(
            "NeuronInfoRuntimeApi",
            "get_neurons_lite",
            (netuid,),
        );
        let raw =
            at.runtime_apis().call(call).await.map_err(|e| ChainError::Decode(e.to_string()))?;
        let mut neurons: Vec<Neuron> = raw
            .into_iter()
            .map(|n| Neuron {
                uid: n.uid,
                hotkey: n.hotkey,
                coldkey: n.coldkey,
                active: n.active,
                axon: n.axon_info.and_then(|a| {
                    let ip = u128_to_ip(a.ip, a.ip_type)?;
                    (a.port != 0).then_some(Endpoint {
                        ip,
                        port: a.port,
                        block: a.block,
                        version: a.version,
                    })
                }),
                stake: n.stake,
                rank: n.rank,
                trust: n.trust,
                consensus: n.consensus,
                incentive: n.incentive,
                dividends: n.dividends,
                emission: n.emission,
                validator_permit: n.validator_permit,
                last_update: n.last_update,
            })
            .collect();
        neurons.sort_by_key(|n| n.uid);
        Ok(neurons)
    }

    /// The weight rows of `netuid` at the latest finalized block: `(uid, [(dest uid, u16
    /// weight)])` for every uid, by uid.
    pub async fn weight_rows(
        &self,
        netuid: u16,
    ) -> Result<Vec<(u16, Vec<(u16, u16)>)>, ChainError> {
        #[derive(DecodeAsType)]
        #[decode_as_type(crate_path = "scale_decode")]
        struct Uid {
            uid: u16,
        }
        #[derive(DecodeAsType)]
        #[decode_as_type(crate_path = "scale_decode")]
        struct Full {
            neuron: Uid,
            weights: Vec<(u16, u16)>,
        }
        let at = self.api.at_current_block().await.map_err(rpc)?;
        let call = dynamic::runtime_api_call::<_, Vec<Full>>(
            "NeuronInfoRuntimeApi",
            "get_neurons",
            (netuid,),
        );
        let raw =
            at.runtime_apis().call(call).await.map_err(|e| ChainError::Decode(e.to_string()))?;
        let mut rows: Vec<(u16, Vec<(u16, u16)>)> =
            raw.into_iter().map(|f| (f.neuron.uid, f.weights)).collect();
        rows.sort_by_key(|r| r.0);
        Ok(rows)
    }

    /// The hyperparameters of `netuid` a neuron needs, or `None` when the subnet does not exist.
    pub async fn hyperparams(&self, netuid: u16) -> Result<Option<Hyperparams>, ChainError> {
        let at = self.api.at_current_block().await.map_err(rpc)?;
        let call = dynamic::runtime_api_call::<_, Option<Hyperparams>>(
            "SubnetInfoRuntimeApi",
            "get_subnet_hyperparams",
            (netuid,),
        );
        at.runtime_apis().call(call).await.map_err(|e| ChainError::Decode(e.to_string()))
    }

    /// The free balance of `who`, in rao.
    pub async fn free_balance(&self, who: &Hotkey) -> Result<u128, ChainError> {
        Ok(self.account_balance(who).await?.free)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn endpoint_addresses_round_trip() {
        for text in ["127.0.0.2", "10.1.2.3", "::2", "2001:db8::7"] {
            let ip: IpAddr = text.parse().unwrap();
            let (value, kind) = ip_to_u128(ip);
            assert_eq!(u128_to_ip(value, kind), Some(ip));
        }
        assert_eq!(ip_to_u128("127.0.0.2".parse().unwrap()), (0x7f00_0002, 4));
        assert_eq!(u128_to_ip(1 << 40, 4), None);
        assert_eq!(u128_to_ip(1, 5), None);
    }
}
