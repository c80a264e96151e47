// Shared helpers of the end-to-end tests: connecting to a running finney-node, the dev accounts,
// submitting extrinsics and reading what they did.
//
// The node to test is given by FINNEY_WS (default ws://127.0.0.1:9944); scripts/test.sh starts a
// `finney-node --dev --tmp` and sets it. By hand:
//   scripts/dev.sh --dev-block-time 1000 &
//   FINNEY_WS=ws://127.0.0.1:9944 node --test --test-concurrency=1 tests/e2e/

import { ApiPromise, WsProvider } from "@polkadot/api";
import { Keyring } from "@polkadot/keyring";
import { cryptoWaitReady } from "@polkadot/util-crypto";

/** The WebSocket endpoint of the node under test. */
export const WS = process.env.FINNEY_WS || "ws://127.0.0.1:9944";

/** 1 TAO in rao (9 decimals). */
export const TAO = 1_000_000_000n;

/** Timeouts (ms) the tests share. */
export const TIMEOUT = {
	connect: 60_000,
	tx: 90_000,
	test: 180_000,
};

/** Rejects with a readable error if `promise` does not settle within `ms`. */
export function withTimeout(promise, ms, what) {
	let timer;
	const timeout = new Promise((_, reject) => {
		timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
	});
	return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Connects to the node under test; fails (does not retry for ever) if it does not answer. */
export async function connect() {
	const provider = new WsProvider(WS, 1_000, {}, TIMEOUT.connect);
	try {
		const api = await withTimeout(
			ApiPromise.create({ provider, throwOnConnect: true, noInitWarn: true }),
			TIMEOUT.connect,
			`connecting to ${WS} (set FINNEY_WS to the node's WebSocket endpoint)`,
		);
		await api.isReady;
		return api;
	} catch (err) {
		await provider.disconnect().catch(() => {});
		const reason = err instanceof Error ? err.message : err?.message || err?.type || String(err);
		throw new Error(`cannot connect to the node at ${WS} (FINNEY_WS): ${reason}`);
	}
}

/** The dev accounts (sr25519, SS58 prefix 42), funded in the development genesis. */
export async function devAccounts() {
	await cryptoWaitReady();
	const keyring = new Keyring({ type: "sr25519", ss58Format: 42 });
	const names = ["Alice", "Bob", "Charlie", "Dave", "Eve", "Ferdie"];
	const accounts = {};
	for (const name of names) {
		accounts[name.toLowerCase()] = keyring.addFromUri(`//${name}`, { name });
		accounts[`${name.toLowerCase()}Stash`] = keyring.addFromUri(`//${name}//stash`, { name: `${name}//stash` });
	}
	return { keyring, ...accounts };
}

/** A fresh, unfunded sr25519 account. */
export async function freshAccount(label = "fresh") {
	await cryptoWaitReady();
	const keyring = new Keyring({ type: "sr25519", ss58Format: 42 });
	const seed = `//finney-e2e-${label}-${process.pid}-${Date.now()}-${Math.random().toString(16).slice(2)}`;
	return keyring.addFromUri(seed, { name: label });
}

/** The docs of variant `variant` of the enum `path` (e.g. `sp_runtime::TokenError`) in the metadata. */
function variantDocs(registry, path, variant) {
	for (const { type } of registry.lookup.types) {
		if (type.path.map((p) => p.toString()).join("::") !== path || !type.def.isVariant) continue;
		const found = type.def.asVariant.variants.find((v) => v.name.toString() === variant);
		if (found) return found.docs.map((d) => d.toString().trim()).join(" ").trim();
	}
	return "";
}

/**
 * A DispatchError as a person reads it: `section.Name: docs` for a pallet error (for example
 * `balances.InsufficientBalance: Balance too low to send value.`), `token.FundsUnavailable: Funds
 * are unavailable.` for a token error, `arithmetic.Overflow: ...`, `BadOrigin`, and so on.
 */
export function describeDispatchError(dispatchError) {
	const { registry } = dispatchError;
	if (dispatchError.isModule) {
		const meta = registry.findMetaError(dispatchError.asModule);
		const docs = meta.docs.join(" ").trim();
		return `${meta.section}.${meta.name}${docs ? `: ${docs}` : ""}`;
	}
	for (const [kind, path] of [
		["Token", "sp_runtime::TokenError"],
		["Arithmetic", "sp_arithmetic::ArithmeticError"],
		["Transactional", "sp_runtime::TransactionalError"],
	]) {
		if (dispatchError[`is${kind}`]) {
			const name = dispatchError[`as${kind}`].type;
			const docs = variantDocs(registry, path, name);
			return `${kind.toLowerCase()}.${name}${docs ? `: ${docs}` : ""}`;
		}
	}
	const docs = variantDocs(registry, "sp_runtime::DispatchError", dispatchError.type);
	return `${dispatchError.type}${docs ? `: ${docs}` : ""}`;
}

/** The error of an extrinsic that was included in a block but failed. */
export class ExtrinsicFailedError extends Error {
	constructor(what, message, { blockHash, events, dispatchError }) {
		super(`${what} failed in block ${blockHash.toHex()}: ${message}`);
		this.name = "ExtrinsicFailedError";
		this.reason = message;
		this.blockHash = blockHash;
		this.events = events;
		this.dispatchError = dispatchError;
	}
}

/**
 * Signs `tx` with `signer`, submits it and waits until it is in a block (InBlock or Finalized).
 *
 * Resolves with `{ blockHash, blockNumber, events, txHash }` where `events` are the records of
 * this extrinsic only. Rejects with an `ExtrinsicFailedError` whose message is the decoded
 * dispatch error (`section.Name: docs`) if the extrinsic failed, and with the pool's error (for
 * example `1010: Invalid Transaction: Transaction is outdated`) if it was not accepted.
 *
 * `options` are the signer options of polkadot-js (`nonce`, `tip`, `era`...), plus `timeout` (ms).
 */
export function signAndWait(tx, signer, options = {}) {
	const { timeout = TIMEOUT.tx, ...signerOptions } = options;
	const what = `${tx.method.section}.${tx.method.method}`;
	return new Promise((resolve, reject) => {
		let unsub = null;
		let settled = false;
		const settle = (fn, value) => {
			if (settled) return;
			settled = true;
			clearTimeout(timer);
			if (unsub) unsub();
			fn(value);
		};
		const timer = setTimeout(
			() => settle(reject, new Error(`timed out after ${timeout} ms waiting for ${what} to be included in a block`)),
			timeout,
		);
		tx.signAndSend(signer, signerOptions, (result) => {
			const { status, events, dispatchError, txHash } = result;
			// A dev node seals and finalizes each block at once: the pool may report the
			// transaction Finalized without an InBlock first.
			if (status.isInBlock || status.isFinalized) {
				const blockHash = status.isInBlock ? status.asInBlock : status.asFinalized;
				if (dispatchError) {
					settle(
						reject,
						new ExtrinsicFailedError(what, describeDispatchError(dispatchError), { blockHash, events, dispatchError }),
					);
				} else {
					const blockNumber = result.blockNumber?.toNumber();
					settle(resolve, { blockHash, blockNumber, events, txHash });
				}
			} else if (status.isInvalid || status.isDropped || status.isUsurped || status.isFinalityTimeout) {
				settle(reject, new Error(`${what} was not included: the transaction is ${status.type}`));
			}
		})
			.then((u) => {
				unsub = u;
				if (settled) u();
			})
			.catch((err) => settle(reject, new Error(`${what} rejected: ${err.message}`)));
	});
}

/** The first event record `section.method` among `events`, or undefined. */
export function findEvent(events, section, method) {
	return events.find(({ event }) => event.section === section && event.method === method);
}

/** All event records `section.method` among `events`. */
export function filterEvents(events, section, method) {
	return events.filter(({ event }) => event.section === section && event.method === method);
}

/** The number of a block. */
export async function blockNumberOf(api, blockHash) {
	return (await api.rpc.chain.getHeader(blockHash)).number.toNumber();
}

/** The parent hash of a block. */
export async function parentOf(api, blockHash) {
	return (await api.rpc.chain.getHeader(blockHash)).parentHash;
}

/**
 * All event records of a block. polkadot-js swaps its type registry when it sees a runtime
 * upgrade, and a decode that runs during the swap can fail ("Unable to decode storage
 * system.events", seen once in the zombienet upgrade test); the same block decodes fine a moment
 * later, so a failed decode is retried twice, a second apart, before the error is passed on.
 */
export async function eventsAt(api, blockHash) {
	for (let attempt = 1; ; attempt++) {
		try {
			const apiAt = await api.at(blockHash);
			return await apiAt.query.system.events();
		} catch (err) {
			if (attempt >= 3 || !/Unable to decode/.test(String(err?.message))) throw err;
			await new Promise((resolve) => setTimeout(resolve, 1_000));
		}
	}
}

/** free + reserved of `address` at `blockHash` (as BigInt): what counts in total issuance. */
export async function totalBalanceAt(api, blockHash, address) {
	const apiAt = await api.at(blockHash);
	const { data } = await apiAt.query.system.account(address);
	return data.free.toBigInt() + data.reserved.toBigInt();
}

/** free of `address` at `blockHash` (as BigInt). */
export async function freeBalanceAt(api, blockHash, address) {
	const apiAt = await api.at(blockHash);
	const { data } = await apiAt.query.system.account(address);
	return data.free.toBigInt();
}

/** Total issuance at `blockHash` (as BigInt). */
export async function totalIssuanceAt(api, blockHash) {
	const apiAt = await api.at(blockHash);
	return (await apiAt.query.balances.totalIssuance()).toBigInt();
}

/**
 * Waits, block by block from block number `fromBlock` on (default: the next block), for an event
 * record that `predicate(record)` accepts. Resolves with `{ record, blockHash, blockNumber }`.
 * Every block is looked at, even when several arrive at once.
 */
export function waitForEvent(api, predicate, { fromBlock, timeout = TIMEOUT.tx, what = "an event" } = {}) {
	return new Promise((resolve, reject) => {
		let unsub = null;
		let settled = false;
		let next = fromBlock;
		let busy = Promise.resolve();
		const settle = (fn, value) => {
			if (settled) return;
			settled = true;
			clearTimeout(timer);
			if (unsub) unsub();
			fn(value);
		};
		const timer = setTimeout(() => settle(reject, new Error(`timed out after ${timeout} ms waiting for ${what}`)), timeout);
		const scan = async (head) => {
			if (next === undefined) next = head;
			for (; next <= head && !settled; next++) {
				const blockHash = await api.rpc.chain.getBlockHash(next);
				const records = await eventsAt(api, blockHash);
				const record = records.find(predicate);
				if (record) {
					settle(resolve, { record, blockHash, blockNumber: next });
					return;
				}
			}
		};
		api.rpc.chain
			.subscribeNewHeads((header) => {
				const head = header.number.toNumber();
				busy = busy.then(() => scan(head)).catch((err) => settle(reject, err));
			})
			.then((u) => {
				unsub = u;
				if (settled) u();
			})
			.catch((err) => settle(reject, err));
	});
}

/** Waits until the best block number is at least `number`; resolves with the best number. */
export function waitForBlock(api, number, timeout = TIMEOUT.tx) {
	return new Promise((resolve, reject) => {
		let unsub = null;
		let settled = false;
		const settle = (fn, value) => {
			if (settled) return;
			settled = true;
			clearTimeout(timer);
			if (unsub) unsub();
			fn(value);
		};
		const timer = setTimeout(() => settle(reject, new Error(`timed out after ${timeout} ms waiting for block #${number}`)), timeout);
		api.rpc.chain
			.subscribeNewHeads((header) => {
				if (header.number.toNumber() >= number) settle(resolve, header.number.toNumber());
			})
			.then((u) => {
				unsub = u;
				if (settled) u();
			})
			.catch((err) => settle(reject, err));
	});
}

/**
 * How a `balances` event changes the sum of all accounts' balances (free + reserved), which is
 * what total issuance counts: +amount for money that arrives in an account from outside any other
 * account (Deposit, Minted, Restored), -amount for money that leaves all accounts (Withdraw,
 * Burned, BurnedHeld, Slashed, DustLost, Suspended), 0 for moves between or within accounts.
 * Issued and Rescinded change the issuance only (the imbalance they create is deposited or
 * withdrawn by a Deposit or Withdraw event). Throws on an event it cannot account for, so a test
 * built on it fails rather than passing by accident.
 */
export function accountsEffect(event) {
	if (event.section !== "balances") return 0n;
	const amount = () => event.data.amount.toBigInt();
	switch (event.method) {
		case "Deposit":
		case "Minted":
		case "Restored":
			return amount();
		case "Withdraw":
		case "Burned":
		case "BurnedHeld":
		case "Slashed":
		case "DustLost":
		case "Suspended":
			return -amount();
		case "Endowed": // comes with the Deposit, Transfer or Minted that created the account
		case "Transfer":
		case "Reserved":
		case "Unreserved":
		case "ReserveRepatriated":
		case "Held":
		case "Released":
		case "TransferOnHold":
		case "TransferAndHold":
		case "Locked":
		case "Unlocked":
		case "Frozen":
		case "Thawed":
		case "Upgraded":
		case "Issued":
		case "Rescinded":
			return 0n;
		default:
			throw new Error(`cannot account for event balances.${event.method} ${JSON.stringify(event.data.toHuman())}`);
	}
}

/** Every account (SS58 string) that an event names in one of its fields. */
export function accountsIn(event) {
	const accounts = [];
	event.data.forEach((value, i) => {
		const type = event.typeDef[i]?.type ?? "";
		if (/^AccountId(32)?$/.test(type) || type === "T::AccountId") accounts.push(value.toString());
	});
	return accounts;
}

/** The fee an extrinsic paid, from its TransactionFeePaid event (as BigInt). */
export function feeOf(events) {
	const paid = findEvent(events, "transactionPayment", "TransactionFeePaid");
	if (!paid) throw new Error("the extrinsic has no transactionPayment.TransactionFeePaid event");
	return paid.event.data.actualFee.toBigInt();
}

/** free and reserved (held) of `address` at `blockHash`, as BigInt. */
export async function balanceAt(api, blockHash, address) {
	const apiAt = await api.at(blockHash);
	const { data } = await apiAt.query.system.account(address);
	return { free: data.free.toBigInt(), reserved: data.reserved.toBigInt() };
}

/**
 * Runs `call` as root through sudo, signed by `sudoKey` (Alice on the dev chain). Throws with the
 * decoded error if root's call failed (the sudo extrinsic itself succeeds either way); returns
 * what signAndWait returns.
 */
export async function sudo(api, sudoKey, call) {
	const result = await signAndWait(api.tx.sudo.sudo(call), sudoKey);
	const sudid = findEvent(result.events, "sudo", "Sudid");
	if (!sudid) throw new Error(`sudo(${call.method.section}.${call.method.method}): no sudo.Sudid event`);
	const { sudoResult } = sudid.event.data;
	if (sudoResult.isErr) {
		throw new Error(`sudo(${call.method.section}.${call.method.method}) failed: ${describeDispatchError(sudoResult.asErr)}`);
	}
	return result;
}

/**
 * What `coldkey` has staked at `blockHash`, per hotkey, as `stakingApi.stakesOfColdkey` reports
 * it (rewards included, settled or not): a Map from hotkey (SS58) to BigInt rao.
 */
export async function stakesOfColdkeyAt(api, blockHash, coldkey) {
	const apiAt = await api.at(blockHash);
	const stakes = await apiAt.call.stakingApi.stakesOfColdkey(coldkey);
	return new Map(stakes.map(([hotkey, stake]) => [hotkey.toString(), stake.toBigInt()]));
}

/**
 * How much a `balances` event takes out of total issuance (as BigInt, 0 for any other event):
 * Burned, BurnedHeld, Slashed, DustLost (the runtime drops dust) and Rescinded. Money that moves
 * between accounts, fees included (they go to the collators' pot), counts 0.
 */
export function burnedBy(event) {
	if (event.section !== "balances") return 0n;
	switch (event.method) {
		case "Burned":
		case "BurnedHeld":
		case "Slashed":
		case "DustLost":
		case "Rescinded":
			return event.data.amount.toBigInt();
		default:
			return 0n;
	}
}

/**
 * Funds many accounts fast: `payments` (`[address, amount]`) are split between `funders`, each of
 * which sends its part as one utility.batchAll of transferKeepAlive, all funders at once. Resolves
 * with what signAndWait returned for each batch.
 */
export async function fundInBatches(api, funders, payments) {
	const per = Math.ceil(payments.length / funders.length);
	const batches = funders
		.map((funder, i) => [funder, payments.slice(i * per, (i + 1) * per)])
		.filter(([, part]) => part.length > 0);
	return Promise.all(
		batches.map(([funder, part]) =>
			signAndWait(
				api.tx.utility.batchAll(part.map(([address, amount]) => api.tx.balances.transferKeepAlive(address, amount))),
				funder,
			),
		),
	);
}

/**
 * The root calls that make subnet `netuid` quick to test: its tempo and the root network's
 * (`rootTempo`) shortened, weights without a rate limit on both, eight registrations a block, a
 * 0.1 TAO burn. For `api.tx.utility.batchAll` under sudo, with any further calls appended.
 */
export function quickSubnetCalls(api, netuid, { tempo, rootTempo }) {
	const set = (id, parameter) => api.tx.subtensorModule.setHyperparameter(id, parameter);
	return [
		set(netuid, { Tempo: tempo }),
		set(netuid, { WeightsRateLimit: 0 }),
		set(netuid, { MaxRegistrationsPerBlock: 8 }),
		set(netuid, { TargetRegistrationsPerInterval: 8 }),
		set(netuid, { Burn: TAO / 10n }),
		set(0, { Tempo: rootTempo }),
		set(0, { WeightsRateLimit: 0 }),
	];
}
