//! Runtime calls built from what an operator types, or decoded from encoded call data, against
//! the metadata the node serves.
//!
//! An operator names a call (`SubtensorModule.set_network_parameter`) and gives its arguments as
//! loosely typed dynamic values (numbers, booleans, strings, byte strings, lists, objects: what
//! a JSON object turns into). [`Chain::runtime_call`] fits them to the call's types before
//! encoding, so that what polkadot-js apps would accept reads the same here:
//!
//! - an object with one key that names a variant of an enum is that variant (`{"KeySwapCost": 7}`
//!   for a `NetworkParameter`), a string that names a variant without data is that variant;
//! - an `Option` takes `null` for `None` and the value itself for `Some`;
//! - a 32-byte value given for a `MultiAddress` is its `Id`;
//! - a string is its bytes where bytes are expected (`System.remark`), and a string of digits is
//!   an integer where an integer is expected (for values beyond 64 bits);
//! - a wrapper of one field (`H256`, `BoundedVec`) takes the value of its field;
//! - integers are checked against the width of their type.

use subxt::{
    config::Hasher,
    dynamic::Value,
    ext::{
        scale_type_resolver::{
            FieldIter, PathIter, Primitive as TypePrimitive, ResolvedTypeVisitor, TypeResolver,
            UnhandledKind, VariantIter,
        },
        scale_value::{self, Composite, Primitive, ValueDef},
    },
    metadata::Metadata,
};

use crate::{rpc, Chain, ChainError};

/// A call of the runtime: its dynamic value and its encoding.
#[derive(Clone, Debug, PartialEq)]
pub struct RuntimeCall {
    /// The runtime's call enum as a dynamic value: `Pallet(call { field: value, ... })`.
    pub value: Value,
    /// Its SCALE encoding: what polkadot-js apps shows as the encoded call data.
    pub encoded: Vec<u8>,
}

impl RuntimeCall {
    /// The BLAKE2-256 hash of the encoded call: what the preimage pallet, the scheduler and the
    /// senate name it by.
    pub fn hash(&self) -> [u8; 32] {
        subxt::config::substrate::BlakeTwo256.hash(&self.encoded).0
    }

    /// The length of the encoded call in bytes (saturating at `u32::MAX`).
    pub fn encoded_len(&self) -> u32 {
        u32::try_from(self.encoded.len()).unwrap_or(u32::MAX)
    }

    /// The pallet and the call, e.g. `("Balances", "transfer_keep_alive")`.
    pub fn name(&self) -> Option<(&str, &str)> {
        call_parts(&self.value).map(|(pallet, call, _)| (pallet, call))
    }

    /// The call's arguments, by name for calls whose arguments have names.
    pub fn args(&self) -> Option<&Composite<()>> {
        call_parts(&self.value).map(|(_, _, args)| args)
    }
}

/// The pallet, call and arguments of a runtime call value.
pub fn call_parts(value: &Value) -> Option<(&str, &str, &Composite<()>)> {
    let ValueDef::Variant(pallet) = &value.value else {
        return None;
    };
    let mut inner = pallet.values.values();
    match (inner.next(), inner.next()) {
        (Some(Value { value: ValueDef::Variant(call), .. }), None) => {
            Some((pallet.name.as_str(), call.name.as_str(), &call.values))
        }
        _ => None,
    }
}

impl Chain {
    /// The runtime call `pallet.call(args)`, checked and encoded against the node's metadata.
    /// `args` are the call's arguments by name (a named composite: what a JSON object becomes)
    /// or in order (an unnamed one); they are fitted to the call's types as the module docs
    /// say. Fails with [`ChainError::Invalid`] naming the pallet, call or argument that does
    /// not fit.
    pub async fn runtime_call(
        &self,
        pallet: &str,
        call: &str,
        args: Value,
    ) -> Result<RuntimeCall, ChainError> {
        let at = self.api.at_current_block().await.map_err(rpc)?;
        build_call(at.metadata_ref(), pallet, call, args)
    }

    /// The runtime call that `encoded` (encoded call data, as polkadot-js apps shows it) is.
    /// Fails with [`ChainError::Invalid`] if the bytes are not a call of the node's runtime.
    pub async fn decode_call(&self, encoded: &[u8]) -> Result<RuntimeCall, ChainError> {
        let at = self.api.at_current_block().await.map_err(rpc)?;
        decode_call_with(at.metadata_ref(), encoded)
    }
}

/// `pallet.call(args)` against `metadata` (see [`Chain::runtime_call`]). Pallet names match
/// without regard to case when no pallet has the exact name.
pub(crate) fn build_call(
    metadata: &Metadata,
    pallet: &str,
    call: &str,
    args: Value,
) -> Result<RuntimeCall, ChainError> {
    let invalid = ChainError::Invalid;
    let found = metadata
        .pallet_by_name(pallet)
        .or_else(|| metadata.pallets().find(|p| p.name().eq_ignore_ascii_case(pallet)));
    let Some(pallet_meta) = found.filter(|p| p.call_variants().is_some()) else {
        let names: Vec<&str> =
            metadata.pallets().filter(|p| p.call_variants().is_some()).map(|p| p.name()).collect();
        return Err(invalid(format!(
            "the runtime has no pallet {pallet:?} with calls; its pallets are {}",
            names.join(", ")
        )));
    };
    let calls = pallet_meta.call_variants().unwrap_or_default();
    let Some(variant) = calls.iter().find(|v| v.name == call) else {
        let names: Vec<&str> = calls.iter().map(|v| v.name.as_str()).collect();
        return Err(invalid(format!(
            "{} has no call {call:?}; its calls are {}",
            pallet_meta.name(),
            names.join(", ")
        )));
    };
    let fields: Vec<FieldShape> =
        variant.fields.iter().map(|f| FieldShape { name: f.name.clone(), ty: f.ty.id }).collect();
    let signature: Vec<String> = variant
        .fields
        .iter()
        .map(|f| {
            let name = f.name.clone().unwrap_or_else(|| "_".into());
            match &f.type_name {
                Some(ty) => format!("{name}: {ty}"),
                None => name,
            }
        })
        .collect();
    let what = format!("{}.{}({})", pallet_meta.name(), variant.name, signature.join(", "));
    let fitted = fit_fields(args, &fields, metadata.types(), "")
        .map_err(|e| invalid(format!("{what}: {e}")))?;
    let value =
        Value::unnamed_variant(pallet_meta.name(), [Value::variant(variant.name.clone(), fitted)]);
    let mut encoded = Vec::new();
    let call_ty = metadata.outer_enums().call_enum_ty();
    scale_value::scale::encode_as_type(&value, call_ty, metadata.types(), &mut encoded)
        .map_err(|e| invalid(format!("{what}: {e}")))?;
    Ok(RuntimeCall { value, encoded })
}

/// The runtime call `encoded` is, against `metadata` (see [`Chain::decode_call`]).
pub(crate) fn decode_call_with(
    metadata: &Metadata,
    encoded: &[u8],
) -> Result<RuntimeCall, ChainError> {
    let call_ty = metadata.outer_enums().call_enum_ty();
    let cursor = &mut &*encoded;
    let value = scale_value::scale::decode_as_type(cursor, call_ty, metadata.types())
        .map_err(|e| ChainError::Invalid(format!("not a call of this runtime: {e}")))?;
    if !cursor.is_empty() {
        return Err(ChainError::Invalid(format!(
            "not a call of this runtime: {} bytes left over after the call",
            cursor.len()
        )));
    }
    Ok(RuntimeCall { value: value.remove_context(), encoded: encoded.to_vec() })
}

/// A field of a composite type or of a variant.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct FieldShape {
    /// Its name, if the fields are named.
    pub(crate) name: Option<String>,
    /// Its type.
    pub(crate) ty: u32,
}

/// A variant of an enum type.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct VariantShape {
    /// Its name.
    pub(crate) name: String,
    /// Its fields.
    pub(crate) fields: Vec<FieldShape>,
}

/// The shape of a type as the metadata describes it, owned.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Shape {
    /// A struct (or a newtype, or a unit struct).
    Composite { path: Vec<String>, fields: Vec<FieldShape> },
    /// An enum.
    Variant { path: Vec<String>, variants: Vec<VariantShape> },
    /// A list of any length.
    Sequence(u32),
    /// A list of a fixed length.
    Array(u32, usize),
    /// A tuple.
    Tuple(Vec<u32>),
    /// A primitive.
    Primitive(TypePrimitive),
    /// A compact-encoded integer (or a wrapper of one).
    Compact(u32),
    /// A bit sequence.
    BitSequence,
    /// A type id the metadata does not know.
    Unknown,
}

/// Turns what a [`TypeResolver`] says of a type into a [`Shape`].
struct ShapeVisitor;

fn field_shapes<'r>(fields: impl FieldIter<'r, u32>) -> Vec<FieldShape> {
    fields.map(|f| FieldShape { name: f.name.map(str::to_owned), ty: f.id }).collect()
}

impl<'r> ResolvedTypeVisitor<'r> for ShapeVisitor {
    type TypeId = u32;
    type Value = Shape;

    fn visit_unhandled(self, _kind: UnhandledKind) -> Shape {
        Shape::Unknown
    }

    fn visit_composite<Path, Fields>(self, path: Path, fields: Fields) -> Shape
    where
        Path: PathIter<'r>,
        Fields: FieldIter<'r, u32>,
    {
        Shape::Composite { path: path.map(str::to_owned).collect(), fields: field_shapes(fields) }
    }

    fn visit_variant<Path, Fields, Var>(self, path: Path, variants: Var) -> Shape
    where
        Path: PathIter<'r>,
        Fields: FieldIter<'r, u32>,
        Var: VariantIter<'r, Fields>,
    {
        Shape::Variant {
            path: path.map(str::to_owned).collect(),
            variants: variants
                .map(|v| VariantShape { name: v.name.to_owned(), fields: field_shapes(v.fields) })
                .collect(),
        }
    }

    fn visit_sequence<Path>(self, _path: Path, type_id: u32) -> Shape
    where
        Path: PathIter<'r>,
    {
        Shape::Sequence(type_id)
    }

    fn visit_array(self, type_id: u32, len: usize) -> Shape {
        Shape::Array(type_id, len)
    }

    fn visit_tuple<TypeIds>(self, type_ids: TypeIds) -> Shape
    where
        TypeIds: ExactSizeIterator<Item = u32>,
    {
        Shape::Tuple(type_ids.collect())
    }

    fn visit_primitive(self, primitive: TypePrimitive) -> Shape {
        Shape::Primitive(primitive)
    }

    fn visit_compact(self, type_id: u32) -> Shape {
        Shape::Compact(type_id)
    }

    fn visit_bit_sequence(
        self,
        _store: subxt::ext::scale_type_resolver::BitsStoreFormat,
        _order: subxt::ext::scale_type_resolver::BitsOrderFormat,
    ) -> Shape {
        Shape::BitSequence
    }
}

/// The shape of type `ty`.
fn shape<R: TypeResolver<TypeId = u32>>(types: &R, ty: u32) -> Shape {
    types.resolve_type(ty, ShapeVisitor).unwrap_or(Shape::Unknown)
}

/// `path.part`, or `part` at the top.
fn join(path: &str, part: &str) -> String {
    if path.is_empty() {
        part.to_owned()
    } else {
        format!("{path}.{part}")
    }
}

/// Where an error is, for its message: `at parameter.KeySwapCost`, or `the arguments`.
fn here(path: &str) -> String {
    if path.is_empty() {
        "the arguments".to_owned()
    } else {
        format!("at {path}")
    }
}

/// What a value is, for an error message.
fn kind(value: &ValueDef<()>) -> String {
    match value {
        ValueDef::Composite(Composite::Named(fields)) if fields.is_empty() => {
            "an empty object".into()
        }
        ValueDef::Composite(Composite::Named(fields)) => {
            let keys: Vec<String> = fields.iter().map(|(key, _)| format!("{key:?}")).collect();
            format!("an object with the keys {}", keys.join(", "))
        }
        ValueDef::Composite(Composite::Unnamed(values)) => format!("a list of {}", values.len()),
        ValueDef::Variant(v) => format!("the variant {}", v.name),
        ValueDef::Primitive(Primitive::Bool(b)) => format!("{b}"),
        ValueDef::Primitive(Primitive::String(s)) => format!("the string {s:?}"),
        ValueDef::Primitive(Primitive::Char(c)) => format!("the character {c:?}"),
        ValueDef::Primitive(Primitive::U128(n)) => format!("{n}"),
        ValueDef::Primitive(Primitive::I128(n)) => format!("{n}"),
        ValueDef::Primitive(_) => "a 256-bit integer".into(),
        ValueDef::BitSequence(_) => "a bit sequence".into(),
    }
}

/// Nothing: an empty object or list, or `null` (the variant `None`).
fn is_nothing(value: &Value) -> bool {
    match &value.value {
        ValueDef::Composite(c) => c.is_empty(),
        ValueDef::Variant(v) => v.name == "None" && v.values.is_empty(),
        _ => false,
    }
}

/// `value` fitted to type `ty` (see the module docs); `path` says where it is, for errors.
pub(crate) fn fit<R: TypeResolver<TypeId = u32>>(
    value: Value,
    ty: u32,
    types: &R,
    path: &str,
) -> Result<Value, String> {
    match shape(types, ty) {
        Shape::Compact(inner) => fit(value, inner, types, path),
        Shape::Primitive(primitive) => fit_primitive(value, primitive, path),
        Shape::Sequence(inner) => fit_list(value, inner, None, types, path),
        Shape::Array(inner, len) => fit_list(value, inner, Some(len), types, path),
        Shape::Tuple(ids) => {
            let values = match value.value {
                ValueDef::Composite(c) if c.len() == ids.len() => c.into_values(),
                other => {
                    return Err(format!(
                        "{}: expected a list of {} values, got {}",
                        here(path),
                        ids.len(),
                        kind(&other)
                    ))
                }
            };
            let fitted = values
                .zip(ids)
                .enumerate()
                .map(|(i, (v, id))| fit(v, id, types, &join(path, &i.to_string())))
                .collect::<Result<Vec<_>, _>>()?;
            Ok(Value::unnamed_composite(fitted))
        }
        Shape::Composite { fields, .. } => Ok(Value {
            value: ValueDef::Composite(fit_fields(value, &fields, types, path)?),
            context: (),
        }),
        Shape::Variant { path: type_path, variants } => {
            fit_variant(value, &type_path, &variants, types, path)
        }
        Shape::BitSequence => Ok(value),
        Shape::Unknown => Err(format!("{}: the metadata has no type {ty}", here(path))),
    }
}

/// `value` as the fields `fields` of a struct or a variant: by name, in order, or as the one
/// field of a wrapper.
pub(crate) fn fit_fields<R: TypeResolver<TypeId = u32>>(
    value: Value,
    fields: &[FieldShape],
    types: &R,
    path: &str,
) -> Result<Composite<()>, String> {
    if fields.is_empty() {
        return if is_nothing(&value) {
            Ok(Composite::Unnamed(Vec::new()))
        } else {
            Err(format!("{}: expected nothing, got {}", here(path), kind(&value.value)))
        };
    }
    let named = fields.iter().all(|f| f.name.is_some());
    let names = || fields.iter().filter_map(|f| f.name.as_deref()).collect::<Vec<_>>().join(", ");
    let is_field = |key: &str| fields.iter().any(|f| f.name.as_deref() == Some(key));
    match value.value {
        // By name: the object's keys are the fields' names (a wrapper's one field may also be
        // given as the value of that field, below).
        ValueDef::Composite(Composite::Named(given))
            if named && (fields.len() > 1 || given.iter().any(|(key, _)| is_field(key))) =>
        {
            if let Some((unknown, _)) = given.iter().find(|(key, _)| !is_field(key)) {
                return Err(format!(
                    "{}: no field {unknown:?}; the fields are {}",
                    here(path),
                    names()
                ));
            }
            let mut given = given;
            let mut out = Vec::with_capacity(fields.len());
            for field in fields {
                let name = field.name.clone().unwrap_or_default();
                let Some(position) = given.iter().position(|(key, _)| *key == name) else {
                    return Err(format!(
                        "{}: the field {name:?} is missing; the fields are {}",
                        here(path),
                        names()
                    ));
                };
                let (_, v) = given.remove(position);
                let fitted = fit(v, field.ty, types, &join(path, &name))?;
                out.push((name, fitted));
            }
            Ok(Composite::Named(out))
        }
        // In order: a list with one value per field.
        ValueDef::Composite(Composite::Unnamed(given))
            if given.len() == fields.len() && fields.len() > 1 =>
        {
            let mut out = Vec::with_capacity(fields.len());
            for (i, (v, field)) in given.into_iter().zip(fields).enumerate() {
                let name = field.name.clone().unwrap_or_else(|| i.to_string());
                out.push((name.clone(), fit(v, field.ty, types, &join(path, &name))?));
            }
            Ok(if named {
                Composite::Named(out)
            } else {
                Composite::Unnamed(out.into_iter().map(|(_, v)| v).collect())
            })
        }
        other => {
            // An object none of whose keys is a field: said so, unless it is the value of a
            // wrapper's one field.
            let unknown = match &other {
                ValueDef::Composite(Composite::Named(given)) if named => {
                    given.first().map(|(key, _)| {
                        format!("{}: no field {key:?}; the fields are {}", here(path), names())
                    })
                }
                _ => None,
            };
            let value = Value { value: other, context: () };
            let [field] = fields else {
                if let Some(unknown) = unknown {
                    return Err(unknown);
                }
                return Err(format!(
                    "{}: expected {} values{}, got {}",
                    here(path),
                    fields.len(),
                    if named { format!(" ({})", names()) } else { String::new() },
                    kind(&value.value)
                ));
            };
            // A wrapper of one field takes its field's value, or a list of that one value.
            let fitted = match fit(value.clone(), field.ty, types, path) {
                Ok(fitted) => fitted,
                Err(error) => match value.value {
                    _ if unknown.is_some() => return Err(unknown.unwrap_or(error)),
                    ValueDef::Composite(c) if c.len() == 1 => {
                        let Some(inner) = c.into_values().next() else {
                            return Err(error);
                        };
                        fit(inner, field.ty, types, path).map_err(|_| error)?
                    }
                    _ => return Err(error),
                },
            };
            Ok(match &field.name {
                Some(name) => Composite::Named(vec![(name.clone(), fitted)]),
                None => Composite::Unnamed(vec![fitted]),
            })
        }
    }
}

/// `value` as a list of `inner` (of `len` values if fixed): a list, or a string's bytes.
fn fit_list<R: TypeResolver<TypeId = u32>>(
    value: Value,
    inner: u32,
    len: Option<usize>,
    types: &R,
    path: &str,
) -> Result<Value, String> {
    let of_len = len.map(|n| format!(" of {n}")).unwrap_or_default();
    let items: Vec<Value> = match value.value {
        ValueDef::Composite(Composite::Unnamed(values)) => values,
        ValueDef::Composite(Composite::Named(values)) if values.is_empty() => Vec::new(),
        ValueDef::Primitive(Primitive::String(text))
            if shape(types, inner) == Shape::Primitive(TypePrimitive::U8) =>
        {
            text.into_bytes().into_iter().map(|b| Value::u128(b.into())).collect()
        }
        other => {
            return Err(format!("{}: expected a list{of_len}, got {}", here(path), kind(&other)))
        }
    };
    if let Some(n) = len {
        if items.len() != n {
            return Err(format!("{}: expected {n} values, got {}", here(path), items.len()));
        }
    }
    let fitted = items
        .into_iter()
        .enumerate()
        .map(|(i, v)| fit(v, inner, types, &join(path, &i.to_string())))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Value::unnamed_composite(fitted))
}

/// `value` as one of `variants`: a variant, a variant's name, `{"Name": fields}`; `Some` of an
/// `Option`, `Id` of a `MultiAddress`.
fn fit_variant<R: TypeResolver<TypeId = u32>>(
    value: Value,
    type_path: &[String],
    variants: &[VariantShape],
    types: &R,
    path: &str,
) -> Result<Value, String> {
    let find = |name: &str| {
        variants
            .iter()
            .find(|v| v.name == name)
            .or_else(|| variants.iter().find(|v| v.name.eq_ignore_ascii_case(name)))
    };
    let is_option = type_path.iter().map(String::as_str).eq(["Option"]);
    let names = || variants.iter().map(|v| v.name.as_str()).collect::<Vec<_>>().join(", ");
    let with_fields = |variant: &VariantShape, fields: Value| -> Result<Value, String> {
        let fitted = fit_fields(fields, &variant.fields, types, &join(path, &variant.name))?;
        Ok(Value::variant(variant.name.clone(), fitted))
    };
    let rest = match value.value {
        ValueDef::Variant(given) => match find(&given.name) {
            Some(variant) => {
                let fields = Value { value: ValueDef::Composite(given.values), context: () };
                return with_fields(variant, fields);
            }
            None => ValueDef::Variant(given),
        },
        ValueDef::Primitive(Primitive::String(text)) => match find(&text) {
            Some(variant) if variant.fields.is_empty() => {
                return Ok(Value::variant(variant.name.clone(), Composite::Unnamed(Vec::new())));
            }
            _ => ValueDef::Primitive(Primitive::String(text)),
        },
        ValueDef::Composite(Composite::Named(mut given)) if given.len() == 1 => match given.pop() {
            Some((key, fields)) => match find(&key) {
                Some(variant) => return with_fields(variant, fields),
                None => ValueDef::Composite(Composite::Named(vec![(key, fields)])),
            },
            None => ValueDef::Composite(Composite::Named(given)),
        },
        other => other,
    };
    let value = Value { value: rest, context: () };
    if is_option {
        if let Some(some) = find("Some") {
            return with_fields(some, value);
        }
    }
    let is_address = type_path.last().is_some_and(|p| p == "MultiAddress");
    if let (true, Some(id)) = (is_address, find("Id")) {
        return with_fields(id, value);
    }
    Err(format!("{}: expected one of {}, got {}", here(path), names(), kind(&value.value)))
}

/// An integer a value holds: a number, or a string of decimal digits.
enum Integer {
    Unsigned(u128),
    Negative(i128),
}

fn integer(value: &ValueDef<()>) -> Option<Integer> {
    match value {
        ValueDef::Primitive(Primitive::U128(n)) => Some(Integer::Unsigned(*n)),
        ValueDef::Primitive(Primitive::I128(n)) => Some(match u128::try_from(*n) {
            Ok(n) => Integer::Unsigned(n),
            Err(_) => Integer::Negative(*n),
        }),
        ValueDef::Primitive(Primitive::String(text)) => {
            let digits = text.trim().replace('_', "");
            digits
                .parse::<u128>()
                .map(Integer::Unsigned)
                .ok()
                .or_else(|| digits.parse::<i128>().ok().map(Integer::Negative))
        }
        _ => None,
    }
}

/// The name and the range of an integer type: `None` for the other primitives.
fn integer_range(primitive: TypePrimitive) -> Option<(&'static str, i128, u128)> {
    use TypePrimitive as P;
    Some(match primitive {
        P::U8 => ("u8", 0, u8::MAX.into()),
        P::U16 => ("u16", 0, u16::MAX.into()),
        P::U32 => ("u32", 0, u32::MAX.into()),
        P::U64 => ("u64", 0, u64::MAX.into()),
        P::U128 => ("u128", 0, u128::MAX),
        P::I8 => ("i8", i8::MIN.into(), i8::MAX.unsigned_abs().into()),
        P::I16 => ("i16", i16::MIN.into(), i16::MAX.unsigned_abs().into()),
        P::I32 => ("i32", i32::MIN.into(), i32::MAX.unsigned_abs().into()),
        P::I64 => ("i64", i64::MIN.into(), i64::MAX.unsigned_abs().into()),
        P::I128 => ("i128", i128::MIN, i128::MAX.unsigned_abs()),
        _ => return None,
    })
}

/// `value` as the primitive `primitive`, integers checked against its range.
fn fit_primitive(value: Value, primitive: TypePrimitive, path: &str) -> Result<Value, String> {
    use TypePrimitive as P;
    if let Some((name, min, max)) = integer_range(primitive) {
        let out_of_range =
            || format!("{}: {} does not fit a {name}", here(path), kind(&value.value));
        return match integer(&value.value) {
            Some(Integer::Unsigned(n)) if n <= max => Ok(if min < 0 {
                Value::i128(i128::try_from(n).map_err(|_| out_of_range())?)
            } else {
                Value::u128(n)
            }),
            Some(Integer::Negative(n)) if n >= min => Ok(Value::i128(n)),
            Some(_) => Err(out_of_range()),
            None => Err(format!("{}: expected a {name}, got {}", here(path), kind(&value.value))),
        };
    }
    match (primitive, value.value) {
        (P::Bool, ValueDef::Primitive(Primitive::Bool(b))) => Ok(Value::bool(b)),
        (P::Str, ValueDef::Primitive(Primitive::String(s))) => Ok(Value::string(s)),
        (P::Char, ValueDef::Primitive(Primitive::Char(c))) => Ok(Value::char(c)),
        (P::Char, ValueDef::Primitive(Primitive::String(s))) if s.chars().count() == 1 => {
            Ok(Value::char(s.chars().next().unwrap_or_default()))
        }
        (P::U256 | P::I256, other) => Ok(Value { value: other, context: () }),
        (primitive, other) => Err(format!(
            "{}: expected a {}, got {}",
            here(path),
            format!("{primitive:?}").to_lowercase(),
            kind(&other)
        )),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;
    use subxt::ext::scale_type_resolver::{Field, Variant};

    /// Types by id: the shapes themselves, replayed to the visitor as a registry would.
    struct Types(Vec<Shape>);

    impl TypeResolver for Types {
        type TypeId = u32;
        type Error = String;

        fn resolve_type<'this, V: ResolvedTypeVisitor<'this, TypeId = u32>>(
            &'this self,
            type_id: u32,
            visitor: V,
        ) -> Result<V::Value, String> {
            let Some(shape) = usize::try_from(type_id).ok().and_then(|i| self.0.get(i)) else {
                return Ok(visitor.visit_not_found());
            };
            let fields = |fields: &'this [FieldShape]| {
                fields
                    .iter()
                    .map(|f| Field { name: f.name.as_deref(), id: f.ty })
                    .collect::<Vec<_>>()
                    .into_iter()
            };
            Ok(match shape {
                Shape::Composite { path, fields: f } => {
                    visitor.visit_composite(path.iter().map(String::as_str), fields(f))
                }
                Shape::Variant { path, variants } => visitor.visit_variant(
                    path.iter().map(String::as_str),
                    variants
                        .iter()
                        .enumerate()
                        .map(|(i, v)| Variant {
                            index: u8::try_from(i).unwrap(),
                            name: v.name.as_str(),
                            fields: fields(&v.fields),
                        })
                        .collect::<Vec<_>>()
                        .into_iter(),
                ),
                Shape::Sequence(id) => visitor.visit_sequence(std::iter::empty(), *id),
                Shape::Array(id, len) => visitor.visit_array(*id, *len),
                Shape::Tuple(ids) => visitor.visit_tuple(ids.clone().into_iter()),
                Shape::Primitive(p) => visitor.visit_primitive(*p),
                Shape::Compact(id) => visitor.visit_compact(*id),
                Shape::BitSequence | Shape::Unknown => visitor.visit_not_found(),
            })
        }
    }

    fn field(name: &str, ty: u32) -> FieldShape {
        FieldShape { name: Some(name.into()), ty }
    }

    fn unnamed(ty: u32) -> FieldShape {
        FieldShape { name: None, ty }
    }

    fn variant(name: &str, fields: Vec<FieldShape>) -> VariantShape {
        VariantShape { name: name.into(), fields }
    }

    fn enumeration(path: &[&str], variants: Vec<VariantShape>) -> Shape {
        Shape::Variant { path: path.iter().map(|s| s.to_string()).collect(), variants }
    }

    fn composite(fields: Vec<FieldShape>) -> Shape {
        Shape::Composite { path: Vec::new(), fields }
    }

    /// 0 u8, 1 u16, 2 u64, 3 [u8; 32], 4 AccountId32 (a wrapper of 3), 5 MultiAddress,
    /// 6 NetworkParameter, 7 Vec<u8>, 8 Option<u16>, 9 compact u64, 10 bool, 11 i32,
    /// 12 Vec<u16>, 13 (u8, bool), 14 a struct { netuid: u16, parameter: NetworkParameter },
    /// 15 BoundedVec<u8> (a wrapper of 7).
    fn types() -> Types {
        use TypePrimitive as P;
        Types(vec![
            Shape::Primitive(P::U8),
            Shape::Primitive(P::U16),
            Shape::Primitive(P::U64),
            Shape::Array(0, 32),
            composite(vec![unnamed(3)]),
            enumeration(
                &["sp_runtime", "multiaddress", "MultiAddress"],
                vec![variant("Id", vec![unnamed(4)]), variant("Index", vec![unnamed(9)])],
            ),
            enumeration(
                &["pallet_subtensor", "NetworkParameter"],
                vec![
                    variant("NetworkRateLimit", vec![unnamed(2)]),
                    variant("SubnetLimit", vec![unnamed(1)]),
                    variant("Off", vec![]),
                ],
            ),
            Shape::Sequence(0),
            enumeration(
                &["Option"],
                vec![variant("None", vec![]), variant("Some", vec![unnamed(1)])],
            ),
            Shape::Compact(2),
            Shape::Primitive(P::Bool),
            Shape::Primitive(P::I32),
            Shape::Sequence(1),
            Shape::Tuple(vec![0, 10]),
            composite(vec![field("netuid", 1), field("parameter", 6)]),
            composite(vec![unnamed(7)]),
        ])
    }

    fn bytes(n: usize, b: u8) -> Value {
        Value::from_bytes(vec![b; n])
    }

    #[test]
    fn enums_take_polkadot_js_shapes() {
        let t = types();
        let expected = Value::unnamed_variant("NetworkRateLimit", [Value::u128(7)]);
        let object = Value::named_composite([("NetworkRateLimit", Value::u128(7))]);
        assert_eq!(fit(object, 6, &t, "").unwrap(), expected);
        assert_eq!(fit(expected.clone(), 6, &t, "").unwrap(), expected);
        assert_eq!(
            fit(Value::string("Off"), 6, &t, "").unwrap(),
            Value::unnamed_variant("Off", [])
        );
        let err = fit(Value::named_composite([("Nope", Value::u128(1))]), 6, &t, "p").unwrap_err();
        assert!(err.contains("at p: expected one of NetworkRateLimit, SubnetLimit, Off"), "{err}");
        // The variant's field is checked against its type: u16 for SubnetLimit.
        let err =
            fit(Value::named_composite([("SubnetLimit", Value::u128(70_000))]), 6, &t, "parameter")
                .unwrap_err();
        assert!(err.contains("at parameter.SubnetLimit: 70000 does not fit a u16"), "{err}");
    }

    #[test]
    fn structs_take_objects_and_lists() {
        let t = types();
        let object = Value::named_composite([
            ("parameter", Value::named_composite([("SubnetLimit", Value::u128(3))])),
            ("netuid", Value::u128(1)),
        ]);
        let fitted = fit(object, 14, &t, "").unwrap();
        let expected = Value::named_composite([
            ("netuid", Value::u128(1)),
            ("parameter", Value::unnamed_variant("SubnetLimit", [Value::u128(3)])),
        ]);
        assert_eq!(fitted, expected);
        let list = Value::unnamed_composite([Value::u128(1), Value::string("Off")]);
        assert!(fit(list, 14, &t, "").is_ok());
        let missing = fit(Value::named_composite([("netuid", Value::u128(1))]), 14, &t, "");
        assert!(missing.unwrap_err().contains("the field \"parameter\" is missing"));
        let unknown = fit(Value::named_composite([("tempo", Value::u128(1))]), 14, &t, "");
        assert!(unknown
            .unwrap_err()
            .contains("no field \"tempo\"; the fields are netuid, parameter"));
        // One named field: an unknown key is said so too.
        let one = [field("parameter", 6)];
        let err = fit_fields(Value::named_composite([("param", Value::u128(5))]), &one, &t, "")
            .unwrap_err();
        assert_eq!(err, "the arguments: no field \"param\"; the fields are parameter");
    }

    #[test]
    fn accounts_bytes_and_wrappers() {
        let t = types();
        // 32 bytes are an account, and the Id of a MultiAddress.
        assert!(fit(bytes(32, 1), 4, &t, "").is_ok());
        let address = fit(bytes(32, 1), 5, &t, "").unwrap();
        assert!(matches!(&address.value, ValueDef::Variant(v) if v.name == "Id"));
        assert!(fit(bytes(31, 1), 4, &t, "who").unwrap_err().contains("expected 32 values"));
        // A string is its bytes where bytes are expected, in a wrapper too.
        assert_eq!(fit(Value::string("hi"), 7, &t, "").unwrap(), Value::from_bytes(b"hi"));
        assert_eq!(
            fit(Value::string("hi"), 15, &t, "").unwrap(),
            Value::unnamed_composite([Value::from_bytes(b"hi")])
        );
        assert_eq!(
            fit(bytes(1, 9), 15, &t, "").unwrap(),
            Value::unnamed_composite([Value::from_bytes([9])])
        );
        // Lists of integers and tuples.
        let list = Value::unnamed_composite([Value::u128(1), Value::u128(65535)]);
        assert!(fit(list, 12, &t, "").is_ok());
        let tuple = Value::unnamed_composite([Value::u128(1), Value::bool(true)]);
        assert!(fit(tuple, 13, &t, "").is_ok());
        assert!(fit(Value::u128(1), 13, &t, "").is_err());
    }

    #[test]
    fn options_integers_and_errors() {
        let t = types();
        assert_eq!(
            fit(Value::u128(5), 8, &t, "").unwrap(),
            Value::unnamed_variant("Some", [Value::u128(5)])
        );
        let none = Value::unnamed_variant("None", []);
        assert_eq!(fit(none.clone(), 8, &t, "").unwrap(), none);
        // Compact integers, strings of digits, negative numbers where they fit.
        assert_eq!(fit(Value::u128(9), 9, &t, "").unwrap(), Value::u128(9));
        assert_eq!(fit(Value::string("1_000"), 2, &t, "").unwrap(), Value::u128(1000));
        assert_eq!(fit(Value::i128(-5), 11, &t, "").unwrap(), Value::i128(-5));
        assert_eq!(fit(Value::u128(5), 11, &t, "").unwrap(), Value::i128(5));
        assert!(fit(Value::i128(-5), 2, &t, "x").unwrap_err().contains("-5 does not fit a u64"));
        assert!(fit(Value::u128(256), 0, &t, "").is_err());
        assert!(fit(Value::bool(true), 2, &t, "")
            .unwrap_err()
            .contains("expected a u64, got true"));
        assert!(fit(Value::u128(1), 10, &t, "").unwrap_err().contains("expected a bool"));
        assert!(fit(Value::u128(1), 99, &t, "").unwrap_err().contains("no type 99"));
    }
}
