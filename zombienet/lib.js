// Shared by the zombienet `js-script` steps. Zombienet loads each script with require() and calls
// its run(nodeName, networkInfo, args). The scripts use the repository's own @polkadot/api (the
// one the end-to-end tests use, newer than zombienet's, which does not decorate the runtime APIs
// such as `api.call.neuronInfoRuntimeApi`), and the end-to-end tests' transaction and event
// helpers (tests/e2e/helpers.mjs).

const path = require("node:path");
const { ApiPromise, Keyring, WsProvider } = require("@polkadot/api");
const { cryptoWaitReady } = require("@polkadot/util-crypto");
const { pathToFileURL } = require("node:url");

/** 1 TAO in rao (9 decimals). */
const TAO = 1_000_000_000n;

/** tests/e2e/helpers.mjs: signAndWait, sudo, findEvent, waitForEvent, ... */
function helpers() {
	return import(pathToFileURL(path.join(__dirname, "..", "tests", "e2e", "helpers.mjs")).href);
}

/** An API connected to the WebSocket endpoint `wsUri`. */
async function connect(wsUri) {
	const api = await ApiPromise.create({ provider: new WsProvider(wsUri), noInitWarn: true });
	await api.isReady;
	return api;
}

/** An API connected to the node `nodeName` of the network, and the dev accounts' keys. */
async function connectTo(nodeName, networkInfo) {
	const node = networkInfo.nodesByName[nodeName];
	if (!node) throw new Error(`no node named ${nodeName} in the network`);
	await cryptoWaitReady();
	const api = await connect(node.wsUri);
	const keyring = new Keyring({ type: "sr25519", ss58Format: 42 });
	const dev = {};
	for (const name of ["Alice", "Bob", "Charlie", "Dave", "Eve", "Ferdie"]) {
		dev[name.toLowerCase()] = keyring.addFromUri(`//${name}`, { name });
	}
	const fresh = (label) => keyring.addFromUri(`//zombienet-${label}-${Date.now()}`, { name: label });
	return { api, dev, fresh };
}

/** Resolves after `ms` milliseconds. */
function sleep(ms) {
	return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls `check()` every second until it returns a truthy value (returned) or `ms` pass (throws). */
async function until(check, ms, what) {
	const deadline = Date.now() + ms;
	for (;;) {
		const value = await check();
		if (value) return value;
		if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
		await sleep(1_000);
	}
}

/** The number of the node's finalized head. */
async function finalizedNumber(api) {
	return (await api.rpc.chain.getHeader(await api.rpc.chain.getFinalizedHead())).number.toNumber();
}

/**
 * Where a transaction ended up once finalized: `{ hash, number }` of the finalized block that
 * includes the extrinsic `txHash`. `signAndWait` reports the first block it was seen in, and on a
 * relay-backed parachain that block can lose a fork race to a sibling built by the other collator
 * (seen in CI: two blocks #12, the first one reported and then pruned); the transaction is then in
 * the sibling or in a later block. Waits until the finalized head reaches `fromNumber`, then looks
 * for the extrinsic in the finalized blocks from `fromNumber - 1` on, until `ms` pass.
 */
async function finalizedInclusion(api, txHash, fromNumber, ms = 300_000) {
	const wanted = txHash.toHex ? txHash.toHex() : String(txHash);
	let next = Math.max(1, fromNumber - 1);
	let found = null;
	await until(
		async () => {
			const finalized = await finalizedNumber(api);
			for (; next <= finalized && !found; next++) {
				const hash = await api.rpc.chain.getBlockHash(next);
				const { block } = await api.rpc.chain.getBlock(hash);
				if (block.extrinsics.some((xt) => xt.hash.toHex() === wanted)) found = { hash, number: next };
			}
			return found;
		},
		ms,
		`extrinsic ${wanted} (first seen in block #${fromNumber}) to be in a finalized block`,
	);
	return found;
}

/** Key-value arguments of a step: `with "a=1,b=x"` gives { a: "1", b: "x" }. */
function parseArgs(args) {
	const out = {};
	for (const arg of args || []) {
		const [key, ...rest] = String(arg).split("=");
		if (key) out[key.trim()] = rest.join("=").trim();
	}
	return out;
}

module.exports = { TAO, connect, connectTo, finalizedInclusion, finalizedNumber, helpers, parseArgs, sleep, until };
