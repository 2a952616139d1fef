import { Emulator, emulatorCredentials } from '../../emulator';
import { itemDescription, itemReviews, salesStatistics, shippingFee } from '../../emulator/tmapi/item';
import { itemDetail } from '../../emulator/tmapiCatalog';
import { CONTINUE, FAST_RETRIES, runTmapi } from '../helpers/run';
import { mockTmapi, ok } from '../helpers/tmapiServer';
import { expectNoSecret, jsonOf, pairedOf, TMAPI_TOKEN } from '../helpers/workflows';
import detail from '../fixtures/tmapi/item-detail.json';

/** Item → Get Detail, Get Detail by ID, Get Description, Get Reviews, Get Shipping Fee, Get Sales Statistics and Include Description. */

const OFFER = '859086919394';
/** An offer whose emulated reviews fill three pages (26 reviews, 10 a page). */
const REVIEWED = '859086919394';

const emulator = new Emulator({ storeSize: 10 });
beforeAll(async () => void (await emulator.start()));
afterAll(async () => await emulator.stop());
beforeEach(() => emulator.reset());
const onEmulator = (extra: Record<string, unknown> = {}) => ({ credentials: emulatorCredentials(emulator), ...extra });
const calls = (path: string) => emulator.log.filter((entry) => entry.path === path);

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const description = { item_id: 859086919394, detail_imgs: ['//cbu01.alicdn.com/img/ibank/a.jpg', 'https:////cbu01.alicdn.com/img/ibank/b.jpg'], detail_html: '<p><img src="//cbu01.alicdn.com/img/ibank/a.jpg"/></p>' };

describe('TMAPI 1688 → Item → Get Detail by ID', () => {
	it('GETs item_detail with item_id, language, optimize title and scene; token in the query', async () => {
		const requests = mockTmapi('GET', '/1688/item_detail', () => [200, clone(detail)]);
		const result = await runTmapi({ resource: 'item', operation: 'getDetailById', offerId: OFFER, options: { language: 'en', optimizeTitle: true, scene: 'drop_shipping' } });
		expect(result.error).toBeUndefined();
		expect(requests).toHaveLength(1);
		expect(requests[0].query).toEqual({ apiToken: TMAPI_TOKEN, item_id: OFFER, language: 'en', optimize_title: 'true', scene: 'drop_shipping' });
		expect(pairedOf(result)).toEqual([{ item: 0 }]);
		expect(jsonOf(result)[0].item_id).toBe(OFFER);
	});

	it('outputs the same product as Get Detail by URL (one normalization for both)', async () => {
		mockTmapi('GET', '/1688/item_detail', () => [200, clone(detail)]);
		mockTmapi('POST', '/1688/item_detail_by_url', () => [200, clone(detail)]);
		const byId = await runTmapi({ resource: 'item', operation: 'getDetailById', offerId: OFFER });
		const byUrl = await runTmapi({ resource: 'item', operation: 'getDetail', productUrl: OFFER });
		expect(byId.error).toBeUndefined();
		expect(jsonOf(byId)).toEqual(jsonOf(byUrl));
		expect(JSON.stringify(jsonOf(byId))).not.toContain('https:////');
	});

	it('takes a product address in Offer ID and sends its ID, Chinese by default, no optional fields', async () => {
		const requests = mockTmapi('GET', '/1688/item_detail', () => [200, clone(detail)]);
		await runTmapi({ resource: 'item', operation: 'getDetailById', offerId: `https://m.1688.com/offer/${OFFER}.html?spm=x` });
		expect(requests[0].query).toEqual({ apiToken: TMAPI_TOKEN, item_id: OFFER, language: 'zh' });
	});

	it('gets any numeric offer from the emulator, in the language asked for', async () => {
		const result = await runTmapi({ resource: 'item', operation: 'getDetailById', offerId: '610000000038', options: { language: 'en' } }, onEmulator());
		expect(result.error).toBeUndefined();
		const [product] = jsonOf(result);
		expect(product.item_id).toBe('610000000038');
		expect(product.skus).toEqual(itemDetail('610000000038', 'en').skus);
		expect((product.main_imgs as string[]).every((url) => url.startsWith('https://cbu01'))).toBe(true);
	});

	it('reports TMAPI refusing the ID, and goes on with the other items under Continue On Fail', async () => {
		const requests = mockTmapi('GET', '/1688/item_detail', (request) => (request.query.item_id === '610000000002' ? [200, { code: 422, msg: 'item_id invalid' }] : [200, clone(detail)]));
		const failing = await runTmapi({ resource: 'item', operation: 'getDetailById', offerId: '610000000002', options: FAST_RETRIES });
		expect(failing.error?.message).toBe('TMAPI rejected a parameter (code 422)');
		expect(failing.error?.description).toContain('item_id invalid');
		expectNoSecret(failing, TMAPI_TOKEN);
		const continuing = await runTmapi(
			{ resource: 'item', operation: 'getDetailById', offerId: '={{ $json.id }}', options: { ...FAST_RETRIES, concurrency: 1 } },
			{ input: [{ id: OFFER }, { id: '610000000002' }], node: CONTINUE },
		);
		expect(jsonOf(continuing).map((item) => item.item_id ?? item.error)).toEqual([OFFER, 'TMAPI rejected a parameter (code 422)']);
		expect(requests).toHaveLength(3);
	});
});

describe('TMAPI 1688 → Item → Include Description', () => {
	it('adds description_html and description_images with exactly one more call per item (Get Detail by URL)', async () => {
		const input = ['859086919394', '610000000038', '652702302959'].map((offer) => ({ offer }));
		const result = await runTmapi(
			{ resource: 'item', operation: 'getDetail', productUrl: '={{ $json.offer }}', options: { includeDescription: true, concurrency: 2 } },
			onEmulator({ input }),
		);
		expect(result.error).toBeUndefined();
		expect(calls('/1688/item_detail_by_url')).toHaveLength(3);
		expect(calls('/1688/item_desc').map((entry) => entry.query.item_id)).toEqual(expect.arrayContaining(input.map((entry) => entry.offer)));
		expect(calls('/1688/item_desc')).toHaveLength(3);
		expect(emulator.peakInFlight.tmapi).toBeLessThanOrEqual(2);
		expect(pairedOf(result)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		for (const [index, product] of jsonOf(result).entries()) {
			const expected = itemDescription(input[index].offer);
			expect(product.item_id).toBe(input[index].offer);
			expect(product.description_html).toBe(expected.detail_html);
			expect(product.description_images).toEqual(expected.detail_imgs);
		}
	});

	it('is shared by Get Detail by ID: the description of the same offer, images repaired', async () => {
		const details = mockTmapi('GET', '/1688/item_detail', () => [200, clone(detail)]);
		const descriptions = mockTmapi('GET', '/1688/item_desc', () => ok(clone(description)));
		const result = await runTmapi({ resource: 'item', operation: 'getDetailById', offerId: OFFER, options: { includeDescription: true } });
		expect(result.error).toBeUndefined();
		expect(details).toHaveLength(1);
		expect(descriptions.map((request) => request.query)).toEqual([{ apiToken: TMAPI_TOKEN, item_id: OFFER }]);
		expect(jsonOf(result)[0]).toMatchObject({
			item_id: OFFER,
			description_html: description.detail_html,
			description_images: ['https://cbu01.alicdn.com/img/ibank/a.jpg', 'https://cbu01.alicdn.com/img/ibank/b.jpg'],
		});
	});

	it('makes no description call when the option is off', async () => {
		const result = await runTmapi({ resource: 'item', operation: 'getDetail', productUrl: OFFER }, onEmulator());
		expect(result.error).toBeUndefined();
		expect(calls('/1688/item_desc')).toHaveLength(0);
		expect(jsonOf(result)[0]).not.toHaveProperty('description_html');
	});

	it('fails the item when the description call fails, with TMAPI\'s words', async () => {
		mockTmapi('POST', '/1688/item_detail_by_url', () => [200, clone(detail)]);
		const descriptions = mockTmapi('GET', '/1688/item_desc', () => [200, { code: 439, msg: 'balance too low' }]);
		const result = await runTmapi({ resource: 'item', operation: 'getDetail', productUrl: OFFER, options: { ...FAST_RETRIES, includeDescription: true } });
		expect(result.error?.message).toBe('TMAPI subscription expired or balance too low (code 439)');
		expect(result.error?.description).toContain('balance too low');
		expect(descriptions).toHaveLength(1);
	});
});

describe('TMAPI 1688 → Item → Get Description', () => {
	it('GETs item_desc with item_id and outputs the HTML and the images, repaired', async () => {
		const requests = mockTmapi('GET', '/1688/item_desc', () => ok(clone(description)));
		const result = await runTmapi({ resource: 'item', operation: 'getDescription', offerId: OFFER });
		expect(result.error).toBeUndefined();
		expect(requests.map((request) => request.query)).toEqual([{ apiToken: TMAPI_TOKEN, item_id: OFFER }]);
		expect(jsonOf(result)).toEqual([
			{ item_id: OFFER, detail_imgs: ['https://cbu01.alicdn.com/img/ibank/a.jpg', 'https://cbu01.alicdn.com/img/ibank/b.jpg'], detail_html: description.detail_html },
		]);
		expect(pairedOf(result)).toEqual([{ item: 0 }]);
	});

	it('takes the images from the img tags of detail_html when the answer has no list', async () => {
		mockTmapi('GET', '/1688/item_desc', () => ok({ item_id: 1, detail_html: '<img src="//a.alicdn.com/1.jpg"><IMG alt=x SRC=\'https://a.alicdn.com/2.jpg\'><img src="//a.alicdn.com/1.jpg">' }));
		const result = await runTmapi({ resource: 'item', operation: 'getDescription', offerId: OFFER });
		expect(jsonOf(result)[0].detail_imgs).toEqual(['https://a.alicdn.com/1.jpg', 'https://a.alicdn.com/2.jpg']);
	});

	it('keeps the answer as it came with Normalize Output off', async () => {
		mockTmapi('GET', '/1688/item_desc', () => ok(clone(description)));
		const result = await runTmapi({ resource: 'item', operation: 'getDescription', offerId: OFFER, options: { normalize: false } });
		expect(jsonOf(result)).toEqual([description]);
	});

	it('gets the emulated description, its HTML holding the images', async () => {
		const result = await runTmapi({ resource: 'item', operation: 'getDescription', offerId: OFFER }, onEmulator());
		const [output] = jsonOf(result);
		const images = output.detail_imgs as string[];
		expect(images.length).toBeGreaterThanOrEqual(3);
		expect(images.every((src) => String(output.detail_html).includes(src.replace('https:', '')))).toBe(true);
	});

	it('reports an error answer', async () => {
		mockTmapi('GET', '/1688/item_desc', () => [200, { code: 417, msg: 'Failed to retrieve data' }]);
		const result = await runTmapi({ resource: 'item', operation: 'getDescription', offerId: OFFER, options: FAST_RETRIES });
		expect(result.error?.message).toBe('TMAPI could not retrieve the data from 1688 (code 417)');
	});
});

describe('TMAPI 1688 → Item → Get Reviews', () => {
	const review = (n: number) => ({ id: 30000000000 + n, feedback: `review ${n}`, feedback_date: '2024-06-26T01:17:51.000+00:00', rate_star: 5, sku_map: '颜色:白色', user_nick: 't**3' });
	const page = (number: number, count: number, hasNext: boolean) =>
		ok({ item_id: Number(OFFER), page: number, page_size: 10, sort_type: 'latest', has_next_page: hasNext, list: Array.from({ length: count }, (_, i) => review((number - 1) * 10 + i)) });

	it('GETs item/rating page by page with item_id and sort_type, one item per review', async () => {
		const requests = mockTmapi('GET', '/1688/item/rating', (request) => (request.query.page === '1' ? page(1, 10, true) : page(2, 4, false)));
		const result = await runTmapi({ resource: 'item', operation: 'getReviews', offerId: OFFER, returnAll: true, options: { sortType: 'latest' } });
		expect(result.error).toBeUndefined();
		expect(requests.map((request) => request.query)).toEqual([
			{ apiToken: TMAPI_TOKEN, item_id: OFFER, sort_type: 'latest', page: '1' },
			{ apiToken: TMAPI_TOKEN, item_id: OFFER, sort_type: 'latest', page: '2' },
		]);
		expect(result.items).toHaveLength(14);
		expect(jsonOf(result)[0]).toEqual({ ...review(0), id: '30000000000', item_id: OFFER });
		expect(pairedOf(result).every((paired) => (paired as { item: number }).item === 0)).toBe(true);
	});

	it('pages as documented without has_next_page: a full page of 10 goes on, a short one ends', async () => {
		const documentedPage = (number: number, count: number) =>
			ok({ item_id: Number(OFFER), page: number, page_size: 10, sort_type: 'default', list: Array.from({ length: count }, (_, i) => review((number - 1) * 10 + i)) });
		const requests = mockTmapi('GET', '/1688/item/rating', (request) => documentedPage(Number(request.query.page), request.query.page === '3' ? 7 : 10));
		const result = await runTmapi({ resource: 'item', operation: 'getReviews', offerId: OFFER, returnAll: true });
		expect(result.error).toBeUndefined();
		expect(requests.map((request) => request.query.page)).toEqual(['1', '2', '3']);
		expect(result.items).toHaveLength(27);
		expect(new Set(jsonOf(result).map((entry) => entry.id)).size).toBe(27);
	});

	it('returns all reviews over several pages of the emulator', async () => {
		const expected = itemReviews(REVIEWED);
		expect(expected.length).toBeGreaterThan(20);
		const result = await runTmapi({ resource: 'item', operation: 'getReviews', offerId: REVIEWED, returnAll: true }, onEmulator());
		expect(result.error).toBeUndefined();
		expect(jsonOf(result).map((entry) => entry.id)).toEqual(expected.map((entry) => String(entry.id)));
		expect(calls('/1688/item/rating')).toHaveLength(Math.ceil(expected.length / 10));
	});

	it('stops at Limit across pages, asking no page more than needed', async () => {
		const result = await runTmapi({ resource: 'item', operation: 'getReviews', offerId: REVIEWED, limit: 15 }, onEmulator());
		expect(result.items).toHaveLength(15);
		expect(jsonOf(result).map((entry) => entry.id)).toEqual(itemReviews(REVIEWED).slice(0, 15).map((entry) => String(entry.id)));
		expect(calls('/1688/item/rating').map((entry) => entry.query.page)).toEqual(['1', '2']);
	});

	it('sorts the latest first when asked', async () => {
		const result = await runTmapi({ resource: 'item', operation: 'getReviews', offerId: REVIEWED, returnAll: true, options: { sortType: 'latest' } }, onEmulator());
		const dates = jsonOf(result).map((entry) => String(entry.feedback_date));
		expect(dates).toHaveLength(itemReviews(REVIEWED).length);
		expect(dates).toEqual([...dates].sort().reverse());
	});

	it('stops with an error at Max Pages instead of a partial list', async () => {
		const result = await runTmapi({ resource: 'item', operation: 'getReviews', offerId: REVIEWED, returnAll: true, options: { maxPages: 2 } }, onEmulator());
		expect(result.error?.message).toContain('more than Max Pages (2)');
		expect(calls('/1688/item/rating')).toHaveLength(2);
	});

	it('reports an error answer on a later page', async () => {
		mockTmapi('GET', '/1688/item/rating', (request) => (request.query.page === '1' ? page(1, 10, true) : [200, { code: 422, msg: 'page out of range' }]));
		const result = await runTmapi({ resource: 'item', operation: 'getReviews', offerId: OFFER, returnAll: true, options: FAST_RETRIES });
		expect(result.error?.message).toBe('TMAPI rejected a parameter (code 422)');
		expect(result.error?.description).toContain('page out of range');
	});
});

describe('TMAPI 1688 → Item → Get Shipping Fee', () => {
	it('GETs item/shipping with province, total_quantity and total_weight', async () => {
		const fee = { shipping_to: '内蒙古', unit: 'kg', first_unit: 1, first_unit_fee: 9, next_unit: 1, next_unit_fee: 7, total_quantity: 3, total_weight: 2, total_fee: 16 };
		const requests = mockTmapi('GET', '/1688/item/shipping', () => ok(fee));
		const result = await runTmapi({ resource: 'item', operation: 'getShippingFee', offerId: OFFER, province: ' 内蒙古 ', options: { totalQuantity: 3, totalWeight: 2 } });
		expect(result.error).toBeUndefined();
		expect(requests.map((request) => request.query)).toEqual([{ apiToken: TMAPI_TOKEN, item_id: OFFER, province: '内蒙古', total_quantity: '3', total_weight: '2' }]);
		expect(jsonOf(result)).toEqual([{ item_id: OFFER, province: '内蒙古', ...fee }]);
		expect(pairedOf(result)).toEqual([{ item: 0 }]);
	});

	it('sends only item_id and province by default', async () => {
		const requests = mockTmapi('GET', '/1688/item/shipping', () => ok({ total_fee: 4 }));
		await runTmapi({ resource: 'item', operation: 'getShippingFee', offerId: OFFER, province: 'gd' });
		expect(requests[0].query).toEqual({ apiToken: TMAPI_TOKEN, item_id: OFFER, province: 'gd' });
	});

	it('gets a fee that depends on province, quantity and weight', async () => {
		const input = [
			{ province: 'Guangdong', quantity: 1 },
			{ province: '广东省', quantity: 30 },
			{ province: 'xj', quantity: 30 },
		];
		const result = await runTmapi(
			{ resource: 'item', operation: 'getShippingFee', offerId: OFFER, province: '={{ $json.province }}', options: { totalQuantity: '={{ $json.quantity }}' } },
			onEmulator({ input }),
		);
		expect(result.error).toBeUndefined();
		const fees = jsonOf(result).map((entry) => entry.total_fee);
		expect(fees).toEqual(input.map((entry) => shippingFee(OFFER, entry.province, entry.quantity, undefined).total_fee));
		expect(fees[1]).toBeGreaterThan(fees[0] as number);
		expect(fees[2]).toBeGreaterThan(fees[1] as number);
	});

	it('reports an unknown province as TMAPI answers it', async () => {
		const result = await runTmapi({ resource: 'item', operation: 'getShippingFee', offerId: OFFER, province: 'Atlantis', options: FAST_RETRIES }, onEmulator());
		expect(result.error?.message).toBe('TMAPI rejected a parameter (code 422)');
		expect(result.error?.description).toContain('province=Atlantis');
	});
});

describe('TMAPI 1688 → Item → Get Sales Statistics', () => {
	it('GETs item/statistics/sales with item_id and spec_id', async () => {
		const data = { publish_time: '2024-06-27 09:22:26', sales_quantity_30days: 3985, sales_trend: [{ date: '2025-06-24', sales_quantity: 136, order_quantity: 12 }] };
		const requests = mockTmapi('GET', '/1688/item/statistics/sales', () => ok(data));
		const result = await runTmapi({ resource: 'item', operation: 'getSalesStatistics', offerId: OFFER, options: { specId: 'abc-1_2' } });
		expect(result.error).toBeUndefined();
		expect(requests.map((request) => request.query)).toEqual([{ apiToken: TMAPI_TOKEN, item_id: OFFER, spec_id: 'abc-1_2' }]);
		expect(jsonOf(result)).toEqual([{ item_id: OFFER, ...data, spec_id: 'abc-1_2' }]);
	});

	it('gets 30 days of daily sales from the emulator, for the product or one SKU', async () => {
		const spec = String(itemDetail(OFFER, 'zh').skus[1].specid);
		const result = await runTmapi({ resource: 'item', operation: 'getSalesStatistics', offerId: OFFER, options: { specId: '={{ $json.spec }}' } }, onEmulator({ input: [{ spec: '' }, { spec }] }));
		expect(result.error).toBeUndefined();
		const [whole, sku] = jsonOf(result);
		expect(calls('/1688/item/statistics/sales').map((entry) => entry.query.spec_id)).toEqual([undefined, spec]);
		expect(whole).toEqual({ item_id: OFFER, ...salesStatistics(OFFER, undefined) });
		expect(sku).toEqual({ item_id: OFFER, spec_id: spec, ...salesStatistics(OFFER, spec) });
		const trend = whole.sales_trend as Array<{ sales_quantity: number }>;
		expect(trend).toHaveLength(30);
		expect(trend.reduce((sum, day) => sum + day.sales_quantity, 0)).toBe(whole.sales_quantity_30days);
	});

	it('reports a spec ID the product does not have', async () => {
		const result = await runTmapi({ resource: 'item', operation: 'getSalesStatistics', offerId: OFFER, options: { ...FAST_RETRIES, specId: 'nope' } }, onEmulator());
		expect(result.error?.message).toBe('TMAPI rejected a parameter (code 422)');
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
