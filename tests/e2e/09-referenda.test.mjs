// Stake-weighted referenda through polkadot-js (DESIGN 6, stage 3): pallet-referenda with
// conviction voting whose voting power is stake.
//
// - A coldkey votes with its stake, which stays staked: free TAO does not vote
//   (`convictionVoting.InsufficientFunds`), nor does more than the stake; exactly the stake does,
//   counts in full as support (a tenth of it as ayes without conviction), and the stake, the
//   hold and the free balance (but for the fee) are what they were.
// - A referendum on the protocol-parameters track, passed by stake, sets a network parameter;
//   one on the staking-parameters track sets a staking parameter; a protocol-parameters
//   referendum whose call is a staking parameter is dispatched with BadOrigin: each track's
//   origin governs only its own pallets.
// - The vote's lock outlives the stake: a voter votes Locked1x with all its stake on a referendum
//   that passes and unstakes; the unstaked TAO is frozen (a transfer of it fails) until the lock
//   period after the referendum's end is over, then `convictionVoting.unlock` frees it.
//
// The dev chain runs referenda on short periods (prepare 1 block, decide within 30, confirm 2,
// enact 1 later; a Locked1x vote stays locked 10 blocks after the end), which the first test checks.
//
// Accounts: fresh coldkeys, funded by sudo (Alice), each staked to a hotkey of its own on a fresh
// subnet without emission (stakes never change by themselves): the "whale" stakes three times
// the chain's total stake, so that it alone holds 3/4 of all stake and its ayes pass a referendum
// as soon as it is decided; it also submits the referenda and pays their deposits. A small voter,
// a voter that locks and unstakes, and a coldkey with free TAO only. The whale unstakes at the
// end, so that later files find the total stake as it was.

import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";

import {
	balanceAt,
	assertFails,
	connect,
	devAccounts,
	enactOnTrack,
	feeOf,
	findEvent,
	notePreimage,
	parentOf,
	passReferendum,
	referendaTracks,
	signAndWait,
	stakedColdkeys,
	submitReferendum,
	TAO,
	TIMEOUT,
	trackOrigin,
	TRACKS,
	voteLockAt,
	voteStake,
	votingPowerAt,
	waitForBlock,
} from "./helpers.mjs";

const SUITE_TIMEOUT = 30 * 60_000;
/** One referendum from submission to enactment, with room to spare. */
const REFERENDUM_TIMEOUT = 5 * 60_000;

/** The small voter's stake and the locking voter's: odd amounts, so that no default matches them. */
const SMALL_STAKE = 250n * TAO + 123_456_789n;
const LOCKER_STAKE = 100n * TAO + 987_654_321n;

/** The value of a storage item (`query(api)`) at a block, as BigInt. */
async function valueAt(api, blockHash, query) {
	return BigInt((await query(await api.at(blockHash))).toString());
}


describe("stake-weighted referenda", { timeout: SUITE_TIMEOUT }, () => {
	let api;
	let dev;
	/** The voters (see the header): { coldkey, hotkey, stake }. */
	let whale;
	let small;
	let locker;
	let freeOnly;

	before(async () => {
		api = await connect();
		dev = await devAccounts();
		assert.ok(api.tx.referenda?.submit && api.tx.convictionVoting?.vote, "the runtime has referenda and conviction voting");

		const totalStake = (await api.query.staking.totalStake()).toBigInt();
		const whaleStake = totalStake * 3n > 1_000n * TAO ? totalStake * 3n : 1_000n * TAO;
		// The whale submits every referendum of this file and places their decision deposits.
		const submission = api.consts.referenda.submissionDeposit.toBigInt();
		const decision = [...referendaTracks(api).values()].reduce((max, t) => (t.decisionDeposit > max ? t.decisionDeposit : max), 0n);
		const whaleSpare = 8n * (submission + decision) + 100n * TAO;

		[whale, small, locker, freeOnly] = await stakedColdkeys(api, dev.alice, [
			{ label: "referenda-whale", stake: whaleStake, spare: whaleSpare },
			{ label: "referenda-small-voter", stake: SMALL_STAKE, spare: 10n * TAO },
			{ label: "referenda-locker", stake: LOCKER_STAKE, spare: 20n * TAO },
			{ label: "referenda-free-only", stake: 0n, spare: 1_000n * TAO },
		]);
	});

	after(async () => {
		// Give the total stake back: later files (the runtime upgrade) size their voters by it.
		if (api && whale) {
			try {
				const stake = await votingPowerAt(api, whale.coldkey.address);
				if (stake > 0n) await signAndWait(api.tx.staking.removeStake(whale.hotkey.address, stake), whale.coldkey);
			} catch (err) {
				console.log(`# the whale could not unstake: ${err.message}`);
			}
		}
		await api?.disconnect();
	});

	it("the dev chain runs eight tracks on short periods", () => {
		const tracks = referendaTracks(api);
		const expected = {
			[TRACKS.Root]: "root",
			[TRACKS.WhitelistedCaller]: "whitelisted_caller",
			[TRACKS.ProtocolParameters]: "protocol_parameters",
			[TRACKS.StakingParameters]: "staking_parameters",
			[TRACKS.CollatorSelection]: "collator_selection",
			[TRACKS.GeneralAdmin]: "general_admin",
			[TRACKS.ReferendumCanceller]: "referendum_canceller",
			[TRACKS.ReferendumKiller]: "referendum_killer",
		};
		assert.deepEqual(
			Object.fromEntries([...tracks.values()].map((t) => [t.id, t.name])),
			expected,
			"track ids and names as in runtime/src/configs/referenda.rs",
		);
		for (const t of tracks.values()) {
			assert.deepEqual(
				[t.preparePeriod, t.decisionPeriod, t.confirmPeriod, t.minEnactmentPeriod],
				[1, 30, 2, 1],
				`track ${t.name}: prepare 1, decision 30, confirm 2, min enactment 1 block(s)`,
			);
		}
		assert.equal(api.consts.convictionVoting.voteLockingPeriod.toNumber(), 10, "a vote-locking period of 10 blocks");
	});

	it("voting power is stake: free TAO does not vote; a coldkey votes at most its stake, which stays staked", { timeout: REFERENDUM_TIMEOUT }, async () => {
		assert.ok(small && freeOnly, "the voters are set up");
		// A referendum to vote on. Without a decision deposit it is never decided (and its call
		// never runs): it stays open until the undeciding timeout.
		const remark = api.tx.system.remark(`finney-e2e voting power ${process.pid} ${Date.now()}`);
		await notePreimage(api, whale.coldkey, remark);
		const { index } = await submitReferendum(api, whale.coldkey, trackOrigin("ProtocolParameters"), remark);

		// Free TAO only: no voting power.
		const freeOnlyFree = (await api.query.system.account(freeOnly.coldkey.address)).data.free.toBigInt();
		assert.ok(freeOnlyFree >= 1_000n * TAO, "the coldkey without stake has 1000 TAO free");
		assert.equal(await votingPowerAt(api, freeOnly.coldkey.address), 0n, "and no voting power");
		await assertFails(
			voteStake(api, freeOnly.coldkey, index, TAO),
			/convictionVoting\.InsufficientFunds/,
			"a vote of 1 TAO by a coldkey with 1000 TAO free and no stake",
		);

		// A staked coldkey: its stake and nothing more, though its free TAO would cover 1 rao more.
		const power = await votingPowerAt(api, small.coldkey.address);
		assert.equal(power, SMALL_STAKE, "the small voter's voting power is its stake");
		assert.equal((await api.query.staking.totalColdkeyStake(small.coldkey.address)).toBigInt(), SMALL_STAKE, "staking.totalColdkeyStake");
		await assertFails(
			voteStake(api, small.coldkey, index, SMALL_STAKE + 1n),
			/convictionVoting\.InsufficientFunds/,
			"a vote of the stake + 1 rao (the free balance has 10 TAO)",
		);

		const voted = await voteStake(api, small.coldkey, index, SMALL_STAKE);
		const record = findEvent(voted.events, "convictionVoting", "Voted");
		assert.equal(record.event.data.who.toString(), small.coldkey.address, "Voted.who");
		assert.equal(record.event.data.pollIndex.toNumber(), index, "Voted.pollIndex");

		// It counts in full as support; without conviction a tenth of it as ayes.
		const apiAt = await api.at(voted.blockHash);
		const { tally } = (await apiAt.query.referenda.referendumInfoFor(index)).unwrap().asOngoing;
		assert.equal(tally.support.toBigInt(), SMALL_STAKE, "the tally's support is the stake voted");
		assert.equal(tally.ayes.toBigInt(), SMALL_STAKE / 10n, "the ayes are a tenth of it (conviction None)");
		assert.equal(tally.nays.toBigInt(), 0n, "no nays: the refused votes left nothing");

		// Nothing was unstaked or moved: the stake, its hold and the free balance (but the fee) are as before.
		const parent = await parentOf(api, voted.blockHash);
		assert.equal(await votingPowerAt(api, small.coldkey.address, voted.blockHash), SMALL_STAKE, "the stake is unchanged");
		assert.equal((await apiAt.query.staking.totalColdkeyStake(small.coldkey.address)).toBigInt(), SMALL_STAKE, "totalColdkeyStake is unchanged");
		const beforeVote = await balanceAt(api, parent, small.coldkey.address);
		const afterVote = await balanceAt(api, voted.blockHash, small.coldkey.address);
		assert.equal(afterVote.reserved, beforeVote.reserved, "the stake's hold is unchanged");
		assert.equal(afterVote.free, beforeVote.free - feeOf(voted.events), "the free balance fell by the fee only");
		assert.equal(await voteLockAt(api, small.coldkey.address, voted.blockHash), SMALL_STAKE, "a pyconvot lock of the vote on the coldkey");
	});

	it("a protocol-parameters referendum passed by stake sets a network parameter", { timeout: REFERENDUM_TIMEOUT }, async () => {
		assert.ok(whale, "the voters are set up");
		const before = (await api.query.subtensorModule.keySwapCost()).toBigInt();
		const next = before + 123_456_789n;
		const power = await votingPowerAt(api, whale.coldkey.address);
		assert.equal(power, whale.stake, "the whale votes with its stake");

		const passed = await enactOnTrack(api, whale.coldkey, "ProtocolParameters", api.tx.subtensorModule.setNetworkParameter({ KeySwapCost: next }));
		assert.equal(passed.confirmed.tally.support, power, "its support is the stake that voted aye");
		const totalStake = await valueAt(api, passed.confirmed.blockHash, (at) => at.query.staking.totalStake());
		assert.ok(power * 2n > totalStake, `the ayes hold more than half of all stake (${power} of ${totalStake} rao)`);

		const parent = await parentOf(api, passed.dispatched.blockHash);
		assert.equal(await valueAt(api, parent, (at) => at.query.subtensorModule.keySwapCost()), before, "unchanged before the enactment");
		assert.equal(
			await valueAt(api, passed.dispatched.blockHash, (at) => at.query.subtensorModule.keySwapCost()),
			next,
			"KeySwapCost is the referendum's value once it is enacted",
		);
	});

	it("a staking-parameters referendum sets a staking parameter; the protocol-parameters track cannot", { timeout: 2 * REFERENDUM_TIMEOUT }, async () => {
		assert.ok(whale, "the voters are set up");
		const txRateLimit = (at) => at.query.staking.txRateLimit();
		const before = BigInt((await api.query.staking.txRateLimit()).toString());
		const next = before + 1n;

		const passed = await enactOnTrack(api, whale.coldkey, "StakingParameters", api.tx.staking.setStakingParameter({ TxRateLimit: next }));
		assert.equal(await valueAt(api, passed.dispatched.blockHash, txRateLimit), next, "TxRateLimit is the referendum's value");

		// The same kind of call from the protocol-parameters track: it passes, but its origin is
		// not one the staking pallet accepts.
		const wrong = await passReferendum(api, {
			signer: whale.coldkey,
			origin: trackOrigin("ProtocolParameters"),
			call: api.tx.staking.setStakingParameter({ TxRateLimit: next + 5n }),
			voter: whale.coldkey,
		});
		assert.equal(wrong.track, TRACKS.ProtocolParameters, "submitted on the protocol-parameters track");
		assert.ok(wrong.result.isErr, "the call was dispatched and failed");
		assert.match(wrong.error, /^BadOrigin/, `dispatched with BadOrigin, got: ${wrong.error}`);
		assert.equal(await valueAt(api, wrong.dispatched.blockHash, txRateLimit), next, "TxRateLimit is unchanged");
	});

	it("a Locked1x vote's lock outlives the stake: unstaked TAO stays frozen until the lock period ends and unlock", { timeout: 2 * REFERENDUM_TIMEOUT }, async () => {
		assert.ok(whale && locker, "the voters are set up");
		const voter = locker.coldkey;
		const before = (await api.query.subtensorModule.hotkeySwapRateLimit()).toBigInt();
		const passed = await passReferendum(api, {
			signer: whale.coldkey,
			origin: trackOrigin("ProtocolParameters"),
			call: api.tx.subtensorModule.setNetworkParameter({ HotkeySwapRateLimit: before + 1n }),
			votes: [
				{ voter, balance: LOCKER_STAKE, conviction: "Locked1x" },
				{ voter: whale.coldkey }, // carries the referendum
			],
		});
		assert.equal(passed.error, null, `the referendum passed and its call succeeded, got: ${passed.error}`);
		assert.equal(passed.confirmed.tally.support, LOCKER_STAKE + whale.stake, "both votes count in full as support");
		const track = passed.track;
		assert.equal(await voteLockAt(api, voter.address), LOCKER_STAKE, "the vote's lock is on the coldkey");

		// Unstake everything: the stake comes back to the free balance, the lock stays.
		const unstaked = await signAndWait(api.tx.staking.removeStake(locker.hotkey.address, LOCKER_STAKE), voter);
		const removed = findEvent(unstaked.events, "staking", "StakeRemoved");
		assert.ok(removed, "a staking.StakeRemoved event");
		assert.equal(removed.event.data.amount.toBigInt(), LOCKER_STAKE, "StakeRemoved.amount is the whole stake");
		assert.equal(await votingPowerAt(api, voter.address, unstaked.blockHash), 0n, "no stake is left");
		const free = (await balanceAt(api, unstaked.blockHash, voter.address)).free;
		assert.ok(free > LOCKER_STAKE, `the unstaked TAO is in the free balance (${free} rao)`);
		assert.equal(await voteLockAt(api, voter.address, unstaked.blockHash), LOCKER_STAKE, "the lock is still there");

		// The unstaked TAO cannot leave while the lock lasts.
		const frozen = await assertFails(
			signAndWait(api.tx.balances.transferKeepAlive(dev.ferdie.address, LOCKER_STAKE), voter),
			/token\.Frozen|balances\.LiquidityRestrictions/,
			"a transfer of the unstaked TAO during the vote's lock",
		);
		assert.ok(!findEvent(frozen.events, "balances", "Transfer"), "no balances.Transfer event");

		// The referendum is over: the vote is removed and becomes a lock until its end + 1 lock period.
		const removedVote = await signAndWait(api.tx.convictionVoting.removeVote(track, passed.index), voter);
		const lockingPeriod = api.consts.convictionVoting.voteLockingPeriod.toNumber();
		const voting = await (await api.at(removedVote.blockHash)).query.convictionVoting.votingFor(voter.address, track);
		assert.ok(voting.isCasting, "the voter's record on the track is Casting");
		assert.equal(voting.asCasting.votes.length, 0, "the vote is removed");
		const [unlockAt, priorAmount] = voting.asCasting.prior;
		assert.equal(priorAmount.toBigInt(), LOCKER_STAKE, "the prior lock is the vote's balance");
		assert.equal(
			unlockAt.toNumber(),
			passed.confirmed.blockNumber + lockingPeriod,
			`the lock ends ${lockingPeriod} blocks (Locked1x: one lock period) after the referendum's end (#${passed.confirmed.blockNumber})`,
		);

		// Before that, unlock leaves the lock in place.
		const early = await signAndWait(api.tx.convictionVoting.unlock(track, voter.address), voter);
		if (early.blockNumber < unlockAt.toNumber()) {
			assert.equal(await voteLockAt(api, voter.address, early.blockHash), LOCKER_STAKE, "unlock before the lock's end changes nothing");
		}

		// After it, unlock removes the lock and the TAO can leave.
		await waitForBlock(api, unlockAt.toNumber(), TIMEOUT.tx);
		const unlocked = await signAndWait(api.tx.convictionVoting.unlock(track, voter.address), voter);
		assert.ok(findEvent(unlocked.events, "convictionVoting", "VoteUnlocked"), "a convictionVoting.VoteUnlocked event");
		assert.equal(await voteLockAt(api, voter.address, unlocked.blockHash), 0n, "the pyconvot lock is gone");
		const transfer = await signAndWait(api.tx.balances.transferKeepAlive(dev.ferdie.address, LOCKER_STAKE), voter);
		const moved = findEvent(transfer.events, "balances", "Transfer");
		assert.ok(moved, "the transfer of the unstaked TAO goes through");
		assert.equal(moved.event.data.amount.toBigInt(), LOCKER_STAKE, "Transfer.amount");
	});
});
