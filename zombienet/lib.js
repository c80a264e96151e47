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

/** Key-value arguments of a step: `with "a=1,b=x"` gives { a: "1", b: "x" }. */
function parseArgs(args) {
	const out = {};
	for (const arg of args || []) {
		const [key, ...rest] = String(arg).split("=");
		if (key) out[key.trim()] = rest.join("=").trim();
	}
	return out;
}

module.exports = { TAO, connect, connectTo, helpers, parseArgs, sleep, until };
