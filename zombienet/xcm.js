// Zombienet `js-script` step of 0004-xcm.zndsl: TAO to Asset Hub and back over the relay chain's
// HRMP channels, with polkadot-js, as the README's "Sending TAO to other chains" shows it.
//
//   0. The relay chain's root (sudo) opens HRMP channels both ways between Finney and Asset Hub
//      (hrmp.forceOpenHrmpChannel twice, then hrmp.forceProcessHrmpOpen, so that they open at
//      once rather than at the next session), and both parachains see them.
//   1. Alice (on Asset Hub) funds Finney's sovereign account there with the relay token.
//   2. Finney's root (sudo) prices the relay token (assetRate.create) and registers TAO on Asset
//      Hub through polkadotXcm.send: foreignAssets.create, setReserves (Finney its only reserve)
//      and setMetadata, paid with the sovereign account's relay token (README, "Registering TAO
//      on Asset Hub").
//   3. Alice sends 20 of the relay token from Asset Hub to her account on Finney.
//   4. Alice sends 10 TAO from Finney to Asset Hub, with 1 relay token for Asset Hub's fee
//      (transferAssetsUsingTypeAndThen: TAO by local reserve, the fee by destination reserve).
//   5. Alice sends the 10 TAO back from Asset Hub (transferAssets; Finney is TAO's reserve).
//
// Checked on the way: TAO on Asset Hub is owned by Finney's sovereign account with Finney as its
// only reserve; after each transfer the TAO issued on Asset Hub equals what Asset Hub's sovereign
// account holds on Finney; Finney's total issuance is the same after the round trip as before.
// Resolves with the number of round trips (1).

const { TAO, connect, connectTo, helpers, until } = require("./lib.js");

/** One unit of the relay token (12 decimals). */
const UNIT = 1_000_000_000_000n;
/** Seen from a parachain: the relay chain, and the relay token. */
const PARENT = { parents: 1, interior: "Here" };
/** Seen from a parachain: a sibling, and (for Finney) TAO. */
const sibling = (para) => ({ parents: 1, interior: { X1: [{ Parachain: para }] } });
/** A local account, as a beneficiary. */
const account = (publicKey) => ({
	parents: 0,
	interior: { X1: [{ AccountId32: { network: null, id: publicKey } }] },
});
/** How long one hop (a transaction, then the message over HRMP) may take. */
const HOP_MS = 300_000;
const TX = { timeout: 180_000 };

/**
 * Opens HRMP channels 2000 -> 1000 and 1000 -> 2000 through the relay chain's sudo (Alice on
 * rococo-local), at once (`forceProcessHrmpOpen`).
 */
async function openChannels(networkInfo, sudoKey, sudo) {
	const relay = await connect(networkInfo.nodesByName.alice.wsUri);
	try {
		const open = (sender, recipient) => relay.tx.hrmp.forceOpenHrmpChannel(sender, recipient, 8, 8192);
		await sudo(relay, sudoKey, relay.tx.utility.batchAll([open(2000, 1000), open(1000, 2000)]));
		await sudo(relay, sudoKey, relay.tx.hrmp.forceProcessHrmpOpen(2));
		for (const [sender, recipient] of [[2000, 1000], [1000, 2000]]) {
			const channel = await relay.query.hrmp.hrmpChannels({ sender, recipient });
			if (channel.isNone) throw new Error(`the relay chain did not open the HRMP channel ${sender} -> ${recipient}`);
		}
	} finally {
		await relay.disconnect();
	}
}

async function run(nodeName, networkInfo) {
	const { signAndWait, sudo } = await helpers();
	const { api, dev } = await connectTo(nodeName, networkInfo);
	const assetHubNode = networkInfo.nodesByName["asset-hub01"];
	if (!assetHubNode) throw new Error("no node asset-hub01 in the network");
	const ah = await connect(assetHubNode.wsUri);
	const { alice } = dev;
	const tao = sibling(2000);
	try {
		const finneyOnAh = (await ah.call.locationToAccountApi.convertLocation({ V5: sibling(2000) })).asOk.toString();
		const ahOnFinney = (await api.call.locationToAccountApi.convertLocation({ V5: sibling(1000) })).asOk.toString();
		console.log(`Finney's sovereign account on Asset Hub: ${finneyOnAh}; Asset Hub's on Finney: ${ahOnFinney}`);
		const taoOnFinney = async (who) => (await api.query.system.account(who)).data.free.toBigInt();
		const relayTokenOnFinney = async (who) => {
			const entry = await api.query.foreignAssets.account(PARENT, who);
			return entry.isSome ? entry.unwrap().balance.toBigInt() : 0n;
		};
		const taoOnAh = async (who) => {
			const entry = await ah.query.foreignAssets.account(tao, who);
			return entry.isSome ? entry.unwrap().balance.toBigInt() : 0n;
		};
		const taoIssuedOnAh = async () => {
			const details = await ah.query.foreignAssets.asset(tao);
			return details.isSome ? details.unwrap().supply.toBigInt() : 0n;
		};
		const assertBacked = async (when) => {
			const issued = await taoIssuedOnAh();
			const backing = await taoOnFinney(ahOnFinney);
			console.log(`${when}: TAO issued on Asset Hub ${issued} rao, Asset Hub's sovereign account on Finney ${backing} rao`);
			if (issued !== backing) throw new Error(`${when}: TAO on Asset Hub (${issued}) is not backed 1:1 (${backing})`);
		};

		// 0. HRMP channels both ways, opened by the relay chain's root.
		await openChannels(networkInfo, alice, sudo);
		await until(
			async () => {
				const finneyEgress = await api.query.parachainSystem.relevantMessagingState();
				const ahEgress = await ah.query.parachainSystem.relevantMessagingState();
				const opened = (state) => {
					const snapshot = state.isSome === undefined ? state : state.isSome ? state.unwrap() : null;
					return snapshot !== null && snapshot.egressChannels.length > 0;
				};
				return opened(finneyEgress) && opened(ahEgress);
			},
			HOP_MS,
			"both parachains to see their HRMP channels",
		);
		console.log("HRMP channels 2000 <-> 1000 open, and seen by both parachains");

		// 1. The sovereign account on Asset Hub pays for the registration.
		await signAndWait(ah.tx.balances.transferKeepAlive(finneyOnAh, 100n * UNIT), alice, TX);

		// 2. Finney's root prices the relay token (1 unit = 0.01 TAO) and registers TAO on Asset Hub.
		await sudo(api, alice, api.tx.assetRate.create(PARENT, 10_000_000_000_000n));
		const encoded = (tx) => ({ encoded: tx.method.toHex() });
		const fee = { id: PARENT, fun: { Fungible: 10n * UNIT } };
		const register = [
			{ WithdrawAsset: [fee] },
			{ BuyExecution: { fees: fee, weightLimit: "Unlimited" } },
			{
				Transact: {
					originKind: "Xcm",
					fallbackMaxWeight: null,
					call: encoded(ah.tx.foreignAssets.create(tao, finneyOnAh, 100_000)),
				},
			},
			{
				Transact: {
					originKind: "Xcm",
					fallbackMaxWeight: null,
					call: encoded(ah.tx.foreignAssets.setReserves(tao, [{ reserve: tao, teleportable: false }])),
				},
			},
			{
				Transact: {
					originKind: "SovereignAccount",
					fallbackMaxWeight: null,
					call: encoded(ah.tx.foreignAssets.setMetadata(tao, "Bittensor", "TAO", 9)),
				},
			},
			"RefundSurplus",
			{
				DepositAsset: {
					assets: { Wild: { AllCounted: 1 } },
					beneficiary: account(ah.createType("AccountId32", finneyOnAh).toHex()),
				},
			},
		];
		await sudo(api, alice, api.tx.polkadotXcm.send({ V5: sibling(1000) }, { V5: register }));
		const details = await until(
			async () => {
				const d = await ah.query.foreignAssets.asset(tao);
				const m = await ah.query.foreignAssets.metadata(tao);
				return d.isSome && m.symbol.toUtf8() === "TAO" ? d.unwrap() : null;
			},
			HOP_MS,
			"TAO registered on Asset Hub",
		);
		if (details.owner.toString() !== finneyOnAh) {
			throw new Error(`TAO on Asset Hub is owned by ${details.owner}, not Finney's sovereign account ${finneyOnAh}`);
		}
		const reserves = (await ah.call.trustedQueryApi.isTrustedReserve(
			{ V5: { id: tao, fun: { Fungible: 1 } } },
			{ V5: tao },
		)).toJSON();
		console.log(`TAO registered on Asset Hub: owner ${details.owner}; Finney trusted as its reserve: ${JSON.stringify(reserves)}`);
		if (!reserves || reserves.ok !== true) throw new Error(`Asset Hub does not trust Finney as TAO's reserve: ${JSON.stringify(reserves)}`);

		// 3. The relay token from Asset Hub to Alice on Finney.
		const relayBefore = await relayTokenOnFinney(alice.address);
		await signAndWait(
			ah.tx.polkadotXcm.transferAssetsUsingTypeAndThen(
				{ V5: sibling(2000) },
				{ V5: [{ id: PARENT, fun: { Fungible: 20n * UNIT } }] },
				"LocalReserve",
				{ V5: PARENT },
				"LocalReserve",
				{ V5: [{ DepositAsset: { assets: { Wild: { AllCounted: 1 } }, beneficiary: account(alice.publicKey) } }] },
				"Unlimited",
			),
			alice,
			TX,
		);
		const relayArrived = await until(
			async () => {
				const now = await relayTokenOnFinney(alice.address);
				return now > relayBefore ? now - relayBefore : null;
			},
			HOP_MS,
			"the relay token on Finney",
		);
		console.log(`relay token Asset Hub -> Finney: ${relayArrived} of ${20n * UNIT} units arrived (Finney's fee paid in it)`);

		// 4. 10 TAO to Asset Hub, 1 relay token for Asset Hub's fee.
		const issuanceBefore = (await api.query.balances.totalIssuance()).toBigInt();
		const backingBefore = await taoOnFinney(ahOnFinney);
		const aliceBefore = await taoOnFinney(alice.address);
		await signAndWait(
			api.tx.polkadotXcm.transferAssetsUsingTypeAndThen(
				{ V5: sibling(1000) },
				{
					V5: [
						{ id: { parents: 0, interior: "Here" }, fun: { Fungible: 10n * TAO } },
						{ id: PARENT, fun: { Fungible: UNIT } },
					],
				},
				"LocalReserve",
				{ V5: PARENT },
				"DestinationReserve",
				{ V5: [{ DepositAsset: { assets: { Wild: { AllCounted: 2 } }, beneficiary: account(alice.publicKey) } }] },
				"Unlimited",
			),
			alice,
			TX,
		);
		const spent = aliceBefore - (await taoOnFinney(alice.address));
		await until(async () => (await taoOnAh(alice.address)) === 10n * TAO, HOP_MS, "10 TAO for Alice on Asset Hub");
		const backing = await taoOnFinney(ahOnFinney);
		if (backing - backingBefore !== 10n * TAO) {
			throw new Error(`Asset Hub's sovereign account on Finney grew by ${backing - backingBefore} rao, not 10 TAO`);
		}
		console.log(`TAO Finney -> Asset Hub: 10 TAO arrived; Alice paid ${spent - 10n * TAO} rao of fees on Finney (transaction and delivery)`);
		await assertBacked("after TAO went to Asset Hub");

		// 5. The 10 TAO back to Finney; Finney takes its fee in TAO.
		const aliceBack = await taoOnFinney(alice.address);
		await signAndWait(
			ah.tx.polkadotXcm.transferAssets(
				{ V5: sibling(2000) },
				{ V5: account(alice.publicKey) },
				{ V5: [{ id: tao, fun: { Fungible: 10n * TAO } }] },
				0,
				"Unlimited",
			),
			alice,
			TX,
		);
		const returned = await until(
			async () => {
				const now = await taoOnFinney(alice.address);
				return now > aliceBack ? now - aliceBack : null;
			},
			HOP_MS,
			"TAO back on Finney",
		);
		if (returned >= 10n * TAO || returned < 9n * TAO) throw new Error(`${returned} rao of 10 TAO came back`);
		if ((await taoOnAh(alice.address)) !== 0n) throw new Error("Alice still holds TAO on Asset Hub");
		await assertBacked("after TAO came back");
		const issuanceAfter = (await api.query.balances.totalIssuance()).toBigInt();
		console.log(
			`TAO Asset Hub -> Finney: ${returned} rao arrived (Finney's fee ${10n * TAO - returned} rao); ` +
				`Finney's total issuance ${issuanceBefore} -> ${issuanceAfter} rao`,
		);
		if (issuanceAfter !== issuanceBefore) {
			throw new Error(`Finney's total issuance moved over the round trip: ${issuanceBefore} -> ${issuanceAfter}`);
		}
		return 1;
	} finally {
		await ah.disconnect();
		await api.disconnect();
	}
}

module.exports = { run };
