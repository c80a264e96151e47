//! The chain client against a running `finney-node --dev` (scripts/test.sh runs it in its e2e
//! phase): a remark, a subnet of its own, a registered hotkey that serves an axon and sets
//! weights, the metagraph that shows them, and the chain's own error for a refused call.
//!
//! ```text
//! FINNEY_WS=ws://127.0.0.1:9944 cargo test -p finney-neuron-chain --test dev_node -- --ignored
//! ```
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::str::FromStr;

use finney_neuron_chain::{Chain, ChainError};
use finney_neuron_protocol::hotkey_of;
use subxt::dynamic::Value;
use subxt_signer::{
    sr25519::{dev, Keypair},
    SecretUri,
};

const TAO: u128 = 1_000_000_000;

fn url() -> String {
    std::env::var("FINNEY_WS").unwrap_or_else(|_| "ws://127.0.0.1:9944".into())
}

#[tokio::test]
#[ignore = "needs a running finney-node --dev (FINNEY_WS); scripts/test.sh runs it"]
async fn signs_a_remark_registers_serves_and_sets_weights_on_a_dev_node() {
    let chain = Chain::connect(&url()).await.expect("a dev node at FINNEY_WS");
    let alice = dev::alice();

    // The smallest signed call.
    let remark = chain.remark(&alice, b"finney-neuron-chain").await.unwrap();
    assert!(remark.has_event("System", "Remarked"), "{:?}", remark.events);

    // A subnet of our own, owned by Charlie, whose neurons may set weights every block (on a
    // dev chain, whatever other tests did: subnets cheap and unlimited).
    chain.open_subnet_creation(&alice).await.unwrap();
    let netuid = chain.register_network(&dev::charlie()).await.unwrap();
    let rate_limit = Value::unnamed_variant("WeightsRateLimit", [Value::u128(0)]);
    chain
        .sudo(
            &alice,
            "SubtensorModule",
            "set_hyperparameter",
            vec![Value::u128(netuid.into()), rate_limit],
        )
        .await
        .unwrap();

    // A fresh hotkey, funded for its fees, registered by Charlie's coldkey.
    let uri = format!("//FinneyNeuronChainTest//{netuid}");
    let hotkey = Keypair::from_uri(&SecretUri::from_str(&uri).unwrap()).unwrap();
    let me = hotkey_of(&hotkey);
    chain.transfer(&alice, &me, 10 * TAO).await.unwrap();
    assert!(chain.free_balance(&me).await.unwrap() >= 10 * TAO);
    let uid = chain.burned_register(&dev::charlie(), netuid, &me).await.unwrap();

    let served =
        chain.serve_axon(&hotkey, netuid, 7, "127.0.0.2".parse().unwrap(), 8091).await.unwrap();
    assert!(served.has_event("SubtensorModule", "AxonServed"), "{:?}", served.events);

    // Its self-weight passes (no validator permit needed).
    let set = chain.set_weights(&hotkey, netuid, &[uid], &[65535], 0).await.unwrap();
    assert!(set.has_event("SubtensorModule", "WeightsSet"), "{:?}", set.events);

    // The metagraph shows the neuron, its coldkey and its axon.
    let neurons = chain.neurons(netuid).await.unwrap();
    let neuron = neurons.iter().find(|n| n.uid == uid).expect("the new uid in the metagraph");
    assert_eq!(neuron.hotkey, me);
    assert_eq!(neuron.coldkey, Some(hotkey_of(&dev::charlie())));
    let axon = neuron.axon.as_ref().expect("the served axon");
    assert_eq!((axon.ip.to_string().as_str(), axon.port, axon.version), ("127.0.0.2", 8091, 7));
    assert!(neuron.last_update > 0);

    // A refused call fails with the chain's own error: two weights on a subnet of one neuron.
    match chain.set_weights(&hotkey, netuid, &[uid, 999], &[1, 1], 0).await {
        Err(ChainError::Failed(message)) => {
            assert!(message.contains("SubtensorModule::UidsLengthExceedUidsInSubNet"), "{message}")
        }
        other => panic!("expected the chain's error, got {other:?}"),
    }
    // And so does a sudo call whose inner call fails.
    let bad = chain
        .sudo(
            &alice,
            "SubtensorModule",
            "set_hyperparameter",
            vec![Value::u128(60_000), Value::unnamed_variant("WeightsRateLimit", [Value::u128(0)])],
        )
        .await;
    match bad {
        Err(ChainError::Failed(message)) => {
            assert!(message.contains("SubtensorModule::SubNetworkDoesNotExist"), "{message}")
        }
        other => panic!("expected the wrapped call's error, got {other:?}"),
    }
}
