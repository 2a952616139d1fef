import { Emulator, emulatorCredentials } from '../../emulator';
import { CONTINUE, runTmapi } from '../helpers/run';
import { jsonOf, pairedOf, TMAPI_TOKEN } from '../helpers/workflows';
import { mockTmapi, ok } from '../helpers/tmapiServer';
import shopPage from '../fixtures/tmapi/shop-items-v2.json';

/** Shop → Get Info, Get Categories and Get Many Items: exact requests against a mock, data against the emulator. */

const SHOP_INFO = {
	member_id: 'b2b-2911575494fcf92',
	seller_id: 2911575494,
	company_id: 36473948,
	company_name: '深圳市示例有限公司',
	shop_url: 'https://shop1467738698115.1688.com',
	shop_logo: '//cbu01.alicdn.com/img/ibank/2017/917/597/7754795719_544760956.jpg',
	shop_name: '深圳市示例有限公司',
	is_factory: false,
	is_super_factory: false,
	tp_year: 9,
	shop_ratings: [{ title: '退换体验', type: 'return_exchange_experience', score: '4.7' }],
};

const TREE = {
	categories: [
		{ cat_id: 10, name: '服装', children: [{ cat_id: 100, name: '睡衣', children: [] }, { cat_id: 101, name: '连衣裙' }] },
		{ cat_id: 20, name: '配饰', children: [] },
	],
};

describe('TMAPI 1688 → Shop → Get Info', () => {
	it('asks by the shop URL, sent as the shop home page, and outputs the shop with string IDs and repaired links', async () => {
		const requests = mockTmapi('GET', '/1688/shop/shop_info', () => ok(SHOP_INFO));
		const result = await runTmapi({ resource: 'shop', operation: 'getInfo', shopUrl: 'shop1467738698115.1688.com/page/offerlist.htm' });
		expect(result.error).toBeUndefined();
		expect(requests.map((request) => request.query)).toEqual([{ apiToken: TMAPI_TOKEN, shop_url: 'https://shop1467738698115.1688.com/' }]);
		expect(jsonOf(result)).toEqual([
			{ ...SHOP_INFO, seller_id: '2911575494', company_id: '36473948', shop_logo: 'https://cbu01.alicdn.com/img/ibank/2017/917/597/7754795719_544760956.jpg' },
		]);
		expect(pairedOf(result)).toEqual([{ item: 0 }]);
	});

	it('asks by member ID only, one shop per input item', async () => {
		const requests = mockTmapi('GET', '/1688/shop/shop_info', (request) => ok({ ...SHOP_INFO, member_id: request.query.member_id }));
		const result = await runTmapi(
			{ resource: 'shop', operation: 'getInfo', shopBy: 'memberId', memberId: '={{ $json.member }}', shopUrl: 'ignored', options: { normalize: false } },
			{ input: [{ member: 'b2b-1' }, { member: 'b2b-2' }] },
		);
		expect(result.error).toBeUndefined();
		expect(requests.map((request) => request.query).sort((a, b) => a.member_id.localeCompare(b.member_id))).toEqual([
			{ apiToken: TMAPI_TOKEN, member_id: 'b2b-1' },
			{ apiToken: TMAPI_TOKEN, member_id: 'b2b-2' },
		]);
		expect(jsonOf(result).map((shop) => [shop.member_id, shop.seller_id])).toEqual([
			['b2b-1', 2911575494],
			['b2b-2', 2911575494],
		]);
		expect(pairedOf(result)).toEqual([{ item: 0 }, { item: 1 }]);
	});

	it('fails with the API text when the balance is gone, as an error item under Continue On Fail', async () => {
		mockTmapi('GET', '/1688/shop/shop_info', () => [439, { code: 439, msg: 'Subscription expired or insufficient balance.', data: null }]);
		const result = await runTmapi({ resource: 'shop', operation: 'getInfo', shopUrl: 'xldjjg.1688.com' }, { node: CONTINUE });
		expect(jsonOf(result)).toEqual([expect.objectContaining({ error: 'TMAPI subscription expired or balance too low (code 439)' })]);
		const stopped = await runTmapi({ resource: 'shop', operation: 'getInfo', shopUrl: 'xldjjg.1688.com' });
		expect(stopped.error?.message).toBe('TMAPI subscription expired or balance too low (code 439)');
		expect(stopped.error?.description).toContain('TMAPI says: Subscription expired or insufficient balance.');
	});
});

describe('TMAPI 1688 → Shop → Get Categories', () => {
	it('outputs one item per category with parent, level, path and leaf flag', async () => {
		const requests = mockTmapi('GET', '/1688/shop/category', () => ok(TREE));
		const result = await runTmapi({ resource: 'shop', operation: 'getCategories', shopUrl: 'https://xldjjg.1688.com' });
		expect(result.error).toBeUndefined();
		expect(requests.map((request) => request.query)).toEqual([{ apiToken: TMAPI_TOKEN, shop_url: 'https://xldjjg.1688.com/' }]);
		expect(jsonOf(result)).toEqual([
			{ cat_id: '10', name: '服装', parent_id: null, level: 1, path: ['服装'], is_leaf: false },
			{ cat_id: '100', name: '睡衣', parent_id: '10', level: 2, path: ['服装', '睡衣'], is_leaf: true },
			{ cat_id: '101', name: '连衣裙', parent_id: '10', level: 2, path: ['服装', '连衣裙'], is_leaf: true },
			{ cat_id: '20', name: '配饰', parent_id: null, level: 1, path: ['配饰'], is_leaf: true },
		]);
		expect(pairedOf(result)).toEqual([{ item: 0 }, { item: 0 }, { item: 0 }, { item: 0 }]);
	});

	it('outputs the tree as TMAPI gives it when asked, by member ID', async () => {
		const requests = mockTmapi('GET', '/1688/shop/category', () => ok(TREE));
		const result = await runTmapi({ resource: 'shop', operation: 'getCategories', shopBy: 'memberId', memberId: 'b2b-22146365959302bc20', options: { output: 'tree' } });
		expect(requests[0].query).toEqual({ apiToken: TMAPI_TOKEN, member_id: 'b2b-22146365959302bc20' });
		expect(jsonOf(result)).toEqual([TREE]);
	});

	it('reports a rejected shop with the parameters sent', async () => {
		mockTmapi('GET', '/1688/shop/category', () => [200, { code: 422, msg: 'Parameter error', data: null }]);
		const result = await runTmapi({ resource: 'shop', operation: 'getCategories', shopBy: 'memberId', memberId: 'nobody' });
		expect(result.error?.message).toBe('TMAPI rejected a parameter (code 422)');
		expect(result.error?.description).toContain('Parameters sent: member_id=nobody.');
	});
});

describe('Shop against the emulator', () => {
	const emulator = new Emulator({ shopSize: 60 });
	beforeAll(async () => void (await emulator.start()));
	afterAll(async () => await emulator.stop());
	beforeEach(() => emulator.reset());
	const on = () => ({ credentials: emulatorCredentials(emulator) });

	it('gives the same shop by its URL and by its member ID', async () => {
		const byUrl = await runTmapi({ resource: 'shop', operation: 'getInfo', shopUrl: 'shop2204661580.1688.com' }, on());
		const byMember = await runTmapi({ resource: 'shop', operation: 'getInfo', shopBy: 'memberId', memberId: 'b2b-2204661580' }, on());
		expect(byUrl.error).toBeUndefined();
		expect(jsonOf(byMember)).toEqual(jsonOf(byUrl));
		const [shop] = jsonOf(byUrl);
		expect(shop).toMatchObject({ member_id: 'b2b-2204661580', shop_url: 'https://shop2204661580.1688.com', seller_id: expect.any(String) });
		expect(String(shop.shop_logo)).toMatch(/^https:\/\/cbu01\.alicdn\.com\//);
		expect((shop.shop_ratings as unknown[]).length).toBeGreaterThan(0);
	});

	it('lists category IDs that Get Many Items of the same shop filters by', async () => {
		const categories = await runTmapi({ resource: 'shop', operation: 'getCategories', shopUrl: 'demo.1688.com' }, on());
		const leaves = jsonOf(categories).filter((category) => category.is_leaf && Number(category.item_count) > 0);
		expect(leaves.length).toBeGreaterThan(1);
		for (const leaf of leaves) {
			const items = await runTmapi({ resource: 'shop', operation: 'getItems', shopUrl: 'demo.1688.com', returnAll: true, filters: { cat: leaf.cat_id } }, on());
			expect(items.error).toBeUndefined();
			expect(items.items).toHaveLength(Number(leaf.item_count));
		}
	});

	it('refuses a request that names no shop with 422', async () => {
		const response = await fetch(`${emulator.url}/1688/shop/shop_info?apiToken=emulator-tmapi-token`);
		expect(await response.json()).toMatchObject({ code: 422 });
	});
});

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
