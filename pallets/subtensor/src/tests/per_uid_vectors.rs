//! The per-uid vectors, listed once (`crate::neurons::for_each_per_uid_vector!`): the list names
//! every per-uid storage vector with its type, and the neuron life cycle keeps each of them one
//! entry per uid.

use super::*;
use crate::neurons::for_each_per_uid_vector;
use alloc::collections::BTreeSet;
use polkadot_sdk::frame_support::__private::metadata_ir::StorageEntryTypeIR;
use scale_info::meta_type;

/// `(storage name, element type)` of every listed vector.
fn listed() -> Vec<(&'static str, scale_info::MetaType)> {
    macro_rules! names_and_types {
        ($($storage:ident: $element:ty = $new:expr, $field:ident;)*) => {
            vec![$((stringify!($storage), meta_type::<Vec<$element>>())),*]
        };
    }
    for_each_per_uid_vector!(names_and_types)
}

#[test]
fn the_list_names_every_per_uid_vector_with_its_type() {
    let metadata = SubtensorModule::storage_metadata();
    // Every storage map with one key whose docs start with "Per uid:" (the chunked
    // `NeuronStake` has two keys).
    let per_uid: BTreeSet<&str> = metadata
        .entries
        .iter()
        .filter(|entry| {
            entry.docs.first().is_some_and(|doc| doc.trim_start().starts_with("Per uid:"))
                && matches!(&entry.ty, StorageEntryTypeIR::Map { hashers, .. } if hashers.len() == 1)
        })
        .map(|entry| entry.name)
        .collect();
    let listed = listed();
    let names: BTreeSet<&str> = listed.iter().map(|(name, _)| *name).collect();
    assert_eq!(names.len(), listed.len(), "a vector is listed twice");
    assert_eq!(names, per_uid);
    for (name, element) in listed {
        let entry = metadata.entries.iter().find(|entry| entry.name == name).unwrap();
        match &entry.ty {
            StorageEntryTypeIR::Map { key, value, .. } => {
                assert_eq!(*key, meta_type::<NetUid>(), "{name} is keyed by netuid");
                assert_eq!(*value, element, "{name} holds the listed element type");
            }
            StorageEntryTypeIR::Plain(_) => panic!("{name} is not a map"),
        }
    }
}

#[test]
fn new_and_replacing_neurons_get_the_listed_entries() {
    let full_subnet = open_subnet()
        .hyperparameter(1, Hyperparameter::MaxAllowedValidators(2))
        .hyperparameter(1, Hyperparameter::MaxAllowedUids(2))
        .hyperparameter(1, Hyperparameter::ImmunityPeriod(10));
    full_subnet.build_and_execute(|| {
        // No epoch runs before block 359 (tempo 360), so every entry is still a new neuron's.
        run_to_block(5);
        register(1, BOB, HOT_B);
        run_to_block(7);
        register(1, CHARLIE, HOT_C);
        macro_rules! check_new_entries {
            ($($storage:ident: $element:ty = $new:expr, $field:ident;)*) => {$(
                let new: fn(u64) -> $element = $new;
                let vector = crate::$storage::<Test>::get(NetUid(1));
                assert_eq!(vector, vec![new(5), new(7)], stringify!($storage));
            )*};
        }
        for_each_per_uid_vector!(check_new_entries);
        // The full subnet replaces uid 0 (equal scores, past immunity): it gets a new neuron's
        // entries, uid 1 keeps its own.
        run_to_block(30);
        assert_eq!(register(1, DAVE, HOT_D), 0);
        macro_rules! check_replaced_entries {
            ($($storage:ident: $element:ty = $new:expr, $field:ident;)*) => {$(
                let new: fn(u64) -> $element = $new;
                let vector = crate::$storage::<Test>::get(NetUid(1));
                assert_eq!(vector, vec![new(30), new(7)], stringify!($storage));
            )*};
        }
        for_each_per_uid_vector!(check_replaced_entries);
    });
}

#[test]
fn a_removed_subnet_keeps_no_per_uid_vector() {
    open_subnet().build_and_execute(|| {
        register(1, BOB, HOT_B);
        assert_ok!(SubtensorModule::dissolve_network(RuntimeOrigin::signed(ALICE), NetUid(1)));
        macro_rules! check_removed {
            ($($storage:ident: $element:ty = $new:expr, $field:ident;)*) => {$(
                assert!(
                    !crate::$storage::<Test>::contains_key(NetUid(1)),
                    stringify!($storage)
                );
            )*};
        }
        for_each_per_uid_vector!(check_removed);
    });
}
