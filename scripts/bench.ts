/**
 * npm run bench — the nodes against what a user would otherwise build, on the local emulator
 * with fixed latency, all in one run so the ratios hold. Each case runs --runs times (3 by
 * default); the table gives medians. Writes docs/benchmark.md, docs/benchmark.png and the
 * table in README.md.
 *
 *   ours      the node, run through n8n-core's engine (the test harness)
 *   baseline  a plain loop doing what n8n's HTTP Request node does: one page, or one item,
 *             after the other; for SHOPLINE 50 per page, no pacing, wait 1 s on a 429
 *   ideal     the floor set by latency, concurrency and the rate limit
 */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';

process.env.N8N_USER_FOLDER ??= mkdtempSync(join(tmpdir(), 'n8n-bench-'));

import { barChart } from './lib/png';
import { EmulatorProcess } from './lib/emulatorProcess';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { runWorkflow } = require('../test/harness/workflow') as typeof import('../test/harness/workflow');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { shoplineWorkflow, tmapiWorkflow } = require('../test/helpers/workflows') as typeof import('../test/helpers/workflows');

const RUNS = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3;
const TMAPI_TOKEN = 'emulator-tmapi-token';
const SHOPLINE_TOKEN = 'emulator-shopline-token';
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const seconds = (ms: number) => ms / 1000;

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
	const started = performance.now();
	const value = await run();
	return { ms: performance.now() - started, value };
}

function credentials(url: string) {
	return {
		tmapi1688Api: { apiToken: TMAPI_TOKEN, host: 'custom', customBaseUrl: url },
		shoplineApi: { storeHandle: 'bench', accessToken: SHOPLINE_TOKEN, apiVersion: 'v20260301', customApiVersion: '', baseUrl: url },
	};
}

/** The parts of TMAPI and SHOPLINE answers the bare loops read. */
interface Answer {
	data: { items: unknown[]; has_next_page?: boolean };
	products: unknown[];
}

async function getJson(url: string, init?: RequestInit): Promise<{ status: number; body: Answer; headers: Headers }> {
	const response = await fetch(url, init);
	return { status: response.status, body: (await response.json()) as Answer, headers: response.headers };
}

/** SHOPLINE pages with nothing but fetch and JSON.parse: the floor any client pays. */
async function bareShoplineLoop(url: string, limit: number): Promise<number> {
	let next: string | undefined = `${url}/admin/openapi/v20260301/products/products.json?limit=${limit}`;
	let products = 0;
	while (next) {
		const { body, headers } = await getJson(next, { headers: { Authorization: `Bearer ${SHOPLINE_TOKEN}` } });
		products += body.products.length;
		next = /<([^>]+)>;\s*rel="next"/.exec(headers.get('link') ?? '')?.[1];
	}
	return products;
}

/** TMAPI category pages with nothing but fetch and JSON.parse, one after the other. */
async function bareTmapiLoop(url: string, pageSize: number): Promise<number> {
	let items = 0;
	for (let page = 1; ; page++) {
		const { body } = await getJson(`${url}/1688/category/items/v2?apiToken=${TMAPI_TOKEN}&cat_id=1031922&page=${page}&page_size=${pageSize}`);
		items += body.data.items.length;
		if (!body.data.has_next_page) return items;
	}
}

interface CaseResult {
	name: string;
	ours: number[];
	baseline: number[];
	ideal: number;
	peakInFlight: number[];
	extra: Record<string, number[]>;
}

async function main() {
	const emulator = await EmulatorProcess.start(['--store-size', '10000']);
	const creds = credentials(emulator.url);
	const results: CaseResult[] = [];
	const record = (name: string, ideal: number): CaseResult => {
		let found = results.find((result) => result.name === name);
		if (!found) {
			found = { name, ours: [], baseline: [], ideal, peakInFlight: [], extra: {} };
			results.push(found);
		}
		return found;
	};
	const note = (result: CaseResult, key: string, value: number) => (result.extra[key] ??= []).push(value);

	for (let run = 1; run <= RUNS; run++) {
		console.log(`Run ${run} of ${RUNS}`);

		// 1. TMAPI category Return All: 2,000 items, 100 pages, 100 ms.
		{
			const result = record('TMAPI category Return All (2,000 items, 100 pages, 100 ms)', seconds(Math.ceil(100 / 3) * 100));
			await emulator.configure({ categorySize: 2000, tmapi: { latencyMs: 100 } });
			await emulator.reset();
			const ours = await timed(() =>
				runWorkflow(tmapiWorkflow({ resource: 'category', operation: 'getItems', categoryId: '1031922', returnAll: true, options: { concurrency: 3 } }), { credentials: creds }),
			);
			if (ours.value.items.length !== 2000) throw new Error(`case 1: ${ours.value.items.length} items`);
			result.ours.push(seconds(ours.ms));
			result.peakInFlight.push((await emulator.stats()).peakInFlight.tmapi);
			await emulator.reset();
			const baseline = await timed(async () => {
				let items = 0;
				for (let page = 1; ; page++) {
					const { body } = await getJson(`${emulator.url}/1688/category/items/v2?apiToken=${TMAPI_TOKEN}&cat_id=1031922&page=${page}&page_size=20`);
					items += body.data.items.length;
					if (!body.data.has_next_page) return items;
				}
			});
			if (baseline.value !== 2000) throw new Error('case 1 baseline');
			result.baseline.push(seconds(baseline.ms));
		}

		// 2. TMAPI Get Detail over 200 input items, 150 ms.
		{
			const result = record('TMAPI Get Detail over 200 items (150 ms)', seconds(Math.ceil(200 / 3) * 150));
			await emulator.configure({ tmapi: { latencyMs: 150 } });
			await emulator.reset();
			const input = Array.from({ length: 200 }, (_, i) => ({ offer: String(620000000000 + i) }));
			const ours = await timed(() =>
				runWorkflow(tmapiWorkflow({ resource: 'item', operation: 'getDetail', productUrl: '={{ $json.offer }}', options: { concurrency: 3 } }), { credentials: creds, input }),
			);
			if (ours.value.items.length !== 200 || ours.value.error) throw new Error('case 2');
			result.ours.push(seconds(ours.ms));
			result.peakInFlight.push((await emulator.stats()).peakInFlight.tmapi);
			await emulator.reset();
			const baseline = await timed(async () => {
				for (const entry of input) {
					await getJson(`${emulator.url}/1688/item_detail_by_url?apiToken=${TMAPI_TOKEN}`, {
						method: 'POST',
						headers: { 'Content-Type': 'application/json' },
						body: JSON.stringify({ url: `https://detail.1688.com/offer/${entry.offer}.html` }),
					});
				}
			});
			result.baseline.push(seconds(baseline.ms));
		}

		// 3. SHOPLINE Get Many Return All: 10,000 products, 50 ms, the store's bucket (4/s, 40).
		{
			const latency = 50;
			const requests = 10_000 / 250;
			const result = record('SHOPLINE Get Many Return All (10,000 products, 50 ms)', Math.max(seconds(requests * latency), (requests - 40) / 4));
			await emulator.configure({ shopline: { latencyMs: latency, bucket: { ratePerSecond: 4, capacity: 40 } } });
			await emulator.reset();
			const ours = await timed(() => runWorkflow(shoplineWorkflow({ resource: 'product', operation: 'getAll', returnAll: true }), { credentials: creds }));
			if (ours.value.items.length !== 10_000) throw new Error(`case 3: ${ours.value.items.length}`);
			result.ours.push(seconds(ours.ms));
			const stats = await emulator.stats();
			note(result, 'ours429', stats.rateLimited);
			note(result, 'oursRequests', stats.requests.shopline);
			result.peakInFlight.push(stats.peakInFlight.shopline);
			await emulator.reset();
			const baseline = await timed(async () => {
				let next: string | undefined = `${emulator.url}/admin/openapi/v20260301/products/products.json?limit=50`;
				let products = 0;
				let refused = 0;
				while (next) {
					const { status, body, headers } = await getJson(next, { headers: { Authorization: `Bearer ${SHOPLINE_TOKEN}` } });
					if (status === 429) {
						refused++;
						await new Promise((resolve) => setTimeout(resolve, 1000));
						continue;
					}
					products += body.products.length;
					next = /<([^>]+)>;\s*rel="next"/.exec(headers.get('link') ?? '')?.[1];
				}
				return { products, refused };
			});
			if (baseline.value.products !== 10_000) throw new Error('case 3 baseline');
			result.baseline.push(seconds(baseline.ms));
			note(result, 'baseline429', baseline.value.refused);
			await emulator.reset();
			const bare = await timed(() => bareShoplineLoop(emulator.url, 250));
			note(result, 'bareSeconds', seconds(bare.ms));
		}

		// 4. Node overhead: CPU per output item and peak memory against the JSON returned.
		{
			await emulator.configure({ categorySize: 10_000, tmapi: { latencyMs: 0 }, shopline: { latencyMs: 0, bucket: null } });
			for (const [name, workflow, bareLoop] of [
				[
					'TMAPI category, 10,000 items',
					tmapiWorkflow({ resource: 'category', operation: 'getItems', categoryId: '1031922', returnAll: true, options: { pageSize: 100, maxPages: 1000 } }),
					() => bareTmapiLoop(emulator.url, 100),
				],
				['SHOPLINE store, 10,000 products', shoplineWorkflow({ resource: 'product', operation: 'getAll', returnAll: true }), () => bareShoplineLoop(emulator.url, 250)],
			] as const) {
				const result = record(`Node overhead: ${name}`, 0);
				// One unmeasured run first, so that the JIT and lazy module loads are not counted.
				await runWorkflow(workflow, { credentials: creds });
				await emulator.reset();
				global.gc?.();
				const heapBefore = process.memoryUsage().heapUsed;
				let peak = heapBefore;
				const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 2);
				const cpuBefore = process.cpuUsage();
				const started = performance.now();
				const run = await runWorkflow(workflow, { credentials: creds });
				const ms = performance.now() - started;
				const cpu = process.cpuUsage(cpuBefore);
				clearInterval(sampler);
				peak = Math.max(peak, process.memoryUsage().heapUsed);
				const items = run.items.length;
				if (items === 0) throw new Error('no output');
				const bytes = (await emulator.stats()).bytes;
				note(result, 'cpuMicrosPerItem', (cpu.user + cpu.system) / items);
				note(result, 'peakHeapOverJson', (peak - heapBefore) / bytes);
				note(result, 'jsonMB', bytes / 1e6);
				note(result, 'seconds', seconds(ms));
				await bareLoop();
				const bareCpuBefore = process.cpuUsage();
				const bareItems = await bareLoop();
				const bareCpu = process.cpuUsage(bareCpuBefore);
				note(result, 'bareCpuMicrosPerItem', (bareCpu.user + bareCpu.system) / bareItems);
			}
		}
	}
	emulator.stop();
	report(results);
}

function report(results: CaseResult[]) {
	const f = (value: number, digits = 2) => value.toFixed(digits);
	const timing = results.filter((result) => result.ours.length > 0);
	const lines = [
		`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}. Medians of ${RUNS} run${RUNS === 1 ? '' : 's'}; all cases in one process, one after the other.`,
		'',
		'| case | ours (s) | baseline (s) | ideal (s) | ours / baseline | ours / ideal | peak in flight |',
		'| --- | --- | --- | --- | --- | --- | --- |',
		...timing.map((result) => {
			const ours = median(result.ours);
			const baseline = median(result.baseline);
			const speedup = `${f(baseline / ours)}× faster`;
			return `| ${result.name} | ${f(ours)} | ${f(baseline)} | ${f(result.ideal)} | ${f(ours / baseline)} (${speedup}) | ${f(ours / result.ideal)} | ${median(result.peakInFlight)} |`;
		}),
	];
	const shopline = timing.find((result) => result.name.startsWith('SHOPLINE'));
	if (shopline) {
		lines.push(
			'',
			`SHOPLINE: ours sent ${median(shopline.extra.oursRequests)} requests (250 per page) and met ${median(shopline.extra.ours429)} × 429; the baseline (50 per page, no pacing) met ${median(shopline.extra.baseline429)} × 429. ` +
				`The ideal counts latency only; a bare fetch loop over the same 40 pages (no node, no engine, no pacing) takes ${f(median(shopline.extra.bareSeconds))} s, so ours / bare loop = ${f(median(shopline.ours) / median(shopline.extra.bareSeconds))}: the rest is the emulator's own time and the transfer of 14 MB.`,
		);
	}
	lines.push(
		'',
		'| overhead | CPU µs per output item | of which fetch + JSON.parse | of which node + engine | peak heap / JSON bytes | JSON returned (MB) |',
		'| --- | --- | --- | --- | --- | --- |',
	);
	for (const result of results.filter((entry) => entry.name.startsWith('Node overhead'))) {
		const total = median(result.extra.cpuMicrosPerItem);
		const bare = median(result.extra.bareCpuMicrosPerItem);
		lines.push(
			`| ${result.name.replace('Node overhead: ', '')} | ${f(total, 1)} | ${f(bare, 1)} | ${f(total - bare, 1)} | ${f(median(result.extra.peakHeapOverJson))} | ${f(median(result.extra.jsonMB), 1)} |`,
		);
	}
	lines.push(
		'',
		'CPU is the whole process while the node runs (n8n engine, HTTP client and JSON parsing included), after one unmeasured warm-up run; the emulator runs in another process. "fetch + JSON.parse" is a bare loop fetching the same pages with Node\'s fetch: what any client pays. Peak heap is the highest heap use during the run (sampled every 2 ms) above the heap before it: the output items, the text of the answers and any garbage not yet collected.',
	);
	const markdown = lines.join('\n');
	console.log(`\n${markdown}\n`);
	mkdirSync('docs', { recursive: true });
	writeFileSync('docs/benchmark.md', `${markdown}\n`);
	// The README shows the latest table between its benchmark markers.
	const readme = readFileSync('README.md', 'utf8');
	const updated = readme.replace(/(<!-- benchmark:start -->\n)[\s\S]*?(<!-- benchmark:end -->)/, `$1${markdown}\n$2`);
	writeFileSync('README.md', updated);
	const short = ['TMAPI CATEGORY, 100 PAGES', 'TMAPI DETAIL, 200 ITEMS', 'SHOPLINE, 10,000 PRODUCTS'];
	writeFileSync(
		'docs/benchmark.png',
		barChart(
			'SECONDS, LOWER IS BETTER',
			timing.map((result, index) => ({
				label: short[index] ?? result.name,
				bars: [
					{ label: 'OURS', value: median(result.ours) },
					{ label: 'BASELINE', value: median(result.baseline) },
					{ label: 'IDEAL', value: result.ideal },
				],
			})),
		),
	);
	console.log('Wrote docs/benchmark.md, docs/benchmark.png and the table in README.md');
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
