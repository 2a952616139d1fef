import type { RunResult } from '../harness/workflow';
import { CONTINUE, FAST_RETRIES, runShopline, runTmapi } from '../helpers/run';
import { linkTo, mockShopline, shoplineProduct } from '../helpers/shoplineServer';
import { mockTmapi, ok, products, type Reply, type RecordedRequest } from '../helpers/tmapiServer';
import { jsonOf } from '../helpers/workflows';

/**
 * Pagination holes: a list must never come out shorter than the API says it is without a
 * word (items 1 and 11), and the number of billed calls must follow from what was asked
 * and what came, not from what an answer claims (item 2).
 */

const SHOP = '/1688/shop/items/v2';
const CATEGORY = '/1688/category/items/v2';
const CATEGORY_V1 = '/1688/category/items';

/** Parameters of a TMAPI list: `base`, then `extra`, with quick retries and `options` on top. */
const listOf =
	(base: Record<string, unknown>) =>
	(extra: Record<string, unknown> = {}, options: Record<string, unknown> = {}) => ({ ...base, ...extra, options: { ...FAST_RETRIES, ...options } });
const shop = listOf({ resource: 'shop', operation: 'getItems', shopUrl: 'xldjjg.1688.com' });
const category = listOf({ resource: 'category', operation: 'getItems', categoryId: '1031922' });
const categoryV1 = listOf({ resource: 'category', operation: 'getItemsV1', categoryId: '54' });

const ids = (result: RunResult) => jsonOf(result).map((item) => item.item_id);
const productId = (n: number) => String(600000000000 + n);
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => productId(from + i));

/** Products numbered `from`..`to` in TMAPI's list form. */
const numbered = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => products(from + i, 1)[0]);

/**
 * A TMAPI list served page by page from an explicit plan: `plan[p - 1]` is [from, to] of
 * the products on page p (an empty range for an empty page); pages past the plan are
 * empty. Every page reports `total_count: total` (none when undefined) and page_size 20,
 * unless `extra` says otherwise.
 */
const planned = (plan: Array<[number, number]>, total: number | undefined, extra: Record<string, unknown> = {}) => (request: RecordedRequest) => {
	const page = Number(request.query.page);
	const [from, to] = plan[page - 1] ?? [1, 0];
	return ok({ page, page_size: 20, ...(total === undefined ? {} : { total_count: total }), ...extra, items: numbered(from, to) });
};

/** Full pages of 20, except the pages listed in `sizes` (page → number of products). */
function pagesOf(pageCount: number, sizes: Record<number, number> = {}): Array<[number, number]> {
	const plan: Array<[number, number]> = [];
	let next = 1;
	for (let page = 1; page <= pageCount; page++) {
		const size = sizes[page] ?? 20;
		plan.push([next, next + size - 1]);
		next += size;
	}
	return plan;
}

/** Shop Get Many with Limit `limit` against `respond`: exactly the first `limit` products, from pages 1-3 and no more. */
async function expectLimitFromThreePages(respond: (request: RecordedRequest) => Reply, limit: number): Promise<void> {
	const requests = mockTmapi('GET', SHOP, respond, 60);
	const result = await runTmapi(shop({ returnAll: false, limit }));
	expect(result.error).toBeUndefined();
	expect(ids(result)).toEqual(range(1, limit));
	expect(requests.map((r) => r.query.page)).toEqual(['1', '2', '3']);
}

describe('10.1 TMAPI short page with a larger total', () => {
	it('does not end the list on a short first page: the 400 products of 21 pages all come out', async () => {
		// Page 1 holds 19, pages 2-20 hold 20, the 400th product comes on page 21.
		const requests = mockTmapi('GET', SHOP, planned([...pagesOf(20, { 1: 19 }), [400, 400]], 400), 40);
		const result = await runTmapi(shop({ returnAll: true }));
		expect(result.error).toBeUndefined();
		expect(ids(result)).toEqual(range(1, 400));
		expect(requests).toHaveLength(21);
		expect(new Set(requests.map((r) => r.query.page)).size).toBe(21);
	});

	it('fails, naming what it saw, when the pages hold 399 of 400 products (short page 1, page 21 empty)', async () => {
		const requests = mockTmapi('GET', SHOP, planned(pagesOf(20, { 1: 19 }), 400), 40);
		const result = await runTmapi(shop({ returnAll: true }));
		expect(result.error?.name).toBe('NodeOperationError');
		expect(result.error?.message).toMatch(/400/);
		expect(result.error?.message).toMatch(/399/);
		expect(result.error?.message).toMatch(/total_count/);
		expect(result.error?.message).toMatch(/page 21 was empty/);
		expect(result.items).toEqual([]);
		expect(requests).toHaveLength(21);
	});

	it('fails when a short page 5 leaves the list one product short of total_count 399', async () => {
		const requests = mockTmapi('GET', CATEGORY, planned(pagesOf(20, { 5: 19, 20: 19 }), 399), 40);
		const result = await runTmapi(category({ returnAll: true }));
		expect(result.error?.message).toMatch(/399/);
		expect(result.error?.message).toMatch(/398/);
		expect(result.error?.message).toMatch(/page 21 was empty/);
		expect(result.items).toEqual([]);
		expect(requests).toHaveLength(21);
	});

	it('keeps the pages fetched side by side after a short page (nothing fetched and billed is thrown away)', async () => {
		// total 200: page 3 holds 19, so the 200th product comes on page 11.
		const requests = mockTmapi('GET', CATEGORY, planned([...pagesOf(10, { 3: 19 }), [200, 200]], 200), 30);
		const result = await runTmapi(category({ returnAll: true }, { concurrency: 3 }));
		expect(result.error).toBeUndefined();
		expect(ids(result)).toEqual(range(1, 200));
		expect(requests).toHaveLength(11);
	});

	it('fails when an empty page is followed by a page with products', async () => {
		// Page 3 is empty, pages 4-10 are full: the pages disagree with each other and with the total.
		const plan = pagesOf(10);
		plan[2] = [1, 0];
		const requests = mockTmapi('GET', CATEGORY, planned(plan, 200), 30);
		const result = await runTmapi(category({ returnAll: true }, { concurrency: 3 }));
		expect(result.error?.name).toBe('NodeOperationError');
		expect(result.error?.message).toMatch(/page 3/);
		expect(result.error?.message).toMatch(/empty/);
		expect(result.items).toEqual([]);
		expect(requests.length).toBeGreaterThanOrEqual(3);
		expect(requests.length).toBeLessThanOrEqual(6);
	});

	it('fails when has_next_page false comes before total_count is reached', async () => {
		const requests = mockTmapi('GET', CATEGORY, (request) => {
			const page = Number(request.query.page);
			return ok({ page, page_size: 20, total_count: 100, has_next_page: page < 2, items: page <= 2 ? products(page, 20) : [] });
		}, 10);
		const result = await runTmapi(category({ returnAll: true }, { concurrency: 1 }));
		expect(result.error?.message).toMatch(/100/);
		expect(result.error?.message).toMatch(/40/);
		expect(result.error?.message).toMatch(/has_next_page/);
		expect(result.items).toEqual([]);
		expect(requests).toHaveLength(2);
	});

	it('reaches Limit across a short page instead of stopping at it', async () => {
		await expectLimitFromThreePages(planned(pagesOf(20, { 1: 19 }), 400), 45);
	});

	it('gives one error item with Continue On Fail, and the other input still succeeds', async () => {
		// Input 0 asks shop "a" (complete list of 30), input 1 shop "b" (29 of 40, then an empty page).
		const complete = planned([[1, 20], [21, 30]], 30);
		const short = planned([[1, 19], [20, 29]], 40);
		const requests = mockTmapi('GET', SHOP, (request) => (request.query.shop_url.includes('//b.') ? short : complete)(request), 20);
		const result = await runTmapi(shop({ shopUrl: '={{ $json.shop }}', returnAll: true }, { concurrency: 1 }), {
			input: [{ shop: 'a.1688.com' }, { shop: 'b.1688.com' }],
			node: CONTINUE,
		});
		expect(result.error).toBeUndefined();
		const json = jsonOf(result);
		expect(json).toHaveLength(31);
		expect(json.slice(0, 30).map((item) => item.item_id)).toEqual(range(1, 30));
		expect(String(json[30].error)).toMatch(/40/);
		expect(String(json[30].error)).toMatch(/29/);
		expect(result.items[30].pairedItem).toEqual({ item: 1 });
		expect(requests.length).toBe(5);
	});
});

describe('10.2 TMAPI billing amplification', () => {
	/** Page 1 is full, every later page is empty, and every page claims a total of 200. */
	const onlyPage1Of200 = planned([[1, 20]], 200);

	it('counts pages from the page size asked, not from page_size "1" in the answer: Limit 50 costs 3 calls', async () => {
		await expectLimitFromThreePages(planned(pagesOf(20), 400, { page_size: '1' }), 50);
	});

	it('costs 3 calls for Return All of 60 products answered with page_size "1"', async () => {
		const requests = mockTmapi('GET', CATEGORY, planned(pagesOf(3), 60, { page_size: 1 }), 80);
		const result = await runTmapi(category({ returnAll: true }));
		expect(result.error).toBeUndefined();
		expect(ids(result)).toEqual(range(1, 60));
		expect(requests).toHaveLength(3);
	});

	it('stops launching pages after an empty page 2 of a total of 200: at most 1 + Max Concurrent Requests calls', async () => {
		const requests = mockTmapi('GET', CATEGORY, onlyPage1Of200, 20);
		const result = await runTmapi(category({ returnAll: true }));
		expect(requests.length).toBeGreaterThanOrEqual(2);
		expect(requests.length).toBeLessThanOrEqual(4);
		// The list ended far short of its total: that is said, not output as if whole.
		expect(result.error?.message).toMatch(/200/);
		expect(result.error?.message).toMatch(/page 2 was empty/);
		expect(result.items).toEqual([]);
	});

	it('makes one call per page when Max Concurrent Requests is 1 and page 2 is empty', async () => {
		const requests = mockTmapi('GET', CATEGORY, onlyPage1Of200, 20);
		const result = await runTmapi(category({ returnAll: true }, { concurrency: 1 }));
		expect(requests.map((r) => r.query.page)).toEqual(['1', '2']);
		expect(result.error).toBeDefined();
	});

	it('category v1 (no page size asked) measures pages by the first page, not by page_size "1"', async () => {
		const requests = mockTmapi('GET', CATEGORY_V1, planned([[1, 20], [21, 27]], undefined, { page_size: 1 }), 10);
		const result = await runTmapi(categoryV1({ returnAll: true }));
		expect(result.error).toBeUndefined();
		expect(ids(result)).toEqual(range(1, 27));
		expect(requests).toHaveLength(2);
	});
});

describe('10.11 SHOPLINE pages that repeat products, next links without page_info', () => {
	const LIST = 'products/products.json';
	/** Get Many, Return All, `pageSize` products a page. */
	const getAll = (pageSize: number) => ({ operation: 'getAll', returnAll: true, options: { ...FAST_RETRIES, pageSize } });
	const shoplineIds = (result: RunResult) => jsonOf(result).map((product) => product.id);
	const productsFrom = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => shoplineProduct(from + i));
	const expected = (from: number, to: number) => productsFrom(from, to).map((product) => product.id);
	/** A store that answers every request with `body` again, linking on to a new cursor each time. */
	const repeating = (body: unknown[], pageSize: number) =>
		mockShopline('GET', LIST, (_request, index) => [200, { products: body }, { link: `${linkTo(`c${index + 1}`, pageSize)}; rel="next"` }], 30);

	it('outputs once each product that a later page repeats under a new cursor', async () => {
		const requests = mockShopline('GET', LIST, (request) => {
			const page = request.query.page_info ? Number(request.query.page_info.slice(1)) : 1;
			// Page 2 starts with products 6-10 of page 1 again (the list shifted under the cursor).
			const body = page === 1 ? productsFrom(1, 10) : page === 2 ? productsFrom(6, 15) : productsFrom(16, 20);
			const headers: Record<string, string> = page < 3 ? { link: `${linkTo(`p${page + 1}`, 10)}; rel="next"` } : {};
			return [200, { products: body }, headers];
		});
		const result = await runShopline(getAll(10));
		expect(result.error).toBeUndefined();
		expect(shoplineIds(result)).toEqual(expected(1, 20));
		expect(requests).toHaveLength(3);
	});

	it('stops with an error, and asks for nothing more, on a page made only of products already read', async () => {
		const requests = repeating(productsFrom(1, 10), 10);
		const result = await runShopline(getAll(10));
		expect(result.error?.name).toBe('NodeOperationError');
		expect(result.error?.message).toMatch(/repeat/i);
		expect(result.error?.message).toMatch(/earlier/i);
		expect(result.items).toEqual([]);
		expect(requests).toHaveLength(2);
	});

	it('never outputs 30 copies of a product repeated under 30 cursors', async () => {
		const requests = repeating([shoplineProduct(1)], 1);
		const result = await runShopline(getAll(1), { node: CONTINUE });
		expect(requests).toHaveLength(2);
		expect(jsonOf(result)).toHaveLength(1);
		expect(String(jsonOf(result)[0].error)).toMatch(/repeat/i);
	});

	it('stops with an error on a rel="next" link that has no page_info', async () => {
		const requests = mockShopline('GET', LIST, () => [
			200,
			{ products: productsFrom(1, 10) },
			{ link: '<https://open001.myshopline.com/admin/openapi/v20260301/products/products.json?limit=10&cursor=abc>; rel="next"' },
		]);
		const result = await runShopline(getAll(10));
		expect(result.error).toBeDefined();
		expect(['NodeOperationError', 'NodeApiError']).toContain(result.error?.name);
		expect(result.error?.message).toMatch(/page_info/);
		expect(result.items).toEqual([]);
		expect(requests).toHaveLength(1);
	});

	it('still ends quietly on a last page that has only a rel="previous" link', async () => {
		const requests = mockShopline('GET', LIST, (request) => {
			const page = request.query.page_info ? 2 : 1;
			const link = page === 1 ? `${linkTo('p2', 10)}; rel="next"` : `${linkTo('p1', 10)}; rel="previous"`;
			return [200, { products: productsFrom(page * 10 - 9, page * 10 - (page === 2 ? 5 : 0)) }, { link }];
		});
		const result = await runShopline(getAll(10));
		expect(result.error).toBeUndefined();
		expect(shoplineIds(result)).toEqual(expected(1, 15));
		expect(requests).toHaveLength(2);
	});
});
