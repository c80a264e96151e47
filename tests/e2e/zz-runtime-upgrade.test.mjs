// The chain governs itself by stake-weighted referenda, and sudo retires: a runtime upgrade by a
// root-track referendum, sudo's key removed by another, and a referendum that still changes a
// network parameter once sudo is gone. It changes the chain for good, so it runs last (files run
// in name order, one at a time).
//
// 1. Upgrade: `system.authorizeUpgrade(codeHash)` goes through a root-track referendum (note the
//    preimage, submit with the root origin, place the decision deposit, vote with stake; it is
//    confirmed and enacted: `system.UpgradeAuthorized`), then anyone supplies the code
//    (`system.applyAuthorizedUpgrade`) and the chain runs it: spec_version + 1, `:code` is the
//    blob, transactions still work.
// 2. Sudo retires: a root-track referendum calls `sudo.removeKey()`; `sudo.key` is then None, and
//    Alice, the dev chain's sudo key until then, can neither `sudo.sudo` nor `sudo.setKey`
//    (`sudo.RequireSudo`).
// 3. Governance still works without sudo: a protocol-parameters referendum changes a network
//    parameter.
//
// The voter is a fresh coldkey staked to a hotkey of its own with three times the chain's total
// stake (so it holds 3/4 of all stake, enough support on every track at once); sudo funds it and
// opens the subnet its hotkey registers on, before sudo is retired. It submits the referenda and
// pays their deposits too.
//
// The new code is the runtime built with `spec_version + 1`
// (finney_runtime_spec_bump.compact.compressed.wasm, next to the runtime in the wbuild directory);
// scripts/test.sh passes its path in FINNEY_UPGRADE_WASM.

import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { after, before, describe, it } from "node:test";

import { stringToU8a, u8aToHex } from "@polkadot/util";
import { blake2AsHex } from "@polkadot/util-crypto";

import {
	blockNumberOf,
	assertFails,
	connect,
	devAccounts,
	enactOnTrack,
	eventsAt,
	findEvent,
	referendaTracks,
	signAndWait,
	stakedColdkeys,
	TAO,
	waitForBlock,
	waitForEvent,
} from "./helpers.mjs";

const UPGRADE_TIMEOUT = 600_000;
const REFERENDUM_TIMEOUT = 300_000;
/** The well-known storage key of the runtime code, `:code`. */
const CODE_KEY = u8aToHex(stringToU8a(":code"));


/** The event records `section.method` of a block's events. */
function eventsNamed(events, section, method) {
	return events.filter(({ event }) => event.section === section && event.method === method);
}

describe("runtime upgrade by referendum, then sudo retires", { timeout: UPGRADE_TIMEOUT + 3 * REFERENDUM_TIMEOUT }, () => {
	let api;
	let dev;
	/** The voter: { coldkey, hotkey, stake }. */
	let voter;

	before(async () => {
		api = await connect();
		dev = await devAccounts();
		assert.ok(api.tx.referenda?.submit && api.tx.convictionVoting?.vote, "the runtime has referenda and conviction voting");
		assert.equal((await api.query.sudo.key()).unwrapOr(null)?.toString(), dev.alice.address, "Alice is the sudo key to begin with");

		const totalStake = (await api.query.staking.totalStake()).toBigInt();
		const stake = totalStake * 3n > 1_000n * TAO ? totalStake * 3n : 1_000n * TAO;
		const submission = api.consts.referenda.submissionDeposit.toBigInt();
		const decision = [...referendaTracks(api).values()].reduce((max, t) => (t.decisionDeposit > max ? t.decisionDeposit : max), 0n);
		[voter] = await stakedColdkeys(api, dev.alice, [
			{ label: "upgrade-voter", stake, spare: 4n * (submission + decision) + 100n * TAO },
		]);
	});

	after(async () => {
		await api?.disconnect();
	});

	it("a root-track referendum authorizes a new runtime; applied, the chain runs it with spec_version + 1", { timeout: UPGRADE_TIMEOUT }, async () => {
		assert.ok(voter, "the voter is set up");
		const path = process.env.FINNEY_UPGRADE_WASM;
		assert.ok(
			path && existsSync(path),
			`FINNEY_UPGRADE_WASM must name the runtime blob with spec_version + 1 ` +
				`(finney_runtime_spec_bump.compact.compressed.wasm, built with the runtime into ` +
				`$CARGO_TARGET_DIR/debug/wbuild/finney-runtime/); got ${JSON.stringify(path ?? null)}. ` +
				`scripts/test.sh sets it after cargo build --workspace --exclude finney-xcm-emulator.`,
		);
		const code = readFileSync(path);
		const codeHash = blake2AsHex(code, 256);
		const { bob, charlie } = dev;

		const before = await api.rpc.state.getRuntimeVersion();
		const oldSpec = before.specVersion.toNumber();
		console.log(`# upgrading from ${before.specName} ${oldSpec} with ${path} (${code.length} bytes, blake2_256 ${codeHash})`);

		// 1. A root-track referendum, passed by stake, authorizes the code hash.
		const passed = await enactOnTrack(api, voter.coldkey, "Root", api.tx.system.authorizeUpgrade(codeHash));
		assert.equal(passed.confirmed.tally.support, voter.stake, "its support is the voter's stake");
		console.log(`# referendum #${passed.index} confirmed in block #${passed.confirmed.blockNumber}, enacted in #${passed.dispatched.blockNumber}`);
		const upgradeAuthorized = findEvent(passed.dispatched.events, "system", "UpgradeAuthorized");
		assert.ok(upgradeAuthorized, "a system.UpgradeAuthorized event in the enactment's block");
		assert.equal(upgradeAuthorized.event.data.codeHash.toHex(), codeHash, "UpgradeAuthorized.codeHash");
		assert.equal(eventsNamed(passed.dispatched.events, "sudo", "Sudid").length, 0, "no sudo call in that block");

		// 2. Anyone may then supply the code that matches the authorized hash.
		const applied = await signAndWait(api.tx.system.applyAuthorizedUpgrade(u8aToHex(code)), bob, { timeout: 180_000 });
		const appliedNumber = await blockNumberOf(api, applied.blockHash);
		// On a parachain the code is first stored as pending (parachainSystem.ValidationFunctionStored)
		// and applied once the relay chain (mocked in dev mode) gives the go-ahead; a standalone
		// chain would apply it at once.
		const codeUpdatedAtOnce = findEvent(applied.events, "system", "CodeUpdated");
		assert.ok(
			codeUpdatedAtOnce || findEvent(applied.events, "parachainSystem", "ValidationFunctionStored"),
			`the code was accepted: ${applied.events.map(({ event }) => `${event.section}.${event.method}`).join(", ")}`,
		);

		// 3. Wait for system.CodeUpdated.
		let codeUpdatedNumber = appliedNumber;
		if (!codeUpdatedAtOnce) {
			const found = await waitForEvent(api, ({ event }) => event.section === "system" && event.method === "CodeUpdated", {
				fromBlock: appliedNumber + 1,
				timeout: 180_000,
				what: "system.CodeUpdated",
			});
			codeUpdatedNumber = found.blockNumber;
			const appliedEvent = (await eventsAt(api, found.blockHash)).find(
				({ event }) => event.section === "parachainSystem" && event.method === "ValidationFunctionApplied",
			);
			assert.ok(appliedEvent, "parachainSystem.ValidationFunctionApplied comes with system.CodeUpdated");
		}
		console.log(`# code stored in block #${appliedNumber}, CodeUpdated in block #${codeUpdatedNumber}`);

		// 4. The next blocks run the new runtime: ask the node afresh.
		await waitForBlock(api, codeUpdatedNumber + 1, 180_000);
		const deadline = Date.now() + 180_000;
		let after = await api.rpc.state.getRuntimeVersion();
		while (after.specVersion.toNumber() !== oldSpec + 1 && Date.now() < deadline) {
			await new Promise((r) => setTimeout(r, 1_000));
			after = await api.rpc.state.getRuntimeVersion();
		}
		assert.equal(after.specVersion.toNumber(), oldSpec + 1, "spec_version went up by one");
		assert.equal(after.specName.toString(), before.specName.toString(), "same spec_name");
		const onChainCode = await api.rpc.state.getStorage(CODE_KEY);
		const onChainBytes = onChainCode.unwrapOr ? onChainCode.unwrap() : onChainCode;
		assert.equal(blake2AsHex(onChainBytes.toU8a(true), 256), codeHash, "the :code storage item holds the uploaded blob");

		// 5. The upgraded chain still produces blocks and executes transactions.
		const transfer = await signAndWait(api.tx.balances.transferKeepAlive(bob.address, 1n * TAO), charlie);
		assert.ok(findEvent(transfer.events, "balances", "Transfer"), "a transfer works after the upgrade");
		assert.equal(
			(await (await api.at(transfer.blockHash)).query.system.lastRuntimeUpgrade()).unwrap().specVersion.toNumber(),
			oldSpec + 1,
			"system.lastRuntimeUpgrade records the new spec_version",
		);
	});

	it("a root-track referendum removes the sudo key: Alice can no longer sudo or set the key", { timeout: REFERENDUM_TIMEOUT }, async () => {
		assert.ok(voter, "the voter is set up");
		const { alice } = dev;
		assert.equal((await api.query.sudo.key()).unwrapOr(null)?.toString(), alice.address, "Alice is the sudo key before");

		const passed = await enactOnTrack(api, voter.coldkey, "Root", api.tx.sudo.removeKey());
		assert.ok(findEvent(passed.dispatched.events, "sudo", "KeyRemoved"), "a sudo.KeyRemoved event in the enactment's block");
		assert.ok((await (await api.at(passed.dispatched.blockHash)).query.sudo.key()).isNone, "sudo.key is None once it is enacted");

		await assertFails(
			signAndWait(api.tx.sudo.sudo(api.tx.system.remark("sudo after retirement")), alice),
			/sudo\.RequireSudo/,
			"sudo.sudo(system.remark) by Alice after the key was removed",
		);
		const setKey = await assertFails(
			signAndWait(api.tx.sudo.setKey(alice.address), alice),
			/sudo\.RequireSudo/,
			"sudo.setKey(Alice) by Alice after the key was removed",
		);
		assert.ok(!findEvent(setKey.events, "sudo", "KeyChanged"), "no sudo.KeyChanged event");
		assert.ok((await api.query.sudo.key()).isNone, "sudo.key is still None");
	});

	it("without sudo, a protocol-parameters referendum still changes a network parameter", { timeout: REFERENDUM_TIMEOUT }, async () => {
		assert.ok(voter, "the voter is set up");
		const before = (await api.query.subtensorModule.hotkeySwapRateLimit()).toBigInt();
		const next = before + 7n;

		const passed = await enactOnTrack(api, voter.coldkey, "ProtocolParameters", api.tx.subtensorModule.setNetworkParameter({ HotkeySwapRateLimit: next }));
		const apiAt = await api.at(passed.dispatched.blockHash);
		assert.equal((await apiAt.query.subtensorModule.hotkeySwapRateLimit()).toBigInt(), next, "HotkeySwapRateLimit is the referendum's value");
		assert.ok((await apiAt.query.sudo.key()).isNone, "with no sudo key");
	});
});
