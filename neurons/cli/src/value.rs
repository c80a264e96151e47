//! Dynamic chain values (decoded against the node's metadata) to JSON and text, and back from
//! what an operator types.

use serde_json::{json, Map, Value as Json};
use subxt::ext::scale_value::{Composite, Primitive, Value, ValueDef};

/// Fields that hold accounts, shown as SS58 addresses rather than hex.
const ACCOUNT_FIELDS: [&str; 12] = [
    "who",
    "from",
    "to",
    "account",
    "coldkey",
    "hotkey",
    "owner",
    "new_hotkey",
    "old_hotkey",
    "delegate",
    "nominator",
    "dest",
];

fn composite_to_json(composite: &Composite<()>) -> Json {
    match composite {
        Composite::Named(fields) => {
            let mut map = Map::new();
            for (name, value) in fields {
                let mut json = to_json(value);
                if ACCOUNT_FIELDS.contains(&name.as_str()) {
                    json = as_address(json);
                }
                map.insert(name.clone(), json);
            }
            Json::Object(map)
        }
        Composite::Unnamed(values) => {
            // A 32-byte array (an account, a hash) reads better as hex.
            let bytes: Option<Vec<u8>> = values
                .iter()
                .map(|v| match &v.value {
                    ValueDef::Primitive(Primitive::U128(b)) => u8::try_from(*b).ok(),
                    _ => None,
                })
                .collect();
            match bytes {
                Some(bytes) if bytes.len() == 32 => json!(format!("0x{}", hex::encode(bytes))),
                _ if values.len() == 1 => values.first().map(to_json).unwrap_or(Json::Null),
                _ => Json::Array(values.iter().map(to_json).collect()),
            }
        }
    }
}

/// A `0x` hex string of 32 bytes as an SS58 address; anything else unchanged.
fn as_address(json: Json) -> Json {
    let Some(text) = json.as_str() else {
        return json;
    };
    let mut bytes = [0u8; 32];
    match hex::decode_to_slice(text.trim_start_matches("0x"), &mut bytes) {
        Ok(()) if text.len() == 66 => {
            json!(finney_neuron_protocol::Hotkey::from(bytes).to_string())
        }
        _ => json,
    }
}

/// An event's name and fields in one line: `Pallet.Event {"field":value,...}`, accounts as
/// SS58 addresses.
pub fn event_line(name: &str, fields: &Value<()>) -> String {
    match to_json(fields) {
        Json::Object(map) if map.is_empty() => name.to_owned(),
        Json::Array(list) if list.is_empty() => name.to_owned(),
        Json::Null => name.to_owned(),
        other => format!("{name} {other}"),
    }
}

/// A dynamic value as JSON: structs as objects, enums without data as their name (`None` as
/// null), integers as numbers when they fit 64 bits and as strings beyond.
pub fn to_json(value: &Value<()>) -> Json {
    match &value.value {
        ValueDef::Composite(composite) => composite_to_json(composite),
        ValueDef::Variant(variant) => {
            let empty = match &variant.values {
                Composite::Named(fields) => fields.is_empty(),
                Composite::Unnamed(values) => values.is_empty(),
            };
            match (variant.name.as_str(), empty) {
                ("None", true) => Json::Null,
                (_, true) => json!(variant.name),
                ("Some", false) => composite_to_json(&variant.values),
                (name, false) => json!({ name: composite_to_json(&variant.values) }),
            }
        }
        ValueDef::Primitive(primitive) => match primitive {
            Primitive::Bool(b) => json!(b),
            Primitive::Char(c) => json!(c.to_string()),
            Primitive::String(s) => json!(s),
            Primitive::U128(n) => match u64::try_from(*n) {
                Ok(small) => json!(small),
                Err(_) => json!(n.to_string()),
            },
            Primitive::I128(n) => match i64::try_from(*n) {
                Ok(small) => json!(small),
                Err(_) => json!(n.to_string()),
            },
            Primitive::U256(bytes) | Primitive::I256(bytes) => {
                json!(format!("0x{}", hex::encode(bytes)))
            }
        },
        ValueDef::BitSequence(bits) => {
            json!(bits.iter().map(|b| if b { '1' } else { '0' }).collect::<String>())
        }
    }
}

/// The fields of a struct value in the runtime's order, as JSON (`None` for anything else).
pub fn fields(value: &Value<()>) -> Option<Vec<(String, Json)>> {
    match &value.value {
        ValueDef::Composite(Composite::Named(fields)) => {
            Some(fields.iter().map(|(name, v)| (name.clone(), to_json(v))).collect())
        }
        _ => None,
    }
}

/// A JSON value in one line for a table cell: strings without quotes.
pub fn cell(value: &Json) -> String {
    match value {
        Json::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// What an operator types as a hyperparameter value: `true`/`false`, a non-negative integer,
/// or the name of an enum variant without data (`Text`).
pub fn parse_parameter(text: &str) -> Result<Value<()>, String> {
    let text = text.trim();
    match text {
        "true" => return Ok(Value::bool(true)),
        "false" => return Ok(Value::bool(false)),
        _ => {}
    }
    if let Ok(number) = text.replace('_', "").parse::<u128>() {
        return Ok(Value::u128(number));
    }
    let is_name = text.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && text.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    if is_name {
        Ok(Value::unnamed_variant(text, []))
    } else {
        Err(format!("invalid value {text:?}: expected true, false, an integer or a variant name"))
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn values_become_json() {
        let value = Value::named_composite([
            ("tempo", Value::u128(360)),
            ("pow_registration_allowed", Value::bool(false)),
            ("max_difficulty", Value::u128(u128::from(u64::MAX) + 1)),
            ("modality", Value::unnamed_variant("Text", [])),
            ("owner", Value::unnamed_variant("None", [])),
        ]);
        assert_eq!(
            to_json(&value),
            json!({
                "tempo": 360,
                "pow_registration_allowed": false,
                "max_difficulty": "18446744073709551616",
                "modality": "Text",
                "owner": null,
            })
        );
        let account = Value::unnamed_composite((0..32).map(|_| Value::u128(0xab)));
        assert_eq!(to_json(&account), json!(format!("0x{}", "ab".repeat(32))));
        let order: Vec<String> = fields(&value).unwrap().into_iter().map(|(k, _)| k).collect();
        assert_eq!(order.first().map(String::as_str), Some("tempo"));
        assert_eq!(order.last().map(String::as_str), Some("owner"));
        assert_eq!(fields(&Value::u128(1)), None);
        assert_eq!(cell(&json!("Text")), "Text");
        assert_eq!(cell(&json!(5)), "5");
    }

    #[test]
    fn events_read_well() {
        let alice = subxt_signer::sr25519::dev::alice().public_key().0;
        let fields = Value::named_composite([
            ("who", Value::unnamed_composite([Value::from_bytes(alice)])),
            ("amount", Value::u128(5)),
        ]);
        assert_eq!(
            event_line("Balances.Withdraw", &fields),
            "Balances.Withdraw {\"amount\":5,\"who\":\"5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY\"}"
        );
        assert_eq!(event_line("System.Remarked", &Value::unnamed_composite([])), "System.Remarked");
    }

    #[test]
    fn typed_values_parse() {
        assert_eq!(parse_parameter("true").unwrap(), Value::bool(true));
        assert_eq!(parse_parameter("5").unwrap(), Value::u128(5));
        assert_eq!(parse_parameter("1_000").unwrap(), Value::u128(1000));
        assert_eq!(parse_parameter("Text").unwrap(), Value::unnamed_variant("Text", []));
        assert!(parse_parameter("-1").is_err());
        assert!(parse_parameter("1.5").is_err());
        assert!(parse_parameter("").is_err());
    }
}
