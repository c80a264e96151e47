//! Talking to the operator: passwords (never echoed), confirmations, spinners, tables.

use std::{
    future::Future,
    io::{BufRead, IsTerminal, Write},
    time::{Duration, Instant},
};

use comfy_table::{presets::UTF8_FULL_CONDENSED, Cell, CellAlignment, Table};
use zeroize::Zeroizing;

/// The environment variable a password may come from (for scripts and tests).
pub const PASSWORD_ENV: &str = "FINNEY_PASSWORD";
/// The shortest password a new coldkey accepts.
pub const MIN_PASSWORD_LEN: usize = 8;

/// The password of an existing coldkey: `$FINNEY_PASSWORD`, else asked on the terminal.
pub fn password(prompt: &str) -> Result<Zeroizing<String>, String> {
    if let Ok(password) = std::env::var(PASSWORD_ENV) {
        return Ok(Zeroizing::new(password));
    }
    rpassword::prompt_password(prompt).map(Zeroizing::new).map_err(|e| {
        format!("cannot read the password ({e}): run in a terminal or set {PASSWORD_ENV}")
    })
}

/// The password of a new coldkey: `$FINNEY_PASSWORD`, else asked twice; at least
/// [`MIN_PASSWORD_LEN`] characters.
pub fn new_password() -> Result<Zeroizing<String>, String> {
    let password = match std::env::var(PASSWORD_ENV) {
        Ok(password) => Zeroizing::new(password),
        Err(_) => {
            let first = password("Choose a password for the coldkey: ")?;
            let second = password("Retype the password: ")?;
            if first != second {
                return Err("the passwords do not match".into());
            }
            first
        }
    };
    if password.chars().count() < MIN_PASSWORD_LEN {
        return Err(format!("the password must have at least {MIN_PASSWORD_LEN} characters"));
    }
    Ok(password)
}

/// A secret typed on the terminal, not echoed (a mnemonic to regenerate).
pub fn secret(prompt: &str) -> Result<Zeroizing<String>, String> {
    rpassword::prompt_password(prompt)
        .map(Zeroizing::new)
        .map_err(|e| format!("cannot read it ({e}): pass it as an argument"))
}

/// Asks `question` on stderr and reads y/n on stdin; `yes` answers for the operator. An
/// answer other than y/yes, or no input, declines.
pub fn confirm(question: &str, yes: bool) -> Result<(), String> {
    if yes {
        return Ok(());
    }
    let mut err = std::io::stderr();
    let _ = write!(err, "{question} [y/N] ");
    let _ = err.flush();
    let mut answer = String::new();
    std::io::stdin().lock().read_line(&mut answer).map_err(|e| format!("stdin: {e}"))?;
    if matches!(answer.trim().to_ascii_lowercase().as_str(), "y" | "yes") {
        Ok(())
    } else {
        let hint = if std::io::stdin().is_terminal() { "" } else { " (pass --yes in scripts)" };
        Err(format!("not confirmed: nothing was sent{hint}"))
    }
}

/// A progress note on stderr (stdout stays for results).
pub fn note(text: &str) {
    // Never a panic when stderr is closed (`finney ... 2>&1 | head`).
    let _ = writeln!(std::io::stderr(), "{text}");
}

/// A progress line on stderr: redrawn in place on a terminal, one line each time otherwise.
pub fn progress(text: &str, terminal: bool) {
    let mut err = std::io::stderr();
    let _ = if terminal { write!(err, "\r{text}   ") } else { writeln!(err, "{text}") };
    let _ = err.flush();
}

/// Whether a spinner may turn: stderr is a terminal, and the output is not `--json`.
pub fn spinner_wanted(json: bool) -> bool {
    !json && std::io::stderr().is_terminal()
}

/// The frames of the spinner.
const SPINNER: [char; 10] = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

/// Waits for `work`. Meanwhile, when `spin` (see [`spinner_wanted`]), a spinner turns on stderr
/// with `text` and the seconds elapsed, and is erased once `work` is done; otherwise `text` is
/// noted once, with ` ...`.
pub async fn spinning<F: Future>(text: &str, spin: bool, work: F) -> F::Output {
    if !spin {
        note(&format!("{text} ..."));
        return work.await;
    }
    let mut work = std::pin::pin!(work);
    let started = Instant::now();
    let mut frames = SPINNER.iter().cycle();
    let mut tick = tokio::time::interval(Duration::from_millis(100));
    let mut err = std::io::stderr();
    let done = loop {
        tokio::select! {
            done = &mut work => break done,
            _ = tick.tick() => {
                let frame = frames.next().copied().unwrap_or('-');
                let seconds = started.elapsed().as_secs();
                let _ = write!(err, "\r{frame} {text} ({seconds} s) ");
                let _ = err.flush();
            }
        }
    };
    // Erase the spinner's line.
    let _ = write!(err, "\r\x1b[2K");
    let _ = err.flush();
    done
}

/// A table with a header row; columns whose header starts with `>` are right-aligned.
pub fn table(header: &[&str], rows: Vec<Vec<String>>) -> String {
    let mut table = Table::new();
    table.load_preset(UTF8_FULL_CONDENSED);
    table.set_header(header.iter().map(|h| Cell::new(h.trim_start_matches('>'))));
    for row in rows {
        table.add_row(row.into_iter().enumerate().map(|(i, text)| {
            let right = header.get(i).is_some_and(|h| h.starts_with('>'));
            let cell = Cell::new(text);
            if right {
                cell.set_alignment(CellAlignment::Right)
            } else {
                cell
            }
        }));
    }
    table.to_string()
}

/// Prints `value` as pretty JSON on stdout.
pub fn print_json(value: &serde_json::Value) -> crate::Outcome {
    let text = serde_json::to_string_pretty(value).map_err(|e| e.to_string())?;
    println!("{text}");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn the_spinner_waits_for_its_work() {
        // Not for --json output, whatever stderr is.
        assert!(!spinner_wanted(true));
        let slow = async {
            tokio::time::sleep(Duration::from_millis(50)).await;
            7
        };
        assert_eq!(spinning("working", false, slow).await, 7);
    }
}
