//! `yuma-sim`: run Finney's consensus arithmetic on JSON, no chain needed.
//!
//! Design: docs/design.md, section 4.5.
//!
//! * `yuma-sim epoch < state.json` runs one subnet epoch and prints what the chain would store;
//!   `--path reference` runs the step-by-step reference epoch (`run_epoch_reference`) instead of
//!   the fast one the chain runs (`run_epoch`, `--path fast`, the default): the output is the
//!   same, so comparing the two checks the fast path;
//! * `yuma-sim root-epoch < root.json` prints each network's emission value;
//! * `yuma-sim emission --issuance RAO` prints the block emission at that total issuance.
//!
//! Invalid input (bad JSON, a missing or mistyped field, lengths that disagree) prints a message
//! naming the field and exits with code 2. The JSON contract is in the crate README.

#![allow(clippy::arithmetic_side_effects, clippy::indexing_slicing)]

use clap::{Parser, Subcommand, ValueEnum};
use serde::Serialize;
use serde_json::{Map, Value};
use std::{io::Read, process::ExitCode};
use yuma_consensus::{
    block_emission,
    epoch::{Yuma3Params, DEFAULT_TEMPO},
    root_epoch, run_epoch, run_epoch_reference, EpochError, EpochInput, EpochOutput, RootInput,
};

/// Simulator for Finney's Yuma consensus, root epoch and block emission.
#[derive(Parser)]
#[command(name = "yuma-sim", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run one subnet epoch: subnet state as JSON on stdin, stored values as JSON on stdout.
    Epoch {
        /// Which implementation of the epoch runs; both give the same output.
        #[arg(long, value_enum, default_value_t = EpochPath::Fast)]
        path: EpochPath,
    },
    /// Compute each network's emission value: root state as JSON on stdin.
    RootEpoch,
    /// Print the block emission (rao) at a total issuance.
    Emission {
        /// Total issuance in rao.
        #[arg(long)]
        issuance: u128,
    },
}

/// An implementation of the epoch.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
enum EpochPath {
    /// The fused fast path the chain runs (`run_epoch`).
    #[default]
    Fast,
    /// The step-by-step reference (`run_epoch_reference`): slower.
    Reference,
}

impl EpochPath {
    /// Runs the epoch on `input` with this implementation.
    fn run(self, input: &EpochInput) -> Result<EpochOutput, EpochError> {
        match self {
            Self::Fast => run_epoch(input),
            Self::Reference => run_epoch_reference(input),
        }
    }
}

/// An input error: the message names the field; exit code 2.
#[derive(Debug)]
struct InputError(String);

fn input_error<T>(message: impl Into<String>) -> Result<T, InputError> {
    Err(InputError(message.into()))
}

/// The JSON object being read, with typed accessors whose errors name the field.
struct Fields<'a>(&'a Map<String, Value>);

impl<'a> Fields<'a> {
    fn parse(text: &'a str, value: &'a mut Value) -> Result<Self, InputError> {
        *value = serde_json::from_str(text)
            .or_else(|e| input_error(format!("input is not valid JSON: {e}")))?;
        match value {
            Value::Object(map) => Ok(Self(map)),
            _ => input_error("input must be a JSON object"),
        }
    }

    fn required(&self, name: &str) -> Result<&'a Value, InputError> {
        match self.0.get(name) {
            Some(v) => Ok(v),
            None => input_error(format!("{name}: missing field")),
        }
    }

    fn reject_unknown(&self, known: &[&str]) -> Result<(), InputError> {
        match self.0.keys().find(|k| !known.contains(&k.as_str())) {
            Some(k) => input_error(format!("{k}: unknown field")),
            None => Ok(()),
        }
    }

    fn u64(&self, name: &str) -> Result<u64, InputError> {
        as_u64(self.required(name)?, name)
    }

    fn u16(&self, name: &str) -> Result<u16, InputError> {
        as_u16(self.required(name)?, name)
    }

    fn opt_u64(&self, name: &str, default: u64) -> Result<u64, InputError> {
        self.0.get(name).map_or(Ok(default), |v| as_u64(v, name))
    }

    fn opt_u16(&self, name: &str, default: u16) -> Result<u16, InputError> {
        self.0.get(name).map_or(Ok(default), |v| as_u16(v, name))
    }

    fn opt_bool(&self, name: &str, default: bool) -> Result<bool, InputError> {
        match self.0.get(name) {
            None => Ok(default),
            Some(Value::Bool(b)) => Ok(*b),
            Some(_) => input_error(format!("{name}: expected true or false")),
        }
    }

    fn array(&self, name: &str) -> Result<&'a Vec<Value>, InputError> {
        match self.required(name)? {
            Value::Array(items) => Ok(items),
            _ => input_error(format!("{name}: expected an array")),
        }
    }

    fn vec_u64(&self, name: &str) -> Result<Vec<u64>, InputError> {
        let items = self.array(name)?;
        items.iter().enumerate().map(|(i, v)| as_u64(v, &format!("{name}[{i}]"))).collect()
    }

    fn vec_u16(&self, name: &str) -> Result<Vec<u16>, InputError> {
        let items = self.array(name)?;
        items.iter().enumerate().map(|(i, v)| as_u16(v, &format!("{name}[{i}]"))).collect()
    }

    fn vec_bool(&self, name: &str) -> Result<Vec<bool>, InputError> {
        let items = self.array(name)?;
        items
            .iter()
            .enumerate()
            .map(|(i, v)| match v {
                Value::Bool(b) => Ok(*b),
                _ => input_error(format!("{name}[{i}]: expected true or false")),
            })
            .collect()
    }

    /// Sparse rows `[[[uid, value], ...], ...]` with `u16` uids and values.
    fn sparse(&self, name: &str) -> Result<Vec<Vec<(u16, u16)>>, InputError> {
        let rows = self.array(name)?;
        rows.iter()
            .enumerate()
            .map(|(i, row)| {
                let Value::Array(entries) = row else {
                    return input_error(format!("{name}[{i}]: expected an array of [uid, value]"));
                };
                entries
                    .iter()
                    .enumerate()
                    .map(|(k, entry)| match entry {
                        Value::Array(pair) if pair.len() == 2 => {
                            let at = format!("{name}[{i}][{k}]");
                            Ok((as_u16(&pair[0], &at)?, as_u16(&pair[1], &at)?))
                        }
                        _ => input_error(format!("{name}[{i}][{k}]: expected [uid, value]")),
                    })
                    .collect()
            })
            .collect()
    }
}

fn as_u64(v: &Value, name: &str) -> Result<u64, InputError> {
    match v.as_u64() {
        Some(x) => Ok(x),
        None => input_error(format!("{name}: expected an integer in 0..=18446744073709551615")),
    }
}

fn as_u16(v: &Value, name: &str) -> Result<u16, InputError> {
    match v.as_u64().and_then(|x| u16::try_from(x).ok()) {
        Some(x) => Ok(x),
        None => input_error(format!("{name}: expected an integer in 0..=65535")),
    }
}

const EPOCH_FIELDS: &[&str] = &[
    "block",
    "n",
    "stake",
    "last_update",
    "block_at_registration",
    "validator_permit",
    "weights",
    "bonds",
    "kappa",
    "bonds_moving_average",
    "activity_cutoff",
    "max_allowed_validators",
    "rao_emission",
    "yuma3_enabled",
    "bonds_penalty",
    "liquid_alpha_enabled",
    "alpha_low",
    "alpha_high",
    "alpha_sigmoid_steepness",
    "last_epoch_block",
];

/// Reads an epoch input (DESIGN 4.5); optional fields take the chain's defaults.
fn parse_epoch(text: &str) -> Result<EpochInput, InputError> {
    let mut value = Value::Null;
    let f = Fields::parse(text, &mut value)?;
    f.reject_unknown(EPOCH_FIELDS)?;
    let block = f.u64("block")?;
    let defaults = Yuma3Params::default();
    Ok(EpochInput {
        block,
        n: f.u16("n")?,
        stake: f.vec_u64("stake")?,
        last_update: f.vec_u64("last_update")?,
        block_at_registration: f.vec_u64("block_at_registration")?,
        validator_permit: f.vec_bool("validator_permit")?,
        weights: f.sparse("weights")?,
        bonds: f.sparse("bonds")?,
        kappa: f.u16("kappa")?,
        bonds_moving_average: f.u64("bonds_moving_average")?,
        activity_cutoff: f.u64("activity_cutoff")?,
        max_allowed_validators: f.u16("max_allowed_validators")?,
        rao_emission: f.u64("rao_emission")?,
        yuma3: Yuma3Params {
            enabled: f.opt_bool("yuma3_enabled", defaults.enabled)?,
            bonds_penalty: f.opt_u16("bonds_penalty", defaults.bonds_penalty)?,
            liquid_alpha_enabled: f
                .opt_bool("liquid_alpha_enabled", defaults.liquid_alpha_enabled)?,
            alpha_low: f.opt_u16("alpha_low", defaults.alpha_low)?,
            alpha_high: f.opt_u16("alpha_high", defaults.alpha_high)?,
            alpha_sigmoid_steepness: f
                .opt_u16("alpha_sigmoid_steepness", defaults.alpha_sigmoid_steepness)?,
        },
        last_epoch_block: f.opt_u64("last_epoch_block", block.saturating_sub(DEFAULT_TEMPO))?,
    })
}

/// Reads a root epoch input (DESIGN 4.5).
fn parse_root(text: &str) -> Result<RootInput, InputError> {
    let mut value = Value::Null;
    let f = Fields::parse(text, &mut value)?;
    f.reject_unknown(&["stake", "weights", "netuids", "block_emission", "rho", "kappa"])?;
    Ok(RootInput {
        stake: f.vec_u64("stake")?,
        weights: f.sparse("weights")?,
        netuids: f.vec_u16("netuids")?,
        block_emission: f.u64("block_emission")?,
        rho: f.u16("rho")?,
        kappa: f.u16("kappa")?,
    })
}

/// The stored values of an epoch, in the order of DESIGN 4.5.
#[derive(Serialize)]
struct EpochJson<'a> {
    active: &'a [bool],
    validator_permit: &'a [bool],
    rank: &'a [u16],
    trust: &'a [u16],
    consensus: &'a [u16],
    incentive: &'a [u16],
    dividends: &'a [u16],
    validator_trust: &'a [u16],
    pruning_scores: &'a [u16],
    emission: &'a [u64],
    server_emission: &'a [u64],
    validator_emission: &'a [u64],
    bonds: &'a [Vec<(u16, u16)>],
}

impl<'a> From<&'a EpochOutput> for EpochJson<'a> {
    fn from(o: &'a EpochOutput) -> Self {
        Self {
            active: &o.active,
            validator_permit: &o.validator_permit,
            rank: &o.rank,
            trust: &o.trust,
            consensus: &o.consensus,
            incentive: &o.incentive,
            dividends: &o.dividends,
            validator_trust: &o.validator_trust,
            pruning_scores: &o.pruning_scores,
            emission: &o.emission,
            server_emission: &o.server_emission,
            validator_emission: &o.validator_emission,
            bonds: &o.bonds,
        }
    }
}

#[derive(Serialize)]
struct RootJson<'a> {
    emission_values: &'a [u64],
}

/// Runs a command on its stdin text and returns the JSON (or number) to print.
fn run(command: &Command, stdin: &str) -> Result<String, InputError> {
    match command {
        Command::Epoch { path } => {
            let input = parse_epoch(stdin)?;
            let output = path.run(&input).or_else(|e| input_error(e.to_string()))?;
            Ok(to_json(&EpochJson::from(&output)))
        }
        Command::RootEpoch => {
            let input = parse_root(stdin)?;
            let values = root_epoch(&input).or_else(|e| input_error(e.to_string()))?;
            Ok(to_json(&RootJson { emission_values: &values }))
        }
        Command::Emission { issuance } => Ok(block_emission(*issuance).to_string()),
    }
}

/// Compact JSON (serialising these plain structs cannot fail).
fn to_json<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let mut stdin = String::new();
    if !matches!(cli.command, Command::Emission { .. }) {
        if let Err(e) = std::io::stdin().read_to_string(&mut stdin) {
            eprintln!("yuma-sim: cannot read standard input: {e}");
            return ExitCode::from(1);
        }
    }
    match run(&cli.command, &stdin) {
        Ok(out) => {
            println!("{out}");
            ExitCode::SUCCESS
        }
        Err(InputError(message)) => {
            eprintln!("yuma-sim: {message}");
            ExitCode::from(2)
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    use super::*;

    fn err(command: Command, text: &str) -> String {
        match run(&command, text) {
            Err(InputError(m)) => m,
            Ok(out) => panic!("expected an error, got {out}"),
        }
    }

    const EPOCH: Command = Command::Epoch { path: EpochPath::Fast };
    const REFERENCE: Command = Command::Epoch { path: EpochPath::Reference };

    const STATE: &str = r#"{"block": 10, "n": 2, "stake": [1, 1], "last_update": [9, 9],
        "block_at_registration": [0, 0], "validator_permit": [true, true],
        "weights": [[[1, 65535]], []], "bonds": [[], []], "kappa": 32767,
        "bonds_moving_average": 900000, "activity_cutoff": 5000, "max_allowed_validators": 64,
        "rao_emission": 1000}"#;

    #[test]
    fn errors_name_the_field() {
        assert!(err(EPOCH, "{").starts_with("input is not valid JSON"));
        assert_eq!(err(EPOCH, "[]"), "input must be a JSON object");
        assert_eq!(err(EPOCH, &STATE.replace("\"n\": 2", "\"m\": 2")), "m: unknown field");
        assert_eq!(err(EPOCH, &STATE.replace("\"n\": 2,", "")), "n: missing field");
        assert_eq!(
            err(EPOCH, &STATE.replace("[1, 1]", "[1, -1]")),
            "stake[1]: expected an integer in 0..=18446744073709551615"
        );
        assert_eq!(
            err(EPOCH, &STATE.replace("[[1, 65535]]", "[[1, 65536]]")),
            "weights[0][0]: expected an integer in 0..=65535"
        );
        assert_eq!(
            err(EPOCH, &STATE.replace("[9, 9]", "[9]")),
            "last_update: expected 2 elements (n), found 1"
        );
        assert_eq!(
            err(EPOCH, &STATE.replace("[[1, 65535]]", "[[1, 1], [1, 2]]")),
            "weights[0]: uid 1 appears more than once"
        );
        assert_eq!(
            err(
                Command::RootEpoch,
                r#"{"stake": [1], "weights": [], "netuids": [0],
                "block_emission": 1, "rho": 10, "kappa": 32767}"#
            ),
            "weights: expected 1 rows (one per stake entry), found 0"
        );
    }

    #[test]
    fn runs() {
        let out = run(&EPOCH, STATE).unwrap();
        assert!(out.starts_with(r#"{"active":[true,true],"validator_permit":[true,true]"#));
        assert_eq!(run(&Command::Emission { issuance: 0 }, "").unwrap_or_default(), "1000000000");
    }

    #[test]
    fn both_paths_agree() {
        assert_eq!(run(&REFERENCE, STATE).unwrap(), run(&EPOCH, STATE).unwrap());
        let repeated = STATE.replace("[[1, 65535]]", "[[1, 1], [1, 2]]");
        assert_eq!(err(REFERENCE, &repeated), err(EPOCH, &repeated));
        let cli = Cli::parse_from(["yuma-sim", "epoch"]);
        assert!(matches!(cli.command, Command::Epoch { path: EpochPath::Fast }));
        let cli = Cli::parse_from(["yuma-sim", "epoch", "--path", "reference"]);
        assert!(matches!(cli.command, Command::Epoch { path: EpochPath::Reference }));
    }
}
