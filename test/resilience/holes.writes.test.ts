/* eslint-disable @n8n/community-nodes/no-restricted-globals -- test code run by jest: never part of a published package */
import { ConcurrencyLimiter, type SendTicket } from '../../nodes/shared/flow/limiter';
import { mockApi } from '../helpers/mockApi';
import { CONTINUE, FAST_RETRIES, runShopline, runTmapi } from '../helpers/run';
import { mockShopline, SHOPLINE_ORIGIN, SHOPLINE_PREFIX, shoplineProduct } from '../helpers/shoplineServer';
import { jsonOf, pairedOf } from '../helpers/workflows';
import { catchAll, errorText } from './holes.helpers';

/**
 * Writes must never happen without being reported: every item's input is checked before
 * the first request (item 3), a failure stops further writes and says which were applied
 * (item 3), and a write SHOPLINE answered 2xx is "applied", whatever its body (item 4).
 */

const V = '={{ $json.v }}';
const ID = (n: number) => shoplineProduct(n).id;
const PRODUCTS = 'products/products.json';

type Case = [string, 'tmapi' | 'shopline', Record<string, unknown>, unknown[], string];

/** One bad value among three input items, at the index where `bad` sits in the list of values. */
const cases: Case[] = [
	['Create, bad Title on item 2', 'shopline', { resource: 'product', operation: 'create', title: V }, ['A', 'B', ''], 'Title'],
	['Create, bad Title on item 0', 'shopline', { resource: 'product', operation: 'create', title: V }, ['', 'B', 'C'], 'Title'],
	['Create, bad variant price on item 1', 'shopline', { resource: 'product', operation: 'create', title: 'T', variants: { variant: [{ price: V }] } }, ['9.90', 'ten', '9.90'], 'Price'],
	['Update, bad Product ID on item 2', 'shopline', { resource: 'product', operation: 'update', productId: V, productFields: { vendor: 'ACME' } }, [ID(1), ID(2), 'x'], 'Product ID'],
	['Delete, bad Product ID on item 2', 'shopline', { resource: 'product', operation: 'delete', productId: V }, [ID(1), ID(2), '12 34'], 'Product ID'],
	['Get, bad Product ID on item 1', 'shopline', { resource: 'product', operation: 'get', productId: V }, [ID(1), 'abc', ID(3)], 'Product ID'],
	['Count, bad Created After on item 2', 'shopline', { resource: 'product', operation: 'count', filters: { createdAtMin: V } }, ['2025-01-01', '2025-01-02', 'soon'], 'Created After'],
	['Get Many, bad Limit on item 2', 'shopline', { resource: 'product', operation: 'getAll', limit: V }, [3, 3, 0], 'Limit'],
	['TMAPI item detail, bad Product URL on item 2', 'tmapi', { resource: 'item', operation: 'getDetail', productUrl: V }, ['610000000001', '610000000002', 'https://item.taobao.com/item.htm?id=1'], 'Product URL'],
	['TMAPI category, bad Category ID on item 1', 'tmapi', { resource: 'category', operation: 'getItems', categoryId: V, limit: 3 }, ['1031922', 'abc', '1031922'], 'Category ID'],
];

const badIndex = (values: unknown[], field: string) =>
	values.findIndex((value) => value === '' || value === 'x' || value === 'ten' || value === '12 34' || value === 'abc' || value === 'soon' || value === 0 || (field === 'Product URL' && String(value).includes('taobao')));

/**
 * Resolves once the run's first request has given its place in the limiter back (its answer
 * read and judged) and what follows from it without waiting on anything (the item failing,
 * the run learning it) has happened: then an answer held until this promise comes second,
 * however busy the machine.
 */
function afterFirstRequest(): Promise<void> {
	const run = ConcurrencyLimiter.prototype.run;
	let first = true;
	let done!: () => void;
	const settled = new Promise<void>((resolve) => (done = resolve));
	jest.spyOn(ConcurrencyLimiter.prototype, 'run').mockImplementation(function <T>(this: ConcurrencyLimiter, task: (ticket: SendTicket) => Promise<T>, signal?: AbortSignal) {
		const running = run.call(this, task, signal) as Promise<T>;
		if (first) {
			first = false;
			void running.then(done, done);
		}
		return running;
	});
	return settled.then(async () => await new Promise((resolve) => setImmediate(resolve)));
}

describe('10.3 SHOPLINE writes that happen but are never reported', () => {
	afterEach(() => jest.restoreAllMocks());

	/** Create with each input item's `v` as Title, `concurrency` at a time. */
	const createTitled = (concurrency: number) => ({ operation: 'create', title: V, options: { ...FAST_RETRIES, concurrency } });
	const titleOf = (request: { body?: unknown }) => (request.body as { product: { title: string } }).product.title;

	describe('every item is checked before the first request', () => {
		it.each(cases)('%s: the run fails and no request is sent', async (_name, node, parameters, values, field) => {
			const seen = catchAll();
			const run = node === 'tmapi' ? runTmapi : runShopline;
			const result = await run({ ...parameters, options: FAST_RETRIES }, { input: values.map((v) => ({ v })) });
			expect(result.error?.name).toBe('NodeOperationError');
			expect(result.error?.message).toContain(field);
			expect(result.error?.context?.itemIndex).toBe(badIndex(values, field));
			expect(result.items).toEqual([]);
			expect(seen).toHaveLength(0);
		});
	});

	it('stops after a failed write and names the items already applied, with their IDs (Max Concurrent Requests 1)', async () => {
		const requests = mockShopline('POST', PRODUCTS, (_request, index) =>
			index === 1 ? [422, { errors: { title: ['has already been taken'] } }] : [201, { product: shoplineProduct(index + 1) }],
		);
		const result = await runShopline(createTitled(1), { input: [{ v: 'First' }, { v: 'Second' }, { v: 'Third' }] });
		expect(result.error).toBeDefined();
		expect(requests).toHaveLength(2);
		const text = errorText(result);
		expect(text).toMatch(/\bitems? 0\b/i);
		expect(text).toContain(ID(1));
		expect(text).toMatch(/422|already been taken/);
	});

	it('starts no new write after a failure, and reports the write that was in flight and applied', async () => {
		// Max Concurrent Requests 2: item 0 is refused at once while item 1 is still being created.
		const itemZeroDone = afterFirstRequest();
		const requests = mockApi(SHOPLINE_ORIGIN, 'POST', `${SHOPLINE_PREFIX}${PRODUCTS}`, async (request, index) => {
			const title = titleOf(request);
			const trace = { traceId: `trace-${index + 1}` };
			if (title === 'Item 0') return [422, { errors: { title: ['is not allowed'] } }, trace];
			await itemZeroDone;
			return [201, { product: { ...shoplineProduct(Number(title.slice(5)) + 1), title } }, trace];
		}, 20);
		const result = await runShopline(createTitled(2), { input: [0, 1, 2, 3, 4].map((n) => ({ v: `Item ${n}` })) });
		expect(result.error).toBeDefined();
		// Items 2-4 are never sent; item 1, if it was sent, was applied and is named.
		const titles = requests.map(titleOf);
		expect(titles.filter((title) => !['Item 0', 'Item 1'].includes(title))).toEqual([]);
		expect(titles).toContain('Item 0');
		if (titles.includes('Item 1')) {
			const text = errorText(result);
			expect(text).toMatch(/\bitems? 1\b/i);
			expect(text).toContain(ID(2));
		}
	});

	it('reports a write that failed too while in flight as maybe applied, and the items never sent', async () => {
		// Max Concurrent Requests 2: item 0 is refused at once while item 1 is still being sent, then fails with a 503.
		const itemZeroDone = afterFirstRequest();
		const requests = mockApi(SHOPLINE_ORIGIN, 'POST', `${SHOPLINE_PREFIX}${PRODUCTS}`, async (request) => {
			if (titleOf(request) === 'Item 0') return [422, { errors: { title: ['is not allowed'] } }];
			await itemZeroDone;
			return [503, { errors: 'Service Unavailable' }];
		}, 20);
		const result = await runShopline(createTitled(2), { input: [0, 1, 2, 3].map((n) => ({ v: `Item ${n}` })) });
		expect(requests.map(titleOf).sort()).toEqual(['Item 0', 'Item 1']);
		const text = errorText(result);
		expect(text).toMatch(/No other item was applied before this failure/);
		expect(text).toMatch(/Also failed while in flight: item 1 \(check the store: it may or may not have been applied\)/);
		expect(text).toMatch(/Not sent: items 2 and 3/);
	});

	it('with Continue On Fail, an invalid item becomes an error item and the valid ones are written', async () => {
		const requests = mockShopline('POST', PRODUCTS, (request, index) => [201, { product: { ...shoplineProduct(index + 1), title: titleOf(request) } }]);
		const result = await runShopline(createTitled(1), { input: [{ v: 'First' }, { v: '' }, { v: 'Third' }], node: CONTINUE });
		expect(result.error).toBeUndefined();
		expect(requests).toHaveLength(2);
		expect(requests.map(titleOf)).toEqual(['First', 'Third']);
		const json = jsonOf(result);
		expect(json).toHaveLength(3);
		expect(json[0].title).toBe('First');
		expect(String(json[1].error)).toMatch(/^Title/);
		expect(json[2].title).toBe('Third');
		expect(pairedOf(result)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
	});
});

describe('10.4 a write that succeeded is reported as applied', () => {
	const bodies: Array<[string, string, Record<string, string>]> = [
		['an empty body', '', {}],
		['a truncated body', '{"product":{"id":"1', { 'content-type': 'application/json' }],
		['an HTML body', '<html><body>Created</body></html>', { 'content-type': 'text/html' }],
	];
	const writes: Array<[string, 'POST' | 'PUT', string, number, Record<string, unknown>]> = [
		['Create', 'POST', PRODUCTS, 201, { resource: 'product', operation: 'create', title: 'New product' }],
		['Update', 'PUT', `products/${ID(5)}.json`, 200, { resource: 'product', operation: 'update', productId: ID(5), productFields: { vendor: 'ACME' } }],
	];
	const matrix = writes.flatMap(([op, method, path, status, parameters]) =>
		bodies.map(([what, body, headers]) => [`${op} answered ${status} with ${what}`, method, path, status, parameters, body, headers] as const),
	);

	it.each(matrix)('%s: "applied", with status and traceId, never "try again"', async (_name, method, path, status, parameters, body, headers) => {
		const requests = mockShopline(method, path, () => [status, body, headers]);
		const result = await runShopline({ ...parameters, options: FAST_RETRIES });
		expect(requests).toHaveLength(1);
		const text = result.error ? errorText(result) : JSON.stringify(jsonOf(result));
		expect(text).toMatch(/applied/i);
		expect(text).toContain(String(status));
		expect(text).toContain('trace-1');
		expect(text).not.toMatch(/try again/i);
		expect(text).not.toMatch(/Base URL/);
	});

	it.each(matrix)('%s, with Continue On Fail: one item that says "applied"', async (_name, method, path, status, parameters, body, headers) => {
		const requests = mockShopline(method, path, () => [status, body, headers]);
		const result = await runShopline({ ...parameters, options: FAST_RETRIES }, { node: CONTINUE });
		expect(result.error).toBeUndefined();
		expect(requests).toHaveLength(1);
		expect(result.items).toHaveLength(1);
		const text = JSON.stringify(result.items[0].json);
		expect(text).toMatch(/applied/i);
		expect(text).toContain('trace-1');
		expect(text).not.toMatch(/try again/i);
		expect(text).not.toMatch(/Base URL/);
	});

	it('treats a DELETE answered 200 with a text body as a success', async () => {
		const requests = mockShopline('DELETE', `products/${ID(3)}.json`, () => [200, 'OK', { 'content-type': 'text/plain' }]);
		const result = await runShopline({ operation: 'delete', productId: ID(3), options: FAST_RETRIES });
		expect(result.error).toBeUndefined();
		expect(requests).toHaveLength(1);
		expect(jsonOf(result)).toEqual([{ id: ID(3), deleted: true }]);
	});
});
