// Emission through polkadot-js (DESIGN 4.3, 4.4, 5): a subnet with a short tempo, a validator that
// is also on the root network and gives the subnet the whole block emission through its root
// weights, and two miners it scores 1 : 3. After a few epochs the metagraph shows incentive and
// dividends, each hotkey's stake has grown by exactly what the `staking.EmissionPaid` events say,
// and total issuance has grown by exactly the owner cuts (`subtensorModule.OwnerCutPaid`) plus
// those payouts.
//
// Accounts: a fresh coldkey owns the subnet (funded by Bob for the network lock); Eve is the
// validator's coldkey and stakes to it; Ferdie is the miners' coldkey. Governance steps go through
// sudo (Alice). Tempos are shortened through the typed hyperparameter setter: the subnet's epoch
// runs every 6 blocks and the root epoch every 4.

import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";

import {
	connect,
	devAccounts,
	eventsAt,
	filterEvents,
	findEvent,
	freshAccount,
	quickSubnetCalls,
	signAndWait,
	sudo,
	TAO,
	TIMEOUT,
	totalIssuanceAt,
	waitForBlock,
	waitForEvent,
} from "./helpers.mjs";

/** Several epochs of 6 one-second blocks. */
const SUITE_TIMEOUT = 3 * TIMEOUT.test;

const TEMPO = 5; // an epoch every 6 blocks
const ROOT_TEMPO = 3; // a root epoch every 4 blocks
const STAKE = 5_000n * TAO;
const OWNER_FUNDS = 10_000n * TAO; // more than the network lock (2 000 TAO after the subnet of 05-subtensor)
const HOTKEY_FUNDS = 10n * TAO;
/** The validator's scores of miner 1 and miner 2. */
const SCORES = [1_000, 3_000];

/** The total stake of `hotkey` at `blockHash`. */
async function stakeAt(api, blockHash, hotkey) {
	const apiAt = await api.at(blockHash);
	return (await apiAt.call.stakingApi.totalHotkeyStake(hotkey)).toBigInt();
}

describe("emission, epochs and rewards", { timeout: SUITE_TIMEOUT }, () => {
	let api;
	let dev;
	let owner;
	let validator;
	let miners;
	let netuid;

	before(async () => {
		api = await connect();
		dev = await devAccounts();
		owner = await freshAccount("subnet-owner");
		validator = await freshAccount("emission-validator");
		miners = [await freshAccount("emission-miner-1"), await freshAccount("emission-miner-2")];
		const transfers = [
			api.tx.balances.transferKeepAlive(owner.address, OWNER_FUNDS),
			...[validator, ...miners].map((hotkey) => api.tx.balances.transferKeepAlive(hotkey.address, HOTKEY_FUNDS)),
		];
		await signAndWait(api.tx.utility.batchAll(transfers), dev.bob);
	});

	after(async () => {
		await api?.disconnect();
	});

	it("a subnet with a short tempo, a staked validator on it and on root, two miners", async () => {
		const { alice, eve, ferdie } = dev;
		const registered = await signAndWait(api.tx.subtensorModule.registerNetwork(), owner);
		netuid = findEvent(registered.events, "subtensorModule", "NetworkAdded").event.data.netuid.toNumber();

		await sudo(api, alice, api.tx.utility.batchAll(quickSubnetCalls(api, netuid, { tempo: TEMPO, rootTempo: ROOT_TEMPO })));

		await signAndWait(api.tx.subtensorModule.burnedRegister(netuid, validator.address), eve);
		for (const miner of miners) {
			await signAndWait(api.tx.subtensorModule.burnedRegister(netuid, miner.address), ferdie);
		}
		await signAndWait(api.tx.staking.addStake(validator.address, STAKE), eve);
		await signAndWait(api.tx.subtensorModule.rootRegister(validator.address), eve);
		const rootWeights = await signAndWait(api.tx.subtensorModule.setWeights(0, [netuid], [65_535], 0), validator);
		assert.ok(findEvent(rootWeights.events, "subtensorModule", "WeightsSet"), "root weights set");
	});

	it("the root epoch gives the subnet a share of block emission; its owner gets the cut every block", async () => {
		assert.ok(netuid !== undefined, "the subnet exists");
		const set = await waitForEvent(
			api,
			({ event }) =>
				event.section === "subtensorModule" &&
				event.method === "EmissionValuesSet" &&
				event.data.shares.some(([id, value]) => id.toNumber() === netuid && value.toBigInt() > 0n),
			{ timeout: TIMEOUT.tx * 2, what: "a root epoch giving the subnet emission" },
		);
		const values = set.record.event.data.shares.map(([id, value]) => [id.toNumber(), value.toBigInt()]);
		const blockEmission = set.record.event.data.blockEmission.toBigInt();
		const total = values.reduce((sum, [, value]) => sum + value, 0n);
		assert.ok(total <= blockEmission, `the emission values (${total}) fit in the block emission (${blockEmission})`);
		const value = values.find(([id]) => id === netuid)[1];
		assert.equal((await api.query.subtensorModule.emissionValues(netuid)).toBigInt(), value);

		// The next block pays the owner its cut: floor(value * cut / 65535).
		const cut = (await api.query.subtensorModule.subnetOwnerCut()).toBigInt();
		const paid = await waitForEvent(
			api,
			({ event }) => event.section === "subtensorModule" && event.method === "OwnerCutPaid" && event.data.netuid.toNumber() === netuid,
			{ fromBlock: set.blockNumber + 1, what: "the owner cut" },
		);
		assert.equal(paid.record.event.data.owner.toString(), owner.address);
		assert.equal(paid.record.event.data.amount.toBigInt(), (value * cut) / 65_535n);
	});

	it("after a few epochs the metagraph shows incentive and dividends; stakes and issuance grew by exactly what was paid", async () => {
		assert.ok(netuid !== undefined, "the subnet exists");
		// The first epoch hands out validator permits; then the validator scores the miners.
		const firstEpoch = await waitForEvent(
			api,
			({ event }) => event.section === "subtensorModule" && event.method === "EpochRun" && event.data.netuid.toNumber() === netuid,
			{ timeout: TIMEOUT.tx * 2, what: "the subnet's first epoch" },
		);
		const neurons = (await api.call.neuronInfoRuntimeApi.getNeuronsLite(netuid)).toJSON();
		const uidOf = (account) => neurons.find((n) => n.hotkey === account.address).uid;
		assert.ok(neurons.find((n) => n.hotkey === validator.address).validatorPermit, "the staked validator got a permit");
		const weights = await signAndWait(
			api.tx.subtensorModule.setWeights(netuid, miners.map(uidOf), SCORES, 0),
			validator,
		);
		assert.ok(findEvent(weights.events, "subtensorModule", "WeightsSet"), "the validator's weights are set");

		// Watch three more epochs and their payouts, block by block.
		const start = await api.rpc.chain.getHeader(weights.blockHash);
		const startNumber = start.number.toNumber();
		const endNumber = startNumber + 3 * (TEMPO + 1) + 2;
		await waitForBlock(api, endNumber);
		const startHash = weights.blockHash;
		const endHash = await api.rpc.chain.getBlockHash(endNumber);

		let cuts = 0n;
		let minted = 0n;
		const paidTo = new Map();
		let epochs = 0;
		for (let number = startNumber + 1; number <= endNumber; number++) {
			const events = await eventsAt(api, await api.rpc.chain.getBlockHash(number));
			for (const { event } of filterEvents(events, "subtensorModule", "OwnerCutPaid")) {
				cuts += event.data.amount.toBigInt();
			}
			for (const { event } of filterEvents(events, "staking", "EmissionPaid")) {
				const hotkey = event.data.hotkey.toString();
				const amount = event.data.minted.toBigInt();
				assert.equal(
					amount,
					event.data.serverAmount.toBigInt() + event.data.validatorAmount.toBigInt(),
					"the whole reward is minted",
				);
				minted += amount;
				paidTo.set(hotkey, (paidTo.get(hotkey) ?? 0n) + amount);
			}
			epochs += filterEvents(events, "subtensorModule", "EpochRun").filter(
				({ event }) => event.data.netuid.toNumber() === netuid,
			).length;
		}
		assert.ok(epochs >= 3, `at least three epochs ran, saw ${epochs}`);
		assert.ok(minted > 0n, "rewards were paid");
		assert.equal(
			(await totalIssuanceAt(api, endHash)) - (await totalIssuanceAt(api, startHash)),
			cuts + minted,
			"total issuance grew by exactly the owner cuts and the payouts",
		);
		for (const hotkey of [validator, ...miners]) {
			const grown = (await stakeAt(api, endHash, hotkey.address)) - (await stakeAt(api, startHash, hotkey.address));
			assert.equal(grown, paidTo.get(hotkey.address) ?? 0n, `the stake of ${hotkey.meta.name} grew by what was paid to it`);
		}
		assert.ok((paidTo.get(miners[1].address) ?? 0n) > (paidTo.get(miners[0].address) ?? 0n), "the better-scored miner earned more");
		assert.ok((paidTo.get(validator.address) ?? 0n) > 0n, "the validator earned dividends");

		const metagraph = (await api.call.neuronInfoRuntimeApi.getNeurons(netuid)).toJSON();
		const byHotkey = (account) => metagraph.find((n) => n.neuron.hotkey === account.address);
		const [m1, m2] = miners.map((miner) => byHotkey(miner).neuron);
		const v = byHotkey(validator).neuron;
		const validatorBonds = byHotkey(validator).bonds;
		assert.ok(m2.incentive > m1.incentive && m1.incentive > 0, `incentive follows the scores: ${m1.incentive} < ${m2.incentive}`);
		assert.ok(v.dividends > 0, `the validator has dividends: ${v.dividends}`);
		assert.ok(BigInt(m2.emission) > 0n && BigInt(v.emission) > 0n, "the metagraph shows emission");
		assert.ok(validatorBonds.length > 0, "the validator holds bonds");
		assert.ok(firstEpoch.blockNumber < startNumber);
	});

	it("the stake each uid has in the epoch's input (neuronStake) is its hotkey's total stake", async () => {
		assert.ok(netuid !== undefined, "the subnet exists");
		const apiAt = await api.at(await api.rpc.chain.getBlockHash());
		const n = (await apiAt.query.subtensorModule.subnetworkN(netuid)).toNumber();
		assert.ok(n >= 3, `the subnet has its neurons, got ${n}`);
		const chunks = await Promise.all(
			Array.from({ length: Math.ceil(n / 64) }, (_, chunk) => apiAt.query.subtensorModule.neuronStake(netuid, chunk)),
		);
		const stakes = chunks.flatMap((chunk) => chunk.map((stake) => stake.toBigInt()));
		assert.equal(stakes.length, n, "one entry per uid");
		for (let uid = 0; uid < n; uid++) {
			const hotkey = (await apiAt.query.subtensorModule.keys(netuid, uid)).unwrap();
			const total = (await apiAt.call.stakingApi.totalHotkeyStake(hotkey)).toBigInt();
			assert.equal(stakes[uid], total, `uid ${uid}: neuronStake equals the staking pallet's total`);
		}
		const validatorUid = (await apiAt.query.subtensorModule.uids(netuid, validator.address)).unwrap().toNumber();
		assert.ok(stakes[validatorUid] >= STAKE, "the validator's entry holds its stake and rewards");
	});

	it("a subnet whose epoch would not fit in a block is refused with EpochTooLarge and changes nothing", async () => {
		assert.ok(netuid !== undefined, "the subnet exists");
		const set = (parameter) => api.tx.subtensorModule.setHyperparameter(netuid, parameter);
		const limit = api.consts.subtensorModule.maxAllowedUidsLimit.toNumber();
		await sudo(api, dev.alice, set({ MaxAllowedUids: limit }));
		const before = (await api.query.subtensorModule.subnetHyperparameters(netuid)).unwrap().toJSON();
		// 64 validators on 4096 uids is the largest epoch the chain allows.
		const tooMany = Math.floor((64 * 4096) / limit) + 1;
		await assert.rejects(
			sudo(api, dev.alice, set({ MaxAllowedValidators: tooMany })),
			/subtensorModule\.EpochTooLarge/,
		);
		const after = (await api.query.subtensorModule.subnetHyperparameters(netuid)).unwrap().toJSON();
		assert.deepEqual(after, before, "the hyperparameters did not change");
	});
});
