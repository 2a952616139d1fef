/* eslint-disable @n8n/community-nodes/no-restricted-globals, no-console -- a development script run by Node.js: never part of a published package */
/**
 * npm run demo — on a fresh clone after `npm install`, one command: builds and packs the
 * package, installs it into a real n8n 2.x (fetched once into a cache, 5 to 8 minutes and about
 * 3 GB the first time) with the README's install command, starts the local emulator of TMAPI
 * and SHOPLINE, and runs example 1 (sync a 1688 shop into SHOPLINE) twice through n8n: the
 * first run creates the products and sets their stock; then one offer's price rises at 1688
 * (in the emulator), and the second run updates that product and finds the others unchanged,
 * writing nothing for them. After each run, a table shows what the sync did per product. No
 * TMAPI token or SHOPLINE store is needed. Temporary folders are removed at the end, also after
 * a failure or Ctrl+C.
 */
import { productKey, syncTable, totalsLine, writesSummary, type SyncedProduct } from './lib/demoReport';
import { EmulatorProcess } from './lib/emulatorProcess';
import { installN8n } from './lib/n8nCache';
import { packPackages } from './lib/pack';
import { exitOnSignals } from './lib/processes';
import { executeWorkflow, importExamples, prepareInstance, type WorkflowRun } from './e2e/n8n';

const count = (run: WorkflowRun, node: string) => run.nodes[node]?.items[0]?.length ?? 0;
const since = (started: number) => `${((Date.now() - started) / 1000).toFixed(0)} s`;
const indent = (text: string) => console.log(`    ${text}`);

/** The node of example 1 that writes to SHOPLINE (Create or Update From 1688 Item); each output item says what it did (`action`). */
const SYNC_NODE = 'Create or Update in SHOPLINE';
/** How much dearer the one offer gets at 1688 between the runs. */
const PRICE_RISE = 1.2;
/** The table fits the terminal: 80 columns when it is narrower or not a terminal, at most 100. */
const TABLE_WIDTH = Math.min(100, Math.max(80, process.stdout.columns || 80)) - 2;

function syncedProducts(run: WorkflowRun): SyncedProduct[] {
	const synced = run.nodes[SYNC_NODE]?.items[0];
	if (!synced) throw new Error(`Example 1 has no output from its "${SYNC_NODE}" node`);
	return synced.map((item) => item.json as SyncedProduct);
}

/**
 * What the run did: the table, the totals, the SHOPLINE writes per action (from the emulator's
 * log) — and a failure when an unchanged product was written to, which the sync promises not to do.
 */
async function printRun(attempt: number, run: WorkflowRun, emulator: EmulatorProcess, storeBefore: number, seconds: string, before?: SyncedProduct[]): Promise<SyncedProduct[]> {
	const products = syncedProducts(run);
	const earlier = before ? new Map(before.map((product) => [productKey(product), product])) : undefined;
	console.log(`Run ${attempt}:`);
	console.log(`  products in the SHOPLINE store before: ${storeBefore}`);
	console.log(`  products fetched from the 1688 shop:   ${count(run, '1688 Shop Items')} (with ${count(run, '1688 Item Detail')} item details)\n`);
	const table = syncTable(products, { before: earlier, width: TABLE_WIDTH });
	for (const line of table) console.log(`  ${line}`);
	console.log(`  ${totalsLine(products)}`);
	if (earlier && table.some((line) => / → /.test(line))) console.log(`  Price "from → to": the price in run ${attempt - 1}'s output → the price now.`);
	const writes = writesSummary(await emulator.log(), products);
	console.log(`  ${writes.line}`);
	if (writes.unchangedWritten.length > 0) throw new Error(`Run ${attempt} wrote to products it reports unchanged: ${writes.unchangedWritten.join(', ')}`);
	console.log(`  time taken: ${seconds} s (n8n start-up included)\n`);
	return products;
}

/** One offer of the run gets dearer at 1688 (the emulator's tmapi.priceChanges): the next run has a price to update. */
async function raiseOnePrice(emulator: EmulatorProcess, products: SyncedProduct[]): Promise<void> {
	const product = (products[1] ?? products[0]) as SyncedProduct & { source_1688?: { item_id?: unknown } };
	const offerId = String(product?.source_1688?.item_id ?? '');
	if (!/^\d{6,20}$/.test(offerId)) throw new Error(`Run 1 output no 1688 offer ID to change (source_1688.item_id: ${JSON.stringify(offerId)})`);
	await emulator.configure({ tmapi: { priceChanges: { [offerId]: PRICE_RISE } } });
	console.log(`Between the runs, at 1688: offer ${offerId} gets ${Math.round((PRICE_RISE - 1) * 100)} % dearer; the other offers stay as they were.\n`);
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
		let before: SyncedProduct[] | undefined;
		for (const attempt of [1, 2]) {
			if (before) await raiseOnePrice(emulator, before);
			const storeBefore = Number((await emulator.shopline<{ count: number }>('products/count.json')).body.count);
			// The log from here on is this run's requests.
			await emulator.reset();
			const runStarted = Date.now();
			const run = await executeWorkflow(instance, 'exampleSync1688');
			if (run.error) throw new Error(`The workflow failed: ${run.error}`);
			before = await printRun(attempt, run, emulator, storeBefore, ((Date.now() - runStarted) / 1000).toFixed(1), before);
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
