// Shared helpers of the end-to-end tests: connecting to a running finney-node, the dev accounts,
// submitting extrinsics and reading what they did.
//
// The node to test is given by FINNEY_WS (default ws://127.0.0.1:9944); scripts/test.sh starts a
// `finney-node --dev --tmp` and sets it. By hand:
//   scripts/dev.sh --dev-block-time 1000 &
//   FINNEY_WS=ws://127.0.0.1:9944 node --test --test-concurrency=1 tests/e2e/

import { ApiPromise, WsProvider } from "@polkadot/api";
import { Keyring } from "@polkadot/keyring";
import { compactAddLength, stringToU8a, u8aConcat, u8aToString } from "@polkadot/util";
import { blake2AsHex, cryptoWaitReady } from "@polkadot/util-crypto";

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
 * system.events", seen in the zombienet upgrade test, three times in a row over 3 s once). Most
 * times the same block decodes fine 2 s later; once, in the dev chain's upgrade test, the
 * connection kept the unfitting registry for 20 s. So a failed decode is retried twice, 2 s
 * apart, then done through a fresh connection, before the error is passed on.
 */
export async function eventsAt(api, blockHash) {
	for (let attempt = 1; ; attempt++) {
		try {
			const apiAt = await api.at(blockHash);
			return await apiAt.query.system.events();
		} catch (err) {
			if (!/Unable to decode/.test(String(err?.message))) throw err;
			// Around a runtime upgrade polkadot-js can attach a block to a registry that does not
			// fit it, and it keeps that registry cached for the connection. After a few tries, read
			// the block through a fresh connection, which builds its registries anew.
			if (attempt >= 3) return await eventsAtFresh(blockHash, err);
			await new Promise((resolve) => setTimeout(resolve, 2_000));
		}
	}
}

/** `system.events` at `blockHash` through a connection of its own; rethrows `original` if that fails too. */
async function eventsAtFresh(blockHash, original) {
	const fresh = await connect();
	try {
		const apiAt = await fresh.at(blockHash);
		return await apiAt.query.system.events();
	} catch (err) {
		throw new Error(`${original?.message ?? original} (a fresh connection failed too: ${err?.message ?? err})`);
	} finally {
		await fresh.disconnect().catch(() => {});
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

// --- Stake-weighted referenda (pallet-referenda, pallet-conviction-voting) -------------------
//
// A referendum: note the call's preimage, submit it on a track (its proposal origin), place the
// decision deposit, vote with stake. It passes once its ayes' share of all stake (support) and of
// all votes (approval) stay above the track's curves for the confirm period; then the scheduler
// dispatches the call with the track's origin, `enactmentAfter` blocks later at the earliest.

/** The referenda tracks' ids, by the name of their origin (runtime/src/configs/referenda.rs). */
export const TRACKS = Object.freeze({
	Root: 0,
	WhitelistedCaller: 1,
	ProtocolParameters: 2,
	StakingParameters: 3,
	CollatorSelection: 4,
	GeneralAdmin: 5,
	ReferendumCanceller: 6,
	ReferendumKiller: 7,
});

/**
 * The variant of the runtime's OriginCaller that holds the governance pallet's track origins: the
 * runtime's name of the pallet. polkadot-js matches enum keys case-insensitively, so
 * `governance` would do as well; if the variant is ever renamed, this is the one place to fix.
 */
const GOVERNANCE_ORIGIN_VARIANT = "Governance";

/** The lock conviction voting puts on a voter's account (`pallet_conviction_voting`'s id). */
export const VOTE_LOCK_ID = "pyconvot";

/**
 * The proposal origin of a track, for `referenda.submit`: `trackOrigin("Root")` is
 * `{ system: "Root" }`; any other name of TRACKS, say `"ProtocolParameters"`, is
 * `{ Governance: "ProtocolParameters" }`.
 */
export function trackOrigin(name) {
	if (!Object.hasOwn(TRACKS, name)) throw new Error(`no track ${name}; the tracks are ${Object.keys(TRACKS).join(", ")}`);
	return name === "Root" ? { system: "Root" } : { [GOVERNANCE_ORIGIN_VARIANT]: name };
}

/**
 * The referenda tracks as the runtime reports them (`api.consts.referenda.tracks`): a Map from
 * track id to `{ id, name, maxDeciding, decisionDeposit (BigInt), preparePeriod, decisionPeriod,
 * confirmPeriod, minEnactmentPeriod }` (periods in blocks).
 */
export function referendaTracks(api) {
	const tracks = new Map();
	for (const [id, info] of api.consts.referenda.tracks) {
		tracks.set(id.toNumber(), {
			id: id.toNumber(),
			// A fixed-length, zero-padded name.
			name: u8aToString(info.name.toU8a(true)).replace(/\0+$/, ""),
			maxDeciding: info.maxDeciding.toNumber(),
			decisionDeposit: info.decisionDeposit.toBigInt(),
			preparePeriod: info.preparePeriod.toNumber(),
			decisionPeriod: info.decisionPeriod.toNumber(),
			confirmPeriod: info.confirmPeriod.toNumber(),
			minEnactmentPeriod: info.minEnactmentPeriod.toNumber(),
		});
	}
	return tracks;
}

/** One track of referendaTracks; throws if the runtime has no track `id`. */
export function referendaTrack(api, id) {
	const track = referendaTracks(api).get(id);
	if (!track) throw new Error(`the runtime has no referenda track ${id}`);
	return track;
}

/**
 * How long (ms) to wait for a referendum on `track` to end and its call to run, at most: the
 * track's prepare, decision, confirm and enactment periods and some blocks more, at 3 s a block
 * (the e2e dev chain makes one a second).
 */
export function referendumTimeout(track, enactmentAfter = 1) {
	const blocks =
		track.preparePeriod + track.decisionPeriod + track.confirmPeriod + Math.max(track.minEnactmentPeriod, enactmentAfter) + 15;
	return blocks * 3_000 + 30_000;
}

/**
 * What `coldkey` may vote with at `blockHash` (default: the best block): its stake over all its
 * hotkeys as last settled, `staking.totalColdkeyStake`, as the runtime counts voting power. Free
 * TAO does not count.
 */
export async function votingPowerAt(api, coldkey, blockHash) {
	const query = blockHash ? (await api.at(blockHash)).query : api.query;
	return (await query.staking.totalColdkeyStake(coldkey)).toBigInt();
}

/** The conviction-voting lock (`pyconvot`) on `address` at `blockHash` (default: best), 0n if none. */
export async function voteLockAt(api, address, blockHash) {
	const query = blockHash ? (await api.at(blockHash)).query : api.query;
	const locks = await query.balances.locks(address);
	const lock = locks.find((l) => u8aToString(l.id.toU8a()) === VOTE_LOCK_ID);
	return lock ? lock.amount.toBigInt() : 0n;
}

/** The Call of an extrinsic (`api.tx.x.y(...)`), or `call` itself if it is a Call already. */
function callOf(call) {
	return typeof call.method === "string" ? call : call.method;
}

/** `{ hash, len }` of a call's preimage, as a `{ Lookup: ... }` proposal names it. */
export function preimageOf(call) {
	const method = callOf(call);
	return { hash: method.hash.toHex(), len: method.encodedLength };
}

/**
 * Notes the preimage of `call` (an extrinsic or a Call), signed and paid (a deposit is held) by
 * `signer`. A preimage noted before (the same call of an earlier test) is fine as it is. Returns
 * `{ hash, len }`.
 */
export async function notePreimage(api, signer, call) {
	const { hash, len } = preimageOf(call);
	try {
		const noted = await signAndWait(api.tx.preimage.notePreimage(callOf(call).toHex()), signer);
		if (!findEvent(noted.events, "preimage", "Noted")) throw new Error(`preimage.notePreimage(${hash}): no preimage.Noted event`);
	} catch (err) {
		if (!(err instanceof ExtrinsicFailedError && /preimage\.AlreadyNoted/.test(err.message))) throw err;
	}
	return { hash, len };
}

/**
 * Submits a referendum, signed by `signer` (who pays the submission deposit): the proposal is
 * `{ Lookup: { hash, len } }` of `call` (an extrinsic, a Call, or the `{ hash, len }` that
 * notePreimage returned; note the preimage first), dispatched with `origin` (see trackOrigin) at
 * least `enactmentAfter` blocks after it passes. Returns `{ index, track, blockNumber, blockHash,
 * events }`, index and track from the `referenda.Submitted` event.
 */
export async function submitReferendum(api, signer, origin, call, enactmentAfter = 1) {
	const bound = typeof call.hash === "string" && typeof call.len === "number" ? call : preimageOf(call);
	let submit;
	try {
		submit = api.tx.referenda.submit(origin, { Lookup: { hash: bound.hash, len: bound.len } }, { After: enactmentAfter });
	} catch (err) {
		// Most likely the origin; polkadot-js ends its message with the OriginCaller variants it knows.
		const reason = err.message.split(":: ").pop();
		throw new Error(`cannot build referenda.submit with the origin ${JSON.stringify(origin)} (see trackOrigin): ${reason}`);
	}
	const submitted = await signAndWait(submit, signer);
	const record = findEvent(submitted.events, "referenda", "Submitted");
	if (!record) throw new Error(`referenda.submit: no referenda.Submitted event`);
	return {
		index: record.event.data.index.toNumber(),
		track: record.event.data.track.toNumber(),
		blockNumber: submitted.blockNumber,
		blockHash: submitted.blockHash,
		events: submitted.events,
	};
}

/** Places the decision deposit of referendum `index`, paid by `signer`; returns what signAndWait returns. */
export async function placeDecisionDeposit(api, signer, index) {
	const placed = await signAndWait(api.tx.referenda.placeDecisionDeposit(index), signer);
	if (!findEvent(placed.events, "referenda", "DecisionDepositPlaced")) {
		throw new Error(`referenda.placeDecisionDeposit(${index}): no referenda.DecisionDepositPlaced event`);
	}
	return placed;
}

/**
 * `voter` votes `balance` rao of its stake on referendum `index` (aye unless `aye` is false, with
 * `conviction` None, Locked1x ... Locked6x). Returns what signAndWait returns; rejects with an
 * ExtrinsicFailedError (say `convictionVoting.InsufficientFunds: ...`) if the runtime refuses it.
 */
export async function voteStake(api, voter, index, balance, { aye = true, conviction = "None" } = {}) {
	const voted = await signAndWait(api.tx.convictionVoting.vote(index, { Standard: { vote: { aye, conviction }, balance } }), voter);
	if (!findEvent(voted.events, "convictionVoting", "Voted")) {
		throw new Error(`convictionVoting.vote(${index}): no convictionVoting.Voted event`);
	}
	return voted;
}

/**
 * The scheduler task name under which pallet-referenda enacts referendum `index`:
 * blake2_256(SCALE(("assembly": [u8; 8], "enactment": &str, index: u32))). `scheduler.Dispatched`
 * carries it as `id`; the referenda's own alarms are anonymous.
 */
export function enactmentTaskId(api, index) {
	const encoded = u8aConcat(stringToU8a("assembly"), compactAddLength(stringToU8a("enactment")), api.createType("u32", index).toU8a());
	return blake2AsHex(encoded, 256);
}

/** The referenda events that end a referendum. */
const REFERENDUM_ENDINGS = new Set(["Confirmed", "Rejected", "TimedOut", "Cancelled", "Killed"]);

/**
 * Waits, from block `fromBlock` on, for referendum `index` to end. Resolves with `{ blockNumber,
 * blockHash, tally: { ayes, nays, support } }` (BigInt) if it was confirmed (`referenda.Confirmed`);
 * rejects with a readable error if it was rejected, timed out, cancelled or killed instead.
 */
export async function waitForConfirmation(api, index, { fromBlock, timeout = TIMEOUT.test } = {}) {
	const { record, blockHash, blockNumber } = await waitForEvent(
		api,
		({ event }) => event.section === "referenda" && REFERENDUM_ENDINGS.has(event.method) && event.data.index.toNumber() === index,
		{ fromBlock, timeout, what: `referendum #${index} to be confirmed (referenda.Confirmed)` },
	);
	const { method, data } = record.event;
	if (method !== "Confirmed") {
		throw new Error(`referendum #${index} ended with referenda.${method} in block #${blockNumber}, not Confirmed; tally ${data.tally?.toString()}`);
	}
	const tally = { ayes: data.tally.ayes.toBigInt(), nays: data.tally.nays.toBigInt(), support: data.tally.support.toBigInt() };
	return { blockNumber, blockHash, tally };
}

/**
 * Waits, from block `fromBlock` on, for the scheduler to dispatch the call of referendum `index`
 * (`scheduler.Dispatched` whose `id` is enactmentTaskId). Resolves with `{ blockNumber, blockHash,
 * result, error, events }`: `result` the DispatchResult of the call, `error` its decoded error
 * (`BadOrigin`, `section.Name: docs`...) or null if it succeeded, `events` all of that block's
 * event records. Rejects if the scheduler could not run it (CallUnavailable, PermanentlyOverweight).
 */
export async function waitForEnactment(api, index, { fromBlock, timeout = TIMEOUT.tx } = {}) {
	const id = enactmentTaskId(api, index);
	const { record, blockHash, blockNumber } = await waitForEvent(
		api,
		({ event }) =>
			event.section === "scheduler" &&
			["Dispatched", "CallUnavailable", "PermanentlyOverweight"].includes(event.method) &&
			event.data.id.isSome &&
			event.data.id.unwrap().toHex() === id,
		{ fromBlock, timeout, what: `the scheduler to dispatch referendum #${index}'s call (task ${id})` },
	);
	if (record.event.method !== "Dispatched") {
		throw new Error(`referendum #${index}'s call was not dispatched: scheduler.${record.event.method} in block #${blockNumber}`);
	}
	const { result } = record.event.data;
	return {
		blockNumber,
		blockHash,
		result,
		error: result.isErr ? describeDispatchError(result.asErr) : null,
		events: await eventsAt(api, blockHash),
	};
}

/**
 * A whole referendum: `signer` notes the preimage of `call`, submits it with `origin` (see
 * trackOrigin) and places the decision deposit; then the votes are cast, each
 * `{ voter, balance, conviction = "None", aye = true }` with `balance` by default the voter's whole
 * voting power (`votes`, or the one vote `voter`, `balance`, `conviction`, `aye`); then it waits
 * for the referendum to be confirmed and its call dispatched.
 *
 * Resolves with `{ index, track, submitted, confirmed, dispatched, result, error }`: `confirmed`
 * as waitForConfirmation, `dispatched` as waitForEnactment, and `result` / `error` the call's
 * outcome (`error` null if it succeeded), so a test asserts either. Rejects if the referendum does
 * not pass.
 */
export async function passReferendum(
	api,
	{ signer, origin, call, voter, balance, conviction = "None", aye = true, votes, enactmentAfter = 1 },
) {
	const ballots = votes ?? [{ voter, balance, conviction, aye }];
	if (ballots.length === 0 || ballots.some((b) => !b.voter)) throw new Error("passReferendum: every vote needs a voter");
	await notePreimage(api, signer, call);
	const submitted = await submitReferendum(api, signer, origin, call, enactmentAfter);
	const { index, track } = submitted;
	await placeDecisionDeposit(api, signer, index);
	await Promise.all(
		ballots.map(async (b) => {
			const amount = b.balance ?? (await votingPowerAt(api, b.voter.address));
			return voteStake(api, b.voter, index, amount, { aye: b.aye ?? true, conviction: b.conviction ?? "None" });
		}),
	);
	const info = referendaTrack(api, track);
	const confirmed = await waitForConfirmation(api, index, {
		fromBlock: submitted.blockNumber,
		timeout: referendumTimeout(info, enactmentAfter),
	});
	const dispatched = await waitForEnactment(api, index, {
		fromBlock: confirmed.blockNumber,
		timeout: (Math.max(info.minEnactmentPeriod, enactmentAfter) + 15) * 3_000 + 30_000,
	});
	return { index, track, submitted, confirmed, dispatched, result: dispatched.result, error: dispatched.error };
}

/**
 * Fresh coldkeys with stake, for voting: for each `{ label, stake, spare = 10 TAO }` a fresh
 * coldkey that sudo (`sudoKey`) funds with `stake + spare` (and the registration burn); if `stake`
 * is above 0, a fresh hotkey of its own, registered on a fresh subnet with no emission (so that no
 * reward ever changes the stake), and `stake` staked to it. Sets the network rate limit to 0 to
 * register the subnet. Resolves with `[{ label, coldkey, hotkey, stake, netuid }]` in `specs`'
 * order (`hotkey` null without stake).
 */
export async function stakedColdkeys(api, sudoKey, specs) {
	const burn = TAO / 10n;
	const owner = await freshAccount("voters-subnet-owner");
	const stakers = [];
	for (const { label, stake, spare = 10n * TAO } of specs) {
		stakers.push({
			label,
			coldkey: await freshAccount(label),
			hotkey: stake > 0n ? await freshAccount(`${label}-hot`) : null,
			stake,
			spare,
		});
	}
	const lock = (await api.call.subnetRegistrationRuntimeApi.getNetworkRegistrationCost()).toBigInt();
	await sudo(
		api,
		sudoKey,
		api.tx.utility.batchAll([
			api.tx.balances.forceSetBalance(owner.address, lock + 10n * TAO),
			...stakers.map((s) => api.tx.balances.forceSetBalance(s.coldkey.address, s.stake + s.spare + burn)),
			api.tx.subtensorModule.setNetworkParameter({ NetworkRateLimit: 0 }),
		]),
	);
	const registered = await signAndWait(api.tx.subtensorModule.registerNetwork(), owner);
	const netuid = findEvent(registered.events, "subtensorModule", "NetworkAdded").event.data.netuid.toNumber();
	const set = (parameter) => api.tx.subtensorModule.setHyperparameter(netuid, parameter);
	await sudo(
		api,
		sudoKey,
		api.tx.utility.batchAll([set({ MaxRegistrationsPerBlock: 8 }), set({ TargetRegistrationsPerInterval: 8 }), set({ Burn: burn })]),
	);
	await Promise.all(
		stakers
			.filter((s) => s.stake > 0n)
			.map(async (s) => {
				const joined = await signAndWait(
					api.tx.utility.batchAll([
						api.tx.subtensorModule.burnedRegister(netuid, s.hotkey.address),
						api.tx.staking.addStake(s.hotkey.address, s.stake),
					]),
					s.coldkey,
				);
				const added = findEvent(joined.events, "staking", "StakeAdded");
				if (!added || added.event.data.amount.toBigInt() !== s.stake) {
					throw new Error(`${s.label}: no staking.StakeAdded of ${s.stake} rao`);
				}
			}),
	);
	return stakers.map(({ label, coldkey, hotkey, stake }) => ({ label, coldkey, hotkey, stake, netuid }));
}

/**
 * `voter` submits `call` on the track `trackName` (a key of TRACKS), places its decision deposit
 * and votes for it with all its stake; resolves with passReferendum's result once the call has
 * been enacted. Rejects if the referendum lands on another track or the enacted call failed.
 */
export async function enactOnTrack(api, voter, trackName, call) {
	const passed = await passReferendum(api, { signer: voter, origin: trackOrigin(trackName), call, voter });
	if (passed.track !== TRACKS[trackName]) {
		throw new Error(`the referendum went to track ${passed.track}, not ${trackName} (${TRACKS[trackName]})`);
	}
	if (passed.error !== null) {
		throw new Error(`the ${trackName} referendum #${passed.index} was enacted but its call failed: ${passed.error}`);
	}
	return passed;
}

/**
 * Resolves with the error if `promise` (a signAndWait) rejects with a runtime error
 * (ExtrinsicFailedError) whose message matches `pattern`; rejects otherwise, saying what `what`
 * did instead.
 */
export async function assertFails(promise, pattern, what) {
	let err;
	try {
		await promise;
	} catch (e) {
		err = e;
	}
	if (err === undefined) throw new Error(`${what} went through`);
	if (!(err instanceof ExtrinsicFailedError)) throw new Error(`${what}: the runtime refuses it, got: ${err.message}`);
	if (!pattern.test(err.message)) throw new Error(`${what}: expected ${pattern}, got: ${err.message}`);
	return err;
}

/** The largest stake behind a root validator now. */
export async function largestRootStake(api) {
	const hotkeys = (await api.query.subtensorModule.keys.entries(0)).map(([, hotkey]) => hotkey.unwrap().toString());
	let largest = 0n;
	for (const hotkey of hotkeys) {
		const stake = (await api.call.stakingApi.totalHotkeyStake(hotkey)).toBigInt();
		if (stake > largest) largest = stake;
	}
	return largest;
}
