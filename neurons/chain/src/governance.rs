//! Governance (design section 6): the triumvirate's motions before the senate, the senators'
//! votes, the motions they approved waiting in the scheduler, and referenda voted with stake.
//!
//! The runtime's pallets, by their runtime names: `Governance` (the senate's seats, follow root
//! stake; the triumvirate proposes through `Governance.propose`, an approved motion runs
//! `Governance.schedule_motion`), `Council` (the senate's collective: `vote`, `close`),
//! `TriumvirateMembers`, `Scheduler`, `Preimage`, `Referenda` and `ConvictionVoting`.
//!
//! Everything is read and built against the node's metadata (subxt's dynamic API): calls are
//! [`RuntimeCall`]s, checked before anything is signed.

use std::str::FromStr;

use finney_neuron_protocol::Hotkey;
use subxt::{
    dynamic::{self, At, Value},
    ext::{
        codec::Decode,
        frame_decode::storage::{IntoDecodableValues, IntoEncodableValues},
        scale_decode::{self, DecodeAsType},
        scale_value::ValueDef,
    },
    extrinsics::ExtrinsicEvents,
    metadata::Metadata,
};

use crate::{
    calls::{call_parts, decode_call_with, RuntimeCall},
    rpc, Chain, ChainError, FinneyConfig, Included, Keypair,
};

/// A client at one block.
type AtBlock = subxt::client::OnlineClientAtBlock<FinneyConfig>;

/// The scheduler names an approved motion `finney/motn/` and the motion id's four
/// little-endian bytes, zero-padded to 32 bytes (`pallet-subtensor-governance`'s
/// `motion_task_name`).
pub const MOTION_TASK_PREFIX: &[u8; 12] = b"finney/motn/";

/// How much more than the encoded motion `Governance.propose`'s `length_bound` allows.
pub const LENGTH_BOUND_MARGIN: u32 = 16;

/// An open motion of the senate (`Council`'s proposals and votes).
#[derive(Clone, Debug, PartialEq)]
pub struct Motion {
    /// The collective's index of the motion (what senators vote on, with the hash).
    pub index: u32,
    /// The hash of the proposal (`Governance.schedule_motion(call)`).
    pub hash: [u8; 32],
    /// The proposal the collective holds: `Governance.schedule_motion { call }` for the
    /// triumvirate's motions.
    pub proposal: RuntimeCall,
    /// The call the motion is about: the `call` of `Governance.schedule_motion`, or the
    /// proposal itself for anything else.
    pub call: Value,
    /// The ayes it needs.
    pub threshold: u32,
    /// The senators who voted aye.
    pub ayes: Vec<Hotkey>,
    /// The senators who voted nay.
    pub nays: Vec<Hotkey>,
    /// The block its voting ends at (anyone may close it then).
    pub end: u64,
}

/// A motion the senate approved, waiting in the scheduler to run as root.
#[derive(Clone, Debug, PartialEq)]
pub struct ScheduledMotion {
    /// Its id (`Governance.veto` takes it).
    pub id: u32,
    /// The block it runs at.
    pub when: u64,
    /// Its call, when the scheduler (or the preimage pallet) holds it.
    pub call: Option<RuntimeCall>,
}

/// A referendum (`Referenda.ReferendumInfoFor`).
#[derive(Clone, Debug, PartialEq)]
pub struct Referendum {
    /// Its index.
    pub index: u32,
    /// Its track's id (none once it ended).
    pub track: Option<u16>,
    /// `preparing`, `awaiting decision deposit`, `queued`, `deciding`, `confirming`; once
    /// ended `approved`, `rejected`, `cancelled`, `timed out` or `killed`.
    pub status: String,
    /// Whether it is still ongoing.
    pub ongoing: bool,
    /// Conviction-weighted aye votes, in rao.
    pub ayes: u128,
    /// Conviction-weighted nay votes, in rao.
    pub nays: u128,
    /// The stake that voted aye, without conviction, in rao.
    pub support: u128,
    /// The hash of its proposal (the call's preimage).
    pub proposal_hash: Option<[u8; 32]>,
    /// The length of its proposal, in bytes.
    pub proposal_len: Option<u32>,
    /// The proposal's call, when its preimage is on chain.
    pub call: Option<RuntimeCall>,
    /// The block it was submitted at (ongoing ones).
    pub submitted: Option<u64>,
    /// Whether its decision deposit was placed.
    pub decision_deposit: bool,
    /// The block it entered its decision period at.
    pub deciding_since: Option<u64>,
    /// The block its confirmation ends at, while confirming.
    pub confirming_until: Option<u64>,
    /// The block it ended at (ended ones).
    pub ended: Option<u64>,
}

/// A referenda track (`Referenda.Tracks`).
#[derive(Clone, Debug, PartialEq)]
pub struct Track {
    /// Its id.
    pub id: u16,
    /// Its name, e.g. `protocol_parameters`.
    pub name: String,
    /// How many referenda it decides at once.
    pub max_deciding: u32,
    /// The decision deposit, in rao.
    pub decision_deposit: u128,
    /// Blocks before a referendum may be decided.
    pub prepare_period: u64,
    /// Blocks a referendum has to be decided in.
    pub decision_period: u64,
    /// Blocks a referendum must keep passing to be confirmed.
    pub confirm_period: u64,
    /// The fewest blocks between approval and enactment.
    pub min_enactment_period: u64,
}

impl Track {
    /// The origin a referendum on this track dispatches its call with, as `Referenda.submit`
    /// takes it: `system: Root` for the `root` track, else the `Governance` origin named like
    /// the track (`protocol_parameters` is `Governance: ProtocolParameters`), the runtime's
    /// convention.
    pub fn origin(&self) -> Value {
        if self.name == "root" {
            return Value::unnamed_variant("system", [Value::unnamed_variant("Root", [])]);
        }
        let camel: String = self
            .name
            .split('_')
            .map(|word| {
                let mut chars = word.chars();
                chars
                    .next()
                    .map(|first| first.to_uppercase().chain(chars).collect::<String>())
                    .unwrap_or_default()
            })
            .collect();
        Value::unnamed_variant("Governance", [Value::unnamed_variant(camel, [])])
    }
}

/// Everything governance holds now.
#[derive(Clone, Debug, PartialEq)]
pub struct GovernanceState {
    /// The finalized block it was read at.
    pub block: u64,
    /// Who may propose motions.
    pub triumvirate: Vec<Hotkey>,
    /// The senators (`Governance.SenateMembers`), by account id.
    pub senate: Vec<Hotkey>,
    /// The members of the senate's collective (`Council.Members`): the senators, as last
    /// synced.
    pub council: Vec<Hotkey>,
    /// The number of seats.
    pub senate_size: u32,
    /// Blocks an approved motion waits before it runs.
    pub motion_delay: u64,
    /// The open motions, by index.
    pub motions: Vec<Motion>,
    /// The approved motions waiting to run, by id.
    pub scheduled: Vec<ScheduledMotion>,
    /// The referenda (the ongoing ones only, unless all were asked for), by index.
    pub referenda: Vec<Referendum>,
    /// The referenda tracks, by id.
    pub tracks: Vec<Track>,
}

/// A motion put before the senate (`Council.Proposed`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MotionProposed {
    /// The motion's index.
    pub index: u32,
    /// The proposal's hash (of `Governance.schedule_motion(call)`).
    pub hash: [u8; 32],
    /// The ayes it needs.
    pub threshold: u32,
}

/// What closing a motion did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MotionClosed {
    /// Whether the senate approved it (`Council.Approved`).
    pub approved: bool,
    /// The approved motion's id and the block it runs at (`Governance.MotionScheduled`).
    pub scheduled: Option<(u32, u64)>,
}

/// A submitted referendum (`Referenda.Submitted`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReferendumSubmitted {
    /// Its index.
    pub index: u32,
    /// Its track.
    pub track: u16,
}

/// How long a referendum vote's lock lasts, multiplying its weight: `None` (a tenth of the
/// balance counts, no lock) or `Locked1x` .. `Locked6x`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Conviction {
    /// A tenth of the balance counts; no lock after the referendum.
    #[default]
    None,
    /// The balance counts once; locked one vote-locking period.
    Locked1x,
    /// Twice; two periods.
    Locked2x,
    /// Three times; four periods.
    Locked3x,
    /// Four times; eight periods.
    Locked4x,
    /// Five times; sixteen periods.
    Locked5x,
    /// Six times; thirty-two periods.
    Locked6x,
}

impl Conviction {
    /// Every conviction, weakest first.
    pub const ALL: [Conviction; 7] = [
        Conviction::None,
        Conviction::Locked1x,
        Conviction::Locked2x,
        Conviction::Locked3x,
        Conviction::Locked4x,
        Conviction::Locked5x,
        Conviction::Locked6x,
    ];

    /// Its index in the runtime's `Conviction` enum (the low bits of a vote).
    pub fn index(self) -> u8 {
        match self {
            Conviction::None => 0,
            Conviction::Locked1x => 1,
            Conviction::Locked2x => 2,
            Conviction::Locked3x => 3,
            Conviction::Locked4x => 4,
            Conviction::Locked5x => 5,
            Conviction::Locked6x => 6,
        }
    }

    /// The runtime's name of it: `None`, `Locked1x`, ...
    pub fn name(self) -> &'static str {
        match self {
            Conviction::None => "None",
            Conviction::Locked1x => "Locked1x",
            Conviction::Locked2x => "Locked2x",
            Conviction::Locked3x => "Locked3x",
            Conviction::Locked4x => "Locked4x",
            Conviction::Locked5x => "Locked5x",
            Conviction::Locked6x => "Locked6x",
        }
    }

    /// A vote as the runtime encodes it: the aye bit (0x80) and the conviction.
    pub fn vote_byte(self, aye: bool) -> u8 {
        if aye {
            0x80 | self.index()
        } else {
            self.index()
        }
    }
}

impl FromStr for Conviction {
    type Err = String;

    /// `none` (or `0`, `0.1x`), `1x` .. `6x` (or `1` .. `6`, `locked1x` .. `locked6x`).
    fn from_str(text: &str) -> Result<Self, String> {
        let lower = text.trim().to_ascii_lowercase();
        let word = lower.strip_prefix("locked").unwrap_or(&lower);
        let word = word.strip_suffix('x').unwrap_or(word);
        let found = match word {
            "none" | "0" | "0.1" => Some(Conviction::None),
            digit => digit
                .parse::<usize>()
                .ok()
                .and_then(|n| Conviction::ALL.iter().find(|c| usize::from(c.index()) == n))
                .copied(),
        };
        found.ok_or_else(|| format!("invalid conviction {text:?}: none, 1x, 2x, 3x, 4x, 5x or 6x"))
    }
}

fn decode(e: impl core::fmt::Display) -> ChainError {
    ChainError::Decode(e.to_string())
}

/// The value of `pallet.entry(keys)` at `at`, decoded as `V` (the entry's default when it has
/// one and nothing is stored; `None` otherwise).
async fn fetch<K, V>(
    at: &AtBlock,
    pallet: &str,
    entry: &str,
    keys: K,
) -> Result<Option<V>, ChainError>
where
    K: IntoEncodableValues + IntoDecodableValues,
    V: DecodeAsType,
{
    let address = dynamic::storage::<K, V>(pallet, entry);
    match at.storage().try_fetch(address, keys).await.map_err(rpc)? {
        Some(value) => Ok(Some(value.decode().map_err(decode)?)),
        None => Ok(None),
    }
}

/// The value inside a `Some`, `None` for `None` (or anything else).
fn some(value: Option<&Value>) -> Option<&Value> {
    match value.map(|v| &v.value) {
        Some(ValueDef::Variant(v)) if v.name == "Some" => v.values.values().next(),
        _ => None,
    }
}

/// An integer, through wrappers of one field.
fn number(value: Option<&Value>) -> Option<u128> {
    let value = value?;
    match &value.value {
        ValueDef::Composite(c) if c.len() == 1 => number(c.values().next()),
        _ => value.as_u128(),
    }
}

/// Bytes: a list of integers below 256, through wrappers of one field (`H256`, `BoundedVec`).
fn bytes(value: Option<&Value>) -> Option<Vec<u8>> {
    let ValueDef::Composite(c) = &value?.value else {
        return None;
    };
    let mut values = c.values();
    if let (Some(only @ Value { value: ValueDef::Composite(_), .. }), None) =
        (values.next(), values.next())
    {
        return bytes(Some(only));
    }
    c.values().map(|v| v.as_u128().and_then(|n| u8::try_from(n).ok())).collect()
}

fn hash32(value: Option<&Value>) -> Option<[u8; 32]> {
    bytes(value).and_then(|b| <[u8; 32]>::try_from(b).ok())
}

/// `Governance.schedule_motion { call }` gives its call; anything else is itself.
fn motion_call(proposal: &Value) -> Value {
    match call_parts(proposal) {
        Some(("Governance", "schedule_motion", args)) => {
            args.at("call").or_else(|| args.at(0)).cloned().unwrap_or_else(|| proposal.clone())
        }
        _ => proposal.clone(),
    }
}

/// What a `Bounded` call (`Inline`, `Lookup`, `Legacy`) names: its hash, its length and its
/// bytes when they are inline.
fn bounded(value: &Value) -> (Option<[u8; 32]>, Option<u32>, Option<Vec<u8>>) {
    let ValueDef::Variant(v) = &value.value else {
        return (None, None, None);
    };
    match v.name.as_str() {
        "Inline" => {
            let inline = bytes(v.values.at(0));
            let hash = inline
                .as_ref()
                .map(|b| subxt::config::Hasher::hash(&subxt::config::substrate::BlakeTwo256, b).0);
            let len = inline.as_ref().and_then(|b| u32::try_from(b.len()).ok());
            (hash, len, inline)
        }
        "Lookup" => (
            hash32(v.values.at("hash")),
            number(v.values.at("len")).and_then(|n| u32::try_from(n).ok()),
            None,
        ),
        _ => (hash32(v.values.at("hash")), None, None),
    }
}

/// The call a `Bounded` call is, from its inline bytes or its preimage.
async fn bounded_call(
    at: &AtBlock,
    metadata: &Metadata,
    hash: Option<[u8; 32]>,
    len: Option<u32>,
    inline: Option<Vec<u8>>,
) -> Result<Option<RuntimeCall>, ChainError> {
    let encoded = match (inline, hash, len) {
        (Some(bytes), _, _) => Some(bytes),
        (None, Some(hash), Some(len)) => {
            let address = dynamic::storage::<(([u8; 32], u32),), Value>("Preimage", "PreimageFor");
            match at.storage().try_fetch(address, ((hash, len),)).await.map_err(rpc)? {
                Some(stored) => Some(Vec::<u8>::decode(&mut stored.bytes()).map_err(decode)?),
                None => None,
            }
        }
        _ => None,
    };
    Ok(encoded.and_then(|bytes| decode_call_with(metadata, &bytes).ok()))
}

/// The referendum `info` (a `ReferendumInfo` value) says, without its call.
fn referendum_from(index: u32, info: &Value) -> Referendum {
    let mut referendum = Referendum {
        index,
        track: None,
        status: String::new(),
        ongoing: false,
        ayes: 0,
        nays: 0,
        support: 0,
        proposal_hash: None,
        proposal_len: None,
        call: None,
        submitted: None,
        decision_deposit: false,
        deciding_since: None,
        confirming_until: None,
        ended: None,
    };
    let ValueDef::Variant(v) = &info.value else {
        referendum.status = "unknown".into();
        return referendum;
    };
    if v.name != "Ongoing" {
        referendum.status = match v.name.as_str() {
            "TimedOut" => "timed out".into(),
            other => other.to_lowercase(),
        };
        referendum.ended = number(v.values.at(0)).and_then(|n| u64::try_from(n).ok());
        return referendum;
    }
    let status = v.values.at(0);
    let block = |field: Option<&Value>| number(field).and_then(|n| u64::try_from(n).ok());
    referendum.ongoing = true;
    referendum.track = number(status.at("track")).and_then(|n| u16::try_from(n).ok());
    referendum.submitted = block(status.at("submitted"));
    referendum.decision_deposit = some(status.at("decision_deposit")).is_some();
    let deciding = some(status.at("deciding"));
    referendum.deciding_since = block(deciding.at("since"));
    referendum.confirming_until = block(some(deciding.at("confirming")));
    let tally = status.at("tally");
    referendum.ayes = number(tally.at("ayes")).unwrap_or(0);
    referendum.nays = number(tally.at("nays")).unwrap_or(0);
    referendum.support = number(tally.at("support")).unwrap_or(0);
    if let Some(proposal) = status.at("proposal") {
        let (hash, len, _) = bounded(proposal);
        referendum.proposal_hash = hash;
        referendum.proposal_len = len;
    }
    let in_queue = status.at("in_queue").and_then(Value::as_bool).unwrap_or(false);
    referendum.status = match (deciding.is_some(), referendum.confirming_until.is_some()) {
        (true, true) => "confirming",
        (true, false) => "deciding",
        _ if in_queue => "queued",
        _ if !referendum.decision_deposit => "awaiting decision deposit",
        _ => "preparing",
    }
    .into();
    referendum
}

#[derive(DecodeAsType)]
#[decode_as_type(crate_path = "scale_decode")]
struct RawVotes {
    index: u32,
    threshold: u32,
    ayes: Vec<Hotkey>,
    nays: Vec<Hotkey>,
    end: u64,
}

#[derive(DecodeAsType)]
#[decode_as_type(crate_path = "scale_decode")]
struct RawScheduled {
    maybe_id: Option<[u8; 32]>,
    call: Value,
}

impl Chain {
    /// The senate's open motions at `at`, by index.
    async fn motions_at(&self, at: &AtBlock) -> Result<Vec<Motion>, ChainError> {
        let metadata = at.metadata_ref();
        let hashes: Vec<[u8; 32]> =
            fetch(at, "Council", "Proposals", ()).await?.unwrap_or_default();
        let mut motions = Vec::with_capacity(hashes.len());
        for hash in hashes {
            let Some(votes) = fetch::<_, RawVotes>(at, "Council", "Voting", (hash,)).await? else {
                continue;
            };
            let address = dynamic::storage::<([u8; 32],), Value>("Council", "ProposalOf");
            let Some(stored) = at.storage().try_fetch(address, (hash,)).await.map_err(rpc)? else {
                continue;
            };
            let proposal = decode_call_with(metadata, stored.bytes())?;
            motions.push(Motion {
                index: votes.index,
                hash,
                call: motion_call(&proposal.value),
                proposal,
                threshold: votes.threshold,
                ayes: votes.ayes,
                nays: votes.nays,
                end: votes.end,
            });
        }
        motions.sort_by_key(|m| m.index);
        Ok(motions)
    }

    /// The senate's open motions, by index.
    pub async fn motions(&self) -> Result<Vec<Motion>, ChainError> {
        let at = self.api.at_current_block().await.map_err(rpc)?;
        self.motions_at(&at).await
    }

    /// The open motion `index`; [`ChainError::Invalid`] if no open motion has it.
    pub async fn motion(&self, index: u32) -> Result<Motion, ChainError> {
        let motions = self.motions().await?;
        let open: Vec<String> = motions.iter().map(|m| m.index.to_string()).collect();
        motions.into_iter().find(|m| m.index == index).ok_or_else(|| {
            ChainError::Invalid(if open.is_empty() {
                format!("no open motion #{index}: the senate has no open motions")
            } else {
                format!("no open motion #{index}; the open motions are {}", open.join(", "))
            })
        })
    }

    /// The approved motions waiting in the scheduler at `at`, by id.
    async fn scheduled_motions_at(&self, at: &AtBlock) -> Result<Vec<ScheduledMotion>, ChainError> {
        let metadata = at.metadata_ref();
        let address = dynamic::storage::<([u8; 32],), (u32, u32)>("Scheduler", "Lookup");
        let mut entries = at.storage().iter(address, ()).await.map_err(rpc)?;
        let mut found = Vec::new();
        while let Some(entry) = entries.next().await {
            let entry = entry.map_err(rpc)?;
            let (name,) = entry.key().map_err(decode)?.decode().map_err(decode)?;
            let Some(id) = name
                .strip_prefix(MOTION_TASK_PREFIX.as_slice())
                .and_then(|rest| rest.first_chunk::<4>())
                .map(|id| u32::from_le_bytes(*id))
            else {
                continue;
            };
            let (when, position) = entry.value().decode().map_err(decode)?;
            found.push((id, name, when, position));
        }
        let mut scheduled = Vec::with_capacity(found.len());
        for (id, name, when, position) in found {
            let agenda: Vec<Option<RawScheduled>> =
                fetch(at, "Scheduler", "Agenda", (when,)).await?.unwrap_or_default();
            let task = usize::try_from(position)
                .ok()
                .and_then(|i| agenda.into_iter().nth(i))
                .flatten()
                .filter(|task| task.maybe_id == Some(name));
            let call = match task {
                Some(task) => {
                    let (hash, len, inline) = bounded(&task.call);
                    bounded_call(at, metadata, hash, len, inline).await?
                }
                None => None,
            };
            scheduled.push(ScheduledMotion { id, when: when.into(), call });
        }
        scheduled.sort_by_key(|s| s.id);
        Ok(scheduled)
    }

    /// The referenda tracks, by id.
    pub async fn tracks(&self) -> Result<Vec<Track>, ChainError> {
        let at = self.api.at_current_block().await.map_err(rpc)?;
        Self::tracks_at(&at)
    }

    fn tracks_at(at: &AtBlock) -> Result<Vec<Track>, ChainError> {
        #[derive(DecodeAsType)]
        #[decode_as_type(crate_path = "scale_decode")]
        struct RawTrack {
            /// A string, or zero-padded bytes in some versions of `pallet-referenda`.
            name: Value,
            max_deciding: u32,
            decision_deposit: u128,
            prepare_period: u64,
            decision_period: u64,
            confirm_period: u64,
            min_enactment_period: u64,
        }
        let address = dynamic::constant::<Vec<(u16, RawTrack)>>("Referenda", "Tracks");
        let raw = at.constants().entry(address).map_err(decode)?;
        let mut tracks: Vec<Track> = raw
            .into_iter()
            .map(|(id, t)| Track {
                id,
                name: match t.name.as_str() {
                    Some(text) => text.trim_end_matches('\0').to_owned(),
                    None => String::from_utf8_lossy(&bytes(Some(&t.name)).unwrap_or_default())
                        .trim_end_matches('\0')
                        .to_owned(),
                },
                max_deciding: t.max_deciding,
                decision_deposit: t.decision_deposit,
                prepare_period: t.prepare_period,
                decision_period: t.decision_period,
                confirm_period: t.confirm_period,
                min_enactment_period: t.min_enactment_period,
            })
            .collect();
        tracks.sort_by_key(|t| t.id);
        Ok(tracks)
    }

    /// The referenda at `at` (the ongoing ones only unless `all`), by index, with their calls
    /// when the preimages are on chain.
    async fn referenda_at(&self, at: &AtBlock, all: bool) -> Result<Vec<Referendum>, ChainError> {
        let metadata = at.metadata_ref();
        let address = dynamic::storage::<(u32,), Value>("Referenda", "ReferendumInfoFor");
        let mut entries = at.storage().iter(address, ()).await.map_err(rpc)?;
        let mut referenda = Vec::new();
        while let Some(entry) = entries.next().await {
            let entry = entry.map_err(rpc)?;
            let (index,) = entry.key().map_err(decode)?.decode().map_err(decode)?;
            let info = entry.value().decode().map_err(decode)?;
            let mut referendum = referendum_from(index, &info);
            if !all && !referendum.ongoing {
                continue;
            }
            if let Some(proposal) = info.at(0).at("proposal") {
                let (hash, len, inline) = bounded(proposal);
                referendum.call = bounded_call(at, metadata, hash, len, inline).await?;
            }
            referenda.push(referendum);
        }
        referenda.sort_by_key(|r| r.index);
        Ok(referenda)
    }

    /// Referendum `index`, with its call when its preimage is on chain; `None` if there is
    /// none.
    pub async fn referendum(&self, index: u32) -> Result<Option<Referendum>, ChainError> {
        let at = self.api.at_current_block().await.map_err(rpc)?;
        let Some(info) = fetch::<_, Value>(&at, "Referenda", "ReferendumInfoFor", (index,)).await?
        else {
            return Ok(None);
        };
        let mut referendum = referendum_from(index, &info);
        if let Some(proposal) = info.at(0).at("proposal") {
            let (hash, len, inline) = bounded(proposal);
            referendum.call = bounded_call(&at, at.metadata_ref(), hash, len, inline).await?;
        }
        Ok(Some(referendum))
    }

    /// Everything governance holds at the latest finalized block: the triumvirate, the senate,
    /// open and scheduled motions, the referenda (only the ongoing ones unless `all`) and the
    /// tracks.
    pub async fn governance(&self, all: bool) -> Result<GovernanceState, ChainError> {
        let at = self.api.at_current_block().await.map_err(rpc)?;
        let accounts = async |pallet: &str, entry: &str| -> Result<Vec<Hotkey>, ChainError> {
            Ok(fetch::<_, Vec<Hotkey>>(&at, pallet, entry, ()).await?.unwrap_or_default())
        };
        let triumvirate = accounts("TriumvirateMembers", "Members").await?;
        let senate = accounts("Governance", "SenateMembers").await?;
        let council = accounts("Council", "Members").await?;
        let senate_size = fetch(&at, "Governance", "SenateSize", ()).await?.unwrap_or(0);
        let motion_delay = fetch(&at, "Governance", "MotionDelay", ()).await?.unwrap_or(0);
        Ok(GovernanceState {
            block: at.block_number(),
            triumvirate,
            senate,
            council,
            senate_size,
            motion_delay,
            motions: self.motions_at(&at).await?,
            scheduled: self.scheduled_motions_at(&at).await?,
            referenda: self.referenda_at(&at, all).await?,
            tracks: Self::tracks_at(&at)?,
        })
    }

    /// Signs `call` with `signer`, submits it and waits until it is finalized.
    pub async fn submit_call(
        &self,
        signer: &Keypair,
        call: &RuntimeCall,
    ) -> Result<Included, ChainError> {
        Ok(self.submit_call_with_events(signer, call).await?.0)
    }

    async fn submit_call_with_events(
        &self,
        signer: &Keypair,
        call: &RuntimeCall,
    ) -> Result<(Included, ExtrinsicEvents<FinneyConfig>), ChainError> {
        let Some((pallet, name, args)) = call_parts(&call.value) else {
            return Err(ChainError::Invalid("not a runtime call".into()));
        };
        let payload = dynamic::tx(pallet, name, args.clone());
        self.submit_with_events(signer, &payload, &format!("{pallet}.{name}")).await
    }

    /// `Governance.propose(call, length_bound)`, signed by a member of the triumvirate: puts
    /// `call` before the senate. The length bound is the encoded motion
    /// (`Governance.schedule_motion(call)`, two bytes more than the call) and
    /// [`LENGTH_BOUND_MARGIN`].
    pub async fn propose_motion(
        &self,
        signer: &Keypair,
        call: &RuntimeCall,
    ) -> Result<(Included, MotionProposed), ChainError> {
        #[derive(DecodeAsType)]
        #[decode_as_type(crate_path = "scale_decode")]
        struct Proposed {
            proposal_index: u32,
            proposal_hash: [u8; 32],
            threshold: u32,
        }
        let length_bound = call.encoded_len().saturating_add(2).saturating_add(LENGTH_BOUND_MARGIN);
        let args = Value::named_composite([
            ("call", call.value.clone()),
            ("length_bound", Value::u128(length_bound.into())),
        ]);
        let propose = self.runtime_call("Governance", "propose", args).await?;
        let (included, events) = self.submit_call_with_events(signer, &propose).await?;
        let proposed: Proposed = Self::event_fields(&events, "Council", "Proposed")?;
        Ok((
            included,
            MotionProposed {
                index: proposed.proposal_index,
                hash: proposed.proposal_hash,
                threshold: proposed.threshold,
            },
        ))
    }

    /// `Council.vote(hash, index, approve)`, signed by a senator.
    pub async fn vote_motion(
        &self,
        signer: &Keypair,
        motion: &Motion,
        approve: bool,
    ) -> Result<Included, ChainError> {
        let args = Value::named_composite([
            ("proposal", Value::from_bytes(motion.hash)),
            ("index", Value::u128(motion.index.into())),
            ("approve", Value::bool(approve)),
        ]);
        let vote = self.runtime_call("Council", "vote", args).await?;
        self.submit_call(signer, &vote).await
    }

    /// `Council.close(hash, index, weight, length)`, signed by anyone: the weight bound is the
    /// proposal's weight as the runtime reports it (`TransactionPaymentCallApi`), the length
    /// bound its encoded length. Approved, the motion is scheduled.
    pub async fn close_motion(
        &self,
        signer: &Keypair,
        motion: &Motion,
    ) -> Result<(Included, MotionClosed), ChainError> {
        #[derive(DecodeAsType)]
        #[decode_as_type(crate_path = "scale_decode")]
        struct Weight {
            ref_time: u64,
            proof_size: u64,
        }
        #[derive(DecodeAsType)]
        #[decode_as_type(crate_path = "scale_decode")]
        struct DispatchInfo {
            weight: Weight,
        }
        #[derive(DecodeAsType)]
        #[decode_as_type(crate_path = "scale_decode")]
        struct Scheduled {
            id: u32,
            when: u64,
        }
        let len = motion.proposal.encoded_len();
        let at = self.api.at_current_block().await.map_err(rpc)?;
        let query = dynamic::runtime_api_call::<_, DispatchInfo>(
            "TransactionPaymentCallApi",
            "query_call_info",
            (motion.proposal.value.clone(), len),
        );
        let info = at.runtime_apis().call(query).await.map_err(decode)?;
        let weight = Value::named_composite([
            ("ref_time", Value::u128(info.weight.ref_time.into())),
            ("proof_size", Value::u128(info.weight.proof_size.into())),
        ]);
        let args = Value::named_composite([
            ("proposal_hash", Value::from_bytes(motion.hash)),
            ("index", Value::u128(motion.index.into())),
            ("proposal_weight_bound", weight),
            ("length_bound", Value::u128(len.into())),
        ]);
        let close = self.runtime_call("Council", "close", args).await?;
        let (included, events) = self.submit_call_with_events(signer, &close).await?;
        let scheduled: Option<Scheduled> =
            Self::event_fields(&events, "Governance", "MotionScheduled").ok();
        Ok((
            included.clone(),
            MotionClosed {
                approved: included.has_event("Council", "Approved"),
                scheduled: scheduled.map(|s| (s.id, s.when)),
            },
        ))
    }

    /// Whether the preimage of `call` is on chain already.
    pub async fn preimage_noted(&self, call: &RuntimeCall) -> Result<bool, ChainError> {
        let at = self.api.at_current_block().await.map_err(rpc)?;
        let address = dynamic::storage::<(([u8; 32], u32),), Value>("Preimage", "PreimageFor");
        let key = ((call.hash(), call.encoded_len()),);
        Ok(at.storage().try_fetch(address, key).await.map_err(rpc)?.is_some())
    }

    /// `Preimage.note_preimage(call)`, signed (and its deposit paid) by `signer`.
    pub async fn note_preimage(
        &self,
        signer: &Keypair,
        call: &RuntimeCall,
    ) -> Result<Included, ChainError> {
        let args = Value::named_composite([("bytes", Value::from_bytes(&call.encoded))]);
        let note = self.runtime_call("Preimage", "note_preimage", args).await?;
        self.submit_call(signer, &note).await
    }

    /// `Referenda.submit(track's origin, Lookup { hash, len }, After(after))`, signed by
    /// `signer`, who pays the submission deposit; the preimage of `call` must be noted first.
    pub async fn submit_referendum(
        &self,
        signer: &Keypair,
        track: &Track,
        call: &RuntimeCall,
        after: u32,
    ) -> Result<(Included, ReferendumSubmitted), ChainError> {
        #[derive(DecodeAsType)]
        #[decode_as_type(crate_path = "scale_decode")]
        struct Submitted {
            index: u32,
            track: u16,
        }
        let lookup = Value::named_variant(
            "Lookup",
            [
                ("hash", Value::from_bytes(call.hash())),
                ("len", Value::u128(call.encoded_len().into())),
            ],
        );
        let args = Value::named_composite([
            ("proposal_origin", track.origin()),
            ("proposal", lookup),
            ("enactment_moment", Value::unnamed_variant("After", [Value::u128(after.into())])),
        ]);
        let submit = self.runtime_call("Referenda", "submit", args).await?;
        let (included, events) = self.submit_call_with_events(signer, &submit).await?;
        let submitted: Submitted = Self::event_fields(&events, "Referenda", "Submitted")?;
        Ok((included, ReferendumSubmitted { index: submitted.index, track: submitted.track }))
    }

    /// `Referenda.place_decision_deposit(index)`, paid by `signer`.
    pub async fn place_decision_deposit(
        &self,
        signer: &Keypair,
        index: u32,
    ) -> Result<Included, ChainError> {
        let args = Value::named_composite([("index", Value::u128(index.into()))]);
        let place = self.runtime_call("Referenda", "place_decision_deposit", args).await?;
        self.submit_call(signer, &place).await
    }

    /// `ConvictionVoting.vote(index, Standard { vote, balance })`: `signer` votes `balance` rao
    /// of its stake (its voting power) aye or nay on referendum `index`, with `conviction`.
    pub async fn vote_referendum(
        &self,
        signer: &Keypair,
        index: u32,
        aye: bool,
        conviction: Conviction,
        balance: u128,
    ) -> Result<Included, ChainError> {
        let vote = Value::named_variant(
            "Standard",
            [
                ("vote", Value::unnamed_composite([Value::u128(conviction.vote_byte(aye).into())])),
                ("balance", Value::u128(balance)),
            ],
        );
        let args =
            Value::named_composite([("poll_index", Value::u128(index.into())), ("vote", vote)]);
        let call = self.runtime_call("ConvictionVoting", "vote", args).await?;
        self.submit_call(signer, &call).await
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn convictions_parse() {
        assert_eq!("none".parse::<Conviction>().unwrap(), Conviction::None);
        assert_eq!("0.1x".parse::<Conviction>().unwrap(), Conviction::None);
        assert_eq!("1x".parse::<Conviction>().unwrap(), Conviction::Locked1x);
        assert_eq!("Locked6x".parse::<Conviction>().unwrap(), Conviction::Locked6x);
        assert_eq!("3".parse::<Conviction>().unwrap(), Conviction::Locked3x);
        assert!("7x".parse::<Conviction>().is_err());
        assert!("".parse::<Conviction>().is_err());
        assert_eq!(Conviction::Locked2x.vote_byte(true), 0x82);
        assert_eq!(Conviction::Locked2x.vote_byte(false), 0x02);
        assert_eq!(Conviction::None.name(), "None");
    }

    #[test]
    fn tracks_name_their_origins() {
        let track = |name: &str| Track {
            id: 0,
            name: name.into(),
            max_deciding: 1,
            decision_deposit: 0,
            prepare_period: 1,
            decision_period: 1,
            confirm_period: 1,
            min_enactment_period: 1,
        };
        assert_eq!(
            track("root").origin(),
            Value::unnamed_variant("system", [Value::unnamed_variant("Root", [])])
        );
        assert_eq!(
            track("protocol_parameters").origin(),
            Value::unnamed_variant(
                "Governance",
                [Value::unnamed_variant("ProtocolParameters", [])]
            )
        );
    }

    #[test]
    fn referenda_read_from_their_info() {
        let deposit = Value::unnamed_variant(
            "Some",
            [Value::named_composite([
                ("who", Value::from_bytes([1u8; 32])),
                ("amount", Value::u128(5)),
            ])],
        );
        let status = Value::named_composite([
            ("track", Value::u128(2)),
            (
                "proposal",
                Value::named_variant(
                    "Lookup",
                    [
                        ("hash", Value::unnamed_composite([Value::from_bytes([7u8; 32])])),
                        ("len", Value::u128(12)),
                    ],
                ),
            ),
            ("submitted", Value::u128(40)),
            ("decision_deposit", deposit),
            (
                "deciding",
                Value::unnamed_variant(
                    "Some",
                    [Value::named_composite([
                        ("since", Value::u128(42)),
                        ("confirming", Value::unnamed_variant("None", [])),
                    ])],
                ),
            ),
            (
                "tally",
                Value::named_composite([
                    ("ayes", Value::u128(2_000)),
                    ("nays", Value::u128(0)),
                    ("support", Value::u128(1_000)),
                ]),
            ),
            ("in_queue", Value::bool(false)),
        ]);
        let info = Value::unnamed_variant("Ongoing", [status]);
        let r = referendum_from(3, &info);
        assert_eq!(r.track, Some(2));
        assert_eq!(r.status, "deciding");
        assert!(r.ongoing && r.decision_deposit);
        assert_eq!((r.ayes, r.nays, r.support), (2_000, 0, 1_000));
        assert_eq!(r.proposal_hash, Some([7u8; 32]));
        assert_eq!(r.proposal_len, Some(12));
        assert_eq!(r.deciding_since, Some(42));
        let ended = Value::unnamed_variant(
            "TimedOut",
            [
                Value::u128(77),
                Value::unnamed_variant("None", []),
                Value::unnamed_variant("None", []),
            ],
        );
        let r = referendum_from(4, &ended);
        assert!(!r.ongoing);
        assert_eq!(r.status, "timed out");
        assert_eq!(r.ended, Some(77));
    }

    #[test]
    fn motions_show_their_call() {
        let inner = Value::unnamed_variant(
            "System",
            [Value::named_variant("remark", [("remark", Value::from_bytes(b"hi"))])],
        );
        let wrapped = Value::unnamed_variant(
            "Governance",
            [Value::named_variant("schedule_motion", [("call", inner.clone())])],
        );
        assert_eq!(motion_call(&wrapped), inner);
        assert_eq!(motion_call(&inner), inner);
        assert_eq!(
            bytes(Some(&Value::unnamed_composite([Value::from_bytes([1u8, 2])]))),
            Some(vec![1, 2])
        );
    }
}
