// Transactions that must not go through, and the errors a person gets back for them.

import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";

import {
	ExtrinsicFailedError,
	TAO,
	TIMEOUT,
	connect,
	devAccounts,
	findEvent,
	freshAccount,
	parentOf,
	signAndWait,
	totalBalanceAt,
} from "./helpers.mjs";

describe("rejected transactions", { timeout: TIMEOUT.test }, () => {
	let api;
	let dev;

	before(async () => {
		api = await connect();
		dev = await devAccounts();
	});

	after(async () => {
		await api?.disconnect();
	});

	it("a transfer above the balance fails with a readable error and costs only the fee", async () => {
		const { eve, ferdie } = dev;
		const free = (await api.query.system.account(eve.address)).data.free.toBigInt();
		const amount = free + 1n * TAO;

		const err = await signAndWait(api.tx.balances.transferAllowDeath(ferdie.address, amount), eve).then(
			() => assert.fail(`a transfer of ${amount} rao out of ${free} rao went through`),
			(e) => e,
		);
		// Either the runtime rejects the transfer (token.FundsUnavailable / balances.InsufficientBalance)
		// or the pool refuses it up front: both say in words what is wrong.
		assert.match(
			err.message,
			/FundsUnavailable|InsufficientBalance|Inability to pay some fees/,
			`a readable error, got: ${err.message}`,
		);
		const reason = err.reason ?? err.message;
		assert.doesNotMatch(reason, /\{"index"|Module\s*\(|"error":/, `the error is decoded, not raw: ${reason}`);

		if (err instanceof ExtrinsicFailedError) {
			// Included but failed: the sender paid the fee and nothing else; the receiver got nothing.
			const feePaid = findEvent(err.events, "transactionPayment", "TransactionFeePaid");
			assert.ok(feePaid, "the failed transfer still paid its fee");
			assert.ok(!findEvent(err.events, "balances", "Transfer"), "no balances.Transfer event");
			const parentHash = await parentOf(api, err.blockHash);
			const eveDelta = (await totalBalanceAt(api, err.blockHash, eve.address)) - (await totalBalanceAt(api, parentHash, eve.address));
			const ferdieDelta =
				(await totalBalanceAt(api, err.blockHash, ferdie.address)) - (await totalBalanceAt(api, parentHash, ferdie.address));
			assert.equal(eveDelta, -feePaid.event.data.actualFee.toBigInt(), "the sender lost exactly the fee");
			assert.equal(ferdieDelta, 0n, "the receiver got nothing");
		}
	});

	it("a transfer that would leave the new account below the existential deposit fails with a readable error", async () => {
		const { charlie } = dev;
		const ed = api.consts.balances.existentialDeposit.toBigInt();
		const dest = await freshAccount("below-ed");
		const err = await signAndWait(api.tx.balances.transferAllowDeath(dest.address, ed - 1n), charlie).then(
			() => assert.fail(`a transfer of ${ed - 1n} rao (existential deposit ${ed}) to a new account went through`),
			(e) => e,
		);
		assert.ok(err instanceof ExtrinsicFailedError, `the runtime rejects it, got: ${err.message}`);
		assert.match(err.message, /BelowMinimum|ExistentialDeposit/, `a readable error, got: ${err.message}`);
		assert.equal((await api.query.system.account(dest.address)).data.free.toBigInt(), 0n);
	});

	it("an account that cannot pay the fee is refused by the pool with a readable error", async () => {
		const { ferdie } = dev;
		const broke = await freshAccount("broke");
		const err = await signAndWait(api.tx.balances.transferKeepAlive(ferdie.address, 1n * TAO), broke).then(
			() => assert.fail("a transaction from an empty account went through"),
			(e) => e,
		);
		assert.ok(!(err instanceof ExtrinsicFailedError), `refused before any block, got: ${err.message}`);
		assert.match(err.message, /Inability to pay some fees/, `a readable error, got: ${err.message}`);
	});

	it("a transaction with a stale nonce is refused by the pool with a readable error", async () => {
		const { dave, eve } = dev;
		// Make sure Dave has sent at least one transaction, so that nonce - 1 exists.
		await signAndWait(api.tx.balances.transferKeepAlive(eve.address, 1n * TAO), dave);
		const nonce = (await api.rpc.system.accountNextIndex(dave.address)).toNumber();
		assert.ok(nonce >= 1, `Dave's next nonce is at least 1, got ${nonce}`);

		const stale = nonce - 1;
		const err = await signAndWait(api.tx.balances.transferKeepAlive(eve.address, 1n * TAO), dave, { nonce: stale }).then(
			() => assert.fail(`a transaction with the already used nonce ${stale} went through`),
			(e) => e,
		);
		assert.ok(!(err instanceof ExtrinsicFailedError), `refused before any block, got: ${err.message}`);
		assert.match(err.message, /Transaction is outdated|1010/, `a readable error, got: ${err.message}`);
		assert.match(err.message, /outdated/i, `the error says why, got: ${err.message}`);

		// Nothing happened to Dave's nonce.
		assert.equal((await api.rpc.system.accountNextIndex(dave.address)).toNumber(), nonce);
	});
});
