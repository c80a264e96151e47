//! What an operator's tool needs beyond the neurons: balances, unstaking and stake reads,
//! delegation, subnets and their hyperparameters, registration costs, registration by proof of
//! work and on the root network, and the documentation of the chain's errors.

use finney_neuron_protocol::Hotkey;
use subxt::{
    client::Blocks,
    dynamic::{self, Value},
    ext::{
        scale_decode::{self, DecodeAsType},
        scale_value::Composite,
    },
};

use crate::{account, rpc, Chain, ChainError, FinneyConfig, Included, Keypair};

/// The balances of an account, in rao.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, DecodeAsType)]
#[decode_as_type(crate_path = "scale_decode")]
pub struct AccountBalance {
    /// What the account can spend (holds and locks aside, see `frozen`).
    pub free: u128,
    /// What is held or reserved: stake is held on the coldkey.
    pub reserved: u128,
    /// The part of `free` that locks keep from being spent.
    pub frozen: u128,
}

/// A subnet, as `SubnetInfoRuntimeApi::get_subnets_info` describes it (the hyperparameters
/// apart: [`Chain::subnet_hyperparameters`]).
#[derive(Clone, Debug, PartialEq)]
pub struct SubnetSummary {
    /// The subnet's id.
    pub netuid: u16,
    /// Its owner coldkey (none for the root network).
    pub owner: Option<Hotkey>,
    /// Its number of neurons.
    pub neurons: u16,
    /// The most neurons it holds.
    pub max_neurons: u16,
    /// Blocks between its epochs.
    pub tempo: u16,
    /// The current burn of a burned registration, in rao.
    pub burn: u64,
    /// The current proof-of-work difficulty.
    pub difficulty: u64,
    /// The block it was registered at.
    pub registered_at: u64,
    /// The lock its owner holds, in rao.
    pub locked: u64,
    /// Its emission (rao per block), from the last root epoch.
    pub emission_value: u64,
}

/// What registering on a subnet costs now (`SubnetRegistrationRuntimeApi`).
#[derive(Clone, Debug, PartialEq, Eq, DecodeAsType)]
#[decode_as_type(crate_path = "scale_decode")]
pub struct RegistrationCost {
    /// The subnet.
    pub netuid: u16,
    /// The burn of a burned registration, in rao.
    pub burn: u64,
    /// The proof-of-work difficulty.
    pub difficulty: u64,
    /// Whether registration is open.
    pub network_registration_allowed: bool,
    /// Whether proof-of-work registration is open.
    pub pow_registration_allowed: bool,
    /// Registrations in the current adjustment interval.
    pub registrations_this_interval: u16,
}

/// A delegate hotkey (`StakingApi::delegates`).
#[derive(Clone, Debug, PartialEq, DecodeAsType)]
#[decode_as_type(crate_path = "scale_decode")]
pub struct Delegate {
    /// The delegate hotkey.
    pub hotkey: Hotkey,
    /// The coldkey that owns it.
    pub owner: Hotkey,
    /// Its take, a proportion of 65535.
    pub take: u16,
    /// The total stake behind it, in rao.
    pub total_stake: u128,
    /// Every coldkey staking to it (the owner included) and its stake, in rao.
    pub nominators: Vec<(Hotkey, u128)>,
}

/// The newest block on the node's best chain.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BestBlock {
    /// Its number.
    pub number: u64,
    /// Its hash.
    pub hash: [u8; 32],
}

/// The node's best blocks as they are imported ([`Chain::best_blocks`]).
pub struct BestBlocks(Blocks<FinneyConfig>);

impl BestBlocks {
    /// The next best block (the first call gives the current one).
    pub async fn next(&mut self) -> Result<BestBlock, ChainError> {
        match self.0.next().await {
            Some(Ok(block)) => Ok(BestBlock { number: block.number(), hash: block.hash().0 }),
            Some(Err(e)) => Err(rpc(e)),
            None => Err(ChainError::Rpc("the block subscription ended".into())),
        }
    }
}

#[derive(DecodeAsType)]
#[decode_as_type(crate_path = "scale_decode")]
struct RawHyperparams {
    tempo: u16,
    max_allowed_uids: u16,
}

#[derive(DecodeAsType)]
#[decode_as_type(crate_path = "scale_decode")]
struct RawSubnetInfo {
    netuid: u16,
    owner: Option<Hotkey>,
    subnetwork_n: u16,
    hyperparameters: RawHyperparams,
    burn: u64,
    difficulty: u64,
    network_registered_at: u64,
    locked: u64,
    emission_value: u64,
}

#[derive(DecodeAsType)]
#[decode_as_type(crate_path = "scale_decode")]
struct NeuronRegistered {
    uid: u16,
}

fn decode(e: impl core::fmt::Display) -> ChainError {
    ChainError::Decode(e.to_string())
}

impl Chain {
    /// Calls the runtime API `api.method(args)` at the latest finalized block and decodes the
    /// answer as `R`.
    async fn runtime_api<A, R>(&self, api: &str, method: &str, args: A) -> Result<R, ChainError>
    where
        A: subxt::ext::frame_decode::storage::IntoEncodableValues,
        R: DecodeAsType,
    {
        let at = self.api.at_current_block().await.map_err(rpc)?;
        let call = dynamic::runtime_api_call::<A, R>(api, method, args);
        at.runtime_apis().call(call).await.map_err(decode)
    }

    /// The free, reserved (held) and frozen balance of `who`, in rao (all zero for an account
    /// that does not exist).
    pub async fn account_balance(&self, who: &Hotkey) -> Result<AccountBalance, ChainError> {
        #[derive(DecodeAsType)]
        #[decode_as_type(crate_path = "scale_decode")]
        struct AccountInfo {
            data: AccountBalance,
        }
        let at = self.api.at_current_block().await.map_err(rpc)?;
        let address = dynamic::storage::<([u8; 32],), AccountInfo>("System", "Account");
        match at.storage().try_fetch(address, (account(who),)).await.map_err(rpc)? {
            Some(value) => Ok(value.decode().map_err(decode)?.data),
            None => Ok(AccountBalance::default()),
        }
    }

    /// `Staking.call(hotkey, amount)` with an amount in rao as a `u128` (the chain's balance
    /// type), signed by the coldkey.
    async fn staking_amount_call(
        &self,
        call: &str,
        coldkey: &Keypair,
        hotkey: &Hotkey,
        amount: u128,
    ) -> Result<Included, ChainError> {
        let args = vec![Value::from_bytes(account(hotkey)), Value::u128(amount)];
        self.submit(coldkey, "Staking", call, args).await
    }

    /// `Staking.remove_stake(hotkey, amount)` in rao, signed by the coldkey.
    pub async fn remove_stake(
        &self,
        coldkey: &Keypair,
        hotkey: &Hotkey,
        amount: u128,
    ) -> Result<Included, ChainError> {
        self.staking_amount_call("remove_stake", coldkey, hotkey, amount).await
    }

    /// `Staking.add_stake(hotkey, amount)` with an amount in rao as a `u128` (the chain's
    /// balance type), signed by the coldkey.
    pub async fn add_stake_rao(
        &self,
        coldkey: &Keypair,
        hotkey: &Hotkey,
        amount: u128,
    ) -> Result<Included, ChainError> {
        self.staking_amount_call("add_stake", coldkey, hotkey, amount).await
    }

    /// `Staking.become_delegate(hotkey)`, signed by the hotkey's owner coldkey.
    pub async fn become_delegate(
        &self,
        coldkey: &Keypair,
        hotkey: &Hotkey,
    ) -> Result<Included, ChainError> {
        self.submit(coldkey, "Staking", "become_delegate", vec![Value::from_bytes(account(hotkey))])
            .await
    }

    /// Every stake of `coldkey`: `(hotkey, rao)`, rewards not yet settled included
    /// (`StakingApi::stakes_of_coldkey`).
    pub async fn stakes_of_coldkey(
        &self,
        coldkey: &Hotkey,
    ) -> Result<Vec<(Hotkey, u128)>, ChainError> {
        self.runtime_api("StakingApi", "stakes_of_coldkey", (account(coldkey),)).await
    }

    /// The stake of `coldkey` on `hotkey`, in rao (`StakingApi::stake`).
    pub async fn stake_of(&self, hotkey: &Hotkey, coldkey: &Hotkey) -> Result<u128, ChainError> {
        self.runtime_api("StakingApi", "stake", (account(hotkey), account(coldkey))).await
    }

    /// The total stake behind `hotkey`, in rao (`StakingApi::total_hotkey_stake`).
    pub async fn total_hotkey_stake(&self, hotkey: &Hotkey) -> Result<u128, ChainError> {
        self.runtime_api("StakingApi", "total_hotkey_stake", (account(hotkey),)).await
    }

    /// The coldkey that owns `hotkey`, if any (`StakingApi::hotkey_owner`).
    pub async fn hotkey_owner(&self, hotkey: &Hotkey) -> Result<Option<Hotkey>, ChainError> {
        self.runtime_api("StakingApi", "hotkey_owner", (account(hotkey),)).await
    }

    /// Every delegate hotkey (`StakingApi::delegates`).
    pub async fn delegates(&self) -> Result<Vec<Delegate>, ChainError> {
        self.runtime_api("StakingApi", "delegates", ()).await
    }

    /// Every subnet, the root network included, by netuid.
    pub async fn subnets(&self) -> Result<Vec<SubnetSummary>, ChainError> {
        let raw: Vec<RawSubnetInfo> =
            self.runtime_api("SubnetInfoRuntimeApi", "get_subnets_info", ()).await?;
        let mut subnets: Vec<SubnetSummary> = raw
            .into_iter()
            .map(|s| SubnetSummary {
                netuid: s.netuid,
                owner: s.owner,
                neurons: s.subnetwork_n,
                max_neurons: s.hyperparameters.max_allowed_uids,
                tempo: s.hyperparameters.tempo,
                burn: s.burn,
                difficulty: s.difficulty,
                registered_at: s.network_registered_at,
                locked: s.locked,
                emission_value: s.emission_value,
            })
            .collect();
        subnets.sort_by_key(|s| s.netuid);
        Ok(subnets)
    }

    /// Every hyperparameter of `netuid` as the runtime names and types them
    /// (`SubnetInfoRuntimeApi::get_subnet_hyperparams`, decoded against the metadata, so a
    /// new hyperparameter shows without a new client), or `None` when the subnet does not exist.
    pub async fn subnet_hyperparameters(&self, netuid: u16) -> Result<Option<Value>, ChainError> {
        self.runtime_api("SubnetInfoRuntimeApi", "get_subnet_hyperparams", (netuid,)).await
    }

    /// What registering on `netuid` costs now, or `None` when the subnet does not exist.
    pub async fn registration_cost(
        &self,
        netuid: u16,
    ) -> Result<Option<RegistrationCost>, ChainError> {
        self.runtime_api("SubnetRegistrationRuntimeApi", "get_registration_cost", (netuid,)).await
    }

    /// The lock a new subnet costs now, in rao.
    pub async fn network_registration_cost(&self) -> Result<u64, ChainError> {
        self.runtime_api("SubnetRegistrationRuntimeApi", "get_network_registration_cost", ()).await
    }

    /// `SubtensorModule.set_hyperparameter(netuid, name(value))`, signed by `signer` (the subnet
    /// owner, for owner-level hyperparameters). `value` is the variant's field, e.g.
    /// `Value::u128(5)` for `Tempo` or `Value::bool(true)` for `PowRegistrationAllowed`.
    pub async fn set_hyperparameter(
        &self,
        signer: &Keypair,
        netuid: u16,
        name: &str,
        value: Value,
    ) -> Result<Included, ChainError> {
        let parameter = Value::unnamed_variant(name, [value]);
        self.submit(
            signer,
            "SubtensorModule",
            "set_hyperparameter",
            vec![Value::u128(netuid.into()), parameter],
        )
        .await
    }

    /// The newest block of the node's best chain (not necessarily finalized): the block a proof
    /// of work should be computed over.
    pub async fn best_block(&self) -> Result<BestBlock, ChainError> {
        self.best_blocks().await?.next().await
    }

    /// Follows the node's best chain: [`BestBlocks::next`] gives each new best block as it is
    /// imported, starting with the current one.
    pub async fn best_blocks(&self) -> Result<BestBlocks, ChainError> {
        Ok(BestBlocks(self.api.stream_best_blocks().await.map_err(rpc)?))
    }

    /// Submits `SubtensorModule.call(args)` signed by `signer` and returns the inclusion and the
    /// id the event `event` names: the netuid of `NetworkAdded`, the uid of `NeuronRegistered`.
    async fn submit_for_id(
        &self,
        signer: &Keypair,
        call: &str,
        args: Vec<Value>,
        event: &str,
    ) -> Result<(Included, u16), ChainError> {
        let payload = dynamic::tx("SubtensorModule", call, Composite::unnamed(args));
        let what = format!("SubtensorModule.{call}");
        let (included, events) = self.submit_with_events(signer, &payload, &what).await?;
        let id = if event == "NetworkAdded" {
            #[derive(DecodeAsType)]
            #[decode_as_type(crate_path = "scale_decode")]
            struct NetworkAdded {
                netuid: u16,
            }
            let added: NetworkAdded = Self::event_fields(&events, "SubtensorModule", event)?;
            added.netuid
        } else {
            let registered: NeuronRegistered =
                Self::event_fields(&events, "SubtensorModule", event)?;
            registered.uid
        };
        Ok((included, id))
    }

    /// `SubtensorModule.register_network()`, signed by the future owner's coldkey; returns the
    /// inclusion and the new subnet's netuid.
    pub async fn create_subnet(&self, coldkey: &Keypair) -> Result<(Included, u16), ChainError> {
        self.submit_for_id(coldkey, "register_network", vec![], "NetworkAdded").await
    }

    /// `SubtensorModule.burned_register(netuid, hotkey)`, signed by the coldkey; returns the
    /// inclusion and the hotkey's uid.
    pub async fn register_burned(
        &self,
        coldkey: &Keypair,
        netuid: u16,
        hotkey: &Hotkey,
    ) -> Result<(Included, u16), ChainError> {
        let args = vec![Value::u128(netuid.into()), Value::from_bytes(account(hotkey))];
        self.submit_for_id(coldkey, "burned_register", args, "NeuronRegistered").await
    }

    /// `SubtensorModule.register(netuid, block_number, nonce, work, hotkey, coldkey)`, a
    /// registration by proof of work, signed by the hotkey (which pays the fee); returns the
    /// inclusion and the hotkey's uid. `work` is the seal of `nonce` over the hash of
    /// `block_number`, one of the 3 blocks before the block the call lands in.
    pub async fn pow_register(
        &self,
        hotkey: &Keypair,
        netuid: u16,
        block_number: u64,
        nonce: u64,
        work: [u8; 32],
        coldkey: &Hotkey,
    ) -> Result<(Included, u16), ChainError> {
        let me = finney_neuron_protocol::hotkey_of(hotkey);
        let args = vec![
            Value::u128(netuid.into()),
            Value::u128(block_number.into()),
            Value::u128(nonce.into()),
            Value::from_bytes(work),
            Value::from_bytes(account(&me)),
            Value::from_bytes(account(coldkey)),
        ];
        self.submit_for_id(hotkey, "register", args, "NeuronRegistered").await
    }

    /// `SubtensorModule.root_register(hotkey)`, signed by the hotkey's owner coldkey; returns
    /// the inclusion and the hotkey's uid on the root network.
    pub async fn root_register(
        &self,
        coldkey: &Keypair,
        hotkey: &Hotkey,
    ) -> Result<(Included, u16), ChainError> {
        let args = vec![Value::from_bytes(account(hotkey))];
        self.submit_for_id(coldkey, "root_register", args, "NeuronRegistered").await
    }

    /// The documentation of the chain error `pallet::error` from the node's metadata, one
    /// paragraph, or `None` when the metadata does not know it or carries no docs.
    pub async fn error_docs(&self, pallet: &str, error: &str) -> Option<String> {
        let at = self.api.at_current_block().await.ok()?;
        let metadata = at.metadata();
        let variant =
            metadata.pallet_by_name(pallet)?.error_variants()?.iter().find(|v| v.name == error)?;
        let docs = variant.docs.iter().map(|l| l.trim()).collect::<Vec<_>>().join(" ");
        let docs = docs.trim();
        (!docs.is_empty()).then(|| docs.to_owned())
    }
}
