/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- test code run by jest: never part of a published package */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IDataObject } from 'n8n-workflow';

import { Emulator, emulatorCredentials } from '../../emulator';
import { runWorkflow, type WorkflowJson } from '../harness/workflow';

/**
 * Example 6, "Keep the catalog true", against the emulator: after example 1 has put a shop's
 * offers into the store, a first run brings the products to its rules, a second run writes
 * nothing, and after one offer is delisted at 1688 a third run drafts exactly that product.
 */

const emulator = new Emulator({ storeSize: 0 });

beforeAll(async () => {
	await emulator.start();
});
afterAll(async () => {
	await emulator.stop();
});

/** An example as the harness runs it: its manual trigger starts it; sticky notes and the schedule left out. */
function example(file: string): WorkflowJson {
	const workflow = JSON.parse(readFileSync(join(__dirname, '..', '..', 'examples', file), 'utf8')) as WorkflowJson & { connections: IDataObject };
	const dropped = new Set(['n8n-nodes-base.stickyNote', 'n8n-nodes-base.scheduleTrigger']);
	const names = new Set(workflow.nodes.filter((node) => dropped.has(node.type)).map((node) => node.name));
	return {
		...workflow,
		nodes: workflow.nodes.filter((node) => !names.has(node.name)),
		connections: Object.fromEntries(Object.entries(workflow.connections).filter(([name]) => !names.has(name))) as WorkflowJson['connections'],
	};
}

const run = async (file: string) => await runWorkflow(example(file), { credentials: emulatorCredentials(emulator) });
const outputOf = (result: Awaited<ReturnType<typeof run>>, node: string): IDataObject[] =>
	(result.run.data.resultData.runData[node]?.[0]?.data?.main?.[0] ?? []).map((item) => item.json);
const shoplineWrites = () => emulator.log.filter((entry) => entry.api === 'shopline' && entry.method !== 'GET').map((entry) => `${entry.method} ${entry.path.replace(/^\/admin\/openapi\/[^/]+\//, '').replace(/\d{6,}/g, '{id}')}`);

describe('example 6: keep the catalog true', () => {
	let offers: string[] = [];

	it('example 1 puts 5 offers in the store, each with its source in a metafield', async () => {
		const result = await run('1-sync-1688-shop-to-shopline.json');
		expect(result.error).toBeUndefined();
		const synced = outputOf(result, 'Create or Update in SHOPLINE');
		expect(synced.map((product) => product.action)).toEqual(['created', 'created', 'created', 'created', 'created']);
		offers = synced.map((product) => String((product.source_1688 as IDataObject).item_id));
		expect(synced.map((product) => (product.source_1688 as IDataObject).metafield)).toEqual(['created', 'created', 'created', 'created', 'created']);
	});

	it('run 1 reads each product source from its metafield and activates the products; run 2 writes nothing', async () => {
		emulator.reset();
		const first = await run('6-keep-the-catalog-true.json');
		expect(first.error).toBeUndefined();
		const listed = outputOf(first, 'Store Products from 1688');
		expect(listed.map((product) => product.source_1688).sort((a, b) => String((a as IDataObject).item_id).localeCompare(String((b as IDataObject).item_id)))).toEqual(
			[...offers].sort().map((id) => ({ item_id: id, offer_url: `https://detail.1688.com/offer/${id}.html`, from: 'metafield' })),
		);
		const kept = outputOf(first, 'Keep True in SHOPLINE');
		expect(kept.map((product) => [product.action, product.status])).toEqual(offers.map(() => ['updated', 'active']));

		emulator.reset();
		const second = await run('6-keep-the-catalog-true.json');
		expect(second.error).toBeUndefined();
		expect(outputOf(second, 'Keep True in SHOPLINE').map((product) => product.action)).toEqual(offers.map(() => 'unchanged'));
		expect(shoplineWrites()).toEqual([]);
	});

	it('after one offer is delisted, run 3 drafts exactly that product and says why', async () => {
		const [delisted] = offers;
		emulator.configure({ tmapi: { goneOffers: { [delisted]: 'delisted' } } });
		emulator.reset();
		try {
			const third = await run('6-keep-the-catalog-true.json');
			expect(third.error).toBeUndefined();
			const marker = outputOf(third, '1688 Item Detail').find((item) => item.gone === true);
			expect(marker).toEqual({ item_id: delisted, product_url: `https://detail.1688.com/offer/${delisted}.html`, gone: true, reason: 'delisted' });
			const kept = outputOf(third, 'Keep True in SHOPLINE');
			const changed = kept.filter((product) => product.action !== 'unchanged');
			expect(changed.map((product) => [product.handle, product.status, product.sync])).toEqual([[`1688-${delisted}`, 'draft', { action: 'drafted', reason: 'delisted' }]]);
			expect(shoplineWrites()).toEqual(['PUT products/{id}.json']);
			expect(emulator.store.byHandle(`1688-${delisted}`)?.status).toBe('draft');

			// Run again: the product is already a draft, nothing is written.
			emulator.reset();
			const fourth = await run('6-keep-the-catalog-true.json');
			expect(outputOf(fourth, 'Keep True in SHOPLINE').find((product) => product.handle === `1688-${delisted}`)?.sync).toEqual({ action: 'already_draft', reason: 'delisted' });
			expect(shoplineWrites()).toEqual([]);
		} finally {
			emulator.configure({ tmapi: { goneOffers: { [delisted]: null } } });
		}
	});
});
