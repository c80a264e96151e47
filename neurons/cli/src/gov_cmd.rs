//! `finney gov`: governance (design section 6). The triumvirate puts calls before the senate as
//! motions, senators vote on them and anyone closes them; an approved motion runs as root after
//! the motion delay. Anyone submits referenda on the tracks, voted with stake.

use clap::{ArgGroup, Args, Subcommand};
use finney_neuron_chain::{
    Chain, Conviction, GovernanceState, Included, Motion, Referendum, RuntimeCall, ScheduledMotion,
    Track,
};
use finney_neuron_protocol::Hotkey;
use serde_json::{json, Value as Json};
use subxt::dynamic::Value;

use crate::{
    amount::{format_tao, parse_tao},
    chain_cmd::{connect, finalized_as, print_receipt, short, tao_short, with_coldkey},
    ui, value,
    wallet_cmd::{open, unlock_coldkey},
    Failure, Global, Outcome,
};

const PROPOSE_HELP: &str = "\
The call is named by its pallet and call as the runtime names them (the metadata's names, as
polkadot-js apps shows them), its arguments given as a JSON object by name:

  finney gov propose --call SubtensorModule.set_network_parameter \\
      --args '{\"parameter\": {\"NetworkRateLimit\": 7}}'
  finney gov propose --call TriumvirateMembers.add_member --args '{\"who\": \"5F...\"}'
  finney gov propose --referendum --track protocol_parameters \\
      --call SubtensorModule.set_network_parameter --args '{\"parameter\": {\"KeySwapCost\": 5}}'

JSON becomes the call's types as polkadot-js apps reads them: integers (strings of digits for
values beyond 64 bits; amounts in rao), true/false, null for None, \"0x...\" hex for bytes and
hashes, an SS58 address for an account, {\"Variant\": value} or \"Variant\" for an enum, a list
for a list or a tuple, an object for a struct. A string is its bytes where bytes are expected.
--call-hex takes the encoded call data instead (polkadot-js apps' \"encoded call data\").

A motion is put before the senate by a member of the triumvirate (Governance.propose); a
majority of the senators approving it (finney gov vote, then finney gov close) schedules it to
run as root after the motion delay. A referendum is open to anyone: its preimage is noted, it is
submitted on the track with the track's origin, and its decision deposit is placed (unless
--no-deposit); it passes on the stake that votes for it.";

/// `finney gov ...`.
#[derive(Debug, Subcommand)]
pub enum GovCommand {
    /// The triumvirate, the senate, open and scheduled motions, and ongoing referenda.
    List {
        /// Show the referenda that ended too.
        #[arg(long)]
        all: bool,
    },
    /// Put a call before the senate, signed by the wallet's coldkey (a member of the
    /// triumvirate), or submit it as a referendum (`--referendum --track NAME`).
    #[command(after_help = PROPOSE_HELP)]
    Propose(ProposeArgs),
    /// Vote on a senate motion (the wallet's coldkey must be a senator), or on a referendum
    /// with the coldkey's stake.
    Vote(VoteArgs),
    /// Close a senate motion that has its votes (or whose voting time is over): approved, it is
    /// scheduled to run as root after the motion delay. Anyone may close.
    Close {
        /// The motion's index (`finney gov list`).
        #[arg(long, value_name = "INDEX")]
        motion: u32,
    },
}

/// A call named `Pallet.call_name`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CallName {
    /// The pallet, e.g. `SubtensorModule`.
    pub pallet: String,
    /// The call, e.g. `set_network_parameter`.
    pub call: String,
}

/// Bytes given in hex.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HexBytes(pub Vec<u8>);

fn is_name(text: &str) -> bool {
    !text.is_empty() && text.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// What `--call` takes: `Pallet.call_name`.
pub fn parse_call_name(text: &str) -> Result<CallName, String> {
    match text.trim().split_once('.') {
        Some((pallet, call)) if is_name(pallet) && is_name(call) => {
            Ok(CallName { pallet: pallet.to_owned(), call: call.to_owned() })
        }
        _ => Err(format!(
            "{text:?} is not Pallet.call_name (e.g. SubtensorModule.set_network_parameter)"
        )),
    }
}

/// What `--call-hex` takes: hex, with or without `0x`.
pub fn parse_hex(text: &str) -> Result<HexBytes, String> {
    let digits = text.trim();
    let digits = digits.strip_prefix("0x").unwrap_or(digits);
    let bytes = hex::decode(digits).map_err(|e| format!("not hex: {e}"))?;
    if bytes.is_empty() {
        return Err("no bytes".into());
    }
    Ok(HexBytes(bytes))
}

/// `finney gov propose`.
#[derive(Debug, Args)]
#[command(group(ArgGroup::new("the_call").required(true).args(["call", "call_hex"])))]
pub struct ProposeArgs {
    /// The call, as `Pallet.call_name` (e.g. SubtensorModule.set_network_parameter).
    #[arg(long, value_name = "PALLET.CALL", value_parser = parse_call_name)]
    pub call: Option<CallName>,
    /// The call's arguments: a JSON object by name (or a JSON array in order), e.g.
    /// '{"parameter": {"NetworkRateLimit": 7}}' [default: none].
    #[arg(
        long,
        value_name = "JSON",
        requires = "call",
        conflicts_with = "call_hex",
        value_parser = value::parse_args
    )]
    pub args: Option<Value>,
    /// The encoded call data instead, in hex (polkadot-js apps' "encoded call data").
    #[arg(long, value_name = "HEX", value_parser = parse_hex, conflicts_with = "call")]
    pub call_hex: Option<HexBytes>,
    /// Submit a referendum on `--track` instead of a motion: note the call's preimage, submit
    /// it, place the decision deposit.
    #[arg(long, requires = "track")]
    pub referendum: bool,
    /// The referendum's track, by name (root, protocol_parameters, staking_parameters, ...) or
    /// id.
    #[arg(long, value_name = "TRACK", requires = "referendum")]
    pub track: Option<String>,
    /// Enact the referendum's call this many blocks after it passes (at least the track's
    /// minimum enactment period).
    #[arg(long, value_name = "BLOCKS", default_value_t = 1, requires = "referendum")]
    pub after: u32,
    /// Do not place the decision deposit (someone else will; without it the referendum is
    /// never decided and times out).
    #[arg(long, requires = "referendum")]
    pub no_deposit: bool,
}

/// `finney gov vote`.
#[derive(Debug, Args)]
#[command(group(ArgGroup::new("poll").required(true).args(["motion", "referendum"])))]
#[command(group(ArgGroup::new("side").required(true).args(["aye", "nay"])))]
pub struct VoteArgs {
    /// The senate motion's index (`finney gov list`).
    #[arg(long, value_name = "INDEX")]
    pub motion: Option<u32>,
    /// The referendum's index (`finney gov list`).
    #[arg(long, value_name = "INDEX")]
    pub referendum: Option<u32>,
    /// Vote for.
    #[arg(long)]
    pub aye: bool,
    /// Vote against.
    #[arg(long)]
    pub nay: bool,
    /// The stake to vote with on a referendum, in TAO: at most the coldkey's stake (free TAO
    /// does not vote). It stays staked.
    #[arg(
        long,
        value_name = "TAO",
        value_parser = parse_tao,
        required_unless_present = "motion",
        conflicts_with = "motion",
        allow_hyphen_values = true
    )]
    pub amount: Option<u128>,
    /// The referendum vote's conviction: none (a tenth of the amount counts, no lock), or 1x
    /// to 6x (the amount counts that many times, locked 1, 2, 4, 8, 16 or 32 vote-locking
    /// periods after the referendum).
    #[arg(long, default_value = "none", conflicts_with = "motion")]
    pub conviction: Conviction,
}

fn hex32(bytes: &[u8]) -> String {
    format!("0x{}", hex::encode(bytes))
}

/// An amount in rao as JSON: a number, or a string beyond 64 bits.
fn rao(amount: u128) -> Json {
    match u64::try_from(amount) {
        Ok(small) => json!(small),
        Err(_) => json!(amount.to_string()),
    }
}

fn addresses(accounts: &[Hotkey]) -> Vec<String> {
    accounts.iter().map(ToString::to_string).collect()
}

fn track_name(tracks: &[Track], id: Option<u16>) -> Option<String> {
    let id = id?;
    Some(tracks.iter().find(|t| t.id == id).map(|t| t.name.clone()).unwrap_or(id.to_string()))
}

fn motion_json(m: &Motion) -> Json {
    json!({
        "index": m.index,
        "hash": hex32(&m.hash),
        "call": value::call_line(&m.call),
        "call_data": hex32(motion_call_data(m)),
        "proposal": value::call_line(&m.proposal.value),
        "length": m.proposal.encoded_len(),
        "threshold": m.threshold,
        "ayes": addresses(&m.ayes),
        "nays": addresses(&m.nays),
        "end": m.end,
    })
}

/// The encoded call of a motion: the proposal `Governance.schedule_motion(call)` without the
/// two bytes that name `schedule_motion`, or the proposal itself.
fn motion_call_data(m: &Motion) -> &[u8] {
    match finney_neuron_chain::call_parts(&m.proposal.value) {
        Some(("Governance", "schedule_motion", _)) => {
            m.proposal.encoded.get(2..).unwrap_or_default()
        }
        _ => &m.proposal.encoded,
    }
}

fn scheduled_json(s: &ScheduledMotion) -> Json {
    json!({
        "id": s.id,
        "when": s.when,
        "call": s.call.as_ref().map(|c| value::call_line(&c.value)),
        "call_hash": s.call.as_ref().map(|c| hex32(&c.hash())),
    })
}

fn referendum_json(r: &Referendum, tracks: &[Track]) -> Json {
    json!({
        "index": r.index,
        "track": r.track,
        "track_name": track_name(tracks, r.track),
        "status": r.status,
        "ongoing": r.ongoing,
        "tally": { "ayes": rao(r.ayes), "nays": rao(r.nays), "support": rao(r.support) },
        "proposal_hash": r.proposal_hash.map(|h| hex32(&h)),
        "proposal_len": r.proposal_len,
        "call": r.call.as_ref().map(|c| value::call_line(&c.value)),
        "submitted": r.submitted,
        "decision_deposit": r.decision_deposit,
        "deciding_since": r.deciding_since,
        "confirming_until": r.confirming_until,
        "ended": r.ended,
    })
}

fn state_json(state: &GovernanceState) -> Json {
    json!({
        "block": state.block,
        "triumvirate": addresses(&state.triumvirate),
        "senate": addresses(&state.senate),
        "council_members": addresses(&state.council),
        "senate_size": state.senate_size,
        "motion_delay": state.motion_delay,
        "motions": state.motions.iter().map(motion_json).collect::<Vec<_>>(),
        "scheduled": state.scheduled.iter().map(scheduled_json).collect::<Vec<_>>(),
        "referenda": state.referenda.iter()
            .map(|r| referendum_json(r, &state.tracks)).collect::<Vec<_>>(),
        "tracks": state.tracks.iter().map(|t| json!({
            "id": t.id,
            "name": t.name,
            "max_deciding": t.max_deciding,
            "decision_deposit": rao(t.decision_deposit),
            "prepare_period": t.prepare_period,
            "decision_period": t.decision_period,
            "confirm_period": t.confirm_period,
            "min_enactment_period": t.min_enactment_period,
        })).collect::<Vec<_>>(),
    })
}

fn list_of(accounts: &[Hotkey]) -> String {
    if accounts.is_empty() {
        "none".into()
    } else {
        accounts.iter().map(|a| short(&a.to_string())).collect::<Vec<_>>().join(", ")
    }
}

fn print_state(state: &GovernanceState) {
    println!("governance at block {}", state.block);
    println!("triumvirate: {}", list_of(&state.triumvirate));
    println!(
        "senate ({} of {} seats): {}",
        state.senate.len(),
        state.senate_size,
        list_of(&state.senate)
    );
    if state.council != state.senate {
        println!("the collective's members: {}", list_of(&state.council));
    }
    println!("approved motions run {} blocks after they are closed", state.motion_delay);
    println!();
    if state.motions.is_empty() {
        println!("no open motions");
    } else {
        let rows = state
            .motions
            .iter()
            .map(|m| {
                vec![
                    m.index.to_string(),
                    short(&hex32(&m.hash)),
                    value::call_line(&m.call),
                    m.ayes.len().to_string(),
                    m.nays.len().to_string(),
                    m.threshold.to_string(),
                    m.end.to_string(),
                ]
            })
            .collect();
        println!("open motions");
        println!(
            "{}",
            ui::table(&[">#", "hash", "call", ">ayes", ">nays", ">needed", ">ends at"], rows)
        );
    }
    if !state.scheduled.is_empty() {
        let rows = state
            .scheduled
            .iter()
            .map(|s| {
                vec![
                    s.id.to_string(),
                    s.when.to_string(),
                    s.call.as_ref().map(|c| value::call_line(&c.value)).unwrap_or_default(),
                ]
            })
            .collect();
        println!("approved motions waiting to run (Governance.veto may cancel them)");
        println!("{}", ui::table(&[">id", ">runs at", "call"], rows));
    }
    if state.referenda.is_empty() {
        println!("no ongoing referenda");
    } else {
        let rows = state
            .referenda
            .iter()
            .map(|r| {
                vec![
                    r.index.to_string(),
                    track_name(&state.tracks, r.track).unwrap_or_default(),
                    r.status.clone(),
                    tao_short(r.ayes),
                    tao_short(r.nays),
                    tao_short(r.support),
                    r.call
                        .as_ref()
                        .map(|c| value::call_line(&c.value))
                        .or_else(|| r.proposal_hash.map(|h| short(&hex32(&h))))
                        .unwrap_or_default(),
                ]
            })
            .collect();
        println!("referenda");
        println!(
            "{}",
            ui::table(
                &[">#", "track", "status", ">ayes τ", ">nays τ", ">support τ", "proposal"],
                rows
            )
        );
    }
}

/// The call of `finney gov propose`, built and checked against the node's metadata.
async fn the_call(chain: &Chain, args: &ProposeArgs) -> Result<RuntimeCall, Failure> {
    match (&args.call, &args.call_hex) {
        (Some(name), _) => {
            let given =
                args.args.clone().unwrap_or_else(|| Value::named_composite::<String, _>([]));
            Ok(chain.runtime_call(&name.pallet, &name.call, given).await?)
        }
        (None, Some(hex)) => Ok(chain.decode_call(&hex.0).await?),
        (None, None) => Err(Failure::usage("give the call: --call Pallet.call_name or --call-hex")),
    }
}

/// The track named (or numbered) `wanted`; a usage error naming the tracks if none is.
fn find_track<'a>(tracks: &'a [Track], wanted: &str) -> Result<&'a Track, Failure> {
    let wanted = wanted.trim();
    tracks
        .iter()
        .find(|t| t.name.eq_ignore_ascii_case(wanted) || t.id.to_string() == wanted)
        .ok_or_else(|| {
            let names: Vec<String> =
                tracks.iter().map(|t| format!("{} ({})", t.name, t.id)).collect();
            Failure::usage(format!("no track {wanted:?}; the tracks are {}", names.join(", ")))
        })
}

/// The receipt of several submissions in a row: each one's block and events, and with `--json`
/// all their events together (`events`, `event_fields`) with `extra` merged in.
fn print_steps(global: &Global, steps: &[(&str, Included)], extra: Json) -> Outcome {
    if global.json {
        let mut events = Vec::new();
        let mut fields = Vec::new();
        let mut list = Vec::new();
        for (what, included) in steps {
            events.extend(included.events.iter().cloned());
            for (name, f) in included.events.iter().zip(&included.fields) {
                fields.push(json!({ "event": name, "fields": value::to_json(f) }));
            }
            list.push(json!({
                "call": what,
                "block_hash": included.block_hash,
                "events": included.events,
            }));
        }
        let mut out = json!({
            "block_hash": steps.last().map(|(_, i)| i.block_hash.clone()),
            "events": events,
            "event_fields": fields,
            "steps": list,
        });
        if let (Some(map), Json::Object(more)) = (out.as_object_mut(), extra) {
            map.extend(more);
        }
        return ui::print_json(&out);
    }
    for (what, included) in steps {
        println!("{what}: included in block {}", included.block_hash);
        for (name, fields) in included.events.iter().zip(&included.fields) {
            println!("  {}", value::event_line(name, fields));
        }
    }
    Ok(())
}

async fn propose(global: &Global, args: &ProposeArgs) -> Outcome {
    let (wallet, config) = open(global)?;
    let proposer = wallet.coldkey_address()?;
    let chain = connect(global, &config).await?;
    let call = the_call(&chain, args).await?;
    let shown = value::call_line(&call.value);
    if args.referendum {
        return propose_referendum(global, &chain, &wallet, args, &call).await;
    }
    let question = format!("Put {shown} before the senate, proposed by {proposer}?");
    let (included, proposed) = with_coldkey(global, &chain, &wallet, &question, async |coldkey| {
        chain.propose_motion(coldkey, &call).await
    })
    .await?;
    if !global.json {
        println!(
            "motion #{} ({}) is before the senate: {shown}; it needs {} ayes",
            proposed.index,
            hex32(&proposed.hash),
            proposed.threshold
        );
    }
    print_receipt(
        global,
        &included,
        json!({
            "motion": proposed.index,
            "hash": hex32(&proposed.hash),
            "threshold": proposed.threshold,
            "call": shown,
            "call_hash": hex32(&call.hash()),
            "call_data": hex32(&call.encoded),
        }),
    )
}

async fn propose_referendum(
    global: &Global,
    chain: &Chain,
    wallet: &crate::wallet::Wallet,
    args: &ProposeArgs,
    call: &RuntimeCall,
) -> Outcome {
    let tracks = chain.tracks().await?;
    let track = find_track(&tracks, args.track.as_deref().unwrap_or_default())?;
    let submitter = wallet.coldkey_address()?;
    let shown = value::call_line(&call.value);
    let noted = chain.preimage_noted(call).await?;
    let deposit = if args.no_deposit {
        "without the decision deposit".to_owned()
    } else {
        format!("placing the decision deposit of {}", format_tao(track.decision_deposit))
    };
    let question = format!(
        "Submit a referendum on track {} ({}): {shown}, enacted {} block(s) after it passes, \
         {deposit}, signed by {submitter}?",
        track.name, track.id, args.after
    );
    ui::confirm(&question, global.yes)?;
    let coldkey = unlock_coldkey(wallet)?;
    let mut steps: Vec<(&str, Included)> = Vec::new();
    if noted {
        ui::note("the call's preimage is on chain already");
    } else {
        let note = chain.note_preimage(&coldkey, call);
        steps.push((
            "Preimage.note_preimage",
            finalized_as(global, chain, "noting the preimage", note).await?,
        ));
    }
    let submit = chain.submit_referendum(&coldkey, track, call, args.after);
    let (included, submitted) =
        finalized_as(global, chain, "submitting the referendum", submit).await?;
    steps.push(("Referenda.submit", included));
    if !args.no_deposit {
        let place = chain.place_decision_deposit(&coldkey, submitted.index);
        steps.push((
            "Referenda.place_decision_deposit",
            finalized_as(global, chain, "placing the decision deposit", place).await?,
        ));
    }
    if !global.json {
        println!("referendum #{} submitted on track {}: {shown}", submitted.index, track.name);
    }
    print_steps(
        global,
        &steps,
        json!({
            "referendum": submitted.index,
            "track": submitted.track,
            "track_name": track.name,
            "proposal_hash": hex32(&call.hash()),
            "proposal_len": call.encoded_len(),
            "call": shown,
            "call_data": hex32(&call.encoded),
            "decision_deposit": !args.no_deposit,
        }),
    )
}

/// The open motion `index`: a failure naming the open ones if there is none.
async fn open_motion(chain: &Chain, index: u32) -> Result<Motion, Failure> {
    let motions = chain.motions().await?;
    let open: Vec<String> = motions.iter().map(|m| format!("#{}", m.index)).collect();
    motions.into_iter().find(|m| m.index == index).ok_or_else(|| {
        if open.is_empty() {
            format!("no open motion #{index}: the senate has no open motions").into()
        } else {
            format!("no open motion #{index}; the open motions are {}", open.join(", ")).into()
        }
    })
}

async fn vote(global: &Global, args: &VoteArgs) -> Outcome {
    let (wallet, config) = open(global)?;
    let voter = wallet.coldkey_address()?;
    let chain = connect(global, &config).await?;
    let aye = args.aye && !args.nay;
    let side = if aye { "aye" } else { "nay" };
    match (args.motion, args.referendum) {
        (Some(index), _) => {
            let motion = open_motion(&chain, index).await?;
            let shown = value::call_line(&motion.call);
            let question = format!("Vote {side} on motion #{index} ({shown}) as {voter}?");
            let included = with_coldkey(global, &chain, &wallet, &question, async |coldkey| {
                chain.vote_motion(coldkey, &motion, aye).await
            })
            .await?;
            let now = chain.motions().await?.into_iter().find(|m| m.index == index);
            let (ayes, nays) = now.map(|m| (m.ayes.len(), m.nays.len())).unwrap_or_default();
            if !global.json {
                println!(
                    "voted {side} on motion #{index}: {ayes} ayes, {nays} nays; {} needed",
                    motion.threshold
                );
            }
            print_receipt(
                global,
                &included,
                json!({
                    "motion": index,
                    "hash": hex32(&motion.hash),
                    "aye": aye,
                    "ayes": ayes,
                    "nays": nays,
                    "threshold": motion.threshold,
                }),
            )
        }
        (None, Some(index)) => {
            let amount = args.amount.ok_or_else(|| Failure::usage("give --amount"))?;
            let referendum =
                chain.referendum(index).await?.ok_or_else(|| format!("no referendum #{index}"))?;
            if !referendum.ongoing {
                return Err(format!("referendum #{index} is over ({})", referendum.status).into());
            }
            let shown = referendum
                .call
                .as_ref()
                .map(|c| value::call_line(&c.value))
                .or_else(|| referendum.proposal_hash.map(|h| hex32(&h)))
                .unwrap_or_default();
            let conviction = args.conviction;
            let question = format!(
                "Vote {side} with {} of {voter}'s stake, conviction {}, on referendum #{index} \
                 ({shown})?",
                format_tao(amount),
                conviction.name()
            );
            let included = with_coldkey(global, &chain, &wallet, &question, async |coldkey| {
                chain.vote_referendum(coldkey, index, aye, conviction, amount).await
            })
            .await?;
            let now = chain.referendum(index).await?;
            let tally = now.as_ref().map(
                |r| json!({ "ayes": rao(r.ayes), "nays": rao(r.nays), "support": rao(r.support) }),
            );
            if let (false, Some(r)) = (global.json, &now) {
                println!(
                    "voted {side} on referendum #{index}: ayes {}, nays {}, support {} ({})",
                    format_tao(r.ayes),
                    format_tao(r.nays),
                    format_tao(r.support),
                    r.status
                );
            }
            print_receipt(
                global,
                &included,
                json!({
                    "referendum": index,
                    "aye": aye,
                    "amount": rao(amount),
                    "conviction": conviction.name(),
                    "tally": tally,
                }),
            )
        }
        (None, None) => Err(Failure::usage("give --motion or --referendum")),
    }
}

async fn close(global: &Global, index: u32) -> Outcome {
    let (wallet, config) = open(global)?;
    let chain = connect(global, &config).await?;
    let motion = open_motion(&chain, index).await?;
    let shown = value::call_line(&motion.call);
    let question = format!(
        "Close motion #{index} ({shown}): {} ayes, {} nays, {} needed?",
        motion.ayes.len(),
        motion.nays.len(),
        motion.threshold
    );
    let (included, closed) = with_coldkey(global, &chain, &wallet, &question, async |coldkey| {
        chain.close_motion(coldkey, &motion).await
    })
    .await?;
    if !global.json {
        match (closed.approved, closed.scheduled) {
            (true, Some((id, when))) => println!(
                "motion #{index} approved: it runs as root at block {when} (scheduled motion {id})"
            ),
            (true, None) => println!("motion #{index} approved"),
            (false, _) => println!("motion #{index} disapproved"),
        }
    }
    print_receipt(
        global,
        &included,
        json!({
            "motion": index,
            "hash": hex32(&motion.hash),
            "approved": closed.approved,
            "scheduled": closed.scheduled.map(|(id, when)| json!({ "id": id, "when": when })),
        }),
    )
}

/// `finney gov ...`.
pub async fn run(global: &Global, command: &GovCommand) -> Outcome {
    match command {
        GovCommand::List { all } => {
            let (_, config) = open(global)?;
            let chain = connect(global, &config).await?;
            let state = chain.governance(*all).await?;
            if global.json {
                return ui::print_json(&state_json(&state));
            }
            print_state(&state);
            Ok(())
        }
        GovCommand::Propose(args) => propose(global, args).await,
        GovCommand::Vote(args) => vote(global, args).await,
        GovCommand::Close { motion } => close(global, *motion).await,
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn call_names_and_hex_parse() {
        assert_eq!(
            parse_call_name("SubtensorModule.set_network_parameter").unwrap(),
            CallName { pallet: "SubtensorModule".into(), call: "set_network_parameter".into() }
        );
        for bad in ["SubtensorModule", ".x", "A.", "A.b.c", "A b.c", ""] {
            assert!(parse_call_name(bad).is_err(), "{bad}");
        }
        assert_eq!(parse_hex("0x0a0b").unwrap(), HexBytes(vec![10, 11]));
        assert_eq!(parse_hex("0a0b").unwrap(), HexBytes(vec![10, 11]));
        assert!(parse_hex("0x").is_err());
        assert!(parse_hex("0xabc").is_err());
    }

    #[test]
    fn tracks_are_found_by_name_or_id() {
        let track = |id: u16, name: &str| Track {
            id,
            name: name.into(),
            max_deciding: 1,
            decision_deposit: 0,
            prepare_period: 1,
            decision_period: 1,
            confirm_period: 1,
            min_enactment_period: 1,
        };
        let tracks = vec![track(0, "root"), track(2, "protocol_parameters")];
        assert_eq!(find_track(&tracks, "protocol_parameters").unwrap().id, 2);
        assert_eq!(find_track(&tracks, "2").unwrap().id, 2);
        assert_eq!(find_track(&tracks, "Root").unwrap().id, 0);
        let missing = find_track(&tracks, "treasury").unwrap_err();
        assert_eq!(missing.code, 2);
        assert!(
            missing.message.contains("root (0), protocol_parameters (2)"),
            "{}",
            missing.message
        );
        assert_eq!(rao(5), json!(5));
        assert_eq!(rao(u128::from(u64::MAX) + 1), json!("18446744073709551616"));
    }
}
