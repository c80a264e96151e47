// The senate path of governance through polkadot-js (DESIGN 6): three staked root validators;
// after a root epoch the senate is their coldkeys; the triumvirate (Alice on dev chains) proposes
// a network parameter change; two senators approve it and one closes the motion; it is scheduled
// and, after the motion delay (5 blocks on the dev chain), dispatched as root and the parameter
// changed. A proposal from outside the triumvirate fails with `governance.NotTriumvirate`, the
// collective's own `propose` is refused by the call filter, and a vetoed motion never runs.
//
// Accounts: three fresh coldkeys, funded by sudo (Alice) with more than any root validator of the
// earlier tests has staked, each owning a fresh hotkey registered on a fresh subnet, staked and
// joined to the root network. Sudo also sets the senate to three seats and the root tempo to 3
// (a root epoch every 4 blocks).

import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";

import {
	connect,
	devAccounts,
	findEvent,
	freshAccount,
	largestRootStake,
	quickSubnetCalls,
	signAndWait,
	sudo,
	TAO,
	TIMEOUT,
	waitForBlock,
	waitForEvent,
} from "./helpers.mjs";

const SUITE_TIMEOUT = 3 * TIMEOUT.test;
const TEMPO = 5;
const ROOT_TEMPO = 3;
/** The motions' call: a network parameter, and the value the test sets. */
const RATE_LIMIT = 7;

describe("governance: the senate and its motions", { timeout: SUITE_TIMEOUT }, () => {
	let api;
	let dev;
	/** The three senators' coldkeys, largest stake first. */
	let senators;
	let lengthBound;

	before(async () => {
		api = await connect();
		dev = await devAccounts();
	});

	after(async () => {
		await api?.disconnect();
	});

	it("three staked root validators: after a root epoch the senate is their coldkeys", async () => {
		const { alice } = dev;
		const owner = await freshAccount("gov-subnet-owner");
		senators = [await freshAccount("senator-1"), await freshAccount("senator-2"), await freshAccount("senator-3")];
		const hotkeys = [await freshAccount("senator-hot-1"), await freshAccount("senator-hot-2"), await freshAccount("senator-hot-3")];
		const base = (await largestRootStake(api)) + 1_000n * TAO;
		const stakes = [base + 3_000n * TAO, base + 2_000n * TAO, base + 1_000n * TAO];

		await sudo(
			api,
			alice,
			api.tx.utility.batchAll([
				api.tx.balances.forceSetBalance(owner.address, 50_000n * TAO),
				...senators.map((coldkey, i) => api.tx.balances.forceSetBalance(coldkey.address, stakes[i] + 100n * TAO)),
				api.tx.subtensorModule.setNetworkParameter({ NetworkRateLimit: 0 }),
				api.tx.governance.setSenateSize(3),
			]),
		);
		const registered = await signAndWait(api.tx.subtensorModule.registerNetwork(), owner);
		const netuid = findEvent(registered.events, "subtensorModule", "NetworkAdded").event.data.netuid.toNumber();
		await sudo(
			api,
			alice,
			api.tx.utility.batchAll([
				...quickSubnetCalls(api, netuid, { tempo: TEMPO, rootTempo: ROOT_TEMPO }),
				api.tx.subtensorModule.setHyperparameter(0, { MaxRegistrationsPerBlock: 8 }),
				api.tx.subtensorModule.setHyperparameter(0, { TargetRegistrationsPerInterval: 8 }),
			]),
		);
		const joined = await Promise.all(
			senators.map((coldkey, i) =>
				signAndWait(
					api.tx.utility.batchAll([
						api.tx.subtensorModule.burnedRegister(netuid, hotkeys[i].address),
						api.tx.staking.addStake(hotkeys[i].address, stakes[i]),
						api.tx.subtensorModule.rootRegister(hotkeys[i].address),
					]),
					coldkey,
				),
			),
		);
		const fromBlock = Math.max(...joined.map(({ blockNumber }) => blockNumber));

		const expected = senators.map((s) => s.address);
		const { record } = await waitForEvent(
			api,
			({ event }) =>
				event.section === "governance" &&
				event.method === "SenateChanged" &&
				event.data.members.map((m) => m.toString()).join() === expected.join(),
			{ fromBlock, timeout: TIMEOUT.tx, what: "a root epoch seating the three senators" },
		);
		assert.deepEqual(
			record.event.data.members.map((m) => m.toString()),
			expected,
			"ranked by stake",
		);
		const members = (await api.query.council.members()).map((m) => m.toString());
		assert.deepEqual([...members].sort(), [...expected].sort(), "the collective's members are the senators");
	});

	it("a triumvirate motion approved by two senators runs as root after the motion delay", async () => {
		assert.ok(senators, "the senate is seated");
		const { alice } = dev;
		const call = api.tx.subtensorModule.setNetworkParameter({ NetworkRateLimit: RATE_LIMIT });
		const motion = api.tx.governance.scheduleMotion(call);
		lengthBound = motion.method.encodedLength + 16;
		assert.notEqual((await api.query.subtensorModule.networkRateLimit()).toNumber(), RATE_LIMIT);

		const proposed = await signAndWait(api.tx.governance.propose(call, lengthBound), alice);
		const { proposalIndex, proposalHash, threshold } = findEvent(proposed.events, "council", "Proposed").event.data;
		assert.equal(threshold.toNumber(), 2, "a majority of three");
		assert.equal(proposalHash.toHex(), motion.method.hash.toHex(), "the senate votes on schedule_motion(call)");

		await signAndWait(api.tx.council.vote(proposalHash, proposalIndex, true), senators[0]);
		await signAndWait(api.tx.council.vote(proposalHash, proposalIndex, true), senators[1]);
		const closed = await signAndWait(
			api.tx.council.close(proposalHash, proposalIndex, { refTime: 10_000_000_000n, proofSize: 1_000_000n }, lengthBound),
			senators[0],
		);
		assert.ok(findEvent(closed.events, "council", "Approved"), "approved");
		const scheduled = findEvent(closed.events, "governance", "MotionScheduled");
		assert.ok(scheduled, "the approved motion was scheduled");
		const when = scheduled.event.data.when.toNumber();
		const delay = (await api.query.governance.motionDelay()).toNumber();
		assert.equal(when, closed.blockNumber + delay, "after the motion delay");

		// Not yet: the parameter changes in block `when`, by the scheduler, as root.
		assert.notEqual((await api.query.subtensorModule.networkRateLimit()).toNumber(), RATE_LIMIT);
		const { record } = await waitForEvent(api, ({ event }) => event.section === "scheduler" && event.method === "Dispatched", {
			fromBlock: closed.blockNumber + 1,
			what: "the scheduler dispatching the motion",
		});
		assert.ok(record.event.data.result.isOk, `the motion ran: ${record.event.data.result}`);
		await waitForBlock(api, when);
		assert.equal((await api.query.subtensorModule.networkRateLimit()).toNumber(), RATE_LIMIT, "the parameter changed");
	});

	it("only the triumvirate proposes; the collective's own propose is filtered out", async () => {
		assert.ok(senators, "the senate is seated");
		const call = api.tx.subtensorModule.setNetworkParameter({ NetworkRateLimit: 0 });
		await assert.rejects(
			signAndWait(api.tx.governance.propose(call, lengthBound), senators[0]),
			/governance\.NotTriumvirate/,
		);
		await assert.rejects(
			signAndWait(api.tx.council.propose(2, api.tx.governance.scheduleMotion(call), lengthBound), senators[0]),
			/system\.CallFiltered/,
		);
		await assert.rejects(signAndWait(api.tx.governance.scheduleMotion(call), senators[0]), /BadOrigin/);
	});

	it("a vetoed motion does not run", async () => {
		assert.ok(senators, "the senate is seated");
		const { alice } = dev;
		const call = api.tx.subtensorModule.setNetworkParameter({ NetworkRateLimit: 0 });
		const proposed = await signAndWait(api.tx.governance.propose(call, lengthBound), alice);
		const { proposalIndex, proposalHash } = findEvent(proposed.events, "council", "Proposed").event.data;
		await signAndWait(api.tx.council.vote(proposalHash, proposalIndex, true), senators[1]);
		await signAndWait(api.tx.council.vote(proposalHash, proposalIndex, true), senators[2]);
		const closed = await signAndWait(
			api.tx.council.close(proposalHash, proposalIndex, { refTime: 10_000_000_000n, proofSize: 1_000_000n }, lengthBound),
			senators[2],
		);
		const { id, when } = findEvent(closed.events, "governance", "MotionScheduled").event.data;
		const vetoed = await sudo(api, alice, api.tx.governance.veto(id));
		assert.ok(findEvent(vetoed.events, "governance", "MotionVetoed"));
		await waitForBlock(api, when.toNumber() + 1);
		assert.equal((await api.query.subtensorModule.networkRateLimit()).toNumber(), RATE_LIMIT, "unchanged");
	});
});
