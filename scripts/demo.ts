/* eslint-disable @n8n/community-nodes/no-restricted-globals, no-console -- a development script run by Node.js: never part of a published package */
/**
 * npm run demo — on a fresh clone after `npm install`, one command: builds and packs the
 * package, installs it into a real n8n 2.x (fetched once into a cache, 5 to 8 minutes and about
 * 3 GB the first time) with the README's install command, starts the local emulator of TMAPI
 * and SHOPLINE, and runs example 1 (sync a 1688 shop into SHOPLINE) twice through n8n: the
 * first run creates the products and sets their stock, the second finds them unchanged and
 * writes nothing. No TMAPI token or SHOPLINE store
 * is needed. Temporary folders are removed at the end, also after a failure or Ctrl+C.
 */
import { productLine, type SyncedProduct } from './lib/demoReport';
import { EmulatorProcess } from './lib/emulatorProcess';
import { installN8n } from './lib/n8nCache';
import { packPackages } from './lib/pack';
import { exitOnSignals } from './lib/processes';
import { executeWorkflow, importExamples, prepareInstance, type WorkflowRun } from './e2e/n8n';

const count = (run: WorkflowRun, node: string) => run.nodes[node]?.items[0]?.length ?? 0;
const since = (started: number) => `${((Date.now() - started) / 1000).toFixed(0)} s`;
const indent = (text: string) => console.log(`    ${text}`);

/** The node of example 1 that writes to SHOPLINE; each output item says what it did (`action`). */
const SYNC_NODE = 'Create or Update in SHOPLINE';

function printRun(attempt: number, run: WorkflowRun, storeBefore: number, seconds: string) {
	const synced = run.nodes[SYNC_NODE]?.items[0];
	if (!synced) throw new Error(`Example 1 has no output from its "${SYNC_NODE}" node`);
	const actions = (action: string) => synced.filter((item) => item.json.action === action).length;
	console.log(`Run ${attempt}:`);
	console.log(`  products in the SHOPLINE store before: ${storeBefore}`);
	console.log(`  products fetched from the 1688 shop:   ${count(run, '1688 Shop Items')} (with ${count(run, '1688 Item Detail')} item details)`);
	console.log(`  SHOPLINE products created:             ${actions('created')}`);
	console.log(`  SHOPLINE products updated:             ${actions('updated')}`);
	console.log(`  SHOPLINE products unchanged:           ${actions('unchanged')} (nothing written)`);
	for (const item of synced.slice(0, 5)) console.log(`    ${productLine(item.json as unknown as SyncedProduct)}`);
	console.log(`  time taken: ${seconds} s (n8n start-up included)\n`);
}

async function main() {
	const started = Date.now();
	const running: { emulator?: EmulatorProcess } = {};
	exitOnSignals(() => running.emulator?.stop());
	let stepStarted = Date.now();
	console.log('1/4 Building and packing the packages...');
	const { tarballs } = await packPackages(indent);
	console.log(`    (${since(stepStarted)})`);
	stepStarted = Date.now();
	console.log('2/4 Getting a real n8n 2.x (installed once into a cache; the first time takes minutes)...');
	const install = await installN8n('2', indent);
	console.log(`    n8n ${install.version} ready (${since(stepStarted)})`);
	stepStarted = Date.now();
	console.log(`3/4 Installing the package into n8n ${install.version} with the README's command, starting the emulator, importing the examples...`);
	const emulator = await EmulatorProcess.start(['--store-size', '300', '--latency', '40']);
	running.emulator = emulator;
	try {
		const instance = await prepareInstance(install, tarballs, 5699);
		await importExamples(instance, emulator.url);
		console.log(`    (${since(stepStarted)})`);
		console.log('4/4 Running "Sync a 1688 shop into SHOPLINE" (examples/1-sync-1688-shop-to-shopline.json)...\n');
		for (const attempt of [1, 2]) {
			const storeBefore = Number((await emulator.shopline<{ count: number }>('products/count.json')).body.count);
			const runStarted = Date.now();
			const run = await executeWorkflow(instance, 'exampleSync1688');
			if (run.error) throw new Error(`The workflow failed: ${run.error}`);
			printRun(attempt, run, storeBefore, ((Date.now() - runStarted) / 1000).toFixed(1));
		}
		console.log(`Done in ${since(started)}. Open the same setup in the editor with: npm run dev`);
	} finally {
		emulator.stop();
	}
}

main().catch((error) => {
	console.error(`\nThe demo failed: ${error instanceof Error ? error.message : String(error)}`);
	process.exit(1);
});
