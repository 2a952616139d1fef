/* eslint-disable @n8n/community-nodes/no-restricted-globals -- a development script run by Node.js: never part of a published package */
import type { IDataObject } from 'n8n-workflow';

import type { LogEntry } from '../../emulator';
import { itemDetail } from '../../emulator/tmapiCatalog';
import { DEFAULT_RULES, productFrom1688 } from '../../nodes/Shopline/model/from1688';
import { runWorkflow } from '../../test/harness/workflow';
import { shoplineWorkflow } from '../../test/helpers/workflows';
import type { EmulatorProcess } from './emulatorProcess';

/**
 * The sync benchmark: 100 1688 offers into a store of `storeSize` products, run twice, by
 * Product → Create or Update From 1688 Item, and by what example 1 did before it (Get Many of
 * the store's handles, a Code node's mapping, then Create or Update by the ID found — here the
 * same mapping, so that only the requests differ). Counts the requests from the emulator's log
 * and sets the time against the floor of SHOPLINE's bucket (40 at once, then 4 a second).
 */

const OFFERS = 100;
const LATENCY_MS = 50;
const rules = { ...DEFAULT_RULES, pricing: { ...DEFAULT_RULES.pricing, exchangeRate: 0.14, multiplier: 2, rounding: 'dot99' as const } };

export interface SyncRow {
	name: string;
	run: 'first' | 'second';
	seconds: number;
	reads: number;
	productWrites: number;
	requests: number;
	/** Seconds the bucket needs at least for that many requests (or the reads, one page after the other). */
	floor: number;
	rateLimited: number;
}

/** The bucket's floor (40 at once, then 4 a second), or the list pages' latency one after the other, whichever is longer. */
const floorOf = (requests: number, reads: number) => Math.max(Math.max(0, (requests - 40) / 4) + LATENCY_MS / 1000, (reads * LATENCY_MS) / 1000);

function tally(log: LogEntry[]) {
	const shopline = log.filter((entry) => entry.api === 'shopline' && entry.status !== 429);
	return {
		reads: shopline.filter((entry) => entry.method === 'GET').length,
		productWrites: shopline.filter((entry) => entry.method !== 'GET' && /\/products\//.test(entry.path)).length,
		requests: shopline.length,
		rateLimited: log.filter((entry) => entry.status === 429).length,
	};
}

export async function measureSync(emulator: EmulatorProcess, credentials: Record<string, IDataObject>, storeSize: number): Promise<SyncRow[]> {
	const details = Array.from({ length: OFFERS }, (_, n) => {
		const id = String(620_000_000_000 + n);
		return { ...(itemDetail(id, 'en') as IDataObject), item_id: id };
	});
	const creds = credentials as never;
	const rows: SyncRow[] = [];
	await emulator.configure({ shopline: { latencyMs: LATENCY_MS, bucket: { ratePerSecond: 4, capacity: 40 } } });

	const measureRun = async (name: string, run: SyncRow['run'], body: () => Promise<void>) => {
		// An empty bucket for each run: wait it out, then clear the log.
		await new Promise((resolve) => setTimeout(resolve, 10_500));
		await emulator.reset();
		const started = performance.now();
		await body();
		const seconds = (performance.now() - started) / 1000;
		const counts = tally(await emulator.log());
		rows.push({ name, run, seconds, ...counts, floor: floorOf(counts.requests, counts.reads) });
	};

	// Ours: one node, the mapping and the upsert by handle.
	await emulator.reset(true);
	const ours = shoplineWorkflow({ resource: 'product', operation: 'upsertFrom1688', exchangeRate: 0.14, priceMultiplier: 2, pricing: { rounding: 'dot99' } });
	for (const run of ['first', 'second'] as const) {
		await measureRun('Create or Update From 1688 Item', run, async () => {
			const result = await runWorkflow(ours, { credentials: creds, input: details });
			const actions = result.items.map((item) => item.json.action);
			const expected = run === 'first' ? 'created' : 'unchanged';
			if (result.error || actions.length !== OFFERS || actions.some((action) => action !== expected)) throw new Error(`sync bench (${run}): ${result.error?.message ?? actions.join(',')}`);
		});
	}

	// Before: the store's handles, then Create for new offers and Update for known ones.
	await emulator.reset(true);
	for (const run of ['first', 'second'] as const) {
		await measureRun('Example 1 as it was (Get Many + Code node + Create/Update)', run, async () => {
			const listed = await runWorkflow(shoplineWorkflow({ resource: 'product', operation: 'getAll', returnAll: true, options: { fields: 'id,handle' } }), { credentials: creds });
			const known = new Map(listed.items.map((item) => [String(item.json.handle), String(item.json.id)]));
			const products = details.map((detail) => productFrom1688(detail, rules).product);
			const fresh = products.filter((product) => !known.has(String(product.handle)));
			const existing = products.filter((product) => known.has(String(product.handle)));
			if (fresh.length) {
				const created = await runWorkflow(shoplineWorkflow({ resource: 'product', operation: 'create', inputMode: 'json', productJson: '={{ $json.product }}' }), { credentials: creds, input: fresh.map((product) => ({ product })) });
				if (created.error) throw created.error;
			}
			if (existing.length) {
				const updated = await runWorkflow(shoplineWorkflow({ resource: 'product', operation: 'update', productId: '={{ $json.id }}', inputMode: 'json', productJson: '={{ $json.product }}' }), {
					credentials: creds,
					input: existing.map((product) => ({ id: known.get(String(product.handle)), product })),
				});
				if (updated.error) throw updated.error;
			}
		});
	}
	await emulator.reset(true);
	if (storeSize <= 0) throw new Error('store size');
	return rows;
}

/** The sync table, as printed and written beside the other benchmark tables. */
export function syncTable(rows: SyncRow[], storeSize: number): string {
	const lines = [
		`Sync of ${OFFERS} 1688 offers into a store of ${storeSize.toLocaleString('en-US')} products (SHOPLINE ${LATENCY_MS} ms, bucket 40 then 4/s); read limit ceil(${storeSize}/250) = ${Math.ceil(storeSize / 250)}:`,
		'',
		'| how | run | product writes | reads | requests | 429s | seconds | floor (s) | time / floor |',
		'| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
		...rows.map((row) => `| ${row.name} | ${row.run} | ${row.productWrites} | ${row.reads} | ${row.requests} | ${row.rateLimited} | ${row.seconds.toFixed(2)} | ${row.floor.toFixed(2)} | ${(row.seconds / row.floor).toFixed(2)} |`),
	];
	return lines.join('\n');
}
