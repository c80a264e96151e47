// A delegate with 200 nominators (DESIGN 5.3, issue 12): a validator on a subnet with a short
// tempo becomes a delegate, 200 coldkeys stake a different amount each to it, and over a few of
// its payouts (`staking.EmissionPaid`) every nominator's stake, as `stakingApi.stakesOfColdkey`
// reports it (rewards included, settled or not), grows by the same proportion, to within the
// rounding of a rao or so per payout; total issuance grows by exactly the owner cuts and the
// payouts; and a nominator takes everything it has, rewards included, back to its free balance.
//
// The semantics this relies on hold for both stake accountings the staking pallet has had: the
// one that credits each nominator at every payout, and the pool of shares whose value a payout
// raises. Stake added since the delegate's last payout earns nothing from the next one
// (anti-sniping), so the "before" snapshot is taken at a payout after the last nominator staked.
//
// Accounts: a fresh coldkey owns the subnet and both of its hotkeys (the validator, which becomes
// the delegate and joins the root network to give the subnet emission, and one miner it scores);
// Bob funds it; four dev stashes fund the nominators in utility.batchAll batches. Governance steps
// go through sudo (Alice). The subnet's epoch runs every 6 blocks and the root epoch every 4.

import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";

import {
	balanceAt,
	burnedBy,
	connect,
	devAccounts,
	eventsAt,
	feeOf,
	filterEvents,
	findEvent,
	freshAccount,
	fundInBatches,
	parentOf,
	quickSubnetCalls,
	signAndWait,
	stakesOfColdkeyAt,
	sudo,
	TAO,
	TIMEOUT,
	totalIssuanceAt,
	waitForEvent,
} from "./helpers.mjs";

const SUITE_TIMEOUT = 3 * TIMEOUT.test;

const NOMINATORS = 200;
const TEMPO = 5; // an epoch every 6 blocks
const ROOT_TEMPO = 3; // a root epoch every 4 blocks
/** Payouts of the delegate over which the nominators' growth is measured. */
const PAYOUTS = 3;
/** The delegate owner's own stake on its hotkey (so the validator gets a permit at once). */
const OWNER_STAKE = 1_000n * TAO;
const HOTKEY_FUNDS = 10n * TAO;
/** Nominator i stakes (i + 1) TAO and a few odd rao: all different, not proportional to i + 1. */
const stakeOf = (i) => BigInt(i + 1) * TAO + BigInt(i) * 7_919n;
/** What a nominator gets on top of its stake, for the fees. */
const NOMINATOR_SPARE = TAO;
/** The nominator that withdraws everything at the end. */
const LEAVER = 137;

/** a/b <= c/d for positive denominators b and d (BigInt fractions as [numerator, denominator]). */
const fractionLe = ([a, b], [c, d]) => a * d <= c * b;

/** The delegate payout event in a record, if it is one for `hotkey`. */
const isPayoutTo = (hotkey) => ({ event }) =>
	event.section === "staking" && event.method === "EmissionPaid" && event.data.hotkey.toString() === hotkey;

/** A payout that gives the delegate's stakers something: its validator amount exceeds the take. */
const sharesSomething = ({ event }) => event.data.validatorAmount.toBigInt() > event.data.take.toBigInt();

/** Every nominator's stake on `hotkey` at `blockHash`, in nominator order (0 if it has none). */
async function nominatorStakesAt(api, blockHash, nominators, hotkey) {
	const stakes = await Promise.all(nominators.map((n) => stakesOfColdkeyAt(api, blockHash, n.address)));
	return stakes.map((byHotkey) => byHotkey.get(hotkey) ?? 0n);
}

describe("a delegate with 200 nominators: rewards, proportions, issuance, withdrawal", { timeout: SUITE_TIMEOUT }, () => {
	let api;
	let dev;
	let owner; // the subnet's owner and the owner of both hotkeys
	let validator; // the delegate hotkey
	let miner;
	let nominators;
	let netuid;
	let registeredBlock; // the block the validator and the miner registered in
	let lastStakeBlock; // the block of the last nominator's add_stake
	let weightsBlock; // the block the validator's weights on the miner were set in
	let endBlock; // the last payout of the measured window

	before(async () => {
		api = await connect();
		dev = await devAccounts();
		owner = await freshAccount("delegate-owner");
		validator = await freshAccount("delegate-validator");
		miner = await freshAccount("delegate-miner");
		nominators = [];
		for (let i = 0; i < NOMINATORS; i++) nominators.push(await freshAccount(`nominator-${i}`));
		assert.equal(new Set(nominators.map((n) => n.address)).size, NOMINATORS, "every nominator is a different coldkey");

		const lock = (await api.call.subnetRegistrationRuntimeApi.getNetworkRegistrationCost()).toBigInt();
		await Promise.all([
			signAndWait(
				api.tx.utility.batchAll([
					api.tx.balances.transferKeepAlive(owner.address, lock + OWNER_STAKE + 100n * TAO),
					api.tx.balances.transferKeepAlive(validator.address, HOTKEY_FUNDS),
				]),
				dev.bob,
			),
			fundInBatches(
				api,
				[dev.bobStash, dev.charlieStash, dev.daveStash, dev.eveStash],
				nominators.map((n, i) => [n.address, stakeOf(i) + NOMINATOR_SPARE]),
			),
		]);
	});

	after(async () => {
		await api?.disconnect();
	});

	it("set-up: a subnet with a short tempo; its validator is a delegate, on the root network too; a miner", async () => {
		const { alice } = dev;
		// The network rate limit (a day by default) would refuse the subnet on a chain that just
		// registered one.
		await sudo(api, alice, api.tx.subtensorModule.setNetworkParameter({ NetworkRateLimit: 0 }));
		const registered = await signAndWait(api.tx.subtensorModule.registerNetwork(), owner);
		netuid = findEvent(registered.events, "subtensorModule", "NetworkAdded").event.data.netuid.toNumber();

		const set = (id, parameter) => api.tx.subtensorModule.setHyperparameter(id, parameter);
		await sudo(
			api,
			alice,
			api.tx.utility.batchAll([
				...quickSubnetCalls(api, netuid, { tempo: TEMPO, rootTempo: ROOT_TEMPO }),
				set(0, { MaxRegistrationsPerBlock: 8 }),
				set(0, { TargetRegistrationsPerInterval: 8 }),
			]),
		);

		// One extrinsic: both neurons, the owner's stake, the delegate, the root seat.
		const joined = await signAndWait(
			api.tx.utility.batchAll([
				api.tx.subtensorModule.burnedRegister(netuid, validator.address),
				api.tx.subtensorModule.burnedRegister(netuid, miner.address),
				api.tx.staking.addStake(validator.address, OWNER_STAKE),
				api.tx.staking.becomeDelegate(validator.address),
				api.tx.subtensorModule.rootRegister(validator.address),
			]),
			owner,
		);
		registeredBlock = joined.blockNumber;
		assert.equal(filterEvents(joined.events, "subtensorModule", "NeuronRegistered").length, 3, "two subnet uids and a root uid");
		assert.ok(findEvent(joined.events, "staking", "DelegateAdded"), "the validator is a delegate");

		const rootWeights = await signAndWait(api.tx.subtensorModule.setWeights(0, [netuid], [65_535], 0), validator);
		assert.ok(findEvent(rootWeights.events, "subtensorModule", "WeightsSet"), "root weights set");
	});

	it(`${NOMINATORS} nominators, each its own coldkey, stake a different amount to the delegate`, async (t) => {
		assert.ok(netuid !== undefined, "the subnet exists");
		const results = await Promise.all(
			nominators.map((n, i) => signAndWait(api.tx.staking.addStake(validator.address, stakeOf(i)), n)),
		);
		results.forEach(({ events }, i) => {
			const added = findEvent(events, "staking", "StakeAdded");
			assert.ok(added, `nominator ${i}: a staking.StakeAdded event`);
			assert.equal(added.event.data.amount.toBigInt(), stakeOf(i), `nominator ${i}: StakeAdded.amount`);
		});
		lastStakeBlock = Math.max(...results.map((r) => r.blockNumber));
		const blocks = new Set(results.map((r) => r.blockNumber)).size;

		const at = await api.rpc.chain.getBlockHash(lastStakeBlock);
		const info = (await (await api.at(at)).call.stakingApi.delegateInfo(validator.address)).unwrap();
		const listed = new Map(info.nominators.map(([coldkey, stake]) => [coldkey.toString(), stake.toBigInt()]));
		const ours = nominators.filter((n) => listed.has(n.address)).length;
		assert.equal(ours, NOMINATORS, `delegateInfo lists all ${NOMINATORS} nominators (it lists ${listed.size} stakers)`);
		const stakes = await nominatorStakesAt(api, at, nominators, validator.address);
		stakes.forEach((stake, i) => {
			// Payouts between a nominator's add_stake and the last one may already have paid it.
			assert.ok(stake >= stakeOf(i), `nominator ${i}: stakesOfColdkey shows at least its stake`);
			assert.equal(listed.get(nominators[i].address), stake, `nominator ${i}: delegateInfo and stakesOfColdkey agree`);
		});
		t.diagnostic(`${NOMINATORS} add_stake extrinsics went into ${blocks} block(s), the last in #${lastStakeBlock}`);
	});

	it("the validator scores the miner after the subnet's first epoch", async () => {
		assert.ok(registeredBlock !== undefined, "the neurons are registered");
		// The first epoch after registration hands out validator permits.
		await waitForEvent(
			api,
			({ event }) => event.section === "subtensorModule" && event.method === "EpochRun" && event.data.netuid.toNumber() === netuid,
			{ fromBlock: registeredBlock + 1, timeout: TIMEOUT.tx * 2, what: "the subnet's first epoch" },
		);
		const neurons = (await api.call.neuronInfoRuntimeApi.getNeuronsLite(netuid)).toJSON();
		const uidOf = (account) => neurons.find((n) => n.hotkey === account.address).uid;
		assert.ok(neurons.find((n) => n.hotkey === validator.address).validatorPermit, "the validator got a permit");
		const weights = await signAndWait(api.tx.subtensorModule.setWeights(netuid, [uidOf(miner)], [65_535], 0), validator);
		assert.ok(findEvent(weights.events, "subtensorModule", "WeightsSet"), "the validator's weights are set");
		weightsBlock = weights.blockNumber;
	});

	it(`over ${PAYOUTS} payouts every nominator's stake grows in proportion to it; issuance grows by exactly the emission`, async (t) => {
		assert.ok(lastStakeBlock !== undefined && weightsBlock !== undefined, "the nominators staked and the weights are set");
		const hotkey = validator.address;
		// "Before": a payout of the delegate that shares something, after every nominator staked,
		// so every nominator's stake counts in all the payouts after it.
		const start = await waitForEvent(api, (r) => isPayoutTo(hotkey)(r) && sharesSomething(r), {
			fromBlock: Math.max(lastStakeBlock, weightsBlock) + 1,
			timeout: TIMEOUT.tx * 2,
			what: "a payout of the delegate after the last nominator staked",
		});
		let last = start;
		for (let seen = 0; seen < PAYOUTS; seen++) {
			last = await waitForEvent(api, (r) => isPayoutTo(hotkey)(r) && sharesSomething(r), {
				fromBlock: last.blockNumber + 1,
				timeout: TIMEOUT.tx,
				what: `payout ${seen + 1} of ${PAYOUTS} of the delegate`,
			});
		}
		const startHash = start.blockHash;
		const endHash = last.blockHash;
		endBlock = last.blockNumber;

		// Everything the window's blocks did to issuance, and the delegate's payouts.
		let cuts = 0n;
		let minted = 0n;
		let burned = 0n;
		const payouts = []; // { validatorAmount, take, stakeBefore }
		for (let number = start.blockNumber + 1; number <= endBlock; number++) {
			const hash = await api.rpc.chain.getBlockHash(number);
			const records = await eventsAt(api, hash);
			for (const { event } of filterEvents(records, "subtensorModule", "OwnerCutPaid")) cuts += event.data.amount.toBigInt();
			for (const { event } of filterEvents(records, "staking", "EmissionPaid")) minted += event.data.minted.toBigInt();
			for (const { event } of records) burned += burnedBy(event);
			for (const record of records.filter(isPayoutTo(hotkey))) {
				const { validatorAmount, take } = record.event.data;
				const parentAt = await api.at(await parentOf(api, hash));
				const stakeBefore = (await parentAt.call.stakingApi.totalHotkeyStake(hotkey)).toBigInt();
				payouts.push({ validatorAmount: validatorAmount.toBigInt(), take: take.toBigInt(), stakeBefore });
			}
			for (const method of ["StakeAdded", "StakeRemoved"]) {
				const moved = filterEvents(records, "staking", method).filter(({ event }) => event.data.hotkey.toString() === hotkey);
				assert.equal(moved.length, 0, `no staking.${method} on the delegate in block #${number}`);
			}
		}
		const issuanceGrowth = (await totalIssuanceAt(api, endHash)) - (await totalIssuanceAt(api, startHash));
		assert.equal(
			issuanceGrowth,
			cuts + minted - burned,
			`total issuance grew by exactly the owner cuts (${cuts}) and the payouts (${minted}), less what was burned (${burned})`,
		);
		assert.ok(minted > 0n, "rewards were paid");

		const before = await nominatorStakesAt(api, startHash, nominators, hotkey);
		const afterStakes = await nominatorStakesAt(api, endHash, nominators, hotkey);
		const growth = afterStakes.map((stake, i) => stake - before[i]);
		growth.forEach((g, i) => assert.ok(g > 0n, `nominator ${i} earned something (${before[i]} -> ${afterStakes[i]})`));

		// Proportional growth: there is one rate R with |growth_i - R * stake_i| <= tol for every
		// nominator i. The rounding that bounds tol, over k payouts that share something:
		//  - crediting each nominator floor(shared * stake_i / total) at each payout loses less
		//    than 1 rao per payout, compounded by (1 + R): less than k * (1 + R) <= k + 1 rao;
		//  - a pool of shares whose value the payouts raise, read as floor(shares_i * price):
		//    each of the two reads is less than 1 rao under the exact value, so growth_i is within
		//    1 + R <= k + 1 rao of R * stake_i.
		// (R * k <= 1 is asserted below.) So tol = k + 1 rao.
		const k = payouts.filter((p) => p.validatorAmount > p.take).length;
		assert.ok(k >= PAYOUTS, `${PAYOUTS} payouts shared something in the window, saw ${k}`);
		const tol = BigInt(k + 1);
		const lowers = growth.map((g, i) => [g - tol, before[i]]);
		const uppers = growth.map((g, i) => [g + tol, before[i]]);
		const argmax = lowers.reduce((best, f, i) => (fractionLe(lowers[best], f) ? i : best), 0);
		const argmin = uppers.reduce((best, f, i) => (fractionLe(f, uppers[best]) ? i : best), 0);
		const sumStake = before.reduce((a, b) => a + b, 0n);
		const sumGrowth = growth.reduce((a, b) => a + b, 0n);
		const rate = Number(sumGrowth) / Number(sumStake);
		const worst = growth.reduce((m, g, i) => {
			const deviation = Math.abs(Number(g * sumStake - sumGrowth * before[i]) / Number(sumStake));
			return Math.max(m, deviation);
		}, 0);
		// The rate the events say: a payout that shares A = validator_amount - take raises every
		// staker's stake by the factor 1 + A / S, S the delegate's total stake before it (no stake
		// entered in the window, so all of it earns): R = prod(1 + A_j / S_j) - 1, exactly, as a
		// fraction. Every nominator is within the same rounding of it.
		let [rateNum, rateDen] = [1n, 1n];
		for (const p of payouts) {
			rateNum *= p.stakeBefore + p.validatorAmount - p.take;
			rateDen *= p.stakeBefore;
		}
		rateNum -= rateDen;
		const expected = Number(rateNum) / Number(rateDen);
		t.diagnostic(
			`window #${start.blockNumber}..#${endBlock}: ${k} payouts; growth/stake ${rate.toExponential(6)} ` +
				`(the payouts shared ${expected.toExponential(6)}); largest |growth_i - R * stake_i| at the best-fit R: ` +
				`${worst.toFixed(3)} rao (tolerance ${tol} rao); growth ${growth[0]} rao (smallest stake) .. ` +
				`${growth[NOMINATORS - 1]} rao (largest)`,
		);
		assert.ok(rate * k <= 1, "the growth rate is small (the tolerance's derivation needs R * k <= 1)");
		assert.ok(
			fractionLe(lowers[argmax], uppers[argmin]),
			`one growth rate fits every nominator to within ${tol} rao: nominator ${argmax} needs R >= ` +
				`(${growth[argmax]} - ${tol}) / ${before[argmax]}, nominator ${argmin} needs R <= ` +
				`(${growth[argmin]} + ${tol}) / ${before[argmin]}`,
		);
		growth.forEach((g, i) => {
			const off = g * rateDen - rateNum * before[i];
			assert.ok(
				(off < 0n ? -off : off) <= tol * rateDen,
				`nominator ${i} grew by ${g} rao, ${Number(off) / Number(rateDen)} rao off its share of the payouts ` +
					`(R * ${before[i]} with R = ${expected})`,
			);
		});
		const shared = payouts.reduce((sum, p) => sum + p.validatorAmount - p.take, 0n);
		assert.ok(sumGrowth <= shared, `the nominators got no more (${sumGrowth}) than the payouts shared (${shared})`);
	});

	it("a nominator withdraws everything it has, rewards included", async () => {
		assert.ok(endBlock !== undefined, "the rewards were measured");
		const hotkey = validator.address;
		const leaver = nominators[LEAVER];
		// Right after a payout, so that no payout lands between reading the stake and removing it.
		const payout = await waitForEvent(api, isPayoutTo(hotkey), {
			fromBlock: endBlock + 1,
			timeout: TIMEOUT.tx,
			what: "the next payout of the delegate",
		});
		const amount = (await stakesOfColdkeyAt(api, payout.blockHash, leaver.address)).get(hotkey);
		assert.ok(amount > stakeOf(LEAVER), `its stake (${amount}) includes rewards on top of the ${stakeOf(LEAVER)} it staked`);

		const removed = await signAndWait(api.tx.staking.removeStake(hotkey, amount), leaver);
		for (let number = payout.blockNumber + 1; number <= removed.blockNumber; number++) {
			const records = await eventsAt(api, await api.rpc.chain.getBlockHash(number));
			assert.ok(!records.some(isPayoutTo(hotkey)), `no payout of the delegate in block #${number}, before the withdrawal`);
		}
		const event = findEvent(removed.events, "staking", "StakeRemoved");
		assert.ok(event, "a staking.StakeRemoved event");
		assert.equal(event.event.data.coldkey.toString(), leaver.address);
		assert.equal(event.event.data.hotkey.toString(), hotkey);
		assert.equal(event.event.data.amount.toBigInt(), amount, "StakeRemoved.amount is the whole stake");

		const parent = await parentOf(api, removed.blockHash);
		assert.equal((await stakesOfColdkeyAt(api, parent, leaver.address)).get(hotkey), amount, "the stake just before");
		const after = await stakesOfColdkeyAt(api, removed.blockHash, leaver.address);
		assert.equal(after.has(hotkey), false, `stakesOfColdkey shows nothing for the delegate: ${[...after]}`);
		const info = (await (await api.at(removed.blockHash)).call.stakingApi.delegateInfo(hotkey)).unwrap();
		assert.ok(!info.nominators.some(([coldkey]) => coldkey.toString() === leaver.address), "delegateInfo no longer lists it");

		const balanceBefore = await balanceAt(api, parent, leaver.address);
		const balanceAfter = await balanceAt(api, removed.blockHash, leaver.address);
		const fee = feeOf(removed.events);
		assert.equal(balanceAfter.free, balanceBefore.free + amount - fee, "its free balance rose by the whole stake, less the fee");
		assert.equal(balanceAfter.reserved, 0n, "nothing is held on it any more");

		// The fee is not burned (it goes to the collators' pot): the block changes issuance by
		// its emission only.
		const records = await eventsAt(api, removed.blockHash);
		const cuts = filterEvents(records, "subtensorModule", "OwnerCutPaid").reduce((s, { event }) => s + event.data.amount.toBigInt(), 0n);
		const minted = filterEvents(records, "staking", "EmissionPaid").reduce((s, { event }) => s + event.data.minted.toBigInt(), 0n);
		const burned = records.reduce((s, { event }) => s + burnedBy(event), 0n);
		assert.equal(burned, 0n, "nothing is burned in the withdrawal's block");
		assert.equal(
			(await totalIssuanceAt(api, removed.blockHash)) - (await totalIssuanceAt(api, parent)),
			cuts + minted,
			"the withdrawal's block changes total issuance by its owner cuts and payouts only",
		);
	});
});
