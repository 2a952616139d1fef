import { runTmapi } from '../helpers/run';
import { jsonOf, pairedOf, TMAPI_TOKEN, tmapiCredentials } from '../helpers/workflows';
import { mockTmapi, ok } from '../helpers/tmapiServer';
import catV1 from '../fixtures/tmapi/category-items-v1.json';
import catV2 from '../fixtures/tmapi/category-items-v2.json';
import detail from '../fixtures/tmapi/item-detail.json';
import shopPage from '../fixtures/tmapi/shop-items-v2.json';

describe('TMAPI 1688 → Shop → Get Many Items', () => {
	it('sends every parameter as TMAPI documents it and outputs one normalized item per product', async () => {
		const requests = mockTmapi('GET', '/1688/shop/items/v2', () => [200, shopPage]);
		const result = await runTmapi({
			resource: 'shop',
			operation: 'getItems',
			shopUrl: 'xldjjg.1688.com/page/offerlist.htm',
			returnAll: false,
			limit: 2,
			filters: { cat: '1234567', catType: '1' },
			options: { sort: 'time_down', pageSize: 3 },
		});
		expect(result.error).toBeUndefined();
		expect(requests).toHaveLength(1);
		expect(requests[0].query).toEqual({
			apiToken: TMAPI_TOKEN,
			shop_url: 'https://xldjjg.1688.com/',
			sort: 'time_down',
			cat: '1234567',
			cat_type: '1',
			page: '1',
			page_size: '3',
		});
		expect(jsonOf(result)).toEqual(
			shopPage.data.items.slice(0, 2).map((item) => ({ ...item, img: item.img.replace('https:////', 'https://') })),
		);
		expect(pairedOf(result)).toEqual([{ item: 0 }, { item: 0 }]);
	});

	it.each(['default', 'sales', 'price_up', 'price_down', 'time_up', 'time_down'])('sorts by %s', async (sort) => {
		const requests = mockTmapi('GET', '/1688/shop/items/v2', () => ok({ page: 1, page_size: 20, total_count: 0, items: [] }));
		const result = await runTmapi({ resource: 'shop', operation: 'getItems', shopUrl: 'https://xldjjg.1688.com/', returnAll: true, options: { sort } });
		expect(result.error).toBeUndefined();
		expect(requests[0].query.sort).toBe(sort);
	});

	it('keeps raw TMAPI data when Normalize Output is off', async () => {
		mockTmapi('GET', '/1688/shop/items/v2', () => [200, shopPage]);
		const result = await runTmapi({ resource: 'shop', operation: 'getItems', shopUrl: 'xldjjg.1688.com', limit: 1, options: { normalize: false } });
		expect(jsonOf(result)).toEqual([shopPage.data.items[0]]);
	});

	it('outputs whole pages with their metadata when Output is "One Item per Page"', async () => {
		mockTmapi('GET', '/1688/shop/items/v2', () => ok({ ...shopPage.data, total_count: '3' }));
		const result = await runTmapi({ resource: 'shop', operation: 'getItems', shopUrl: 'xldjjg.1688.com', returnAll: true, options: { output: 'pages', pageSize: 3 } });
		expect(result.items).toHaveLength(1);
		const [page] = jsonOf(result);
		expect(page).toMatchObject({ page: 1, page_size: 3, total_count: 3, sort: 'default', cat_id: '' });
		expect(page.items).toHaveLength(3);
		expect((page.items as Array<{ img: string }>)[0].img.startsWith('https://cbu01')).toBe(true);
	});
});

describe('TMAPI 1688 → Category → Get Many Items (v2)', () => {
	it('sends the category, language, sort, price range and every filter', async () => {
		const requests = mockTmapi('GET', '/1688/category/items/v2', () => [200, catV2]);
		const result = await runTmapi({
			resource: 'category',
			operation: 'getItems',
			categoryId: '1031922',
			limit: 3,
			filters: { priceStart: '0.5', priceEnd: 12, newArrival: true, supportDropshipping: true, freeShipping: false, superFactory: true },
			options: { language: 'ru', sort: 'price_up', pageSize: 20 },
		});
		expect(result.error).toBeUndefined();
		expect(requests).toHaveLength(1);
		expect(requests[0].query).toEqual({
			apiToken: TMAPI_TOKEN,
			cat_id: '1031922',
			language: 'ru',
			sort: 'price_up',
			price_start: '0.5',
			price_end: '12',
			new_arrival: 'true',
			support_dropshipping: 'true',
			free_shipping: 'false',
			is_super_factory: 'true',
			page: '1',
			page_size: '20',
		});
		// category v2 gives item_id as a number: it comes out as a string.
		expect(jsonOf(result).map((item) => item.item_id)).toEqual(['991188728585', '740842253828', '819097915075']);
		expect(jsonOf(result)[0]).toMatchObject({ price: '0.60', shop_info: catV2.data.items[0].shop_info });
	});

	it.each(['en', 'zh', 'ru', 'vi', 'ja', 'ko'])('asks for language %s', async (language) => {
		const requests = mockTmapi('GET', '/1688/category/items/v2', () => ok({ page: 1, page_size: 20, total_count: 0, items: [] }));
		await runTmapi({ resource: 'category', operation: 'getItems', categoryId: 1031922, returnAll: true, options: { language } });
		expect(requests[0].query.language).toBe(language);
	});

	it('sends only the filters that were set', async () => {
		const requests = mockTmapi('GET', '/1688/category/items/v2', () => ok({ page: 1, page_size: 20, total_count: 0, items: [] }));
		await runTmapi({ resource: 'category', operation: 'getItems', categoryId: '1031922', returnAll: true });
		expect(requests[0].query).toEqual({ apiToken: TMAPI_TOKEN, cat_id: '1031922', language: 'en', sort: 'default', page: '1', page_size: '20' });
	});
});

describe('TMAPI 1688 → Category → Get Many Items (v1)', () => {
	it('sends the category and filters without page_size, and pages on has_next_page', async () => {
		const requests = mockTmapi('GET', '/1688/category/items', (request) =>
			request.query.page === '1'
				? [200, catV1]
				: ok({ page: 2, page_size: 2, has_next_page: false, filters: {}, items: [{ ...catV1.data.items[0], item_id: 884674536009 }] }),
		);
		const result = await runTmapi({
			resource: 'category',
			operation: 'getItemsV1',
			categoryId: '1031922',
			returnAll: true,
			filters: { superFactory: true, supportDropshipping: false, freeShipping: true },
		});
		expect(result.error).toBeUndefined();
		expect(requests.map((r) => r.query)).toEqual([
			{ apiToken: TMAPI_TOKEN, cat_id: '1031922', super_factory: 'true', support_dropshipping: 'false', free_shipping: 'true', page: '1' },
			{ apiToken: TMAPI_TOKEN, cat_id: '1031922', super_factory: 'true', support_dropshipping: 'false', free_shipping: 'true', page: '2' },
		]);
		expect(jsonOf(result).map((item) => item.item_id)).toEqual(['884674536008', '884674536009']);
	});
});

describe('TMAPI 1688 → Item → Get Detail', () => {
	it('POSTs the normalized product URL with scene, optimize title and language; token in the query', async () => {
		const requests = mockTmapi('POST', '/1688/item_detail_by_url', () => [200, detail]);
		const result = await runTmapi({
			resource: 'item',
			operation: 'getDetail',
			productUrl: 'https://m.1688.com/offer/859086919394.html?spm=abc',
			options: { scene: 'drop_shipping', optimizeTitle: true, language: 'en' },
		});
		expect(result.error).toBeUndefined();
		expect(requests).toHaveLength(1);
		expect(requests[0].query).toEqual({ apiToken: TMAPI_TOKEN });
		expect(requests[0].body).toEqual({
			url: 'https://detail.1688.com/offer/859086919394.html',
			language: 'en',
			optimize_title: true,
			scene: 'drop_shipping',
		});
		const [product] = jsonOf(result);
		expect(product.item_id).toBe('859086919394');
		expect(product.skus).toEqual(detail.data.skus);
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
	});

	it('accepts a bare offer ID and sends Chinese by default, without optional fields', async () => {
		const requests = mockTmapi('POST', '/1688/item_detail_by_url', () => [200, detail]);
		await runTmapi({ resource: 'item', operation: 'getDetail', productUrl: '859086919394' });
		expect(requests[0].body).toEqual({ url: 'https://detail.1688.com/offer/859086919394.html', language: 'zh' });
	});

	it.each(['zh', 'en', 'ru', 'th', 'pt', 'es', 'tr', 'vi', 'ja', 'ko'])('asks for language %s', async (language) => {
		const requests = mockTmapi('POST', '/1688/item_detail_by_url', () => [200, detail]);
		await runTmapi({ resource: 'item', operation: 'getDetail', productUrl: '859086919394', options: { language } });
		expect((requests[0].body as { language: string }).language).toBe(language);
	});
});

describe('TMAPI API credential hosts', () => {
	it.each([
		['https://api.tmapi.io', {}, 'https://api.tmapi.io'],
		['http://api.tmapi.top', {}, 'http://api.tmapi.top'],
		['custom', { customBaseUrl: 'http://gateway.internal:8787/tmapi/' }, 'http://gateway.internal:8787/tmapi'],
	])('host %s', async (host, extra, base) => {
		const path = base.endsWith('/tmapi') ? '/tmapi/1688/item_detail_by_url' : '/1688/item_detail_by_url';
		const origin = new URL(base).origin;
		const requests = mockTmapi('POST', path, () => [200, detail], 1, origin);
		const result = await runTmapi({ resource: 'item', operation: 'getDetail', productUrl: '859086919394' }, { credentials: tmapiCredentials({ host, ...extra }) });
		expect(result.error).toBeUndefined();
		expect(requests).toHaveLength(1);
	});
});
