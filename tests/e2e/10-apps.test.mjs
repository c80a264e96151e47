// What polkadot-js apps' governance pages read (DESIGN 6), read the way they read it, with the
// @polkadot/api (and its api-derive) that the repository uses: the apps show Finney's governance
// only if this data is there and decodes.
//
// - Developer > Extrinsics / Chain state / Network > Explorer show the docs of the metadata: every
//   call, event, error, storage item and constant of the custom governance pallet has docs; a
//   module error decodes to its name and docs; the track origins are there by name.
// - Governance > Council (the senate, `Council`): `api.derive.council.members()` and
//   `api.derive.elections.info()` (the Members tab; without an elections pallet it lists the
//   collective's members) show a senator seated at a root epoch; the Motions tab,
//   `api.derive.council.proposals()` / `proposal(hash)` / `proposalCount()`, lists a motion of the
//   triumvirate (Alice on the dev chain) with its decoded call (`governance.scheduleMotion(call)`)
//   and the senator's aye; once disapproved by root it is gone.
// - Governance > Referenda (OpenGov): `api.consts.referenda.tracks` decodes, with the tracks'
//   names; `api.query.referenda.referendumInfoFor.entries()` decodes; a submitted referendum is
//   there Ongoing on its track, with its origin, proposal, deposit and a conviction-voting tally;
//   cancelled by root, it is Cancelled.
// - Governance > Preimages: the keys of `preimage.statusFor` and `preimage.requestStatusFor` (the
//   apps read both) list a noted preimage with its length and its deposit, and `preimageFor` with
//   the (hash, len) key gives back the call; unnoted, it is gone.
//
// api-derive has no `referenda`, `convictionVoting` or `preimage` section: the apps' Referenda and
// Preimages pages query storage themselves (as here). Its `democracy` and `membership` sections
// are not there on this runtime (no Democracy pallet; the triumvirate's membership pallet is
// `TriumvirateMembers`, not `Membership`), so no apps page reads them.
//
// Accounts: Alice (sudo and the triumvirate on the dev chain) proposes the motion, notes the
// preimages and submits the referendum. The senator is a fresh coldkey, funded by sudo, whose
// fresh hotkey is staked (more than any root validator of the earlier files) on a fresh subnet
// without emission and joins the root network; if the root network's tempo is longer than 3,
// sudo shortens it for the file and sets it back at the end.
//
// State left behind: none that later files see. The motion is disapproved, the referendum
// cancelled and its deposit refunded, the preimages unnoted, the senator unstakes at the end (so
// it loses its seat at the next root epoch and the total stake is as it was), and the root tempo
// is set back. Referendum and motion indexes are read from the events, never assumed.

import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";

import { formatNumber, stringPascalCase, stringToHex } from "@polkadot/util";

import {
	connect,
	devAccounts,
	findEvent,
	largestRootStake,
	notePreimage,
	preimageOf,
	signAndWait,
	stakedColdkeys,
	submitReferendum,
	sudo,
	TAO,
	TIMEOUT,
	trackOrigin,
	TRACKS,
	waitForEvent,
} from "./helpers.mjs";

const SUITE_TIMEOUT = 10 * 60_000;
/** The root network's tempo while this file runs, as 08-governance sets it. */
const ROOT_TEMPO = 3;
/** The track of this file's referendum. */
const TRACK = "GeneralAdmin";

/** The governance pallet's calls, events and errors (pallets/governance/src/lib.rs). */
const GOVERNANCE = {
	calls: ["propose", "scheduleMotion", "setMotionDelay", "setSenateSize", "veto"],
	events: ["MotionDelaySet", "MotionProposed", "MotionScheduled", "MotionVetoed", "SenateChanged", "SenateSizeSet"],
	errors: ["EmptySenate", "MotionDelayZero", "NotTriumvirate", "SenateSizeTooLarge", "SenateSizeZero", "UnknownMotion"],
};

/** The docs of a metadata item, as one trimmed string. */
function docsOf(meta) {
	return meta.docs
		.map((d) => d.toString().trim())
		.join(" ")
		.trim();
}

/** A track's name as the apps' Referenda page shows it (page-referenda/src/util.ts, getTrackName). */
function appsTrackName(id, info) {
	return `${formatNumber(id)} / ${info.name
		.replace(/_/g, " ")
		.split(" ")
		.map(stringPascalCase)
		.join(" ")}`;
}

/** The hashes the apps' Preimages page lists: the keys of statusFor and requestStatusFor (hex). */
async function preimageHashes(api) {
	const keys = [...(await api.query.preimage.statusFor.keys()), ...(await api.query.preimage.requestStatusFor.keys())];
	return keys.map(({ args: [hash] }) => hash.toHex());
}

/**
 * The status of preimage `hash` as the apps read it (react-hooks/src/usePreimage.ts): statusFor,
 * else requestStatusFor; `{ kind, len, deposit: { who, amount } | null, count }` or null.
 */
async function preimageStatus(api, hash) {
	const old = await api.query.preimage.statusFor(hash);
	const status = old.isSome ? old : await api.query.preimage.requestStatusFor(hash);
	if (status.isNone) return null;
	const s = status.unwrap();
	if (s.isUnrequested) {
		const { ticket, len } = s.asUnrequested;
		return { kind: "Unrequested", len: len.toNumber(), deposit: { who: ticket[0].toString(), amount: ticket[1].toBigInt() }, count: 0 };
	}
	const { maybeTicket, count, maybeLen } = s.asRequested;
	const ticket = maybeTicket.unwrapOr(null);
	return {
		kind: "Requested",
		len: maybeLen.isSome ? maybeLen.unwrap().toNumber() : null,
		deposit: ticket ? { who: ticket[0].toString(), amount: ticket[1].toBigInt() } : null,
		count: count.toNumber(),
	};
}

describe("polkadot-js apps: the governance pages' data", { timeout: SUITE_TIMEOUT }, () => {
	let api;
	let dev;
	/** The senator: { coldkey, hotkey, stake, netuid } (stakedColdkeys). */
	let senator;
	/** The root network's tempo before this file, if the file changed it. */
	let rootTempoBefore = null;
	/** The open motion's hash, until it is disapproved. */
	let openMotion = null;
	/** The ongoing referendum's index, until it is cancelled. */
	let ongoingReferendum = null;
	/** Preimages noted by Alice, to unnote at the end. */
	const noted = new Set();

	before(async () => {
		api = await connect();
		dev = await devAccounts();
		assert.ok(api.query.council && api.query.referenda && api.query.preimage, "the runtime has Council, Referenda and Preimage");
	});

	after(async () => {
		// Whatever a failed test left open, closed as far as it can be.
		const tryTo = async (what, fn) => {
			try {
				await fn();
			} catch (err) {
				console.log(`# could not ${what}: ${err.message}`);
			}
		};
		if (api && dev) {
			const { alice } = dev;
			if (openMotion) await tryTo("disapprove the motion", () => sudo(api, alice, api.tx.council.disapproveProposal(openMotion)));
			if (ongoingReferendum !== null) {
				await tryTo("cancel the referendum", () => sudo(api, alice, api.tx.referenda.cancel(ongoingReferendum)));
				await tryTo("refund the submission deposit", () => signAndWait(api.tx.referenda.refundSubmissionDeposit(ongoingReferendum), alice));
			}
			for (const hash of noted) {
				await tryTo(`unnote preimage ${hash}`, () => signAndWait(api.tx.preimage.unnotePreimage(hash), alice));
			}
			if (senator) {
				await tryTo("unstake the senator", async () => {
					const stake = (await api.call.stakingApi.totalHotkeyStake(senator.hotkey.address)).toBigInt();
					if (stake > 0n) await signAndWait(api.tx.staking.removeStake(senator.hotkey.address, stake), senator.coldkey);
				});
			}
			if (rootTempoBefore !== null) {
				await tryTo("set the root tempo back", () =>
					sudo(api, alice, api.tx.subtensorModule.setHyperparameter(0, { Tempo: rootTempoBefore })),
				);
			}
		}
		await api?.disconnect();
	});

	it("metadata: every call, event, error, storage item and constant of the governance pallet has docs", () => {
		const pallet = api.registry.metadata.pallets.find((p) => p.name.toString() === "Governance");
		assert.ok(pallet, "a pallet named Governance in the metadata");
		assert.deepEqual(Object.keys(api.tx.governance).sort(), GOVERNANCE.calls, "api.tx.governance");
		assert.deepEqual(Object.keys(api.events.governance).sort(), GOVERNANCE.events, "api.events.governance");
		assert.deepEqual(Object.keys(api.errors.governance).sort(), GOVERNANCE.errors, "api.errors.governance");

		const undocumented = [];
		const check = (what, meta) => {
			if (!docsOf(meta)) undocumented.push(what);
		};
		for (const [name, tx] of Object.entries(api.tx.governance)) check(`call governance.${name}`, tx.meta);
		for (const [name, event] of Object.entries(api.events.governance)) check(`event governance.${name}`, event.meta);
		for (const [name, error] of Object.entries(api.errors.governance)) check(`error governance.${name}`, error.meta);
		for (const [name, query] of Object.entries(api.query.governance)) check(`storage governance.${name}`, query.creator.meta);
		for (const [name, constant] of Object.entries(api.consts.governance ?? {})) check(`constant governance.${name}`, constant.meta);

		// The track origins, which the apps offer by name, with their docs, when a referendum is
		// submitted. (scale-info keeps the docs of a no_std build only for the types marked
		// `capture_docs = "always"`: the pallet macros mark the calls, events and errors, and the
		// pallet marks its Origin.)
		const origin = api.registry.lookup.types.find(
			({ type }) => type.path.map((p) => p.toString()).join("::") === "pallet_subtensor_governance::pallet::Origin",
		);
		assert.ok(origin?.type.def.isVariant, "the governance pallet's Origin enum is in the metadata");
		assert.deepEqual(
			origin.type.def.asVariant.variants.map((v) => v.name.toString()),
			Object.keys(TRACKS).filter((name) => name !== "Root"),
			"one origin for each track but root, in track order",
		);
		for (const variant of origin.type.def.asVariant.variants) {
			if (!variant.docs.map((d) => d.toString()).join(" ").trim()) undocumented.push(`origin Governance.${variant.name}`);
		}

		// What the Extrinsics page prints under a call, and the explorer under an error.
		assert.match(docsOf(api.tx.governance.propose.meta), /triumvirate/, "propose's docs say who may propose");
		const failed = api.registry.createType("DispatchError", {
			Module: { index: pallet.index, error: [api.errors.governance.NotTriumvirate.meta.index.toNumber(), 0, 0, 0] },
		});
		const found = api.registry.findMetaError(failed.asModule);
		assert.equal(`${found.section}.${found.name}`, "governance.NotTriumvirate", "a module error decodes by its index");
		assert.ok(found.docs.join(" ").trim(), "with its docs (what the apps show for a failed extrinsic)");
		assert.deepEqual(undocumented, [], "nothing without docs");
	});

	it("Council > Members: a senator seated at a root epoch is in derive.council.members and derive.elections.info", { timeout: 4 * TIMEOUT.tx }, async () => {
		const { alice } = dev;
		const stake = (await largestRootStake(api)) + 2_000n * TAO;
		[senator] = await stakedColdkeys(api, alice, [{ label: "apps-senator", stake, spare: 20n * TAO }]);
		const rootTempo = (await api.query.subtensorModule.subnetHyperparameters(0)).unwrap().tempo.toNumber();
		if (rootTempo > ROOT_TEMPO) {
			await sudo(api, alice, api.tx.subtensorModule.setHyperparameter(0, { Tempo: ROOT_TEMPO }));
			rootTempoBefore = rootTempo;
		}
		const joined = await signAndWait(api.tx.subtensorModule.rootRegister(senator.hotkey.address), senator.coldkey);

		const coldkey = senator.coldkey.address;
		await waitForEvent(
			api,
			({ event }) =>
				event.section === "governance" &&
				event.method === "SenateChanged" &&
				event.data.members.some((m) => m.toString() === coldkey),
			{ fromBlock: joined.blockNumber, timeout: 3 * TIMEOUT.tx, what: "a root epoch seating the senator" },
		);

		const members = (await api.query.council.members()).map((m) => m.toString());
		assert.ok(members.includes(coldkey), "council.members has the senator");
		assert.deepEqual((await api.derive.council.members()).map((m) => m.toString()), members, "derive.council.members");
		const info = await api.derive.elections.info();
		assert.deepEqual(
			info.members.map(([who]) => who.toString()),
			members,
			"derive.elections.info lists the collective's members (no elections pallet)",
		);
		assert.equal(info.candidates.length, 0, "no candidates: seats follow stake");
		assert.equal(info.runnersUp.length, 0, "no runners-up");
		assert.equal(await api.derive.council.hasProposals(), true, "derive.council.hasProposals: the Motions tab is shown");
	});

	it("Council > Motions: a triumvirate motion is listed with its decoded call and the senator's vote", { timeout: 2 * TIMEOUT.tx }, async () => {
		assert.ok(senator, "the senator is seated");
		const { alice } = dev;
		const remark = `finney-e2e apps motion ${process.pid} ${Date.now()}`;
		const call = api.tx.system.remark(remark);
		const motion = api.tx.governance.scheduleMotion(call);
		const lengthBound = motion.method.encodedLength + 16;
		const countBefore = (await api.derive.council.proposalCount()).toNumber();

		const proposed = await signAndWait(api.tx.governance.propose(call, lengthBound), alice);
		const { proposalIndex, proposalHash, threshold } = findEvent(proposed.events, "council", "Proposed").event.data;
		const hash = proposalHash.toHex();
		openMotion = hash;
		assert.equal(hash, motion.method.hash.toHex(), "the senate votes on governance.scheduleMotion(call)");
		await signAndWait(api.tx.council.vote(hash, proposalIndex, true), senator.coldkey);

		assert.ok((await api.derive.council.proposalHashes()).some((h) => h.toHex() === hash), "derive.council.proposalHashes");
		const count = (await api.derive.council.proposalCount()).toNumber();
		assert.equal(count, (await api.query.council.proposalCount()).toNumber(), "derive.council.proposalCount is council.proposalCount");
		assert.ok(count > proposalIndex.toNumber() && count > countBefore, "the count includes the motion");

		const listed = (await api.derive.council.proposals()).find((p) => p.hash.toHex() === hash);
		assert.ok(listed, "derive.council.proposals lists the motion");
		const single = await api.derive.council.proposal(hash);
		assert.equal(single?.hash.toHex(), hash, "derive.council.proposal(hash) finds it too");

		// The call, decoded: governance.scheduleMotion { call: system.remark { remark } }.
		const { proposal, votes } = listed;
		assert.ok(proposal, "the motion's call decodes");
		assert.equal(`${proposal.section}.${proposal.method}`, "governance.scheduleMotion");
		assert.ok(docsOf(proposal.meta), "with the docs the apps show under it");
		const inner = proposal.args[0];
		assert.equal(`${inner.section}.${inner.method}`, "system.remark", "the call it schedules");
		assert.equal(inner.args[0].toHex(), stringToHex(remark), "with its argument");
		assert.equal(proposal.toHex(), motion.method.toHex(), "byte for byte the proposed call");

		// The votes: the motion's index, the threshold, the senator's aye.
		assert.ok(votes, "the motion's votes decode");
		assert.equal(votes.index.toNumber(), proposalIndex.toNumber(), "votes.index");
		assert.equal(votes.threshold.toNumber(), threshold.toNumber(), "votes.threshold");
		assert.deepEqual(votes.ayes.map((a) => a.toString()), [senator.coldkey.address], "votes.ayes: the senator");
		assert.deepEqual(votes.nays.map((a) => a.toString()), [], "votes.nays");
		assert.ok(votes.end.toNumber() > proposed.blockNumber, "votes.end: open for a while");

		// Root disapproves: gone from the list.
		const disapproved = await sudo(api, alice, api.tx.council.disapproveProposal(hash));
		assert.ok(findEvent(disapproved.events, "council", "Disapproved"), "council.Disapproved");
		openMotion = null;
		assert.ok(!(await api.derive.council.proposals()).some((p) => p.hash.toHex() === hash), "no longer listed");
		const gone = await api.derive.council.proposal(hash);
		assert.ok(gone.proposal === null && gone.votes === null, "derive.council.proposal(hash): neither call nor votes");
	});

	it("Referenda: the tracks decode with their names", () => {
		const tracks = api.consts.referenda.tracks;
		assert.equal(tracks.length, Object.keys(TRACKS).length, "one track per origin");
		for (const [id, info] of tracks) {
			// The name is a fixed-length, zero-padded string: the apps show it with the padding.
			const raw = info.name.toString();
			const name = raw.replace(/\0+$/, "");
			assert.equal(raw.slice(name.length), "\0".repeat(raw.length - name.length), `track ${id}: only zeroes pad the name`);
			assert.match(name, /^[a-z_]+$/, `track ${id}'s name`);
			const expected = Object.keys(TRACKS)
				.find((k) => TRACKS[k] === id.toNumber())
				.replace(/([a-z])([A-Z])/g, "$1_$2")
				.toLowerCase();
			assert.equal(name, expected, `track ${id} is named after its origin`);
			assert.equal(appsTrackName(id, info).replace(/\0+$/, ""), `${id} / ${name.split("_").map(stringPascalCase).join(" ")}`, "the apps' title");
			for (const field of ["maxDeciding", "decisionDeposit", "preparePeriod", "decisionPeriod", "confirmPeriod", "minEnactmentPeriod"]) {
				assert.ok(info[field].toBigInt() > 0n, `track ${name}: ${field}`);
			}
			assert.ok(info.minApproval.type && info.minSupport.type, `track ${name}: its curves decode (${info.minApproval.type}, ${info.minSupport.type})`);
		}
	});

	it("Referenda: a submitted referendum is listed Ongoing with its track, origin, proposal and tally; cancelled, Cancelled", { timeout: 2 * TIMEOUT.tx }, async () => {
		const { alice } = dev;
		// Every referendum of the earlier files decodes.
		const before = await api.query.referenda.referendumInfoFor.entries();
		for (const [{ args: [index] }, info] of before) {
			assert.ok(info.isSome, `referendum #${index} has info`);
			assert.ok(["Ongoing", "Approved", "Rejected", "Cancelled", "TimedOut", "Killed"].includes(info.unwrap().type), `referendum #${index}: ${info.unwrap().type}`);
		}

		const call = api.tx.system.remark(`finney-e2e apps referendum ${process.pid} ${Date.now()}`);
		const { hash, len } = await notePreimage(api, alice, call);
		noted.add(hash);
		const submitted = await submitReferendum(api, alice, trackOrigin(TRACK), call);
		const { index } = submitted;
		ongoingReferendum = index;
		assert.equal(submitted.track, TRACKS[TRACK], "submitted on its track");
		assert.ok((await api.query.referenda.referendumCount()).toNumber() > index, "referendumCount counts it");

		const entries = await api.query.referenda.referendumInfoFor.entries();
		const entry = entries.find(([{ args: [i] }]) => i.toNumber() === index);
		assert.ok(entry, "referendumInfoFor.entries() lists it");
		const info = entry[1].unwrap();
		assert.ok(info.isOngoing, `Ongoing, not ${info.type}`);
		const ongoing = info.asOngoing;
		assert.equal(ongoing.track.toNumber(), TRACKS[TRACK], "its track");
		assert.equal(ongoing.origin.type, "Governance", "its origin: the governance pallet's");
		assert.equal(ongoing.origin.value.type, TRACK, "the track's origin");
		assert.ok(ongoing.proposal.isLookup, "a Lookup proposal");
		assert.equal(ongoing.proposal.asLookup.hash_.toHex(), hash, "the preimage's hash");
		assert.equal(ongoing.proposal.asLookup.len.toNumber(), len, "and length");
		assert.ok(ongoing.enactment.isAfter && ongoing.enactment.asAfter.toNumber() === 1, "enacted 1 block after it passes");
		assert.equal(ongoing.submitted.toNumber(), submitted.blockNumber, "submitted in the block of referenda.Submitted");
		assert.equal(ongoing.submissionDeposit.who.toString(), alice.address, "the submission deposit's owner");
		assert.equal(ongoing.submissionDeposit.amount.toBigInt(), api.consts.referenda.submissionDeposit.toBigInt(), "and amount");
		assert.ok(ongoing.decisionDeposit.isNone && ongoing.deciding.isNone, "preparing: no decision deposit, not deciding");
		// A conviction-voting tally (what the apps' isConvictionTally checks), empty.
		const { tally } = ongoing;
		assert.ok(tally.support && tally.bareAyes === undefined, "a conviction-voting tally");
		assert.deepEqual([tally.ayes.toBigInt(), tally.nays.toBigInt(), tally.support.toBigInt()], [0n, 0n, 0n], "no votes yet");
		const track = api.consts.referenda.tracks.find(([id]) => id.eq(ongoing.track));
		assert.ok(track, "its track is among the tracks (the apps group it under the track)");
		assert.ok((await api.query.referenda.trackQueue(ongoing.track)).length >= 0, "trackQueue decodes");
		assert.ok((await api.query.referenda.decidingCount(ongoing.track)).toNumber() >= 0, "decidingCount decodes");

		// The apps show its call from the preimage.
		const status = await preimageStatus(api, hash);
		assert.ok(status, "the preimage's status is there");
		assert.equal(status.len ?? len, len, "with the proposal's length");
		const bytes = await api.query.preimage.preimageFor([hash, len]);
		assert.equal(api.registry.createType("Call", bytes.unwrap().toU8a(true)).toHex(), call.method.toHex(), "the proposal's call");

		// Root cancels it: Cancelled, the submission deposit refundable.
		const cancelled = await sudo(api, alice, api.tx.referenda.cancel(index));
		assert.ok(findEvent(cancelled.events, "referenda", "Cancelled"), "referenda.Cancelled");
		ongoingReferendum = null;
		const refunded = await signAndWait(api.tx.referenda.refundSubmissionDeposit(index), alice);
		assert.ok(findEvent(refunded.events, "referenda", "SubmissionDepositRefunded"), "the submission deposit is refunded");
		const after = (await api.query.referenda.referendumInfoFor(index)).unwrap();
		assert.ok(after.isCancelled, `Cancelled, not ${after.type}`);
		const [since, submission, decision] = after.asCancelled;
		assert.equal(since.toNumber(), cancelled.blockNumber, "since the block it was cancelled in");
		assert.ok(submission.isNone && decision.isNone, "no deposit left");
	});

	it("Preimages: a noted preimage is listed with its length and deposit, and gives back its call", { timeout: 2 * TIMEOUT.tx }, async () => {
		const { alice } = dev;
		assert.equal(
			api.registry.lookup.getTypeDef(api.query.preimage.preimageFor.creator.meta.type.asMap.key).type,
			"(H256,u32)",
			"preimageFor is keyed by (hash, len), as the apps expect of the current pallet",
		);
		const call = api.tx.system.remark(`finney-e2e apps preimage ${process.pid} ${Date.now()}`);
		const { hash, len } = preimageOf(call);
		assert.ok(!(await preimageHashes(api)).includes(hash), "not listed before it is noted");

		const notedTx = await signAndWait(api.tx.preimage.notePreimage(call.method.toHex()), alice);
		noted.add(hash);
		assert.ok(findEvent(notedTx.events, "preimage", "Noted"), "preimage.Noted");
		assert.ok((await preimageHashes(api)).includes(hash), "statusFor / requestStatusFor list it");
		assert.ok((await api.query.preimage.requestStatusFor(hash)).isSome, "a new note is in requestStatusFor (statusFor is the old map)");

		const status = await preimageStatus(api, hash);
		assert.equal(status.kind, "Unrequested", "noted, not requested");
		assert.equal(status.len, len, "its length");
		assert.equal(status.deposit.who, alice.address, "its deposit's owner");
		assert.ok(status.deposit.amount > 0n, "a deposit is held");
		const bytes = (await api.query.preimage.preimageFor([hash, status.len])).unwrap();
		assert.equal(bytes.length, len, "the stored bytes");
		const decoded = api.registry.createType("Call", bytes.toU8a(true));
		assert.equal(`${decoded.section}.${decoded.method}`, "system.remark", "decode to the call");
		assert.equal(decoded.toHex(), call.method.toHex(), "byte for byte");

		const unnoted = await signAndWait(api.tx.preimage.unnotePreimage(hash), alice);
		assert.ok(findEvent(unnoted.events, "preimage", "Cleared"), "preimage.Cleared");
		noted.delete(hash);
		assert.ok(!(await preimageHashes(api)).includes(hash), "no longer listed");
		assert.ok((await api.query.preimage.preimageFor([hash, len])).isNone, "its bytes are gone");
	});

	it("the referendum's preimage is unnoted: the Preimages page is as before", async () => {
		// Alice noted it for the referendum, which is cancelled: nothing requests it any more.
		for (const hash of [...noted]) {
			const unnoted = await signAndWait(api.tx.preimage.unnotePreimage(hash), dev.alice);
			assert.ok(findEvent(unnoted.events, "preimage", "Cleared"), `preimage ${hash}: preimage.Cleared`);
			noted.delete(hash);
			assert.ok(!(await preimageHashes(api)).includes(hash), `preimage ${hash} is no longer listed`);
		}
	});
});
