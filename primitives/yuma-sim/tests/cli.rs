//! The `yuma-sim` binary end to end: the README's 4-neuron example and the exit codes.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::{
    io::Write,
    process::{Command, Stdio},
};

/// Runs `yuma-sim args` with `stdin`, returning (exit code, stdout, stderr).
fn sim(args: &[&str], stdin: &str) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_yuma-sim"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn readme_four_neuron_example() {
    // The values are derived by hand in primitives/yuma/tests/four_neurons.rs.
    let state = include_str!("data/four_neurons.json");
    let (code, stdout, _) = sim(&["epoch"], state);
    assert_eq!(code, 0);
    // The same output by either path.
    for path in ["fast", "reference"] {
        assert_eq!(sim(&["epoch", "--path", path], state), (0, stdout.clone(), String::new()));
    }
    assert_eq!(
        stdout.trim(),
        concat!(
            r#"{"active":[true,true,true,true],"validator_permit":[true,true,false,false],"#,
            r#""rank":[0,0,37448,28086],"trust":[0,0,52427,65535],"consensus":[0,0,32767,32767],"#,
            r#""incentive":[0,0,37448,28086],"dividends":[56172,9362,0,0],"#,
            r#""validator_trust":[65535,32767,0,0],"pruning_scores":[65535,10922,43690,32767],"#,
            r#""emission":[428571428,71428571,285714285,214285714],"#,
            r#""server_emission":[0,0,285714285,214285714],"#,
            r#""validator_emission":[428571428,71428571,0,0],"#,
            r#""bonds":[[[2,65535],[3,65535]],[[2,21844]],[],[]]}"#
        )
    );
}

#[test]
fn bad_input_names_the_field_and_exits_2() {
    let state = include_str!("data/four_neurons.json");
    let (code, _, stderr) = sim(&["epoch"], &state.replace("[3, 1, 0, 0]", "[3, 1, 0]"));
    assert_eq!(code, 2);
    assert_eq!(stderr.trim(), "yuma-sim: stake: expected 4 elements (n), found 3");
    let (code, _, stderr) = sim(&["epoch"], "not json");
    assert_eq!(code, 2);
    assert!(stderr.starts_with("yuma-sim: input is not valid JSON"));
    let (code, _, stderr) = sim(&["root-epoch"], r#"{"stake": [1]}"#);
    assert_eq!(code, 2);
    assert_eq!(stderr.trim(), "yuma-sim: weights: missing field");
    let (code, _, _) = sim(&["emission", "--issuance", "lots"], "");
    assert_eq!(code, 2);
}

#[test]
fn root_epoch_and_emission() {
    let root = r#"{"stake": [3, 1], "weights": [[[1, 65535]], [[1, 65535], [2, 65535]]],
        "netuids": [0, 1, 2], "block_emission": 1000000000, "rho": 10, "kappa": 32767}"#;
    let (code, stdout, _) = sim(&["root-epoch"], root);
    assert_eq!(code, 0);
    assert_eq!(stdout.trim(), r#"{"emission_values":[0,981264073,18735926]}"#);
    let (code, stdout, _) = sim(&["emission", "--issuance", "10500000000000000"], "");
    assert_eq!(code, 0);
    assert_eq!(stdout.trim(), "500000000");
}
