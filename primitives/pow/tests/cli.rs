//! The `finney-pow` binary prints a nonce and work that verify, and fails clearly otherwise.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_finney-pow");

fn hex32(byte: u8) -> String {
    format!("0x{}", format!("{byte:02x}").repeat(32))
}

#[test]
fn solve_prints_json_that_verifies() {
    let output = Command::new(BIN)
        .args(["solve", "--block-hash", &hex32(7), "--hotkey", &hex32(9), "--difficulty", "1000"])
        .output()
        .unwrap();
    assert!(output.status.success());
    let stdout = String::from_utf8(output.stdout).unwrap();
    // { "nonce": N, "work": "0x..." }
    let nonce: u64 =
        stdout.split("\"nonce\": ").nth(1).unwrap().split(',').next().unwrap().parse().unwrap();
    let work_hex = stdout.split("\"work\": \"0x").nth(1).unwrap().split('"').next().unwrap();
    let seal =
        finney_pow::verify(&[7u8; 32], &[9u8; 32], nonce, 1000).expect("the nonce solves it");
    let printed: String = seal.iter().map(|b| format!("{b:02x}")).collect();
    assert_eq!(work_hex, printed);
}

#[test]
fn bad_arguments_exit_with_2() {
    let output = Command::new(BIN).args(["solve", "--hotkey", "0x12"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8(output.stderr).unwrap().contains("--hotkey must be 32 bytes"));
}

#[test]
fn giving_up_exits_with_1() {
    let output = Command::new(BIN)
        .args([
            "solve",
            "--block-hash",
            &hex32(0),
            "--hotkey",
            &hex32(0),
            "--difficulty",
            &u64::MAX.to_string(),
            "--max-tries",
            "3",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
}
