// Zombienet `js-script` step of 0001-finney-smoke.zndsl: registers Finney on the relay chain the
// way a parachain team does on a live relay (README, "Plugging Finney into a relay chain"), with
// the genesis that `finney-node export-genesis-head` / `export-genesis-wasm` print for the
// collators' chain spec, and waits until the relay chain includes the parachain's blocks.
//
// The network (finney-rococo-local-onboarding.toml) starts with a relay chain that knows nothing
// of the parachain. On the relay chain (the node this step runs on):
// 1. the exported genesis head is the collators' block 0 header;
// 2. Charlie, an ordinary account, reserves a para id (`registrar.reserve`: it must be 2000, the
//    id in the collators' chain spec) and registers the exported head and wasm
//    (`registrar.register`), paying the deposit the relay chain asks for (for the head and the
//    largest code the relay accepts);
// 3. coretime: root stands in for the Coretime chain, which on a live relay sells a core and
//    then sends `coretime.requestCoreCount` and `coretime.assignCore` to the relay: one more core,
//    all of it (57 600 / 57 600) assigned to the para;
// 4. the relay chain onboards the para (after two session changes and the validators' pre-check
//    of its code), its code hash is the exported wasm's, and a parachain block is included.
// Resolves with 1 when all hold; logs how long each stage took.

const { execFileSync } = require("node:child_process");
const { connect, connectTo, helpers, until } = require("./lib.js");
const { blake2AsHex } = require("@polkadot/util-crypto");

const PARA_ID = 2000;

/** What `finney-node <subcommand> --chain <spec>` prints, as 0x-hex. */
function exported(subcommand, chainSpec) {
	const out = execFileSync("finney-node", [subcommand, "--chain", chainSpec], {
		maxBuffer: 64 * 1024 * 1024,
		stdio: ["ignore", "pipe", "ignore"],
	})
		.toString()
		.trim();
	if (!/^0x[0-9a-f]+$/.test(out)) throw new Error(`finney-node ${subcommand} printed no hex: ${out.slice(0, 80)}`);
	return out;
}

async function run(nodeName, networkInfo) {
	const { signAndWait, sudo, findEvent } = await helpers();
	const para = networkInfo.paras[PARA_ID];
	if (!para) throw new Error(`no para ${PARA_ID} in the network`);
	const head = exported("export-genesis-head", para.chainSpecPath);
	const wasm = exported("export-genesis-wasm", para.chainSpecPath);
	const wasmBytes = (wasm.length - 2) / 2;
	const wasmHash = blake2AsHex(Buffer.from(wasm.slice(2), "hex"), 256);

	const { api: relay, dev } = await connectTo(nodeName, networkInfo);
	const collatorNode = para.nodes?.[0] ?? networkInfo.nodesByName.collator01;
	const collator = await connect(collatorNode.wsUri);
	const started = Date.now();
	const elapsed = () => `${Math.round((Date.now() - started) / 1000)} s`;
	try {
		// 1. The exported head is what the collators build on.
		const collatorGenesis = (await collator.rpc.chain.getHeader(await collator.rpc.chain.getBlockHash(0))).toHex();
		if (collatorGenesis !== head) {
			throw new Error(`${collatorNode.name}'s block 0 is ${collatorGenesis}, export-genesis-head says ${head}`);
		}
		const lifecycle = await relay.query.paras.paraLifecycles(PARA_ID);
		if (lifecycle.isSome) throw new Error(`para ${PARA_ID} is already known to the relay chain: ${lifecycle.unwrap().type}`);

		// 2. Reserve the id and register the genesis, as Charlie.
		const manager = dev.charlie;
		const before = (await relay.query.system.account(manager.address)).data.reserved.toBigInt();
		const reserved = await signAndWait(relay.tx.registrar.reserve(), manager);
		const reservedId = findEvent(reserved.events, "registrar", "Reserved")?.event.data.paraId.toNumber();
		if (reservedId !== PARA_ID) throw new Error(`registrar.reserve gave para id ${reservedId}, the chain spec says ${PARA_ID}`);
		const registered = await signAndWait(relay.tx.registrar.register(PARA_ID, head, wasm), manager);
		if (!findEvent(registered.events, "registrar", "Registered")) throw new Error("registrar.register: no registrar.Registered event");
		// The deposit covers the head and code up to the relay's `max_code_size`, whatever the size.
		const info = (await relay.query.registrar.paras(PARA_ID)).unwrap();
		const maxCodeSize = (await relay.query.configuration.activeConfig()).maxCodeSize.toNumber();
		const expectedDeposit =
			relay.consts.registrar.paraDeposit.toBigInt() +
			relay.consts.registrar.dataDepositPerByte.toBigInt() * BigInt((head.length - 2) / 2 + maxCodeSize);
		const held = (await relay.query.system.account(manager.address)).data.reserved.toBigInt() - before;
		if (info.manager.toString() !== manager.address || info.deposit.toBigInt() !== expectedDeposit || held !== expectedDeposit) {
			throw new Error(
				`registrar.paras(${PARA_ID}): manager ${info.manager}, deposit ${info.deposit}; ${held} reserved, ${expectedDeposit} expected`,
			);
		}
		console.log(
			`${elapsed()}: para ${PARA_ID} reserved and registered by Charlie in relay block ${registered.blockNumber} ` +
				`(code ${wasmBytes} bytes of at most ${maxCodeSize}; deposit ${expectedDeposit}: the para deposit plus the head and the largest code by the byte)`,
		);

		// 3. A core for the para, as the Coretime chain would assign it after a sale.
		const cores = (await relay.query.configuration.activeConfig()).schedulerParams.numCores.toNumber();
		const now = (await relay.rpc.chain.getHeader()).number.toNumber();
		const assignment = [[{ Task: PARA_ID }, 57_600]];
		const assigned = await sudo(
			relay,
			dev.alice,
			relay.tx.utility.batchAll([
				relay.tx.coretime.requestCoreCount(cores + 1),
				relay.tx.coretime.assignCore(cores, now + 2, assignment, null),
			]),
		);
		if (!findEvent(assigned.events, "coretime", "CoreAssigned")) throw new Error("coretime.assignCore: no coretime.CoreAssigned event");
		console.log(`${elapsed()}: core ${cores} assigned to para ${PARA_ID} from relay block ${now + 2}`);

		// 4. Onboarded, with the exported code, and producing.
		const onboarded = await until(
			async () => {
				const state = await relay.query.paras.paraLifecycles(PARA_ID);
				return state.isSome && (state.unwrap().isParathread || state.unwrap().isParachain) ? state.unwrap().type : null;
			},
			600_000,
			`para ${PARA_ID} to be onboarded`,
		);
		console.log(`${elapsed()}: para ${PARA_ID} onboarded (${onboarded})`);
		const codeHash = (await relay.query.paras.currentCodeHash(PARA_ID)).unwrap().toHex();
		if (codeHash !== wasmHash) throw new Error(`the relay's code hash for ${PARA_ID} is ${codeHash}, export-genesis-wasm hashes to ${wasmHash}`);
		const included = await until(
			async () => {
				const current = await relay.query.paras.heads(PARA_ID);
				if (current.isNone || current.unwrap().toHex() === head) return null;
				return relay.createType("Header", current.unwrap().toU8a(true)).number.toNumber();
			},
			600_000,
			`a block of para ${PARA_ID} to be included`,
		);
		console.log(`${elapsed()}: the relay chain included block ${included} of para ${PARA_ID}`);
		return 1;
	} finally {
		await collator.disconnect();
		await relay.disconnect();
	}
}

module.exports = { run };
