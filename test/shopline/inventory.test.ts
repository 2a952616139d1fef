import { Emulator, emulatorCredentials } from '../../emulator';
import { LOCATIONS } from '../../emulator/shopline/locations';
import { inventoryItemId } from '../../emulator/shoplineStore';
import { FAST_RETRIES, runShopline } from '../helpers/run';
import { mockShopline, SHOPLINE_ORIGIN, SHOPLINE_PREFIX } from '../helpers/shoplineServer';
import { jsonOf, pairedOf } from '../helpers/workflows';

/** Inventory and Location: the requests the node sends, what it outputs, how it fails, and stock in two steps on the emulator. */

const ITEM = '5703943240925324252';
const ITEM_2 = '5703943989105270965';
const LOCATION = '54217042481355269010000001';
const LOCATION_2 = '54217042481355269010000002';

const level = (item: string, location: string, available: number) => ({ inventory_item_id: item, location_id: location, variant_id: '18057039432358082693350282', available, updated_at: '2026-11-30T10:00:00+08:00' });

/** A SHOPLINE error answer as the transport would get it, with a traceId header. */
const refused = (status: number, errors: unknown): [number, unknown, Record<string, string>] => [status, { errors }, { traceId: 'trace-inv-42' }];

describe('SHOPLINE → Inventory → Get Levels', () => {
	it('asks for the items and locations given and outputs one item per level', async () => {
		const requests = mockShopline('GET', 'inventory_levels.json', () => [200, { inventory_levels: [level(ITEM, LOCATION, 7), level(ITEM_2, LOCATION, 0)] }]);
		const result = await runShopline({
			resource: 'inventory',
			operation: 'getLevels',
			inventoryItemIds: ` ${ITEM}, ${ITEM_2} `,
			returnAll: true,
			filters: { locationIds: `${LOCATION},${LOCATION_2}` },
		});
		expect(result.error).toBeUndefined();
		expect(requests).toHaveLength(1);
		expect(requests[0].method).toBe('GET');
		expect(requests[0].path).toBe(`${SHOPLINE_PREFIX}inventory_levels.json`);
		expect(requests[0].query).toEqual({ inventory_item_ids: `${ITEM},${ITEM_2}`, location_ids: `${LOCATION},${LOCATION_2}`, limit: '250' });
		expect(jsonOf(result)).toEqual([level(ITEM, LOCATION, 7), level(ITEM_2, LOCATION, 0)]);
		expect(pairedOf(result)).toEqual([{ item: 0 }, { item: 0 }]);
	});

	/** Levels of `total` items at one location, `size` a page; page_info "p<N>" is page N. */
	const pagedLevels = (total: number) => (request: { query: Record<string, string> }): [number, unknown, Record<string, string>] => {
		const size = Number(request.query.limit) > 3 ? 3 : Number(request.query.limit);
		const page = request.query.page_info ? Number(request.query.page_info.slice(1)) : 1;
		const from = (page - 1) * size;
		const levels = Array.from({ length: Math.max(0, Math.min(size, total - from)) }, (_, i) => level(String(1000 + from + i), LOCATION, from + i));
		const link = (n: number, rel: string) => `<${SHOPLINE_ORIGIN}${SHOPLINE_PREFIX}inventory_levels.json?limit=${size}&page_info=p${n}>; rel="${rel}"`;
		const links = [page > 1 ? link(page - 1, 'previous') : '', from + size < total ? link(page + 1, 'next') : ''].filter(Boolean).join(', ');
		return [200, { inventory_levels: levels }, links ? { link: links } : {}];
	};

	it('follows the link header over several pages with Return All', async () => {
		const requests = mockShopline('GET', 'inventory_levels.json', pagedLevels(8));
		const result = await runShopline({ resource: 'inventory', operation: 'getLevels', inventoryItemIds: ITEM, returnAll: true });
		expect(result.error).toBeUndefined();
		expect(requests.map((r) => r.query)).toEqual([
			{ inventory_item_ids: ITEM, limit: '250' },
			{ limit: '250', page_info: 'p2' },
			{ limit: '250', page_info: 'p3' },
		]);
		expect(jsonOf(result).map((entry) => entry.available)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
	});

	it('stops at Limit across pages', async () => {
		const requests = mockShopline('GET', 'inventory_levels.json', pagedLevels(8));
		const result = await runShopline({ resource: 'inventory', operation: 'getLevels', inventoryItemIds: ITEM, limit: 5 });
		expect(requests.map((r) => r.query)).toEqual([
			{ inventory_item_ids: ITEM, limit: '5' },
			{ limit: '5', page_info: 'p2' },
		]);
		expect(jsonOf(result).map((entry) => entry.available)).toEqual([0, 1, 2, 3, 4]);
	});

	it('refuses an empty item list before any request, saying why', async () => {
		const requests = mockShopline('GET', 'inventory_levels.json', () => [200, { inventory_levels: [] }]);
		const result = await runShopline({ resource: 'inventory', operation: 'getLevels', inventoryItemIds: ' , ', filters: { locationIds: LOCATION } });
		expect(result.error?.message).toBe(
			'Inventory Item IDs: " , " is not valid — use inventory item IDs as text of digits, separated by commas — SHOPLINE needs at least one inventory item ID to list levels (Location IDs alone are not enough)',
		);
		expect(requests).toHaveLength(0);
	});

	it("fails with SHOPLINE's words and traceId", async () => {
		mockShopline('GET', 'inventory_levels.json', () => refused(422, { inventory_item_ids: ['at most 50 IDs'] }));
		const result = await runShopline({ resource: 'inventory', operation: 'getLevels', inventoryItemIds: ITEM, options: FAST_RETRIES });
		expect(result.error?.message).toBe('SHOPLINE GET inventory_levels.json failed with HTTP 422: inventory_item_ids: at most 50 IDs');
		expect(result.error?.description).toContain('trace-inv-42');
	});
});

describe('SHOPLINE → Inventory → Set Available and Adjust Available', () => {
	it('sets an absolute quantity and outputs the level', async () => {
		const requests = mockShopline('POST', 'inventory_levels/set.json', (request) => [200, { inventory_level: { ...level(ITEM, LOCATION, 0), available: (request.body as { available: number }).available } }]);
		const result = await runShopline({ resource: 'inventory', operation: 'setAvailable', inventoryItemId: ITEM, locationId: LOCATION, available: '12' });
		expect(result.error).toBeUndefined();
		expect(requests.map((r) => [r.method, r.path, r.query])).toEqual([['POST', `${SHOPLINE_PREFIX}inventory_levels/set.json`, {}]]);
		expect(requests[0].body).toEqual({ inventory_item_id: ITEM, location_id: LOCATION, available: 12 });
		expect(jsonOf(result)).toEqual([level(ITEM, LOCATION, 12)]);
		expect(pairedOf(result)).toEqual([{ item: 0 }]);
	});

	it('adjusts by a negative amount', async () => {
		const requests = mockShopline('POST', 'inventory_levels/adjust.json', () => [200, { inventory_level: level(ITEM, LOCATION, 3) }]);
		const result = await runShopline({ resource: 'inventory', operation: 'adjustAvailable', inventoryItemId: ITEM, locationId: LOCATION, availableAdjustment: -2 });
		expect(result.error).toBeUndefined();
		expect(requests.map((r) => [r.method, r.path])).toEqual([['POST', `${SHOPLINE_PREFIX}inventory_levels/adjust.json`]]);
		expect(requests[0].body).toEqual({ inventory_item_id: ITEM, location_id: LOCATION, available_adjustment: -2 });
		expect(jsonOf(result)).toEqual([level(ITEM, LOCATION, 3)]);
	});

	it('refuses an adjustment of 0 before any request', async () => {
		const requests = mockShopline('POST', 'inventory_levels/adjust.json', () => [200, {}]);
		const result = await runShopline({ resource: 'inventory', operation: 'adjustAvailable', inventoryItemId: ITEM, locationId: LOCATION, availableAdjustment: 0 });
		expect(result.error?.message).toMatch(/^Available Adjustment: 0 is not valid — use a whole number other than 0/);
		expect(requests).toHaveLength(0);
	});

	it.each([
		['setAvailable', 'inventory_levels/set.json', { available: 5 }],
		['adjustAvailable', 'inventory_levels/adjust.json', { availableAdjustment: 5 }],
	] as const)("%s fails with SHOPLINE's words and traceId", async (operation, path, amount) => {
		mockShopline('POST', path, () => refused(422, { location_id: ['location not found'] }));
		const result = await runShopline({ resource: 'inventory', operation, inventoryItemId: ITEM, locationId: LOCATION, ...amount, options: FAST_RETRIES });
		expect(result.error?.message).toBe(`SHOPLINE POST ${path} failed with HTTP 422: location_id: location not found`);
		expect(result.error?.description).toContain('Quote traceId trace-inv-42');
	});

	it.each([
		['setAvailable', 'inventory_levels/set.json', { available: 5 }],
		['adjustAvailable', 'inventory_levels/adjust.json', { availableAdjustment: 5 }],
	] as const)('%s is never repeated after HTTP 503 (it may have been applied)', async (operation, path, amount) => {
		const requests = mockShopline('POST', path, () => refused(503, 'Service temporarily unavailable'));
		const result = await runShopline({ resource: 'inventory', operation, inventoryItemId: ITEM, locationId: LOCATION, ...amount, options: FAST_RETRIES });
		expect(requests).toHaveLength(1);
		expect(result.error?.message).toContain('HTTP 503');
		expect(result.error?.description).toContain('may or may not have been applied');
	});

	it.each([
		['setAvailable', 'inventory_levels/set.json', { available: 5 }],
		['adjustAvailable', 'inventory_levels/adjust.json', { availableAdjustment: 5 }],
	] as const)('%s is repeated after HTTP 429 (refused before anything was applied)', async (operation, path, amount) => {
		const requests = mockShopline('POST', path, (_r, index) => (index === 0 ? refused(429, 'Too many request') : [200, { inventory_level: level(ITEM, LOCATION, 5) }]));
		const result = await runShopline({ resource: 'inventory', operation, inventoryItemId: ITEM, locationId: LOCATION, ...amount, options: FAST_RETRIES });
		expect(result.error).toBeUndefined();
		expect(requests).toHaveLength(2);
		expect(requests[1].body).toEqual(requests[0].body);
		expect(jsonOf(result)).toEqual([level(ITEM, LOCATION, 5)]);
	});
});

describe('SHOPLINE → Inventory → Get and Update Inventory Item', () => {
	const inventoryItem = { id: ITEM, variant_id: '18057039432358082693350282', sku: 'K00000001', cost: '10.91', tracked: true, required_shipping: true, created_at: '2022-12-06T20:23:06+08:00', updated_at: '2022-12-06T20:23:06+08:00' };

	it('gets an inventory item', async () => {
		const requests = mockShopline('GET', `inventory_items/${ITEM}.json`, () => [200, { inventory_item: inventoryItem }]);
		const result = await runShopline({ resource: 'inventory', operation: 'getItem', inventoryItemId: ITEM });
		expect(requests.map((r) => [r.method, r.path, r.query])).toEqual([['GET', `${SHOPLINE_PREFIX}inventory_items/${ITEM}.json`, {}]]);
		expect(jsonOf(result)).toEqual([inventoryItem]);
		expect(pairedOf(result)).toEqual([{ item: 0 }]);
	});

	it('retries a read on HTTP 503, then fails with the traceId on 404', async () => {
		const requests = mockShopline('GET', `inventory_items/${ITEM}.json`, (_r, index) => (index === 0 ? refused(503, 'busy') : refused(404, 'Not Found')));
		const result = await runShopline({ resource: 'inventory', operation: 'getItem', inventoryItemId: ITEM, options: FAST_RETRIES });
		expect(requests).toHaveLength(2);
		expect(result.error?.message).toBe(`SHOPLINE GET inventory_items/${ITEM}.json failed with HTTP 404: Not Found`);
		expect(result.error?.description).toContain('trace-inv-42');
	});

	it('updates only the fields given, false included', async () => {
		const requests = mockShopline('PUT', `inventory_items/${ITEM}.json`, (request) => [200, { inventory_item: { ...inventoryItem, ...(request.body as { inventory_item: object }).inventory_item } }]);
		const result = await runShopline({ resource: 'inventory', operation: 'updateItem', inventoryItemId: ITEM, updateFields: { cost: 12.5, tracked: false, sku: ' ' } });
		expect(result.error).toBeUndefined();
		expect(requests.map((r) => [r.method, r.path])).toEqual([['PUT', `${SHOPLINE_PREFIX}inventory_items/${ITEM}.json`]]);
		expect(requests[0].body).toEqual({ inventory_item: { cost: '12.5', tracked: false } });
		expect(jsonOf(result)).toEqual([{ ...inventoryItem, cost: '12.5', tracked: false }]);
	});

	it('refuses an update with nothing to change', async () => {
		const result = await runShopline({ resource: 'inventory', operation: 'updateItem', inventoryItemId: ITEM });
		expect(result.error?.message).toBe('Update Fields: nothing to update — add at least one field');
	});

	it("fails with SHOPLINE's words and traceId, and is not repeated on 503", async () => {
		const requests = mockShopline('PUT', `inventory_items/${ITEM}.json`, () => refused(503, 'unavailable'));
		const result = await runShopline({ resource: 'inventory', operation: 'updateItem', inventoryItemId: ITEM, updateFields: { sku: 'A-1' }, options: FAST_RETRIES });
		expect(requests).toHaveLength(1);
		expect(result.error?.message).toBe(`SHOPLINE PUT inventory_items/${ITEM}.json failed with HTTP 503: unavailable`);
		expect(result.error?.description).toContain('trace-inv-42');
	});
});

describe('SHOPLINE → Location', () => {
	const place = (n: number) => ({ id: `5421704248135526901000000${n}`, name: `Warehouse ${n}`, active: true, is_default: n === 1 ? 'true' : 'false' });

	it('gets many locations; Limit applies to the one answer', async () => {
		const requests = mockShopline('GET', 'locations/list.json', () => [200, { locations: [place(1), place(2), place(3)] }]);
		const limited = await runShopline({ resource: 'location', operation: 'getAll', limit: 2 });
		const all = await runShopline({ resource: 'location', operation: 'getAll', returnAll: true });
		expect(requests.map((r) => [r.method, r.path, r.query])).toEqual([
			['GET', `${SHOPLINE_PREFIX}locations/list.json`, {}],
			['GET', `${SHOPLINE_PREFIX}locations/list.json`, {}],
		]);
		expect(jsonOf(limited)).toEqual([place(1), place(2)]);
		expect(jsonOf(all)).toEqual([place(1), place(2), place(3)]);
		expect(pairedOf(all)).toEqual([{ item: 0 }, { item: 0 }, { item: 0 }]);
	});

	it('fails clearly when the answer has no list', async () => {
		mockShopline('GET', 'locations/list.json', () => [200, { location: place(1) }]);
		const result = await runShopline({ resource: 'location', operation: 'getAll', returnAll: true });
		expect(result.error?.message).toBe('SHOPLINE answered locations/list.json without a "locations" list');
	});

	it('gets one location by ID', async () => {
		const requests = mockShopline('GET', `locations/${place(2).id}.json`, () => [200, { location: place(2) }]);
		const result = await runShopline({ resource: 'location', operation: 'get', locationId: place(2).id });
		expect(requests.map((r) => [r.method, r.path])).toEqual([['GET', `${SHOPLINE_PREFIX}locations/${place(2).id}.json`]]);
		expect(jsonOf(result)).toEqual([place(2)]);
	});

	it("fails with SHOPLINE's words and traceId", async () => {
		mockShopline('GET', /locations\/\d+\.json/, () => refused(404, 'Not Found'), 5);
		const result = await runShopline({ resource: 'location', operation: 'get', locationId: LOCATION, options: FAST_RETRIES });
		expect(result.error?.message).toBe(`SHOPLINE GET locations/${LOCATION}.json failed with HTTP 404: Not Found`);
		expect(result.error?.description).toContain('trace-inv-42');
	});
});

describe('stock in two steps, on the emulator', () => {
	const emulator = new Emulator({ storeSize: 20, shopline: { bucket: null } });
	const onEmulator = () => ({ credentials: emulatorCredentials(emulator) });
	beforeAll(async () => void (await emulator.start()));
	afterAll(async () => await emulator.stop());
	beforeEach(() => {
		emulator.resetStore();
		emulator.reset();
	});

	it('lists the locations: one default, all with 26-digit string IDs', async () => {
		const result = await runShopline({ resource: 'location', operation: 'getAll', returnAll: true }, onEmulator());
		const locations = jsonOf(result);
		expect(locations).toHaveLength(LOCATIONS.length);
		expect(locations.filter((entry) => entry.is_default === 'true')).toHaveLength(1);
		expect(locations.filter((entry) => typeof entry.id !== 'string' || !/^\d{26}$/.test(entry.id))).toEqual([]);
		const one = await runShopline({ resource: 'location', operation: 'get', locationId: String(locations[1].id) }, onEmulator());
		expect(jsonOf(one)).toEqual([locations[1]]);
	});

	it('a created variant has 0 until its level is set; the variant then counts every location', async () => {
		const created = await runShopline({ operation: 'create', title: 'Robe', variants: { variant: [{ price: '19.90', sku: 'R-1', inventoryTracker: 'true' }] } }, onEmulator());
		expect(created.error).toBeUndefined();
		const product = jsonOf(created)[0] as { id: string; variants: Array<{ inventory_item_id: string; inventory_quantity: number }> };
		const itemId = product.variants[0].inventory_item_id;
		expect(itemId).toMatch(/^\d+$/);
		expect(product.variants[0].inventory_quantity).toBe(0);

		const before = await runShopline({ resource: 'inventory', operation: 'getLevels', inventoryItemIds: itemId, returnAll: true }, onEmulator());
		expect(jsonOf(before).map((entry) => [entry.location_id, entry.available])).toEqual(LOCATIONS.map((place) => [place.id, 0]));

		const set = await runShopline({ resource: 'inventory', operation: 'setAvailable', inventoryItemId: itemId, locationId: LOCATIONS[0].id, available: 30 }, onEmulator());
		expect(jsonOf(set)).toEqual([expect.objectContaining({ inventory_item_id: itemId, location_id: LOCATIONS[0].id, available: 30 })]);
		const adjusted = await runShopline({ resource: 'inventory', operation: 'adjustAvailable', inventoryItemId: itemId, locationId: LOCATIONS[1].id, availableAdjustment: 4 }, onEmulator());
		expect(jsonOf(adjusted)[0].available).toBe(4);
		const again = await runShopline({ resource: 'inventory', operation: 'adjustAvailable', inventoryItemId: itemId, locationId: LOCATIONS[0].id, availableAdjustment: -5 }, onEmulator());
		expect(jsonOf(again)[0].available).toBe(25);

		const read = await runShopline({ operation: 'get', productId: product.id }, onEmulator());
		expect((jsonOf(read)[0] as typeof product).variants[0].inventory_quantity).toBe(29);
		const levels = await runShopline({ resource: 'inventory', operation: 'getLevels', inventoryItemIds: itemId, filters: { locationIds: `${LOCATIONS[1].id},${LOCATIONS[0].id}` }, returnAll: true }, onEmulator());
		expect(jsonOf(levels).map((entry) => entry.available)).toEqual([25, 4]);
	});

	it('a generated variant holds its inventory_quantity at the default location', async () => {
		const list = await runShopline({ operation: 'getAll', limit: 3 }, onEmulator());
		const variants = jsonOf(list).flatMap((product) => product.variants as Array<{ inventory_item_id: string; inventory_quantity: number }>);
		const result = await runShopline({ resource: 'inventory', operation: 'getLevels', inventoryItemIds: variants.map((variant) => variant.inventory_item_id).join(','), returnAll: true, filters: { locationIds: LOCATIONS[0].id } }, onEmulator());
		expect(jsonOf(result).map((entry) => [entry.inventory_item_id, entry.available])).toEqual(variants.map((variant) => [variant.inventory_item_id, variant.inventory_quantity]));
	});

	it('the emulator pages levels with the link header', async () => {
		const list = await runShopline({ operation: 'getAll', limit: 20 }, onEmulator());
		const itemIds = jsonOf(list).flatMap((product) => (product.variants as Array<{ inventory_item_id: string }>).map((variant) => variant.inventory_item_id)).slice(0, 50);
		const expectedCount = itemIds.length * LOCATIONS.length;
		expect(expectedCount).toBeGreaterThan(80);
		const seen: string[] = [];
		let url: string | undefined = `${emulator.url}/admin/openapi/v20260301/inventory_levels.json?inventory_item_ids=${itemIds.join(',')}&limit=40`;
		for (let page = 0; url && page < 10; page++) {
			const response: Response = await fetch(url, { headers: { authorization: `Bearer ${emulator.options.shoplineToken}` } });
			expect(response.status).toBe(200);
			const body = (await response.json()) as { inventory_levels: Array<{ inventory_item_id: string; location_id: string }> };
			seen.push(...body.inventory_levels.map((entry) => `${entry.inventory_item_id}:${entry.location_id}`));
			url = /<([^>]+)>; rel="next"/.exec(response.headers.get('link') ?? '')?.[1];
		}
		expect(seen).toHaveLength(expectedCount);
		expect(new Set(seen).size).toBe(expectedCount);
		expect(emulator.log.filter((entry) => entry.path.endsWith('inventory_levels.json'))).toHaveLength(Math.ceil(expectedCount / 40));
	});

	it('updates an inventory item; the variant shows the SKU and tracking', async () => {
		const list = await runShopline({ operation: 'getAll', limit: 1 }, onEmulator());
		const product = jsonOf(list)[0] as { id: string; variants: Array<{ id: string; inventory_item_id: string }> };
		const itemId = product.variants[0].inventory_item_id;
		const updated = await runShopline({ resource: 'inventory', operation: 'updateItem', inventoryItemId: itemId, updateFields: { cost: '3.456', sku: 'NEW-1', tracked: false } }, onEmulator());
		expect(jsonOf(updated)).toEqual([expect.objectContaining({ id: itemId, variant_id: product.variants[0].id, cost: '3.46', sku: 'NEW-1', tracked: false })]);
		const got = await runShopline({ resource: 'inventory', operation: 'getItem', inventoryItemId: itemId }, onEmulator());
		expect(jsonOf(got)).toEqual(jsonOf(updated));
		const read = await runShopline({ operation: 'get', productId: product.id }, onEmulator());
		expect((jsonOf(read)[0] as { variants: Array<Record<string, unknown>> }).variants[0]).toEqual(expect.objectContaining({ sku: 'NEW-1', inventory_tracker: false }));
	});

	it.each([
		['set.json', { available: 1.5 }, 'available'],
		['set.json', { available: '7' }, 'available'],
		['adjust.json', { available_adjustment: 0.5 }, 'available_adjustment'],
	])('answers 422 when %s gets %j', async (path, amount, field) => {
		const response = await fetch(`${emulator.url}/admin/openapi/v20260301/inventory_levels/${path}`, {
			method: 'POST',
			headers: { authorization: `Bearer ${emulator.options.shoplineToken}`, 'content-type': 'application/json' },
			body: JSON.stringify({ inventory_item_id: inventoryItemId(0, 0), location_id: LOCATIONS[0].id, ...amount }),
		});
		expect(response.status).toBe(422);
		expect(await response.json()).toEqual({ errors: { [field]: ['must be an integer'] } });
	});

	it.each([
		['an unknown inventory item', { inventoryItemId: '999', locationId: LOCATIONS[0].id }, 'inventory_item_id: inventory item not found'],
		['an unknown location', { locationId: '12345678901234567890123456' }, 'location_id: location not found'],
		['a location no longer active', { locationId: LOCATIONS[2].id }, 'location_id: location is not active'],
	])('answers 422 for %s', async (_name, parameters, words) => {
		const list = await runShopline({ operation: 'getAll', limit: 1 }, onEmulator());
		const itemId = (jsonOf(list)[0].variants as Array<{ inventory_item_id: string }>)[0].inventory_item_id;
		const result = await runShopline({ resource: 'inventory', operation: 'setAvailable', inventoryItemId: itemId, available: 1, ...parameters }, onEmulator());
		expect(result.error?.message).toBe(`SHOPLINE POST inventory_levels/set.json failed with HTTP 422: ${words}`);
		expect(result.error?.description).toMatch(/Quote traceId emu-/);
	});
});
