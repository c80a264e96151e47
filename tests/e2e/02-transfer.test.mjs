// Signed TAO transfers: the events they emit, the exact balance changes, where the fee goes, and
// that no TAO is created or destroyed beyond what the events say.

import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";

import {
	TAO,
	TIMEOUT,
	accountsEffect,
	accountsIn,
	connect,
	devAccounts,
	eventsAt,
	filterEvents,
	findEvent,
	parentOf,
	signAndWait,
	totalBalanceAt,
	totalIssuanceAt,
} from "./helpers.mjs";

describe("transfers", { timeout: TIMEOUT.test }, () => {
	let api;
	let dev;

	before(async () => {
		api = await connect();
		dev = await devAccounts();
	});

	after(async () => {
		await api?.disconnect();
	});

	it("a signed transfer lands with Withdraw, Transfer and TransactionFeePaid, and moves exactly amount + fee", async () => {
		const { bob, charlie } = dev;
		const amount = 12n * TAO + 345n;
		const tx = api.tx.balances.transferKeepAlive(charlie.address, amount);
		const { blockHash, events } = await signAndWait(tx, bob);
		const parentHash = await parentOf(api, blockHash);

		assert.ok(findEvent(events, "system", "ExtrinsicSuccess"), "ExtrinsicSuccess");

		const transfer = findEvent(events, "balances", "Transfer");
		assert.ok(transfer, "a balances.Transfer event");
		assert.equal(transfer.event.data.from.toString(), bob.address);
		assert.equal(transfer.event.data.to.toString(), charlie.address);
		assert.equal(transfer.event.data.amount.toBigInt(), amount);

		const feePaid = findEvent(events, "transactionPayment", "TransactionFeePaid");
		assert.ok(feePaid, "a transactionPayment.TransactionFeePaid event");
		assert.equal(feePaid.event.data.who.toString(), bob.address);
		const actualFee = feePaid.event.data.actualFee.toBigInt();
		assert.equal(feePaid.event.data.tip.toBigInt(), 0n, "no tip was given");
		assert.ok(actualFee > 0n, `a positive fee, got ${actualFee}`);

		// The fee is withdrawn from the payer up front (the estimate), and the overestimate refunded.
		const withdrawn = filterEvents(events, "balances", "Withdraw")
			.filter(({ event }) => event.data.who.toString() === bob.address)
			.reduce((sum, { event }) => sum + event.data.amount.toBigInt(), 0n);
		const refunded = filterEvents(events, "balances", "Deposit")
			.filter(({ event }) => event.data.who.toString() === bob.address)
			.reduce((sum, { event }) => sum + event.data.amount.toBigInt(), 0n);
		assert.ok(withdrawn > 0n, "a balances.Withdraw event for the fee");
		assert.equal(withdrawn - refunded, actualFee, "withdrawn - refunded = the fee paid");

		// The up-front withdrawal is the fee the runtime quotes for this very extrinsic.
		const apiAtParent = await api.at(parentHash);
		const quote = await tx.paymentInfo(parentHash.toHex()); // the signed extrinsic, at the parent block
		assert.equal(withdrawn, quote.partialFee.toBigInt(), "withdrawn = TransactionPaymentApi::query_info's partial fee");
		assert.ok(actualFee <= quote.partialFee.toBigInt(), "the fee paid is at most the quote");

		// Where the fee went: into other accounts (Deposit events) and/or out of existence.
		const depositedElsewhere = filterEvents(events, "balances", "Deposit")
			.filter(({ event }) => event.data.who.toString() !== bob.address)
			.reduce((sum, { event }) => sum + event.data.amount.toBigInt(), 0n);
		assert.ok(depositedElsewhere <= actualFee, "no more than the fee is deposited elsewhere");
		const feeBurned = actualFee - depositedElsewhere;
		console.log(`# fee ${actualFee} rao: ${depositedElsewhere} rao to other accounts, ${feeBurned} rao burned`);

		// Exact balance changes between the parent block and this block.
		const bobBefore = await totalBalanceAt(api, parentHash, bob.address);
		const bobAfter = await totalBalanceAt(api, blockHash, bob.address);
		const charlieBefore = await totalBalanceAt(api, parentHash, charlie.address);
		const charlieAfter = await totalBalanceAt(api, blockHash, charlie.address);
		assert.equal(bobBefore - bobAfter, amount + actualFee, "the sender pays exactly amount + fee");
		assert.equal(charlieAfter - charlieBefore, amount, "the receiver gets exactly the amount");

		// The nonce moved on by one.
		const nonceBefore = (await apiAtParent.query.system.account(bob.address)).nonce.toNumber();
		const nonceAfter = (await (await api.at(blockHash)).query.system.account(bob.address)).nonce.toNumber();
		assert.equal(nonceAfter, nonceBefore + 1);
	});

	it("conserves TAO: total issuance changes exactly by what the block's balance events create or destroy", async () => {
		const { alice, ferdie } = dev;
		const amount = 3n * TAO + 7n;
		const tip = 1_000n;
		// Alice authors the dev chain's blocks, so this block also pays her a collator reward: the
		// check below covers everything that happened in the block, not only this transfer.
		const { blockHash, events: txEvents } = await signAndWait(api.tx.balances.transferKeepAlive(ferdie.address, amount), alice, {
			tip,
		});
		const parentHash = await parentOf(api, blockHash);

		const feePaid = findEvent(txEvents, "transactionPayment", "TransactionFeePaid");
		assert.ok(feePaid, "a transactionPayment.TransactionFeePaid event");
		assert.equal(feePaid.event.data.tip.toBigInt(), tip, "the tip is reported");
		assert.ok(feePaid.event.data.actualFee.toBigInt() >= tip, "the fee paid includes the tip");

		// Every account any event of the block names, plus the two of the transfer.
		const blockEvents = await eventsAt(api, blockHash);
		const accounts = new Set([alice.address, ferdie.address]);
		for (const { event } of blockEvents) for (const who of accountsIn(event)) accounts.add(who);

		let balancesDelta = 0n;
		for (const who of accounts) {
			balancesDelta += (await totalBalanceAt(api, blockHash, who)) - (await totalBalanceAt(api, parentHash, who));
		}
		const issuanceDelta = (await totalIssuanceAt(api, blockHash)) - (await totalIssuanceAt(api, parentHash));

		// What the events say left (or entered) the accounts: Withdraw/Burned/... minus Deposit/Minted/...
		const eventsDelta = blockEvents.reduce((sum, { event }) => sum + accountsEffect(event), 0n);
		const burned = -eventsDelta;
		console.log(`# block: ${accounts.size} accounts touched, issuance change ${issuanceDelta} rao, burned per the events ${burned} rao`);

		assert.equal(eventsDelta, balancesDelta, "the balance events account for every balance change of the block");
		assert.equal(balancesDelta - issuanceDelta, 0n, "sum of the balance changes - issuance change = 0 (issuance is the sum of all balances)");
		assert.equal(issuanceDelta, -burned, "issuance changes by exactly what was burned (or minted) according to the events");
	});
});
