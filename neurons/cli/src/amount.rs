//! Amounts of TAO, read and written exactly: 1 TAO is 10^9 rao, and an amount is parsed as an
//! integer number of rao (never through a float).

/// Rao in one TAO.
pub const RAO_PER_TAO: u128 = 1_000_000_000;

/// The decimals of TAO.
const DECIMALS: usize = 9;

/// Parses an amount of TAO (`1`, `1.5`, `0.000000001`, `1_000.25`) into rao, exactly.
///
/// At most 9 decimals; no sign, no exponent, no spaces; `_` may group digits. A clear message
/// says what is wrong otherwise.
pub fn parse_tao(text: &str) -> Result<u128, String> {
    let bad = |why: &str| format!("invalid amount {text:?}: {why}");
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(bad("empty"));
    }
    if trimmed.starts_with('-') {
        return Err(bad("amounts cannot be negative"));
    }
    let trimmed = trimmed.strip_prefix('+').unwrap_or(trimmed);
    let (whole, fraction) = match trimmed.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (trimmed, None),
    };
    let digits = |part: &str| -> Result<String, String> {
        let cleaned: String = part.chars().filter(|&c| c != '_').collect();
        if cleaned.chars().all(|c| c.is_ascii_digit()) {
            Ok(cleaned)
        } else {
            Err(bad("expected TAO as digits with an optional '.' and up to 9 decimals"))
        }
    };
    let whole = digits(whole)?;
    let fraction = digits(fraction.unwrap_or(""))?;
    if whole.is_empty() && fraction.is_empty() {
        return Err(bad("no digits"));
    }
    if fraction.len() > DECIMALS {
        return Err(bad("TAO has at most 9 decimals (1 rao = 0.000000001 TAO)"));
    }
    let too_large = || bad("too large");
    let whole: u128 = if whole.is_empty() { 0 } else { whole.parse().map_err(|_| too_large())? };
    let padded = format!("{fraction:0<DECIMALS$}");
    let fraction: u128 = padded.parse().map_err(|_| bad("bad decimals"))?;
    whole.checked_mul(RAO_PER_TAO).and_then(|w| w.checked_add(fraction)).ok_or_else(too_large)
}

/// Writes rao as TAO with all 9 decimals and the `τ` sign: `1.500000000 τ`.
pub fn format_tao(rao: u128) -> String {
    format!("{} τ", format_tao_plain(rao))
}

/// Writes rao as TAO with all 9 decimals, no sign: `1.500000000`.
pub fn format_tao_plain(rao: u128) -> String {
    let whole = rao.checked_div(RAO_PER_TAO).unwrap_or(0);
    let fraction = rao.checked_rem(RAO_PER_TAO).unwrap_or(0);
    format!("{whole}.{fraction:09}")
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn parses_exactly() {
        assert_eq!(parse_tao("1").unwrap(), 1_000_000_000);
        assert_eq!(parse_tao("1.5").unwrap(), 1_500_000_000);
        assert_eq!(parse_tao("0.1").unwrap(), 100_000_000);
        // 0.1 + 0.2 style: no float anywhere.
        assert_eq!(parse_tao("0.3").unwrap(), 300_000_000);
        assert_eq!(parse_tao("0.000000001").unwrap(), 1);
        assert_eq!(parse_tao(".5").unwrap(), 500_000_000);
        assert_eq!(parse_tao("5.").unwrap(), 5_000_000_000);
        assert_eq!(parse_tao("+2").unwrap(), 2_000_000_000);
        assert_eq!(parse_tao("0").unwrap(), 0);
        assert_eq!(parse_tao("1_000.000_000_001").unwrap(), 1_000_000_000_001);
        assert_eq!(parse_tao(" 7.25 ").unwrap(), 7_250_000_000);
        // 21 million TAO, the supply, and one rao under 2^64.
        assert_eq!(parse_tao("21000000").unwrap(), 21_000_000_000_000_000);
        assert_eq!(parse_tao("18446744073.709551615").unwrap(), u128::from(u64::MAX));
        // Values a f64 would round: 2^53 + 1 rao.
        assert_eq!(parse_tao("9007199.254740993").unwrap(), 9_007_199_254_740_993);
    }

    #[test]
    fn refuses_what_is_not_an_amount() {
        for (text, why) in [
            ("", "empty"),
            ("   ", "empty"),
            ("-1", "negative"),
            ("-0.5", "negative"),
            ("1.0000000001", "at most 9 decimals"),
            ("1e9", "digits"),
            ("1,5", "digits"),
            ("abc", "digits"),
            ("1.2.3", "digits"),
            ("0x10", "digits"),
            (".", "no digits"),
            ("1 000", "digits"),
            ("NaN", "digits"),
            ("inf", "digits"),
            ("999999999999999999999999999999999999999", "too large"),
        ] {
            let err = parse_tao(text).unwrap_err();
            assert!(err.contains(why), "{text:?}: {err}");
            assert!(err.starts_with("invalid amount"), "{err}");
        }
    }

    #[test]
    fn formats_with_nine_decimals() {
        assert_eq!(format_tao_plain(0), "0.000000000");
        assert_eq!(format_tao_plain(1), "0.000000001");
        assert_eq!(format_tao_plain(1_500_000_000), "1.500000000");
        assert_eq!(format_tao(100_000_000_000_000), "100000.000000000 τ");
        for rao in [0, 1, 999_999_999, 1_000_000_000, 123_456_789_012_345] {
            assert_eq!(parse_tao(&format_tao_plain(rao)).unwrap(), rao);
        }
    }
}
