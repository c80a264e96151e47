//! Dynamic chain values (decoded against the node's metadata) to JSON and text, and back from
//! what an operator types.

use serde_json::{json, Map, Value as Json};
use subxt::ext::scale_value::{Composite, Primitive, Value, ValueDef};

/// Fields that hold accounts, shown as SS58 addresses rather than hex.
const ACCOUNT_FIELDS: [&str; 13] = [
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
    "proposer",
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

/// A JSON value as a dynamic value, before the node's metadata gives it its types
/// (`finney_neuron_chain::Chain::runtime_call` fits it to them): integers as `u128` (negative
/// ones as `i128`), `true`/`false` as booleans, `null` as `None`, a `0x` hex string as its
/// bytes (32 of them are an account or a hash), an SS58 address as its account's 32 bytes, any
/// other string as a string, arrays as unnamed composites (lists, tuples), objects as named
/// ones (structs, arguments; or `{"Variant": value}` for an enum).
pub fn from_json(json: &Json) -> Result<Value<()>, String> {
    Ok(match json {
        Json::Null => Value::unnamed_variant("None", []),
        Json::Bool(b) => Value::bool(*b),
        Json::Number(n) => match (n.as_u64(), n.as_i64()) {
            (Some(u), _) => Value::u128(u.into()),
            (None, Some(i)) => Value::i128(i.into()),
            _ => {
                return Err(format!(
                    "{n} is not an integer (amounts are in rao; give integers beyond 64 bits as \
                     strings of digits)"
                ))
            }
        },
        Json::String(text) => string_value(text)?,
        Json::Array(items) => {
            Value::unnamed_composite(items.iter().map(from_json).collect::<Result<Vec<_>, _>>()?)
        }
        Json::Object(map) => Value::named_composite(
            map.iter()
                .map(|(key, v)| from_json(v).map(|v| (key.clone(), v)))
                .collect::<Result<Vec<_>, _>>()?,
        ),
    })
}

/// A JSON string: `0x` hex as bytes, an SS58 address as its account, else text.
fn string_value(text: &str) -> Result<Value<()>, String> {
    if let Some(digits) = text.strip_prefix("0x").or_else(|| text.strip_prefix("0X")) {
        let bytes = hex::decode(digits).map_err(|e| format!("{text:?} is not hex: {e}"))?;
        return Ok(Value::from_bytes(bytes));
    }
    match text.parse::<finney_neuron_protocol::Hotkey>() {
        Ok(account) => Ok(Value::from_bytes(account.0)),
        Err(_) => Ok(Value::string(text)),
    }
}

/// What `--args` takes: a JSON object of the call's arguments by name (or a JSON array of them
/// in order), as a dynamic value ([`from_json`]).
pub fn parse_args(text: &str) -> Result<Value<()>, String> {
    let json: Json = serde_json::from_str(text).map_err(|e| format!("not JSON: {e}"))?;
    if !json.is_object() && !json.is_array() {
        return Err(format!(
            "expected a JSON object of named arguments, e.g. '{{\"parameter\": {{\"KeySwapCost\": 5}}}}', got {json}"
        ));
    }
    from_json(&json)
}

/// A runtime call in one line: `Pallet.call {"argument":value,...}` (`Pallet.call` without
/// arguments), accounts as SS58 addresses.
pub fn call_line(call: &Value<()>) -> String {
    match finney_neuron_chain::call_parts(call) {
        Some((pallet, name, args)) => {
            let fields = Value { value: ValueDef::Composite(args.clone()), context: () };
            event_line(&format!("{pallet}.{name}"), &fields)
        }
        None => to_json(call).to_string(),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::panic)]
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
    fn json_becomes_dynamic_values() {
        let alice = subxt_signer::sr25519::dev::alice().public_key().0;
        let json = json!({
            "n": 7,
            "negative": -3,
            "flag": true,
            "none": null,
            "account": "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY",
            "hash": format!("0x{}", "ab".repeat(32)),
            "bytes": "0x0102",
            "text": "hello",
            "list": [1, 2],
            "parameter": {"KeySwapCost": 5},
        });
        let value = from_json(&json).unwrap();
        let field = |name: &str| {
            let ValueDef::Composite(Composite::Named(fields)) = &value.value else {
                panic!("not an object: {value:?}");
            };
            fields.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()).unwrap()
        };
        assert_eq!(field("n"), Value::u128(7));
        assert_eq!(field("negative"), Value::i128(-3));
        assert_eq!(field("flag"), Value::bool(true));
        assert_eq!(field("none"), Value::unnamed_variant("None", []));
        assert_eq!(field("account"), Value::from_bytes(alice));
        assert_eq!(field("hash"), Value::from_bytes([0xab; 32]));
        assert_eq!(field("bytes"), Value::from_bytes([1, 2]));
        assert_eq!(field("text"), Value::string("hello"));
        assert_eq!(field("list"), Value::unnamed_composite([Value::u128(1), Value::u128(2)]));
        assert_eq!(field("parameter"), Value::named_composite([("KeySwapCost", Value::u128(5))]));
        assert!(from_json(&json!(1.5)).unwrap_err().contains("not an integer"));
        assert!(from_json(&json!("0xzz")).unwrap_err().contains("not hex"));
        // --args: an object or a list, nothing else.
        assert!(parse_args("{\"parameter\": {\"KeySwapCost\": 5}}").is_ok());
        assert!(parse_args("[1, true]").is_ok());
        assert!(parse_args("5").unwrap_err().contains("expected a JSON object"));
        assert!(parse_args("{").unwrap_err().contains("not JSON"));
    }

    #[test]
    fn calls_read_in_one_line() {
        let call = Value::unnamed_variant(
            "SubtensorModule",
            [Value::named_variant(
                "set_network_parameter",
                [("parameter", Value::unnamed_variant("KeySwapCost", [Value::u128(5)]))],
            )],
        );
        assert_eq!(
            call_line(&call),
            "SubtensorModule.set_network_parameter {\"parameter\":{\"KeySwapCost\":5}}"
        );
        let bare = Value::unnamed_variant(
            "TriumvirateMembers",
            [Value::named_variant::<&str, &str, _>("clear_prime", [])],
        );
        assert_eq!(call_line(&bare), "TriumvirateMembers.clear_prime");
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
