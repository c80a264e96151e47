// A runtime upgrade through sudo: authorize the new code's hash, apply the code, and see the chain
// run the new runtime (spec_version + 1). It changes the chain for good, so it runs last (files run
// in name order, one at a time).
//
// The new code is the runtime built with `spec_version + 1`
// (finney_runtime_spec_bump.compact.compressed.wasm, next to the runtime in the wbuild directory);
// scripts/test.sh passes its path in FINNEY_UPGRADE_WASM.

import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { after, before, describe, it } from "node:test";

import { stringToU8a, u8aToHex } from "@polkadot/util";
import { blake2AsHex } from "@polkadot/util-crypto";

import { TAO, blockNumberOf, connect, devAccounts, findEvent, signAndWait, waitForBlock, waitForEvent } from "./helpers.mjs";

const UPGRADE_TIMEOUT = 600_000;
/** The well-known storage key of the runtime code, `:code`. */
const CODE_KEY = u8aToHex(stringToU8a(":code"));

describe("runtime upgrade", { timeout: UPGRADE_TIMEOUT }, () => {
	let api;
	let dev;

	before(async () => {
		api = await connect();
		dev = await devAccounts();
	});

	after(async () => {
		await api?.disconnect();
	});

	it("sudo authorizes and applies a new runtime, and the chain runs it with spec_version + 1", { timeout: UPGRADE_TIMEOUT }, async () => {
		const path = process.env.FINNEY_UPGRADE_WASM;
		assert.ok(
			path && existsSync(path),
			`FINNEY_UPGRADE_WASM must name the runtime blob with spec_version + 1 ` +
				`(finney_runtime_spec_bump.compact.compressed.wasm, built with the runtime into ` +
				`$CARGO_TARGET_DIR/debug/wbuild/finney-runtime/); got ${JSON.stringify(path ?? null)}. ` +
				`scripts/test.sh sets it after cargo build --workspace.`,
		);
		const code = readFileSync(path);
		const codeHash = blake2AsHex(code, 256);
		const { alice, bob, charlie } = dev;

		const before = await api.rpc.state.getRuntimeVersion();
		const oldSpec = before.specVersion.toNumber();
		console.log(`# upgrading from ${before.specName} ${oldSpec} with ${path} (${code.length} bytes, blake2_256 ${codeHash})`);

		// 1. Root (through sudo) authorizes the code hash.
		const authorized = await signAndWait(api.tx.sudo.sudo(api.tx.system.authorizeUpgrade(codeHash)), alice);
		const sudid = findEvent(authorized.events, "sudo", "Sudid");
		assert.ok(sudid, "a sudo.Sudid event");
		assert.ok(sudid.event.data.sudoResult.isOk, `the sudo call succeeded: ${sudid.event.data.sudoResult.toString()}`);
		const upgradeAuthorized = findEvent(authorized.events, "system", "UpgradeAuthorized");
		assert.ok(upgradeAuthorized, "a system.UpgradeAuthorized event");
		assert.equal(upgradeAuthorized.event.data.codeHash.toHex(), codeHash);

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
			const appliedEvent = (await (await api.at(found.blockHash)).query.system.events()).find(
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
});
