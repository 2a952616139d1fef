import { Emulator, emulatorCredentials } from '../../emulator';
import type { RunResult } from '../harness/workflow';
import { CONTINUE, FAST_RETRIES, runTmapi } from '../helpers/run';
import { jsonOf, pairedOf, TMAPI_TOKEN } from '../helpers/workflows';
import { mockTmapi, ok, products } from '../helpers/tmapiServer';

/** Search: exact requests against a mock, paging and data against the emulator. */

const hintsOf = (result: RunResult) => (result.run.data.resultData.runData['TMAPI 1688']?.[0]?.hints ?? []).map((hint) => hint.message);
const ids = (result: RunResult) => jsonOf(result).map((item) => String(item.item_id));

/** A search of `count` products in pages of the size asked, with a total a little above the count. */
const searchPages = (count: number, total: number | undefined = count + 4) => (request: { query: Record<string, string> }) => {
	const page = Number(request.query.page);
	const size = Number(request.query.page_size ?? 20);
	const onPage = Math.max(0, Math.min(size, count - (page - 1) * size));
	return ok({ page, page_size: size, ...(total === undefined ? {} : { total_count: total }), has_next_page: page * size < count, items: products(page, size, onPage) });
};
const expected = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(600000000000 + from + i));

describe('TMAPI 1688 → Search → Items by Keyword', () => {
	it('sends the keyword, sort, price range, MOQ and every filter as TMAPI names them', async () => {
		const requests = mockTmapi('GET', '/1688/search/items', searchPages(3));
		const result = await runTmapi({
			resource: 'search',
			operation: 'items',
			keyword: ' 连衣裙 ',
			limit: 2,
			filters: { priceStart: '5', priceEnd: 30.5, moq: 10, supportDropshipping: true, freeShipping: false, isFactory: true, newArrival: true, verifiedSupplier: true },
			options: { sort: 'sales', pageSize: 5 },
		});
		expect(result.error).toBeUndefined();
		expect(requests).toHaveLength(1);
		expect(requests[0].query).toEqual({
			apiToken: TMAPI_TOKEN,
			keyword: '连衣裙',
			sort: 'sales',
			price_start: '5',
			price_end: '30.5',
			moq: '10',
			support_dropshipping: 'true',
			free_shipping: 'false',
			is_factory: 'true',
			new_arrival: 'true',
			verified_supplier: 'true',
			page: '1',
			page_size: '5',
		});
		expect(jsonOf(result)).toEqual([
			{ item_id: '600000000001', title: 'Product 1', img: 'https://cbu01.alicdn.com/img/1.jpg' },
			{ item_id: '600000000002', title: 'Product 2', img: 'https://cbu01.alicdn.com/img/2.jpg' },
		]);
		expect(pairedOf(result)).toEqual([{ item: 0 }, { item: 0 }]);
	});

	it('Return All reads every page up to has_next_page false, and says the total was only an estimate', async () => {
		const requests = mockTmapi('GET', '/1688/search/items', searchPages(47, 51));
		const result = await runTmapi({ resource: 'search', operation: 'items', keyword: 'dress', returnAll: true });
		expect(result.error).toBeUndefined();
		expect(requests.map((request) => request.query.page)).toEqual(['1', '2', '3']);
		expect(ids(result)).toEqual(expected(1, 47));
		expect(hintsOf(result)).toEqual([expect.stringContaining('TMAPI estimated 51 products for this search (total_count); the pages held 47')]);
	});

	it('goes on past a reached total while has_next_page says more', async () => {
		const requests = mockTmapi('GET', '/1688/search/items', searchPages(50, 40));
		const result = await runTmapi({ resource: 'search', operation: 'items', keyword: 'dress', returnAll: true });
		expect(result.error).toBeUndefined();
		expect(requests.map((request) => request.query.page)).toEqual(['1', '2', '3']);
		expect(ids(result)).toEqual(expected(1, 50));
	});

	it('Limit across pages stops at the page that completes it, without a hint', async () => {
		const requests = mockTmapi('GET', '/1688/search/items', searchPages(100));
		const result = await runTmapi({ resource: 'search', operation: 'items', keyword: 'dress', limit: 25, options: { pageSize: 10 } });
		expect(requests.map((request) => request.query.page)).toEqual(['1', '2', '3']);
		expect(ids(result)).toEqual(expected(1, 25));
		expect(hintsOf(result)).toEqual([]);
	});

	it('refuses a page size above 20 before any request', async () => {
		const requests = mockTmapi('GET', '/1688/search/items', searchPages(3));
		const result = await runTmapi({ resource: 'search', operation: 'items', keyword: 'dress', options: { pageSize: 50 } });
		expect(result.error?.message).toBe('Page Size: 50 is not valid — use a whole number from 1 to 20');
		expect(requests).toHaveLength(0);
	});

	it('reports a 422 with the parameters sent', async () => {
		mockTmapi('GET', '/1688/search/items', () => [200, { code: 422, msg: 'Parameter error', data: null }]);
		const result = await runTmapi({ resource: 'search', operation: 'items', keyword: 'dress', limit: 5 });
		expect(result.error?.message).toBe('TMAPI rejected a parameter (code 422)');
		expect(result.error?.description).toContain('Parameters sent: keyword=dress, sort=default, page=1, page_size=20.');
	});
});

describe('TMAPI 1688 → Search → Items by Keyword in Other Languages', () => {
	it('sends keyword, language, category, price range and filters', async () => {
		const requests = mockTmapi('GET', '/1688/global/search/items', () =>
			ok({ page: 1, page_size: 20, has_next_page: false, items: [{ item_id: 700000000001, title: 'Summer dress', title_origin: '夏季连衣裙', img: '//cbu01.alicdn.com/x.jpg' }] }),
		);
		const result = await runTmapi({
			resource: 'search',
			operation: 'itemsGlobal',
			keyword: 'summer dress',
			returnAll: true,
			filters: { categoryId: '1031922', priceStart: 1, priceEnd: 9, freeShipping: true },
			options: { language: 'ru', sort: 'price_up' },
		});
		expect(result.error).toBeUndefined();
		expect(requests[0].query).toEqual({
			apiToken: TMAPI_TOKEN,
			keyword: 'summer dress',
			cat_id: '1031922',
			language: 'ru',
			sort: 'price_up',
			price_start: '1',
			price_end: '9',
			free_shipping: 'true',
			page: '1',
			page_size: '20',
		});
		expect(jsonOf(result)).toEqual([{ item_id: '700000000001', title: 'Summer dress', title_origin: '夏季连衣裙', img: 'https://cbu01.alicdn.com/x.jpg' }]);
	});

	it('searches a category without a keyword, and refuses a search with neither', async () => {
		const requests = mockTmapi('GET', '/1688/global/search/items', searchPages(2, undefined));
		const byCategory = await runTmapi({ resource: 'search', operation: 'itemsGlobal', filters: { categoryId: '54' }, limit: 5 });
		expect(byCategory.error).toBeUndefined();
		expect(requests[0].query).toMatchObject({ cat_id: '54', language: 'en' });
		expect(requests[0].query.keyword).toBeUndefined();
		const neither = await runTmapi({ resource: 'search', operation: 'itemsGlobal', limit: 5 });
		expect(neither.error?.message).toBe('Keyword: an empty value is not valid — give a keyword, or a Category ID under Filters');
		expect(requests).toHaveLength(1);
	});
});

describe('TMAPI 1688 → Search → Items by Image', () => {
	it('searches an Alibaba image as it is, and says so on every product', async () => {
		const convert = mockTmapi('POST', '/1688/tools/image/convert_url', () => ok({ image_url: '/search/imgextra/never.jpg' }));
		const requests = mockTmapi('GET', '/1688/search/image', searchPages(3));
		const image = 'https://cbu01.alicdn.com/img/ibank/O1CN01abc_!!2214636595930-0-cib.jpg';
		const result = await runTmapi({
			resource: 'search',
			operation: 'itemsByImage',
			imageUrl: image,
			returnAll: true,
			filters: { priceStart: '2', supportDropshipping: true },
			options: { sort: 'price_down', pageSize: 20 },
		});
		expect(result.error).toBeUndefined();
		expect(convert).toHaveLength(0);
		expect(requests[0].query).toEqual({ apiToken: TMAPI_TOKEN, img_url: image, sort: 'price_down', price_start: '2', support_dropshipping: 'true', page: '1', page_size: '20' });
		expect(result.items).toHaveLength(3);
		expect(jsonOf(result)[0]).toEqual({
			item_id: '600000000001',
			title: 'Product 1',
			img: 'https://cbu01.alicdn.com/img/1.jpg',
			searched_image_url: image,
			source_image_url: image,
			image_converted: false,
		});
	});

	it('converts an image hosted elsewhere first, for the endpoint chosen, and searches the converted one', async () => {
		const convert = mockTmapi('POST', '/1688/tools/image/convert_url', () => ok({ image_url: '/search/imgextra/1692942898123_q7ftzxs9.jpg' }));
		const requests = mockTmapi('GET', '/1688/global/search/image', searchPages(2));
		const result = await runTmapi({
			resource: 'search',
			operation: 'itemsByImage',
			imageUrl: 'https://images.example.com/dress.png?size=large',
			limit: 10,
			filters: { priceEnd: '9', newArrival: true },
			options: { endpoint: 'global', language: 'ja' },
		});
		expect(result.error).toBeUndefined();
		expect(convert).toHaveLength(1);
		expect(convert[0].query).toEqual({ apiToken: TMAPI_TOKEN });
		expect(convert[0].body).toEqual({ url: 'https://images.example.com/dress.png?size=large', search_api_endpoint: '/global/search/image' });
		// The global endpoint has no price filter: Max Price is not sent there.
		expect(requests[0].query).toEqual({
			apiToken: TMAPI_TOKEN,
			img_url: '/search/imgextra/1692942898123_q7ftzxs9.jpg',
			language: 'ja',
			sort: 'default',
			new_arrival: 'true',
			page: '1',
			page_size: '20',
		});
		expect(jsonOf(result).map((item) => [item.searched_image_url, item.source_image_url, item.image_converted])).toEqual([
			['/search/imgextra/1692942898123_q7ftzxs9.jpg', 'https://images.example.com/dress.png?size=large', true],
			['/search/imgextra/1692942898123_q7ftzxs9.jpg', 'https://images.example.com/dress.png?size=large', true],
		]);
	});

	it('stops with the API error when the conversion fails, and searches nothing', async () => {
		mockTmapi('POST', '/1688/tools/image/convert_url', () => [200, { code: 417, msg: 'Failed to retrieve data', data: null }]);
		const requests = mockTmapi('GET', '/1688/search/image', searchPages(2));
		const result = await runTmapi({ resource: 'search', operation: 'itemsByImage', imageUrl: 'https://example.com/a.jpg', limit: 5, options: FAST_RETRIES });
		expect(result.error?.message).toBe('TMAPI could not retrieve the data from 1688 (code 417)');
		expect(result.error?.description).toContain('TMAPI says: Failed to retrieve data.');
		expect(requests).toHaveLength(0);
	});

	it('reports a conversion that answers without an image_url', async () => {
		mockTmapi('POST', '/1688/tools/image/convert_url', () => ok({}));
		const result = await runTmapi({ resource: 'search', operation: 'itemsByImage', imageUrl: 'https://example.com/a.jpg', limit: 5 }, { node: CONTINUE });
		expect(jsonOf(result)).toEqual([expect.objectContaining({ error: 'TMAPI converted the image but gave no image_url' })]);
	});
});

describe('TMAPI 1688 → Search → Factories', () => {
	it('sends keywords and sort, and outputs one item per factory', async () => {
		const factory = (n: number) => ({ member_id: `b2b-${n}`, company_name: `Factory ${n}`, repurchase_rate: '40%', shop_url: `https://shop${n}.1688.com`, offers: [{ item_id: n, img: 'https:////cbu01.alicdn.com/f.jpg' }] });
		const requests = mockTmapi('GET', '/1688/search/factories', (request) =>
			ok({ page: Number(request.query.page), page_size: 2, total_count: 3, has_next_page: request.query.page === '1', items: request.query.page === '1' ? [factory(1), factory(2)] : [factory(3)] }),
		);
		const result = await runTmapi({ resource: 'search', operation: 'factories', keywords: '睡衣', returnAll: true, options: { sort: 'repurchase_rate', pageSize: 2 } });
		expect(result.error).toBeUndefined();
		expect(requests.map((request) => request.query)).toEqual([
			{ apiToken: TMAPI_TOKEN, keywords: '睡衣', sort: 'repurchase_rate', page: '1', page_size: '2' },
			{ apiToken: TMAPI_TOKEN, keywords: '睡衣', sort: 'repurchase_rate', page: '2', page_size: '2' },
		]);
		expect(jsonOf(result).map((item) => item.member_id)).toEqual(['b2b-1', 'b2b-2', 'b2b-3']);
		expect((jsonOf(result)[0].offers as Array<{ img: string }>)[0].img).toBe('https://cbu01.alicdn.com/f.jpg');
		expect(hintsOf(result)).toEqual([]);
	});
});

describe('Search against the emulator', () => {
	const emulator = new Emulator({});
	beforeAll(async () => void (await emulator.start()));
	afterAll(async () => await emulator.stop());
	beforeEach(() => emulator.reset());
	const on = () => ({ credentials: emulatorCredentials(emulator) });

	it('pages a keyword search of 20 a page to its end, with its approximate total', async () => {
		const result = await runTmapi({ resource: 'search', operation: 'items', keyword: '连衣裙', returnAll: true }, on());
		expect(result.error).toBeUndefined();
		const pages = emulator.log.map((entry) => entry.query.page);
		expect(pages.length).toBeGreaterThan(1);
		expect(result.items.length).toBeGreaterThan(20 * (pages.length - 1));
		expect(result.items.length).toBeLessThanOrEqual(20 * pages.length);
		expect(new Set(ids(result)).size).toBe(result.items.length);
		expect(hintsOf(result)).toEqual([expect.stringMatching(new RegExp(`^TMAPI estimated \\d+ products .*the pages held ${result.items.length},`))]);
		const again = await runTmapi({ resource: 'search', operation: 'items', keyword: '连衣裙', returnAll: true }, on());
		expect(ids(again)).toEqual(ids(result));
	});

	it('caps a page at 20 even when more are asked of the API', async () => {
		const response = await fetch(`${emulator.url}/1688/search/items?apiToken=emulator-tmapi-token&keyword=${encodeURIComponent('连衣裙')}&page_size=50`);
		const body = (await response.json()) as { data: { page_size: number; total_count: number; items: unknown[]; has_next_page: boolean } };
		expect(body.data.page_size).toBe(20);
		expect(body.data.items).toHaveLength(20);
		expect(body.data.has_next_page).toBe(true);
		expect(body.data.total_count).toBeGreaterThan(20);
	});

	it('serves Limit across its pages of 20', async () => {
		const result = await runTmapi({ resource: 'search', operation: 'items', keyword: '连衣裙', limit: 30, options: { output: 'pages' } }, on());
		expect(jsonOf(result).map((page) => (page.items as unknown[]).length)).toEqual([20, 10]);
		expect(jsonOf(result)[0]).toMatchObject({ page: 1, page_size: 20, has_next_page: true });
	});

	it('keeps title and title_origin in a search in another language', async () => {
		const result = await runTmapi({ resource: 'search', operation: 'itemsGlobal', keyword: 'dress', limit: 3, options: { language: 'en' } }, on());
		expect(result.items).toHaveLength(3);
		for (const item of jsonOf(result)) {
			expect(item.title).toMatch(/[a-z]/);
			expect(item.title_origin).toMatch(/[\u4e00-\u9fff]/);
			expect(typeof item.item_id).toBe('string');
		}
	});

	it('converts a foreign image to an alicdn one the image search takes; unconverted, the search refuses it with 422', async () => {
		const result = await runTmapi({ resource: 'search', operation: 'itemsByImage', imageUrl: 'https://example.com/photo.jpg', limit: 3 }, on());
		expect(result.error).toBeUndefined();
		expect(emulator.log.map((entry) => `${entry.method} ${entry.path}`)).toEqual(['POST /1688/tools/image/convert_url', 'GET /1688/search/image']);
		const searched = jsonOf(result)[0].searched_image_url as string;
		expect(searched).toMatch(/^https:\/\/cbu01\.alicdn\.com\//);
		expect(emulator.log[1].query.img_url).toBe(searched);

		emulator.reset();
		const refused = await runTmapi({ resource: 'search', operation: 'itemsByImage', imageUrl: 'https://example.com/photo.jpg', limit: 3, options: { convert: false } }, on());
		expect(refused.error?.message).toBe('TMAPI rejected a parameter (code 422)');
		expect(refused.error?.description).toContain('img_url=https://example.com/photo.jpg');
	});

	it('sorts factories by repurchase rate', async () => {
		const result = await runTmapi({ resource: 'search', operation: 'factories', keywords: '睡衣', returnAll: true, options: { sort: 'repurchase_rate' } }, on());
		const rates = jsonOf(result).map((factory) => parseInt(String(factory.repurchase_rate), 10));
		expect(rates.length).toBeGreaterThan(20);
		expect(rates).toEqual([...rates].sort((a, b) => b - a));
		expect(new Set(jsonOf(result).map((factory) => factory.member_id)).size).toBe(rates.length);
	});
});
