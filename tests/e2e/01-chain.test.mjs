// The dev chain as a wallet or a block explorer first sees it: its token, its pallets, its blocks.

import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";

import { TAO, TIMEOUT, connect, devAccounts, waitForBlock } from "./helpers.mjs";

// The pallets of the parachain stack, by their polkadot-js names (DESIGN.md section 3).
const EXPECTED_PALLETS = [
	"system",
	"parachainSystem",
	"timestamp",
	"parachainInfo",
	"weightReclaim",
	"balances",
	"transactionPayment",
	"sudo",
	"authorship",
	"collatorSelection",
	"session",
	"aura",
	"auraExt",
	"utility",
	"multisig",
	"proxy",
	"xcmpQueue",
	"polkadotXcm",
	"cumulusXcm",
	"messageQueue",
	"staking",
	"subtensorModule",
];

/** PascalCase pallet name of the metadata to the camelCase name polkadot-js uses. */
const camel = (name) => name.charAt(0).toLowerCase() + name.slice(1);

describe("dev chain", { timeout: TIMEOUT.test }, () => {
	let api;

	before(async () => {
		api = await connect();
	});

	after(async () => {
		await api?.disconnect();
	});

	it("describes TAO: symbol TAO, 9 decimals, SS58 prefix 42", async () => {
		const properties = await api.rpc.system.properties();
		assert.deepEqual(properties.tokenSymbol.unwrapOrDefault().map((s) => s.toString()), ["TAO"]);
		assert.deepEqual(properties.tokenDecimals.unwrapOrDefault().map((d) => d.toNumber()), [9]);
		assert.equal(properties.ss58Format.unwrapOrDefault().toNumber(), 42);
		assert.equal(api.registry.chainSS58, 42);
		assert.deepEqual(api.registry.chainDecimals, [9]);
		assert.deepEqual(api.registry.chainTokens, ["TAO"]);
	});

	it("runs the finney runtime", async () => {
		const version = await api.rpc.state.getRuntimeVersion();
		assert.equal(version.specName.toString(), "finney");
		assert.ok(version.specVersion.toNumber() > 0, "spec_version is set");
		const chainType = await api.rpc.system.chainType();
		assert.ok(chainType.isDevelopment, `chain type is Development, got ${chainType.type}`);
	});

	it("lists every pallet of the parachain stack in its metadata", () => {
		const pallets = api.runtimeMetadata.asLatest.pallets.map((p) => camel(p.name.toString()));
		const missing = EXPECTED_PALLETS.filter((name) => !pallets.includes(name));
		assert.deepEqual(missing, [], `pallets missing from the metadata: ${missing.join(", ")} (found: ${pallets.join(", ")})`);
		// The pallets users call are reachable through the API as well.
		for (const section of ["balances", "sudo", "utility", "multisig", "proxy", "polkadotXcm", "collatorSelection", "session"]) {
			assert.ok(api.tx[section], `api.tx.${section} exists`);
		}
		for (const section of ["system", "balances", "transactionPayment", "parachainInfo", "aura", "collatorSelection"]) {
			assert.ok(api.query[section], `api.query.${section} exists`);
		}
	});

	it("has a non-zero existential deposit, the dev accounts funded and Alice as sudo", async () => {
		const ed = api.consts.balances.existentialDeposit.toBigInt();
		assert.ok(ed > 0n, `existential deposit is positive, got ${ed}`);
		const dev = await devAccounts();
		const sudoKey = (await api.query.sudo.key()).unwrap().toString();
		assert.equal(sudoKey, dev.alice.address, "Alice is the sudo key of the dev chain");
		for (const who of [dev.alice, dev.bob, dev.charlie, dev.dave, dev.eve, dev.ferdie, dev.aliceStash]) {
			const { data } = await api.query.system.account(who.address);
			assert.ok(data.free.toBigInt() >= 1_000n * TAO, `${who.meta.name} (${who.address}) holds at least 1000 TAO, has ${data.free.toHuman()}`);
		}
	});

	it("produces and finalizes blocks", async () => {
		const start = (await api.rpc.chain.getHeader()).number.toNumber();
		const best = await waitForBlock(api, start + 2, 60_000);
		assert.ok(best >= start + 2);
		// Every sealed block is finalized at once in dev mode: the finalized head follows the best.
		const deadline = Date.now() + 60_000;
		let finalized = -1;
		while (finalized < start + 1 && Date.now() < deadline) {
			const head = await api.rpc.chain.getFinalizedHead();
			finalized = (await api.rpc.chain.getHeader(head)).number.toNumber();
			if (finalized < start + 1) await new Promise((r) => setTimeout(r, 500));
		}
		assert.ok(finalized >= start + 1, `the finalized head (#${finalized}) passed #${start + 1} within 60 s`);
		const health = await api.rpc.system.health();
		assert.equal(health.isSyncing.isTrue, false, "the dev node is not syncing");
	});
});
