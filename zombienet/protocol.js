// Zombienet `js-script` step of 0003-protocol.zndsl: the protocol on relay-backed blocks, through a
// collator's RPC with polkadot-js, as tests/e2e/06-emission.test.mjs runs it on the dev chain.
// A subnet with a short tempo is registered; a validator (Eve's hotkey) registers, is staked,
// joins the root network and gives the subnet the block emission through its root weights; two
// miners (Ferdie's hotkeys) register; the validator scores them 1 : 3; epochs run and pay.
//
// Checks over two epochs after the weights: every `staking.EmissionPaid` grew its hotkey's stake
// by exactly that much, total issuance grew by exactly the payouts and the owner cuts, the
// better-scored miner earned more, the validator earned dividends; the watched blocks are
// finalized. Calls from different signers
// go into the same blocks (12-second blocks). Resolves with the number of epochs watched.

const { TAO, connectTo, finalizedNumber, helpers, until } = require("./lib.js");

const TEMPO = 3; // an epoch every 4 blocks
const ROOT_TEMPO = 3; // a root epoch every 4 blocks
const STAKE = 5_000n * TAO;
const HOTKEY_FUNDS = 10n * TAO;
const SCORES = [1_000, 3_000];
const TX = { timeout: 180_000 };

async function run(nodeName, networkInfo) {
	const {
		eventsAt,
		filterEvents,
		findEvent,
		quickSubnetCalls,
		signAndWait,
		sudo,
		totalIssuanceAt,
		waitForBlock,
		waitForEvent,
	} = await helpers();
	const { api, dev, fresh } = await connectTo(nodeName, networkInfo);
	const { alice, bob, charlie, eve, ferdie } = dev;
	const stakeAt = async (blockHash, hotkey) =>
		(await (await api.at(blockHash)).call.stakingApi.totalHotkeyStake(hotkey)).toBigInt();
	try {
		const validator = fresh("validator");
		const miners = [fresh("miner-1"), fresh("miner-2")];

		// Block 1: Bob funds the hotkeys; Charlie registers a subnet.
		const [, registered] = await Promise.all([
			signAndWait(
				api.tx.utility.batchAll(
					[validator, ...miners].map((h) => api.tx.balances.transferKeepAlive(h.address, HOTKEY_FUNDS)),
				),
				bob,
				TX,
			),
			signAndWait(api.tx.subtensorModule.registerNetwork(), charlie, TX),
		]);
		const netuid = findEvent(registered.events, "subtensorModule", "NetworkAdded").event.data.netuid.toNumber();
		console.log(`subnet ${netuid} registered by Charlie`);

		// Block 2: governance shortens the tempos and opens registration.
		await sudo(api, alice, api.tx.utility.batchAll(quickSubnetCalls(api, netuid, { tempo: TEMPO, rootTempo: ROOT_TEMPO })));

		// Block 3: the validator registers, is staked and joins root; the miners register.
		await Promise.all([
			signAndWait(
				api.tx.utility.batchAll([
					api.tx.subtensorModule.burnedRegister(netuid, validator.address),
					api.tx.staking.addStake(validator.address, STAKE),
					api.tx.subtensorModule.rootRegister(validator.address),
				]),
				eve,
				TX,
			),
			signAndWait(
				api.tx.utility.batchAll(miners.map((m) => api.tx.subtensorModule.burnedRegister(netuid, m.address))),
				ferdie,
				TX,
			),
		]);
		// Block 4: the validator's root weights give the subnet the block emission.
		const rootWeights = await signAndWait(api.tx.subtensorModule.setWeights(0, [netuid], [65_535], 0), validator, TX);
		if (!findEvent(rootWeights.events, "subtensorModule", "WeightsSet")) throw new Error("root weights not set");
		const rootWeightsAt = (await api.rpc.chain.getHeader(rootWeights.blockHash)).number.toNumber();
		console.log(`validator and miners registered, validator staked ${STAKE} rao and on root (block #${rootWeightsAt})`);

		// A root epoch gives the subnet emission; the subnet's epoch gives the validator its permit.
		await waitForEvent(
			api,
			({ event }) =>
				event.section === "subtensorModule" &&
				event.method === "EmissionValuesSet" &&
				event.data.shares.some(([id, value]) => id.toNumber() === netuid && value.toBigInt() > 0n),
			{ fromBlock: rootWeightsAt + 1, timeout: 300_000, what: "a root epoch giving the subnet emission" },
		);
		await waitForEvent(
			api,
			({ event }) => event.section === "subtensorModule" && event.method === "EpochRun" && event.data.netuid.toNumber() === netuid,
			{ fromBlock: rootWeightsAt + 1, timeout: 300_000, what: `the first epoch of subnet ${netuid}` },
		);
		const neurons = (await api.call.neuronInfoRuntimeApi.getNeuronsLite(netuid)).toJSON();
		const uidOf = (account) => neurons.find((n) => n.hotkey === account.address).uid;
		if (!neurons.find((n) => n.hotkey === validator.address).validatorPermit) {
			throw new Error("the staked validator got no validator permit in the first epoch");
		}
		const weights = await signAndWait(
			api.tx.subtensorModule.setWeights(netuid, miners.map(uidOf), SCORES, 0),
			validator,
			TX,
		);
		const startNumber = (await api.rpc.chain.getHeader(weights.blockHash)).number.toNumber();
		const endNumber = startNumber + 2 * (TEMPO + 1) + 2;
		console.log(`weights set in block #${startNumber}; watching the payouts up to block #${endNumber}`);
		await waitForBlock(api, endNumber, 600_000);
		// By number, on the chain as it is now: the block first reported can have lost a fork race.
		const startHash = await api.rpc.chain.getBlockHash(startNumber);
		const endHash = await api.rpc.chain.getBlockHash(endNumber);

		let cuts = 0n;
		let minted = 0n;
		let epochs = 0;
		const paidTo = new Map();
		for (let number = startNumber + 1; number <= endNumber; number++) {
			const events = await eventsAt(api, await api.rpc.chain.getBlockHash(number));
			for (const { event } of filterEvents(events, "subtensorModule", "OwnerCutPaid")) cuts += event.data.amount.toBigInt();
			for (const { event } of filterEvents(events, "staking", "EmissionPaid")) {
				const amount = event.data.minted.toBigInt();
				minted += amount;
				paidTo.set(event.data.hotkey.toString(), (paidTo.get(event.data.hotkey.toString()) ?? 0n) + amount);
			}
			epochs += filterEvents(events, "subtensorModule", "EpochRun").filter(
				({ event }) => event.data.netuid.toNumber() === netuid,
			).length;
		}
		const grownIssuance = (await totalIssuanceAt(api, endHash)) - (await totalIssuanceAt(api, startHash));
		const failures = [];
		if (epochs < 2) failures.push(`expected at least 2 epochs, saw ${epochs}`);
		if (minted === 0n) failures.push("no reward was paid");
		if (grownIssuance !== cuts + minted) {
			failures.push(`total issuance grew by ${grownIssuance}, the owner cuts (${cuts}) and payouts (${minted}) say ${cuts + minted}`);
		}
		for (const hotkey of [validator, ...miners]) {
			const grown = (await stakeAt(endHash, hotkey.address)) - (await stakeAt(startHash, hotkey.address));
			const paid = paidTo.get(hotkey.address) ?? 0n;
			if (grown !== paid) failures.push(`the stake of ${hotkey.meta.name} grew by ${grown}, ${paid} was paid to it`);
		}
		const [m1, m2] = miners.map((m) => paidTo.get(m.address) ?? 0n);
		if (!(m2 > m1 && m1 > 0n)) failures.push(`the miners earned ${m1} and ${m2}; the second is scored 3 times the first`);
		if (!((paidTo.get(validator.address) ?? 0n) > 0n)) failures.push("the validator earned no dividends");
		if (failures.length > 0) throw new Error(failures.join("; "));
		// The blocks that paid are final, not just best blocks.
		await until(
			async () => (await finalizedNumber(api)) >= endNumber,
			300_000,
			`block #${endNumber} (the end of the watched epochs) to be finalized`,
		);
		console.log(
			`${epochs} epochs of subnet ${netuid} in blocks #${startNumber + 1}..#${endNumber}: ${minted} rao paid ` +
				`(miners ${m1} and ${m2}, validator ${paidTo.get(validator.address)}), owner cuts ${cuts}; issuance exact`,
		);
		return epochs;
	} finally {
		await api.disconnect();
	}
}

module.exports = { run };
