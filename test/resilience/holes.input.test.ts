/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- test code run by jest: never part of a published package */
import { gzipSync } from 'node:zlib';

import { CONTINUE, FAST_RETRIES, runShopline, runTmapi } from '../helpers/run';
import { mockShopline } from '../helpers/shoplineServer';
import { mockTmapi, ok, products } from '../helpers/tmapiServer';
import { jsonOf } from '../helpers/workflows';
import { catchAll } from './holes.helpers';

/**
 * Input that must be refused rather than widened or rounded (item 9), and answers too big
 * or too deep to handle, which must fail cleanly (item 10).
 */

const detail = { resource: 'item', operation: 'getDetail', productUrl: '610000000001', options: FAST_RETRIES };
const getMany = (filters: Record<string, unknown>) => ({ operation: 'getAll', limit: 5, filters, options: FAST_RETRIES });
const count = { operation: 'count', options: FAST_RETRIES };
const create = (price: string) => ({ operation: 'create', title: 'T', variants: { variant: [{ price }] }, options: FAST_RETRIES });
const categoryItems = (operation: string, categoryId: string) => ({ resource: 'category', operation, categoryId, limit: 3, options: FAST_RETRIES });

describe('10.9 IDs, counts and numbers that are not exact', () => {
	it('Get Many without the IDs filter sends no ids', async () => {
		const requests = mockShopline('GET', 'products/products.json', () => [200, { products: [] }]);
		const result = await runShopline(getMany({}));
		expect(result.error).toBeUndefined();
		expect(requests).toHaveLength(1);
		expect(requests[0].query).toEqual({ limit: '5' });
	});

	it.each([
		['"" (the filter added, left empty)', ''],
		['" , "', ' , '],
		['",,"', ',,'],
		['[] from an expression', '={{ [] }}'],
		['[" "] from an expression', '={{ [" "] }}'],
	])('an IDs filter that is empty after trimming (%s) is refused, not widened to the whole store', async (_name, ids) => {
		const seen = catchAll(200, { products: [] });
		const result = await runShopline(getMany({ ids }));
		expect(result.error?.name).toBe('NodeOperationError');
		expect(result.error?.message).toMatch(/^IDs/);
		expect(result.items).toEqual([]);
		expect(seen).toHaveLength(0);
	});

	it.each([
		['{}', {}],
		['{"count": -3}', { count: -3 }],
		['{"count": "lots"}', { count: 'lots' }],
		['{"count": 2.5}', { count: 2.5 }],
		['{"count": null}', { count: null }],
	])('a Count answered %s is an error, not output as is', async (_name, body) => {
		const requests = mockShopline('GET', 'products/count.json', () => [200, body]);
		const result = await runShopline(count);
		expect(requests).toHaveLength(1);
		expect(result.error).toBeDefined();
		expect(result.error?.message).toMatch(/count/i);
		expect(result.items).toEqual([]);
	});

	it('a Count answered {"count": "12"} gives 12', async () => {
		mockShopline('GET', 'products/count.json', () => [200, { count: '12' }]);
		const result = await runShopline(count);
		expect(result.error).toBeUndefined();
		expect(jsonOf(result)).toEqual([{ count: 12 }]);
	});

	it('a 17-digit Category ID is sent exactly, as text', async () => {
		const requests = mockTmapi('GET', '/1688/category/items/v2', () => ok({ page: 1, page_size: 20, total_count: 3, items: products(1, 20, 3) }));
		const result = await runTmapi(categoryItems('getItems', '12345678901234567'));
		expect(result.error).toBeUndefined();
		expect(requests).toHaveLength(1);
		expect(requests[0].query.cat_id).toBe('12345678901234567');
		expect(jsonOf(result)).toHaveLength(3);
	});

	it.each(['getItems', 'getItemsV1'])('a Category ID given as a number above 2^53 is refused (%s)', async (operation) => {
		const seen = catchAll();
		const result = await runTmapi(categoryItems(operation, '={{ 12345678901234567890 }}'));
		expect(result.error?.message).toMatch(/^Category ID/);
		expect(seen).toHaveLength(0);
	});

	it.each(['12345678901234567890', '={{ 12345678901234567890 }}'])('a variant price of 20 digits (%s) is refused, not rounded', async (price) => {
		const seen = catchAll(201, { product: { id: '1' } });
		const result = await runShopline(create(price));
		expect(result.error?.message).toMatch(/^Variants → Price/);
		expect(seen).toHaveLength(0);
	});

	it('a variant price of 19.999 is sent as "20.00"', async () => {
		const requests = mockShopline('POST', 'products/products.json', () => [201, { product: { id: '16057850264845250000000001' } }]);
		const result = await runShopline(create('19.999'));
		expect(result.error).toBeUndefined();
		expect(requests).toHaveLength(1);
		expect((requests[0].body as { product: { variants: Array<{ price: unknown }> } }).product.variants[0].price).toBe('20.00');
	});
});

describe('10.10 answers too large or too deep', () => {
	const MB = 1024 * 1024;
	let bomb: Buffer;

	beforeAll(() => {
		// 120 MB of JSON (mostly spaces) that travels as about 120 KB of gzip.
		const inflated = Buffer.alloc(120 * MB, ' ');
		inflated.write('{"code":200,"msg":"success","data":{"items":[', 0);
		inflated.write(']}}', inflated.length - 3);
		bomb = gzipSync(inflated);
	});

	it('refuses a gzip answer that inflates past the size cap, without inflating it in memory', async () => {
		expect(bomb.length).toBeLessThan(1 * MB);
		const requests = mockTmapi('POST', '/1688/item_detail_by_url', () => [200, bomb, { 'Content-Encoding': 'gzip', 'Content-Type': 'application/json' }], 3);
		const before = process.memoryUsage().heapUsed;
		let peak = before;
		// Sampled every 2 ms: a busy machine samples less often, which can only hide a peak, never
		// invent one. Memory, not time, shows the answer was not inflated.
		const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 2);
		const result = await runTmapi(detail);
		clearInterval(sampler);
		const after = process.memoryUsage().heapUsed;
		peak = Math.max(peak, after);
		expect(result.error?.message).toMatch(/too large|larger than/i);
		expect(`${result.error?.message} ${result.error?.description ?? ''}`).toMatch(/64/);
		expect(requests).toHaveLength(1);
		expect(after - before).toBeLessThan(60 * MB);
		expect(peak - before).toBeLessThan(100 * MB);
	});

	const deep = `{"code":200,"msg":"success","data":{"item_id":610000000002,"title":"Deep","skus":${'['.repeat(20000)}${']'.repeat(20000)}}}`;

	it('a 20,000-deep answer is a clean error, not "Maximum call stack size exceeded"', async () => {
		const requests = mockTmapi('POST', '/1688/item_detail_by_url', () => [200, deep, { 'content-type': 'application/json' }]);
		const result = await runTmapi(detail);
		expect(requests).toHaveLength(1);
		expect(result.error?.message).toMatch(/nested|deep/i);
		expect(result.error?.message).not.toMatch(/call stack/i);
		expect(result.items).toEqual([]);
	});

	it('with Continue On Fail, the deep answer gives one error item and the other items are fine', async () => {
		const requests = mockTmapi('POST', '/1688/item_detail_by_url', (request) =>
			String((request.body as { url: string }).url).includes('610000000002')
				? [200, deep, { 'content-type': 'application/json' }]
				: ok({ item_id: Number(/(\d+)\.html/.exec((request.body as { url: string }).url)?.[1]), title: 'Fine' }),
		);
		const result = await runTmapi(
			{ ...detail, productUrl: '={{ $json.offer }}', options: { ...FAST_RETRIES, concurrency: 1 } },
			{ input: [{ offer: '610000000001' }, { offer: '610000000002' }, { offer: '610000000003' }], node: CONTINUE },
		);
		expect(result.error).toBeUndefined();
		expect(requests).toHaveLength(3);
		const json = jsonOf(result);
		expect(json).toHaveLength(3);
		expect(json[0]).toMatchObject({ item_id: '610000000001', title: 'Fine' });
		expect(String(json[1].error)).toMatch(/nested|deep/i);
		expect(String(json[1].error)).not.toMatch(/call stack/i);
		expect(json[2]).toMatchObject({ item_id: '610000000003', title: 'Fine' });
		expect(JSON.stringify(json).length).toBeLessThan(10_000);
	});
});
