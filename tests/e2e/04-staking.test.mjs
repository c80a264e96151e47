// Staking through polkadot-js: a coldkey stakes to its own hotkey, a nominator stakes to a
// delegate, both unstake; balances, holds, totals, events and the staking runtime API agree, and
// staking more than the free balance fails with a readable error.
//
// The dev genesis registers two hotkeys: //One, owned by Alice, and //Two, owned by Bob. Bob is
// the staker here: Alice is the dev chain's collator, whose free balance grows by the block
// rewards of the collator pot, so exact balance checks on her would not hold.

import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";

import { Keyring } from "@polkadot/keyring";

import {
	balanceAt,
	connect,
	devAccounts,
	ExtrinsicFailedError,
	feeOf,
	findEvent,
	parentOf,
	signAndWait,
	TAO,
	TIMEOUT,
	totalIssuanceAt,
} from "./helpers.mjs";

/** What `address` holds for staking at `blockHash` (balances.holds with id Staking.Staked). */
async function stakeHoldAt(api, blockHash, address) {
	const apiAt = await api.at(blockHash);
	const holds = await apiAt.query.balances.holds(address);
	let total = 0n;
	for (const hold of holds) {
		const id = hold.id.toJSON();
		if (id && typeof id === "object" && "staking" in id && id.staking === "Staked") total += hold.amount.toBigInt();
	}
	return total;
}

/** Asserts a staking event's named fields. */
function assertStakeEvent(events, method, { coldkey, hotkey, amount }) {
	const record = findEvent(events, "staking", method);
	assert.ok(record, `a staking.${method} event`);
	const { data } = record.event;
	assert.equal(data.coldkey.toString(), coldkey, `${method}.coldkey`);
	assert.equal(data.hotkey.toString(), hotkey, `${method}.hotkey`);
	assert.equal(data.amount.toBigInt(), amount, `${method}.amount`);
}

/** Issuance before and after the block of an extrinsic: staking never changes it. */
async function assertIssuanceUnchanged(api, blockHash, what) {
	const before = await totalIssuanceAt(api, await parentOf(api, blockHash));
	const after = await totalIssuanceAt(api, blockHash);
	assert.equal(after, before, `${what} leaves total issuance unchanged`);
}

describe("staking", { timeout: TIMEOUT.test }, () => {
	let api;
	let dev;
	let hotOne; // Alice's hotkey
	let hotTwo; // Bob's hotkey

	before(async () => {
		api = await connect();
		dev = await devAccounts();
		const keyring = new Keyring({ type: "sr25519", ss58Format: 42 });
		hotOne = keyring.addFromUri("//One").address;
		hotTwo = keyring.addFromUri("//Two").address;
	});

	after(async () => {
		await api?.disconnect();
	});

	it("exposes the staking pallet and its runtime API", async () => {
		assert.ok(api.tx.staking?.addStake, "api.tx.staking.addStake exists");
		assert.ok(api.call.stakingApi?.stakesOfColdkey, "api.call.stakingApi.stakesOfColdkey exists");
		assert.equal((await api.query.staking.owner(hotOne)).toString(), dev.alice.address, "//One is Alice's hotkey");
		assert.equal((await api.query.staking.owner(hotTwo)).toString(), dev.bob.address, "//Two is Bob's hotkey");
		assert.equal((await api.call.stakingApi.hotkeyOwner(hotOne)).toString(), dev.alice.address);
	});

	it("a coldkey stakes to its own hotkey and unstakes: held, not spent; totals and events check out", async () => {
		const { bob } = dev;
		const amount = 100n * TAO;
		const totalBefore = (await api.query.staking.totalStake()).toBigInt();

		const staked = await signAndWait(api.tx.staking.addStake(hotTwo, amount), bob);
		assertStakeEvent(staked.events, "StakeAdded", { coldkey: bob.address, hotkey: hotTwo, amount });
		const parent = await parentOf(api, staked.blockHash);
		const before = await balanceAt(api, parent, bob.address);
		const after = await balanceAt(api, staked.blockHash, bob.address);
		assert.equal(after.free, before.free - amount - feeOf(staked.events), "free balance fell by the stake and the fee");
		assert.equal(after.reserved, before.reserved + amount, "the stake is held on the coldkey");
		assert.equal(await stakeHoldAt(api, staked.blockHash, bob.address), amount, "balances.holds shows Staking.Staked");
		await assertIssuanceUnchanged(api, staked.blockHash, "add_stake");

		const apiAt = await api.at(staked.blockHash);
		assert.equal((await apiAt.call.stakingApi.stake(hotTwo, bob.address)).toBigInt(), amount);
		assert.equal((await apiAt.call.stakingApi.totalHotkeyStake(hotTwo)).toBigInt(), amount);
		assert.equal((await apiAt.query.staking.totalColdkeyStake(bob.address)).toBigInt(), amount);
		assert.equal((await apiAt.query.staking.totalStake()).toBigInt(), totalBefore + amount);
		const stakes = (await api.call.stakingApi.stakesOfColdkey(bob.address)).map(([hotkey, stake]) => [
			hotkey.toString(),
			stake.toBigInt(),
		]);
		assert.deepEqual(stakes, [[hotTwo, amount]], "stakingApi.stakesOfColdkey");
		assert.equal((await api.call.stakingApi.totalHotkeyStake(hotTwo)).toBigInt(), amount);

		const unstaked = await signAndWait(api.tx.staking.removeStake(hotTwo, amount), bob);
		assertStakeEvent(unstaked.events, "StakeRemoved", { coldkey: bob.address, hotkey: hotTwo, amount });
		const end = await balanceAt(api, unstaked.blockHash, bob.address);
		const fees = feeOf(staked.events) + feeOf(unstaked.events);
		assert.equal(end.free, before.free - fees, "the stake came back; only the fees are gone");
		assert.equal(end.reserved, before.reserved, "the hold is released");
		assert.equal(await stakeHoldAt(api, unstaked.blockHash, bob.address), 0n);
		await assertIssuanceUnchanged(api, unstaked.blockHash, "remove_stake");
		assert.deepEqual((await api.call.stakingApi.stakesOfColdkey(bob.address)).toJSON(), []);
		assert.equal((await api.query.staking.totalStake()).toBigInt(), totalBefore);
	});

	it("a nominator stakes to a delegate; the API lists it with the take; it unstakes", async () => {
		const { bob, dave } = dev;
		const amount = 50n * TAO;

		// Before Bob opens //Two to nominators, only he may stake to it.
		const refused = await signAndWait(api.tx.staking.addStake(hotTwo, amount), dave).then(
			() => assert.fail("Dave staked to Bob's hotkey before it was a delegate"),
			(e) => e,
		);
		assert.ok(refused instanceof ExtrinsicFailedError, `the runtime rejects it, got: ${refused.message}`);
		assert.match(refused.message, /staking\.NonAssociatedColdkey: \S/, `a readable error, got: ${refused.message}`);

		const delegated = await signAndWait(api.tx.staking.becomeDelegate(hotTwo), bob);
		const added = findEvent(delegated.events, "staking", "DelegateAdded");
		assert.ok(added, "a staking.DelegateAdded event");
		assert.equal(added.event.data.hotkey.toString(), hotTwo);
		assert.equal(added.event.data.take.toNumber(), 11_796, "the default take is 18 % (11796 / 65535)");

		const staked = await signAndWait(api.tx.staking.addStake(hotTwo, amount), dave);
		assertStakeEvent(staked.events, "StakeAdded", { coldkey: dave.address, hotkey: hotTwo, amount });
		assert.equal(await stakeHoldAt(api, staked.blockHash, dave.address), amount);
		await assertIssuanceUnchanged(api, staked.blockHash, "add_stake to a delegate");

		const info = (await api.call.stakingApi.delegateInfo(hotTwo)).unwrap();
		assert.equal(info.hotkey.toString(), hotTwo);
		assert.equal(info.owner.toString(), bob.address);
		assert.equal(info.take.toNumber(), 11_796);
		assert.equal(info.totalStake.toBigInt(), amount);
		assert.deepEqual(
			info.nominators.map(([coldkey, stake]) => [coldkey.toString(), stake.toBigInt()]),
			[[dave.address, amount]],
		);
		const delegates = await api.call.stakingApi.delegates();
		assert.ok(delegates.some((d) => d.hotkey.toString() === hotTwo), "stakingApi.delegates lists //Two");
		assert.ok((await api.call.stakingApi.delegateInfo(hotOne)).isNone, "//One is not a delegate");

		const unstaked = await signAndWait(api.tx.staking.removeStake(hotTwo, amount), dave);
		assertStakeEvent(unstaked.events, "StakeRemoved", { coldkey: dave.address, hotkey: hotTwo, amount });
		assert.equal(await stakeHoldAt(api, unstaked.blockHash, dave.address), 0n);
		assert.equal((await api.call.stakingApi.delegateInfo(hotTwo)).unwrap().totalStake.toBigInt(), 0n);
	});

	it("staking more than the free balance fails with a readable error and moves nothing", async () => {
		const { bob } = dev;
		const free = (await api.query.system.account(bob.address)).data.free.toBigInt();
		const amount = free + TAO;
		const err = await signAndWait(api.tx.staking.addStake(hotTwo, amount), bob).then(
			() => assert.fail(`a stake of ${amount} rao out of ${free} rao free went through`),
			(e) => e,
		);
		assert.ok(err instanceof ExtrinsicFailedError, `the runtime rejects it, got: ${err.message}`);
		assert.match(err.message, /staking\.NotEnoughBalanceToStake: \S/, `a readable error, got: ${err.message}`);
		assert.ok(!findEvent(err.events, "staking", "StakeAdded"), "no StakeAdded event");
		assert.equal(await stakeHoldAt(api, err.blockHash, bob.address), 0n, "nothing is held");
		const before = await balanceAt(api, await parentOf(api, err.blockHash), bob.address);
		const after = await balanceAt(api, err.blockHash, bob.address);
		assert.equal(after.free, before.free - feeOf(err.events), "only the fee is spent");
	});
});
