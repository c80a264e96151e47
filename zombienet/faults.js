// Zombienet `js-script` steps of 0002-upgrade-and-faults.zndsl: what happens to the parachain while
// one of its two collators is paused (SIGSTOP) or killed (SIGKILL) and restarted. One script, three
// steps chosen by the step's argument:
//
//   "mark"    sends a transfer to a fresh account, waits until it is finalized, and records that
//             block, the balance and the time in the network's directory. Returns the block number.
//   "wait=S"  on the collator that stays up: waits S seconds and returns how many blocks the chain
//             gained meanwhile (the collator left alone keeps it going).
//   "check"   on the collator that was stopped: waits until it has caught up with the other one
//             and finalized past the mark; checks that the marked block is the same block and the
//             marked balance the same on both; prints the longest gap between two consecutive
//             blocks since the mark (the block production interruption) and returns it in seconds.

const { readFileSync, writeFileSync } = require("node:fs");
const path = require("node:path");
const {
	TAO,
	connect,
	connectTo,
	finalizedInclusion,
	finalizedNumber,
	helpers,
	parseArgs,
	sleep,
	until,
} = require("./lib.js");

const markFile = (networkInfo) => path.join(networkInfo.tmpDir, "finney-faults-mark.json");

/** The other parachain node than `nodeName`. */
function otherCollator(nodeName, networkInfo) {
	const name = Object.keys(networkInfo.nodesByName).find(
		(n) => n !== nodeName && networkInfo.nodesByName[n].parachainId !== undefined,
	);
	if (!name) throw new Error(`no other collator than ${nodeName}`);
	return name;
}

async function mark(api, dev, fresh, networkInfo) {
	const { signAndWait } = await helpers();
	const account = fresh("faults");
	const sent = await signAndWait(api.tx.balances.transferKeepAlive(account.address, 3n * TAO), dev.alice, {
		timeout: 180_000,
	});
	const seenAt = (await api.rpc.chain.getHeader(sent.blockHash)).number.toNumber();
	const { hash, number } = await finalizedInclusion(api, sent.txHash, seenAt);
	const balance = (await api.query.system.account(account.address)).data.free.toBigInt();
	const state = { number, hash: hash.toHex(), address: account.address, balance: balance.toString(), at: Date.now() };
	writeFileSync(markFile(networkInfo), JSON.stringify(state, null, 2));
	console.log(`mark: transfer finalized in block #${number} (${state.hash}); ${account.address} holds ${balance}`);
	return number;
}

async function waitAndCount(api, seconds) {
	const start = (await api.rpc.chain.getHeader()).number.toNumber();
	await sleep(seconds * 1_000);
	const end = (await api.rpc.chain.getHeader()).number.toNumber();
	console.log(`in ${seconds} s the chain went from block #${start} to #${end}`);
	return end - start;
}

async function check(api, nodeName, networkInfo) {
	const state = JSON.parse(readFileSync(markFile(networkInfo), "utf8"));
	const otherName = otherCollator(nodeName, networkInfo);
	const other = await connect(networkInfo.nodesByName[otherName].wsUri);
	try {
		// Caught up: this node's best is at least the other's best when the check began, and it has
		// finalized past the mark.
		const target = (await other.rpc.chain.getHeader()).number.toNumber();
		const caughtUp = Date.now();
		await until(
			async () => (await api.rpc.chain.getHeader()).number.toNumber() >= target,
			300_000,
			`${nodeName} to reach block #${target} of ${otherName}`,
		);
		await until(async () => (await finalizedNumber(api)) > state.number, 300_000, `${nodeName} to finalize past #${state.number}`);
		console.log(`${nodeName} reached #${target} (${otherName}'s best) in ${((Date.now() - caughtUp) / 1000).toFixed(1)} s`);

		// Nothing finalized or paid was lost.
		for (const [name, a] of [
			[nodeName, api],
			[otherName, other],
		]) {
			const hash = (await a.rpc.chain.getBlockHash(state.number)).toHex();
			if (hash !== state.hash) throw new Error(`${name} has ${hash} at block #${state.number}, the mark was ${state.hash}`);
			const balance = (await a.query.system.account(state.address)).data.free.toBigInt();
			if (balance !== BigInt(state.balance)) {
				throw new Error(`${name}: ${state.address} holds ${balance}, ${state.balance} at the mark`);
			}
		}

		// The interruption: the longest gap between consecutive blocks since the mark.
		const best = (await api.rpc.chain.getHeader()).number.toNumber();
		let previous = null;
		let longest = 0;
		let longestAt = state.number;
		for (let n = state.number; n <= best; n++) {
			const at = await api.at(await api.rpc.chain.getBlockHash(n));
			const now = (await at.query.timestamp.now()).toNumber();
			if (previous !== null && now - previous > longest) {
				longest = now - previous;
				longestAt = n;
			}
			previous = now;
		}
		const seconds = longest / 1000;
		console.log(
			`blocks #${state.number}..#${best}: longest gap between two blocks ${seconds} s (before #${longestAt}); ` +
				`${best - state.number} blocks in ${((Date.now() - state.at) / 1000).toFixed(0)} s since the mark`,
		);
		return seconds;
	} finally {
		await other.disconnect();
	}
}

async function run(nodeName, networkInfo, args) {
	const options = parseArgs(args);
	const { api, dev, fresh } = await connectTo(nodeName, networkInfo);
	try {
		if ("mark" in options) return await mark(api, dev, fresh, networkInfo);
		if ("wait" in options) return await waitAndCount(api, Number(options.wait));
		if ("check" in options) return await check(api, nodeName, networkInfo);
		throw new Error(`faults.js: expected "mark", "wait=SECONDS" or "check", got ${JSON.stringify(args)}`);
	} finally {
		await api.disconnect();
	}
}

module.exports = { run };
