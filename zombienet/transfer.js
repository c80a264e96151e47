// Zombienet `js-script` step of 0001-finney-smoke.zndsl: Alice sends 1 TAO to a fresh account on
// the Finney parachain through the collator the step runs on. Resolves with the number of the
// block that included the transfer once the transfer is in a finalized block, and throws (failing
// the step) if the transfer is rejected, fails, or leaves the balances other than expected.
//
// Zombienet loads this file with require() and calls run(nodeName, networkInfo, args); it provides
// @polkadot/api through the global `zombie` (ApiPromise, Keyring, WsProvider, util, connect).

/* global zombie */

const TAO = 1_000_000_000n; // 9 decimals

async function run(nodeName, networkInfo) {
	const { wsUri } = networkInfo.nodesByName[nodeName];
	await zombie.util.cryptoWaitReady();
	const api = await zombie.connect(wsUri);
	try {
		const keyring = new zombie.Keyring({ type: "sr25519", ss58Format: 42 });
		const alice = keyring.addFromUri("//Alice");
		const dest = keyring.addFromUri(`//Finney-smoke-${Date.now()}`);
		const amount = 1n * TAO;

		const before = (await api.query.system.account(dest.address)).data.free.toBigInt();
		if (before !== 0n) throw new Error(`fresh account ${dest.address} already holds ${before} rao`);

		// Resolves with the hash of the finalized block that includes the transfer.
		const blockHash = await new Promise((resolve, reject) => {
			let unsub = null;
			let done = false;
			const finish = (fn, value) => {
				if (done) return;
				done = true;
				if (unsub) unsub();
				fn(value);
			};
			api.tx.balances
				.transferKeepAlive(dest.address, amount)
				.signAndSend(alice, ({ status, dispatchError }) => {
					if ((status.isInBlock || status.isFinalized) && dispatchError) {
						let message = dispatchError.toString();
						if (dispatchError.isModule) {
							const meta = api.registry.findMetaError(dispatchError.asModule);
							message = `${meta.section}.${meta.name}: ${meta.docs.join(" ")}`;
						}
						finish(reject, new Error(`transfer failed: ${message}`));
					} else if (status.isFinalized) {
						finish(resolve, status.asFinalized);
					} else if (status.isInvalid || status.isDropped || status.isUsurped || status.isFinalityTimeout) {
						finish(reject, new Error(`transfer not included: ${status.type}`));
					}
				})
				.then((u) => {
					unsub = u;
					if (done) u();
				})
				.catch((err) => finish(reject, new Error(`transfer rejected: ${err.message}`)));
		});
		const blockNumber = (await api.rpc.chain.getHeader(blockHash)).number.toNumber();

		const after = (await api.query.system.account(dest.address)).data.free.toBigInt();
		if (after !== amount) {
			throw new Error(`expected ${amount} rao at ${dest.address} after the transfer, found ${after}`);
		}
		console.log(`transfer of ${amount} rao included in finalized block #${blockNumber} (${blockHash.toHex()})`);
		return blockNumber;
	} finally {
		await api.disconnect();
	}
}

module.exports = { run };
