import type { RunResult } from '../../harness/workflow';
import { runTmapi } from '../../helpers/run';
import { jsonOf } from '../../helpers/workflows';
import { mockTmapi, ok, products } from '../../helpers/tmapiServer';

const CATEGORY = '/1688/category/items/v2';
const SHOP = '/1688/shop/items/v2';

const category = (extra: Record<string, unknown> = {}) => ({ resource: 'category', operation: 'getItems', categoryId: '1031922', ...extra });
const shop = (extra: Record<string, unknown> = {}) => ({ resource: 'shop', operation: 'getItems', shopUrl: 'xldjjg.1688.com', ...extra });

/** A catalog of `total` products served in pages of 20, with total_count as given. */
const catalog = (total: number, totalCount: unknown = total) => (request: { query: Record<string, string> }) => {
	const page = Number(request.query.page);
	const size = Number(request.query.page_size ?? 20);
	const count = Math.max(0, Math.min(size, total - (page - 1) * size));
	return ok({ page, page_size: size, total_count: totalCount, items: products(page, size, count) });
};

const ids = (result: RunResult) => jsonOf(result).map((item) => item.item_id);
const expected = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(600000000000 + from + i));

describe('TMAPI pagination', () => {
	it('stops after the last page when the total is an exact multiple of the page size', async () => {
		const requests = mockTmapi('GET', CATEGORY, catalog(40));
		const result = await runTmapi(category({ returnAll: true }));
		expect(requests.map((r) => r.query.page)).toEqual(['1', '2']);
		expect(ids(result)).toEqual(expected(1, 40));
	});

	it('returns nothing, after one request, when the first page is empty', async () => {
		const requests = mockTmapi('GET', CATEGORY, () => ok({ page: 1, page_size: 20, total_count: 0, items: [] }));
		const result = await runTmapi(category({ returnAll: true }));
		expect(result.error).toBeUndefined();
		expect(requests).toHaveLength(1);
		expect(result.items).toEqual([]);
	});

	it('reads total_count given as a string', async () => {
		const requests = mockTmapi('GET', CATEGORY, catalog(45, '45'));
		const result = await runTmapi(category({ returnAll: true }));
		expect(requests.map((r) => r.query.page)).toEqual(['1', '2', '3']);
		expect(ids(result)).toEqual(expected(1, 45));
	});

	it('stops on has_next_page false even when pages are full', async () => {
		const requests = mockTmapi('GET', '/1688/category/items', (request) => {
			const page = Number(request.query.page);
			return ok({ page, page_size: 20, has_next_page: page < 2, items: products(page, 20) });
		});
		const result = await runTmapi({ resource: 'category', operation: 'getItemsV1', categoryId: '1', returnAll: true });
		expect(requests).toHaveLength(2);
		expect(ids(result)).toEqual(expected(1, 40));
	});

	it('stops on a short page when there is no total', async () => {
		const requests = mockTmapi('GET', SHOP, (request) => {
			const page = Number(request.query.page);
			return ok({ page, page_size: 20, items: products(page, 20, page === 3 ? 7 : 20) });
		});
		const result = await runTmapi(shop({ returnAll: true }));
		expect(requests).toHaveLength(3);
		expect(ids(result)).toEqual(expected(1, 47));
	});

	it('stops on an empty page when full pages come without total (exact multiple)', async () => {
		const requests = mockTmapi('GET', SHOP, (request) => {
			const page = Number(request.query.page);
			return ok({ page, page_size: 20, items: page <= 2 ? products(page, 20) : [] });
		});
		const result = await runTmapi(shop({ returnAll: true }));
		expect(requests).toHaveLength(3);
		expect(ids(result)).toEqual(expected(1, 40));
	});

	it('spans pages to reach Limit and fetches no page beyond it', async () => {
		const requests = mockTmapi('GET', CATEGORY, catalog(2000));
		const result = await runTmapi(category({ returnAll: false, limit: 45 }));
		expect(requests.map((r) => r.query.page)).toEqual(['1', '2', '3']);
		expect(ids(result)).toEqual(expected(1, 45));
	});

	it('fetches exactly one page for a Limit within the first page', async () => {
		const requests = mockTmapi('GET', CATEGORY, catalog(2000));
		const result = await runTmapi(category({ returnAll: false, limit: 5 }));
		expect(requests).toHaveLength(1);
		expect(ids(result)).toEqual(expected(1, 5));
	});

	it('starts at Start Page', async () => {
		const requests = mockTmapi('GET', CATEGORY, catalog(100));
		const result = await runTmapi(category({ returnAll: true, options: { startPage: 4 } }));
		expect(requests.map((r) => r.query.page)).toEqual(['4', '5']);
		expect(ids(result)).toEqual(expected(61, 100));
	});

	it('uses the page size the API reports when it differs from the one asked for', async () => {
		const requests = mockTmapi('GET', SHOP, (request) => {
			const page = Number(request.query.page);
			// The API caps pages at 20 whatever page_size asks for.
			return ok({ page, page_size: 20, total_count: 50, items: products(page, 20, Math.min(20, 50 - (page - 1) * 20)) });
		});
		const result = await runTmapi(shop({ returnAll: true, options: { pageSize: 50 } }));
		expect(requests.map((r) => r.query.page)).toEqual(['1', '2', '3']);
		expect(ids(result)).toEqual(expected(1, 50));
	});

	it('refuses, after one request, a list that needs more pages than Max Pages', async () => {
		const requests = mockTmapi('GET', CATEGORY, catalog(2000));
		const result = await runTmapi(category({ returnAll: true, options: { maxPages: 5 } }));
		expect(requests).toHaveLength(1);
		expect(result.error?.message).toBe('This list needs 100 pages, more than Max Pages (5)');
		expect(result.items).toEqual([]);
	});

	it('stops a server that never stops at Max Pages, with an error', async () => {
		const requests = mockTmapi('GET', SHOP, (request) => {
			const page = Number(request.query.page);
			return ok({ page, page_size: 20, has_next_page: true, items: products(page, 20) });
		}, 8);
		const result = await runTmapi(shop({ returnAll: true, options: { maxPages: 8 } }));
		expect(requests).toHaveLength(8);
		expect(result.error?.message).toBe('This list has more than Max Pages (8) pages: page 8 still reports more products');
	});

	it('stops with an error when the API repeats a page instead of advancing', async () => {
		const requests = mockTmapi('GET', SHOP, () => ok({ page: 1, page_size: 20, items: products(1, 20) }));
		const result = await runTmapi(shop({ returnAll: true }));
		expect(requests).toHaveLength(2);
		expect(result.error?.message).toContain('TMAPI returned page 2 with only products already seen');
	});

	it('drops a product that a later page repeats', async () => {
		mockTmapi('GET', SHOP, (request) => {
			const page = Number(request.query.page);
			const items = page === 1 ? products(1, 20) : [products(1, 20)[19], ...products(2, 20, 5)];
			return ok({ page, page_size: 20, total_count: 26, items });
		});
		const result = await runTmapi(shop({ returnAll: true }));
		expect(ids(result)).toEqual(expected(1, 25));
	});

	it('fetches pages side by side, at most Max Concurrent Requests at once, in page order', async () => {
		// The server holds the answers until the node has as many requests out as it may (3), or
		// all the pages not yet answered, then answers the latest first: pages 2 and 3 come
		// last, so the order must come from the node, not the network. (Page 1 is answered at
		// once: it tells the node how many pages there are.) No timer decides anything.
		const held: Array<{ page: number; answer: () => void }> = [];
		const answered: number[] = [];
		let peak = 0;
		const answerWhatIsDue = () => {
			while (held.length > 0 && (held.some(({ page }) => page === 1) || held.length === 3 || held.length === 10 - answered.length)) {
				const latest = held.pop()!;
				answered.push(latest.page);
				latest.answer();
			}
		};
		const requests = mockTmapi('GET', CATEGORY, (request) =>
			new Promise((resolve) => {
				held.push({ page: Number(request.query.page), answer: () => resolve(catalog(200)(request)) });
				peak = Math.max(peak, held.length);
				answerWhatIsDue();
			}) as never,
		);
		const result = await runTmapi(category({ returnAll: true, options: { concurrency: 3 } }));
		expect(requests).toHaveLength(10);
		expect(peak).toBe(3);
		expect(answered).toEqual([1, 4, 5, 6, 7, 8, 9, 10, 3, 2]);
		expect(ids(result)).toEqual(expected(1, 200));
	});
});
