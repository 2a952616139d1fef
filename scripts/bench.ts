/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, no-console -- a development script run by Node.js: never part of a published package */
/**
 * npm run bench — the nodes against what a user would otherwise build, on the local emulator
 * with fixed latency, all in one run so the ratios hold. Each case runs --runs times (3 by
 * default); the table gives medians. Prints the tables; with --write it also writes
 * docs/benchmark.md, the table in README.md, the figures the chart draws (docs/benchmark.json)
 * and the chart (docs/benchmark.svg, docs/benchmark.png).
 *
 *   npm run bench                     print only
 *   npm run bench -- --write          update README.md and docs/
 *   npm run bench -- --runs 1
 *   npm run bench -- --chart-only     draw the chart again from docs/benchmark.json, run nothing
 *   npm run bench -- --cases 1,4      only these cases (numbered as in measure(); 6 is the
 *                                     1688 → SHOPLINE sync, run once whatever --runs says, ~2 min;
 *                                     7 is 1, 3 and 8 runs side by side on one store, once, ~2 min;
 *                                     8 runs only when asked: n8n's HTTP Request node against
 *                                     Auto inside a real n8n 2.x, installed and cached as the e2e
 *                                     does it, ~5 min the first time; 9 is Fixed 3 against Auto
 *                                     on accounts limited to 2, 3 and 8 at once, --runs rounds,
 *                                     ~25 s a round)
 *
 *   ours      the node, run through n8n-core's engine (the test harness)
 *   baseline  a plain loop doing what n8n's HTTP Request node does: one page, or one item,
 *             after the other; for SHOPLINE 50 per page, no pacing, wait 1 s on a 429.
 *             It is not the HTTP Request node itself: n8n-nodes-base is not a dependency of
 *             this package, so the loop (plain fetch, no engine) stands in for it and is, if
 *             anything, faster than the node would be.
 *   ideal     the floor set by latency, concurrency and the rate limit
 */
// First: n8n-core reads N8N_USER_FOLDER when the harness loads it.
import { benchUserFolder } from './lib/benchEnv';

import { rmSync } from 'node:fs';

import { runWorkflow } from '../test/harness/workflow';
import { shoplineWorkflow, tmapiWorkflow } from '../test/helpers/workflows';
import { readFigures, writeChart } from './lib/benchChart';
import { report, type CaseResult } from './lib/benchReport';
import { EmulatorProcess } from './lib/emulatorProcess';
import { defaultModeTable, measureDefaultMode } from './lib/benchDefault';
import { measureInN8n, n8nTable } from './lib/benchN8n';
import { measureShared, sharedTable } from './lib/benchShared';
import { measureSync, syncTable } from './lib/benchSync';

const runsIndex = process.argv.indexOf('--runs');
const RUNS = (runsIndex >= 0 && Number(process.argv[runsIndex + 1])) || 3;
const WRITE = process.argv.includes('--write');
const CHART_ONLY = process.argv.includes('--chart-only');

const casesIndex = process.argv.indexOf('--cases');
const CASES = casesIndex >= 0 ? new Set(process.argv[casesIndex + 1].split(',').map(Number)) : undefined;
const runs = (which: number) => CASES === undefined || CASES.has(which);
const TMAPI_TOKEN = 'emulator-tmapi-token';
const SHOPLINE_TOKEN = 'emulator-shopline-token';
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

/** Runs every case RUNS times against the emulator. */
async function measure(emulator: EmulatorProcess): Promise<CaseResult[]> {
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
		if (runs(1)) {
			const result = record('TMAPI category Return All (2,000 items, 100 pages, 100 ms)', seconds(Math.ceil(100 / 3) * 100));
			await emulator.configure({ categorySize: 2000, tmapi: { latencyMs: 100 } });
			await emulator.reset();
			const ours = await timed(() =>
				runWorkflow(tmapiWorkflow({ resource: 'category', operation: 'getItems', categoryId: '1031922', returnAll: true, options: { concurrency: 3 } }), { credentials: creds }),
			);
			if (ours.value.items.length !== 2000) throw new Error(`case 1: ${ours.value.items.length} items`);
			result.ours.push(seconds(ours.ms));
			result.peakInFlight.push((await emulator.stats()).peakInFlight.tmapi);
			// How spread the starts were (the spacer's effect in wall time, which only a quiet
			// machine shows): the share of starts less than 3 ms after the one before, page 1 aside.
			const starts = (await emulator.log()).slice(1).map((entry) => entry.startedAt);
			note(result, 'burstGapShare', starts.slice(1).filter((start, n) => start - starts[n] < 3).length / (starts.length - 1));
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

		// 5. The same list with Concurrency Mode Auto, on an account that allows 8 requests at
		// once (TMAPI answers 503 beyond that) and pages of at most 20.
		if (runs(5)) {
			const result = record('TMAPI category Return All, Concurrency Mode Auto, account limit 8 (2,000 items, 100 pages, 100 ms)', seconds((1 + Math.ceil(99 / 8)) * 100));
			await emulator.configure({ categorySize: 2000, tmapi: { latencyMs: 100, concurrencyLimit: 8, maxPageSize: 20 } });
			await emulator.reset();
			const ours = await timed(() =>
				runWorkflow(tmapiWorkflow({ resource: 'category', operation: 'getItems', categoryId: '1031922', returnAll: true, options: { concurrencyMode: 'auto' } }), { credentials: creds }),
			);
			if (ours.value.items.length !== 2000 || ours.value.error) throw new Error(`case 5: ${ours.value.items.length} items`);
			result.ours.push(seconds(ours.ms));
			const stats = await emulator.stats();
			result.peakInFlight.push(stats.peakInFlight.tmapi);
			note(result, 'refusedShare', stats.faults / stats.requests.tmapi);
			note(result, 'oursRequests', stats.requests.tmapi);
			await emulator.reset();
			const baseline = await timed(() => bareTmapiLoop(emulator.url, 20));
			if (baseline.value !== 2000) throw new Error('case 5 baseline');
			result.baseline.push(seconds(baseline.ms));
			await emulator.configure({ tmapi: { concurrencyLimit: 0, maxPageSize: 100 } });
		}

		// 2. TMAPI Get Detail over 200 input items, 150 ms.
		if (runs(2)) {
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
		if (runs(3)) {
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
		if (runs(4)) {
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
	return results;
}

async function main() {
	if (CHART_ONLY) {
		const paths = await writeChart(readFigures());
		console.log(`Wrote ${paths.join(' and ')} from docs/benchmark.json`);
		return;
	}
	const emulator = await EmulatorProcess.start(['--store-size', '10000']);
	let results: CaseResult[];
	let sync: string | undefined;
	let shared: string | undefined;
	let inN8n: string | undefined;
	let defaultMode: string | undefined;
	try {
		results = await measure(emulator);
		if (runs(6)) sync = syncTable(await measureSync(emulator, credentials(emulator.url), 10_000), 10_000);
		if (runs(7)) shared = sharedTable(await measureShared(emulator, credentials(emulator.url)));
		if (runs(9)) defaultMode = defaultModeTable(await measureDefaultMode(emulator, credentials(emulator.url), RUNS));
		if (CASES?.has(8)) inN8n = n8nTable(await measureInN8n(emulator, RUNS, (text) => console.log(`  ${text}`)));
	} finally {
		emulator.stop();
	}
	await report(results, { runs: RUNS, write: WRITE });
	if (sync) console.log(`\n${sync}`);
	if (inN8n) console.log(`\n${inN8n}`);
	if (defaultMode) console.log(`\n${defaultMode}`);
	if (shared) console.log(`\nRuns side by side on one store (each its own pacer, 2,000 products in pages of 50):\n${shared}`);
}

main()
	.catch((error) => {
		console.error(error);
		process.exitCode = 1;
	})
	.finally(() => {
		if (benchUserFolder) rmSync(benchUserFolder, { recursive: true, force: true });
		process.exit();
	});
