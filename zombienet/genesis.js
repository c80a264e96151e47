// Zombienet `js-script` step of 0001-finney-smoke.zndsl: the genesis the relay chain registered
// for the parachain is the one `finney-node export-genesis-head` / `export-genesis-wasm` print for
// the parachain's chain spec, and the one the collators run.
//
// Checks, on the relay chain's genesis block: `paras.heads(2000)` equals the exported genesis
// head and `paras.currentCodeHash(2000)` the hash of the exported genesis wasm; and the collator's
// block 0 header, SCALE-encoded, equals that head. Resolves with 1 when all hold.

const { execFileSync } = require("node:child_process");
const { connect, connectTo } = require("./lib.js");
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
	const para = networkInfo.paras[PARA_ID];
	if (!para) throw new Error(`no para ${PARA_ID} in the network`);
	const head = exported("export-genesis-head", para.chainSpecPath);
	const wasm = exported("export-genesis-wasm", para.chainSpecPath);
	const wasmHash = blake2AsHex(Buffer.from(wasm.slice(2), "hex"), 256);

	const relay = await connect(networkInfo.relay[0].wsUri);
	const { api } = await connectTo(nodeName, networkInfo);
	try {
		const relayGenesis = await relay.at(await relay.rpc.chain.getBlockHash(0));
		const registeredHead = (await relayGenesis.query.paras.heads(PARA_ID)).unwrap().toHex();
		const registeredCodeHash = (await relayGenesis.query.paras.currentCodeHash(PARA_ID)).unwrap().toHex();
		const collatorGenesis = (await api.rpc.chain.getHeader(await api.rpc.chain.getBlockHash(0))).toHex();
		const failures = [];
		if (registeredHead !== head) failures.push(`the relay registered head ${registeredHead}, export-genesis-head says ${head}`);
		if (registeredCodeHash !== wasmHash) {
			failures.push(`the relay registered code hash ${registeredCodeHash}, export-genesis-wasm hashes to ${wasmHash}`);
		}
		if (collatorGenesis !== head) failures.push(`${nodeName}'s block 0 is ${collatorGenesis}, export-genesis-head says ${head}`);
		if (failures.length > 0) throw new Error(failures.join("; "));
		console.log(`genesis head (${(head.length - 2) / 2} bytes) and wasm (${(wasm.length - 2) / 2} bytes, ${wasmHash}) match the relay and ${nodeName}`);
		return 1;
	} finally {
		await api.disconnect();
		await relay.disconnect();
	}
}

module.exports = { run };
