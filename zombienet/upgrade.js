// Zombienet `js-script` step of 0002-upgrade-and-faults.zndsl: upgrades the parachain's runtime the
// way a live parachain does. Root (sudo) authorizes the hash of the new code
// (`system.authorize_upgrade`), anyone supplies the code (`system.apply_authorized_upgrade`), the
// parachain stores it as pending and tells the relay chain, the relay chain checks it and gives the
// go-ahead, and the parachain then runs it. The new code is the runtime built with
// `spec_version + 1` (finney_runtime_spec_bump.compact.compressed.wasm); scripts/zombienet.sh passes
// its path in FINNEY_UPGRADE_WASM.
//
// Checks: the relay chain's `paras.currentCodeHash` of the parachain becomes the new code's hash,
// both collators report the new spec_version, and blocks built with it are produced, finalized and
// include a transfer. Resolves with the new spec_version.

const { existsSync, readFileSync } = require("node:fs");
const { TAO, connect, connectTo, finalizedInclusion, helpers, until } = require("./lib.js");
const { blake2AsHex } = require("@polkadot/util-crypto");

const PARA_ID = 2000;

async function run(nodeName, networkInfo) {
	const path = process.env.FINNEY_UPGRADE_WASM;
	if (!path || !existsSync(path)) {
		throw new Error(
			`FINNEY_UPGRADE_WASM must name the runtime blob with spec_version + 1 ` +
				`(finney_runtime_spec_bump.compact.compressed.wasm); got ${JSON.stringify(path ?? null)}`,
		);
	}
	const { blockNumberOf, findEvent, signAndWait, sudo, waitForEvent } = await helpers();
	const code = readFileSync(path);
	const codeHash = blake2AsHex(code, 256);

	const { api, dev } = await connectTo(nodeName, networkInfo);
	const others = Object.keys(networkInfo.nodesByName).filter(
		(name) => name !== nodeName && networkInfo.nodesByName[name].parachainId !== undefined,
	);
	const relay = await connect(networkInfo.relay[0].wsUri);
	try {
		const before = await api.rpc.state.getRuntimeVersion();
		const oldSpec = before.specVersion.toNumber();
		const oldRelayHash = (await relay.query.paras.currentCodeHash(PARA_ID)).toHex();
		console.log(`upgrading ${before.specName} ${oldSpec} to ${path} (${code.length} bytes, blake2_256 ${codeHash})`);
		if (oldRelayHash === codeHash) throw new Error("the relay chain already has this code for the parachain");

		// 1. Root authorizes the hash; 2. Bob supplies the code.
		await sudo(api, dev.alice, api.tx.system.authorizeUpgrade(codeHash));
		const applied = await signAndWait(api.tx.system.applyAuthorizedUpgrade(`0x${code.toString("hex")}`), dev.bob, {
			timeout: 180_000,
		});
		if (!findEvent(applied.events, "parachainSystem", "ValidationFunctionStored")) {
			throw new Error(
				`expected parachainSystem.ValidationFunctionStored, got ${applied.events
					.map(({ event }) => `${event.section}.${event.method}`)
					.join(", ")}`,
			);
		}
		const storedAt = await blockNumberOf(api, applied.blockHash);
		console.log(`code stored as pending in parachain block #${storedAt}`);

		// 3. The relay chain enacts it, and the parachain applies it.
		try {
			const enacted = await waitForEvent(
				api,
				({ event }) => event.section === "parachainSystem" && event.method === "ValidationFunctionApplied",
				{ fromBlock: storedAt + 1, timeout: 400_000, what: "parachainSystem.ValidationFunctionApplied" },
			);
			console.log(`the relay chain gave the go-ahead; the code was applied in parachain block #${enacted.blockNumber}`);
		} catch (err) {
			if (!/Unable to decode/.test(String(err?.message))) throw err;
			// polkadot-js sometimes cannot decode the events of a parachain block around the
			// upgrade (it reads bytes of the code hash as an XCM vector); the storage says the
			// same: the pending code is gone once the parachain has applied it.
			console.log(`polkadot-js could not decode the events of a block after #${storedAt} (${String(err.message).slice(0, 160)}…); checking parachainSystem.pendingValidationCode instead`);
			await until(
				async () => (await api.query.parachainSystem.pendingValidationCode()).length === 0,
				400_000,
				"parachainSystem.pendingValidationCode to be applied and cleared",
			);
			console.log("the relay chain gave the go-ahead; the parachain applied the pending code");
		}
		// The relay chain switches the para's current code once it includes the parachain block
		// that applied it.
		let relayHash = oldRelayHash;
		await until(
			async () => {
				relayHash = (await relay.query.paras.currentCodeHash(PARA_ID)).toHex();
				return relayHash === codeHash;
			},
			180_000,
			`the relay chain's code hash of para ${PARA_ID} to become ${codeHash} (it is ${relayHash}; before the upgrade ${oldRelayHash})`,
		).catch((err) => {
			throw new Error(`${err.message}; last seen ${relayHash}`);
		});
		const relayBlock = (await relay.rpc.chain.getHeader()).number.toNumber();
		console.log(`the relay chain's paras.currentCodeHash(${PARA_ID}) is the new code's hash at relay block #${relayBlock}`);

		// 4. Both collators run the new version, and blocks built with it are finalized.
		const specOf = async (a) => (await a.rpc.state.getRuntimeVersion()).specVersion.toNumber();
		await until(async () => (await specOf(api)) === oldSpec + 1, 120_000, `spec_version ${oldSpec + 1} on ${nodeName}`);
		for (const other of others) {
			const o = await connect(networkInfo.nodesByName[other].wsUri);
			try {
				await until(async () => (await specOf(o)) === oldSpec + 1, 120_000, `spec_version ${oldSpec + 1} on ${other}`);
			} finally {
				await o.disconnect();
			}
		}
		const transfer = await signAndWait(
			api.tx.balances.transferKeepAlive(dev.dave.address, 1n * TAO),
			dev.charlie,
			{ timeout: 180_000 },
		);
		// The block first reported can lose a fork race; check the finalized block that has it.
		const { hash: transferHash, number: transferAt } = await finalizedInclusion(
			api,
			transfer.txHash,
			await blockNumberOf(api, transfer.blockHash),
		);
		const atTransfer = await api.at(transferHash);
		const lastUpgrade = (await atTransfer.query.system.lastRuntimeUpgrade()).unwrap().specVersion.toNumber();
		if (lastUpgrade !== oldSpec + 1) throw new Error(`system.lastRuntimeUpgrade says ${lastUpgrade}`);
		console.log(`spec_version ${oldSpec} -> ${oldSpec + 1}; a transfer on it is finalized in block #${transferAt}`);
		return oldSpec + 1;
	} finally {
		await relay.disconnect();
		await api.disconnect();
	}
}

module.exports = { run };
