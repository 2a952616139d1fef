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

	it('a product whose handle was changed in the store is still found by its Store Product ID: drafted when gone, kept when not, never created again', async () => {
		const [back, gone, renamed] = offers;
		const goneProduct = emulator.store.byHandle(`1688-${gone}`)!;
		const renamedProduct = emulator.store.byHandle(`1688-${renamed}`)!;
		emulator.store.update(goneProduct.id, { handle: 'summer-dress' });
		emulator.store.update(renamedProduct.id, { handle: 'linen-shirt' });
		const size = emulator.store.size;
		emulator.configure({ tmapi: { goneOffers: { [gone]: 'not_found' } } });
		emulator.reset();
		try {
			const fifth = await run('6-keep-the-catalog-true.json');
			expect(fifth.error).toBeUndefined();
			const kept = outputOf(fifth, 'Keep True in SHOPLINE');
			const byId = (id: string) => kept.find((product) => String(product.id) === id);
			expect([byId(goneProduct.id)?.handle, byId(goneProduct.id)?.status, byId(goneProduct.id)?.sync]).toEqual(['summer-dress', 'draft', { action: 'drafted', reason: 'not_found' }]);
			expect([byId(renamedProduct.id)?.handle, byId(renamedProduct.id)?.action]).toEqual(['linen-shirt', 'unchanged']);
			// The product drafted in run 3 is active again, its offer back on sale; nothing is created, no handle is written back.
			expect(kept.find((product) => product.handle === `1688-${back}`)?.action).toBe('updated');
			expect(shoplineWrites()).toEqual(['PUT products/{id}.json', 'PUT products/{id}.json']);
			expect(emulator.store.size).toBe(size);
			expect([emulator.store.get(goneProduct.id)?.handle, emulator.store.get(renamedProduct.id)?.handle]).toEqual(['summer-dress', 'linen-shirt']);

			// Run again: nothing differs, nothing is written.
			emulator.reset();
			const sixth = await run('6-keep-the-catalog-true.json');
			expect(outputOf(sixth, 'Keep True in SHOPLINE').find((product) => String(product.id) === goneProduct.id)?.sync).toEqual({ action: 'already_draft', reason: 'not_found' });
			expect(shoplineWrites()).toEqual([]);
		} finally {
			emulator.configure({ tmapi: { goneOffers: { [gone]: null } } });
		}
	});
});
