import { Emulator, emulatorCredentials } from '../../emulator';
import { TOP_LEVEL } from '../../emulator/tmapi/category';
import type { RunResult } from '../harness/workflow';
import { watchClient } from '../helpers/clientProbe';
import { CONTINUE, FAST_RETRIES, runTmapi } from '../helpers/run';
import { mockTmapi, ok } from '../helpers/tmapiServer';
import { jsonOf, pairedOf, TMAPI_TOKEN } from '../helpers/workflows';
import catV1 from '../fixtures/tmapi/category-items-v1.json';
import catV2 from '../fixtures/tmapi/category-items-v2.json';

/** Category → Get Info: one category (or the top level), and with Recursive the tree below it down to Max Depth; Get Many Items (v2 and v1): the requests sent. */

const emulator = new Emulator({ storeSize: 10 });
beforeAll(async () => void (await emulator.start()));
afterAll(async () => await emulator.stop());
beforeEach(() => {
	emulator.reset();
	emulator.configure({ tmapi: { latencyMs: 0 } });
});
const onEmulator = (extra: Record<string, unknown> = {}) => ({ credentials: emulatorCredentials(emulator), ...extra });
const infoCalls = () => emulator.log.filter((entry) => entry.path === '/1688/category/info');
const info = (extra: Record<string, unknown> = {}) => ({ resource: 'category', operation: 'getInfo', ...extra });
const hintsOf = (result: RunResult) => (result.run.data.resultData.runData['TMAPI 1688']?.[0]?.hints ?? []).map((hint) => hint.message);

/** A tree where every category has `width` subcategories, all with subcategories of their own: IDs by position (1, 101, 10101…). */
const wideTree = (width: number) =>
	mockTmapi(
		'GET',
		'/1688/category/info',
		(request) => {
			const parent = request.query.cat_id ?? '';
			return ok({ ...(parent ? { id: parent } : {}), children: Array.from({ length: width }, (_, n) => ({ id: `${parent}${String(n + 1).padStart(2, '0')}`, has_children: true })) });
		},
		2000,
	);

/** The documented answer for one category (ids as strings, children one level deep). */
const documented = {
	id: '201149004',
	name: '儿童饰品',
	name_en: "Children's Jewelry",
	level: 2,
	children: [
		{ id: '201545016', name: '儿童脚饰', name_en: "Children's Anklets", level: 3, has_children: false },
		{ id: '201151506', name: '儿童手饰', name_en: "Children's Bracelets", level: 3, has_children: false },
	],
	parent_id: '54',
	has_children: true,
	path: [
		{ id: '54', name: '服饰配件、饰品', name_en: 'Apparel Accessories & Jewelry' },
		{ id: '201149004', name: '儿童饰品', name_en: "Children's Jewelry" },
	],
};

describe('TMAPI 1688 → Category → Get Info', () => {
	it('asks for the top level without cat_id and outputs one item per category', async () => {
		const result = await runTmapi(info(), onEmulator());
		expect(result.error).toBeUndefined();
		expect(infoCalls().map((entry) => entry.query)).toEqual([{ apiToken: emulator.options.tmapiToken }]);
		expect(jsonOf(result)).toEqual(TOP_LEVEL.map((category) => ({ ...category, parent_id: null, depth: 1 })));
		expect(pairedOf(result).every((paired) => (paired as { item: number }).item === 0)).toBe(true);
	});

	it('sends cat_id and outputs the category (depth 0), then its subcategories', async () => {
		const requests = mockTmapi('GET', '/1688/category/info', () => ok(documented));
		const result = await runTmapi(info({ categoryId: ' 201149004 ' }));
		expect(result.error).toBeUndefined();
		expect(requests.map((request) => request.query)).toEqual([{ apiToken: TMAPI_TOKEN, cat_id: '201149004' }]);
		const { children, ...self } = documented;
		expect(jsonOf(result)).toEqual([
			{ ...self, depth: 0 },
			...children.map((child) => ({ ...child, parent_id: '201149004', depth: 1 })),
		]);
	});

	it('reads a top level that comes as a bare list, numeric IDs as strings', async () => {
		mockTmapi('GET', '/1688/category/info', () => ok([{ id: 312, name: '内衣', has_children: true }, { id: 54, name: '服饰配件' }]));
		const result = await runTmapi(info());
		expect(jsonOf(result)).toEqual([
			{ id: '312', name: '内衣', has_children: true, parent_id: null, depth: 1 },
			{ id: '54', name: '服饰配件', parent_id: null, depth: 1 },
		]);
	});

	it('walks the tree recursively and stops at Max Depth', async () => {
		const two = await runTmapi(info({ options: { recursive: true } }), onEmulator());
		expect(two.error).toBeUndefined();
		const depths = (result: typeof two) => jsonOf(result).map((entry) => entry.depth as number);
		// Default Max Depth 2: the top level plus one call per top-level category.
		expect(infoCalls()).toHaveLength(1 + TOP_LEVEL.length);
		expect(Math.max(...depths(two))).toBe(2);
		expect(depths(two).filter((depth) => depth === 1)).toHaveLength(TOP_LEVEL.length);

		emulator.reset();
		const three = await runTmapi(info({ options: { recursive: true, maxDepth: 3 } }), onEmulator());
		const levelTwo = jsonOf(three).filter((entry) => entry.depth === 2);
		expect(infoCalls()).toHaveLength(1 + TOP_LEVEL.length + levelTwo.length);
		expect(Math.max(...depths(three))).toBe(3);
		// The emulated tree is three levels deep: Max Depth 5 asks the leaves nothing more.
		emulator.reset();
		const five = await runTmapi(info({ options: { recursive: true, maxDepth: 5 } }), onEmulator());
		expect(jsonOf(five)).toEqual(jsonOf(three));
		expect(infoCalls()).toHaveLength(1 + TOP_LEVEL.length + levelTwo.length);
	});

	it('lists parents before their children, each child with its parent_id', async () => {
		const result = await runTmapi(info({ categoryId: '10166', options: { recursive: true, maxDepth: 3 } }), onEmulator());
		const items = jsonOf(result);
		expect(items[0]).toMatchObject({ id: '10166', depth: 0, parent_id: '0' });
		const position = new Map(items.map((entry, index) => [entry.id, index]));
		for (const entry of items.slice(1)) {
			const parent = position.get(entry.parent_id as string);
			expect(parent).toBeDefined();
			expect(parent!).toBeLessThan(position.get(entry.id)!);
			expect(items[parent!].depth).toBe((entry.depth as number) - 1);
			expect(String(entry.id).startsWith(String(entry.parent_id))).toBe(true);
		}
		expect(items.filter((entry) => entry.depth === 2).length).toBeGreaterThan(0);
	});

	it('does not walk without Recursive, whatever Max Depth says', async () => {
		const result = await runTmapi(info({ categoryId: '54', options: { maxDepth: 5 } }), onEmulator());
		expect(infoCalls()).toHaveLength(1);
		expect(Math.max(...jsonOf(result).map((entry) => entry.depth as number))).toBe(1);
	});

	it('outputs one item with the tree nested in children', async () => {
		const result = await runTmapi(info({ categoryId: '54', options: { recursive: true, maxDepth: 2, output: 'tree' } }), onEmulator());
		expect(result.items).toHaveLength(1);
		const [tree] = jsonOf(result);
		expect(tree).toMatchObject({ id: '54', name_en: 'Apparel Accessories & Jewelry', has_children: true });
		const children = tree.children as Array<{ id: string; children: Array<{ id: string; has_children: boolean; children?: unknown }> }>;
		expect(children.length).toBeGreaterThan(0);
		for (const child of children) {
			expect(child.children.length).toBeGreaterThan(0);
			// Max Depth 2 below 54: the grandchildren are listed, not walked.
			expect(child.children.every((grandchild) => grandchild.children === undefined)).toBe(true);
		}
		expect(infoCalls()).toHaveLength(1 + children.length);
	});

	it('walks side by side within the node’s concurrency cap', async () => {
		emulator.configure({ tmapi: { latencyMs: 40 } });
		const probe = watchClient();
		try {
			const result = await runTmapi(info({ options: { recursive: true, maxDepth: 3, concurrency: 2 } }), onEmulator());
			expect(result.error).toBeUndefined();
			// The node's own decision: two places taken at once, never more. The server sees at most that.
			expect(probe.limiters).toHaveLength(1);
			expect(probe.limiters[0].peak).toBe(2);
			expect(emulator.peakInFlight.tmapi).toBeLessThanOrEqual(2);
		} finally {
			jest.restoreAllMocks();
		}
	});

	it('stops with TMAPI’s error for an unknown category, and keeps the others under Continue On Fail', async () => {
		const failing = await runTmapi(info({ categoryId: '999999', options: FAST_RETRIES }), onEmulator());
		expect(failing.error?.message).toBe('TMAPI rejected a parameter (code 422)');
		expect(failing.error?.description).toContain('cat_id=999999');
		const continuing = await runTmapi(info({ categoryId: '={{ $json.cat }}', options: { ...FAST_RETRIES, concurrency: 1 } }), onEmulator({ input: [{ cat: '999999' }, { cat: '312' }], node: CONTINUE }));
		const items = jsonOf(continuing);
		expect(items[0].error).toBe('TMAPI rejected a parameter (code 422)');
		expect(items.slice(1).map((entry) => entry.id)[0]).toBe('312');
		expect(pairedOf(continuing)[0]).toEqual({ item: 0 });
		expect(pairedOf(continuing).slice(1).every((paired) => (paired as { item: number }).item === 1)).toBe(true);
	});

	it('fails the whole item when a call of the walk fails, outputting nothing partial', async () => {
		mockTmapi('GET', '/1688/category/info', (request) =>
			request.query.cat_id === undefined ? ok({ children: [{ id: '1', has_children: true }, { id: '2', has_children: true }] }) : request.query.cat_id === '2' ? [200, { code: 500, msg: 'boom' }] : ok({ id: '1', children: [] }),
		);
		const result = await runTmapi(info({ options: { ...FAST_RETRIES, recursive: true } }));
		expect(result.error?.message).toBe('TMAPI had an unexpected error (code 500)');
		expect(result.items).toEqual([]);
	});

	it('asks for each category once and does not list a category under itself; the links not followed are shown', async () => {
		// 54 lists itself and 55; 55 lists 54 again (a loop) and 56.
		const requests = mockTmapi('GET', '/1688/category/info', (request) =>
			request.query.cat_id === '54'
				? ok({ id: '54', children: [{ id: '54', has_children: true }, { id: '55', has_children: true }] })
				: ok({ id: '55', children: [{ id: '54', has_children: true }, { id: '56', has_children: false }] }),
		);
		const result = await runTmapi(info({ categoryId: '54', options: { recursive: true, maxDepth: 3 } }));
		expect(result.error).toBeUndefined();
		expect(requests.map((request) => request.query.cat_id)).toEqual(['54', '55']);
		expect(jsonOf(result).map((entry) => [entry.id, entry.parent_id, entry.depth])).toEqual([
			['54', null, 0],
			['55', '54', 1],
			['56', '55', 2],
		]);
		expect(hintsOf(result)).toEqual([expect.stringContaining('54 → 54, 55 → 54')]);
	});

	it('stops before Max Calls is exceeded: 40 subcategories a level, 3 levels deep', async () => {
		const requests = wideTree(40);
		const result = await runTmapi(info({ options: { recursive: true, maxDepth: 3 } }));
		// The top level and its 40 categories are 41 calls; their 1,600 subcategories would be 1,600 more.
		expect(result.error?.name).toBe('NodeOperationError');
		expect(result.error?.message).toBe('This category tree needs more than Max Calls (200) calls to TMAPI: 41 made, 1600 more for depth 3');
		expect(requests).toHaveLength(41);
		expect(result.items).toEqual([]);
	});

	it('makes as many calls as Max Calls allows, and no more', async () => {
		const requests = wideTree(4);
		// 1 + 4 + 16 = 21 calls for Max Depth 3.
		const fits = await runTmapi(info({ options: { recursive: true, maxDepth: 3, maxCalls: 21 } }));
		expect(fits.error).toBeUndefined();
		expect(requests).toHaveLength(21);
		expect(jsonOf(fits).filter((entry) => entry.depth === 3)).toHaveLength(64);
		requests.length = 0;
		const over = await runTmapi(info({ options: { recursive: true, maxDepth: 3, maxCalls: 20 } }));
		expect(over.error?.message).toBe('This category tree needs more than Max Calls (20) calls to TMAPI: 5 made, 16 more for depth 3');
		expect(requests).toHaveLength(5);
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
