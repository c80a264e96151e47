//! `finney-pow`: solves the registration proof of work for scripts and end-to-end tests.
//!
//! ```text
//! finney-pow solve --block-hash 0x<32 bytes> --hotkey 0x<32-byte public key> --difficulty N
//!                  [--start-nonce N] [--max-tries N]
//! ```
//!
//! Prints `{ "nonce": <u64>, "work": "0x<seal>" }` on success. Exit code 1 if no nonce was found
//! within `--max-tries` (default: unlimited), 2 on bad arguments.

use std::process::ExitCode;

const USAGE: &str = "usage: finney-pow solve --block-hash 0x<64 hex> --hotkey 0x<64 hex> \
                     --difficulty <u64> [--start-nonce <u64>] [--max-tries <u64>]";

fn parse_hash(name: &str, value: &str) -> Result<[u8; 32], String> {
    let digits = value.strip_prefix("0x").unwrap_or(value);
    if digits.len() != 64 || !digits.is_ascii() {
        return Err(format!("{name} must be 32 bytes as 64 hex digits, got {value:?}"));
    }
    let mut out = [0u8; 32];
    for (byte, pair) in out.iter_mut().zip(digits.as_bytes().chunks_exact(2)) {
        let pair = std::str::from_utf8(pair).map_err(|e| e.to_string())?;
        *byte = u8::from_str_radix(pair, 16)
            .map_err(|_| format!("{name} has a non-hex digit in {value:?}"))?;
    }
    Ok(out)
}

fn parse_u64(name: &str, value: &str) -> Result<u64, String> {
    value.parse().map_err(|_| format!("{name} must be an unsigned 64-bit integer, got {value:?}"))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

struct Args {
    block_hash: [u8; 32],
    hotkey: [u8; 32],
    difficulty: u64,
    start_nonce: u64,
    max_tries: u64,
}

fn parse(args: &[String]) -> Result<Args, String> {
    let mut iter = args.iter();
    match iter.next().map(String::as_str) {
        Some("solve") => {}
        _ => return Err("expected the subcommand `solve`".into()),
    }
    let (mut block_hash, mut hotkey, mut difficulty) = (None, None, None);
    let (mut start_nonce, mut max_tries) = (0u64, u64::MAX);
    while let Some(flag) = iter.next() {
        let value = iter.next().ok_or_else(|| format!("{flag} needs a value"))?;
        match flag.as_str() {
            "--block-hash" => block_hash = Some(parse_hash(flag, value)?),
            "--hotkey" => hotkey = Some(parse_hash(flag, value)?),
            "--difficulty" => difficulty = Some(parse_u64(flag, value)?),
            "--start-nonce" => start_nonce = parse_u64(flag, value)?,
            "--max-tries" => max_tries = parse_u64(flag, value)?,
            other => return Err(format!("unknown option {other}")),
        }
    }
    Ok(Args {
        block_hash: block_hash.ok_or("--block-hash is required")?,
        hotkey: hotkey.ok_or("--hotkey is required")?,
        difficulty: difficulty.ok_or("--difficulty is required")?,
        start_nonce,
        max_tries,
    })
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args = match parse(&args) {
        Ok(args) => args,
        Err(error) => {
            eprintln!("finney-pow: {error}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match finney_pow::solve(
        &args.block_hash,
        &args.hotkey,
        args.difficulty,
        args.start_nonce,
        args.max_tries,
    ) {
        Some(solution) => {
            println!(
                "{{ \"nonce\": {}, \"work\": \"0x{}\" }}",
                solution.nonce,
                hex(&solution.work)
            );
            ExitCode::SUCCESS
        }
        None => {
            eprintln!("finney-pow: no nonce found in {} tries", args.max_tries);
            ExitCode::from(1)
        }
    }
}
