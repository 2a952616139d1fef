import type { IDataObject } from 'n8n-workflow';

import { Emulator, emulatorCredentials } from '../../emulator';
import { locationId } from '../../emulator/shopline/locations';
import { itemDetail } from '../../emulator/tmapiCatalog';
import { DEFAULT_RULES, productFrom1688 } from '../../nodes/Shopline/model/from1688';
import { CONTINUE, runShopline } from '../helpers/run';
import { jsonOf, pairedOf } from '../helpers/workflows';

/**
 * Product → Create or Update from 1688 Item against the emulator: 1688 item details in, a
 * product per offer created, then left alone on a re-run; stock set from the 1688 SKUs.
 */

const LOCATION = locationId(1);
const OFFERS = ['610000000101', '610000000102', '610000000103'];

/** What TMAPI → Item → Get Detail outputs for an offer (item_id as text). */
const detailOf = (id: string): IDataObject => ({ ...(itemDetail(id, 'en') as IDataObject), item_id: id });

const sync = (overrides: Record<string, unknown> = {}) => ({
	resource: 'product',
	operation: 'upsertFrom1688',
	exchangeRate: 0.14,
	priceMultiplier: 2,
	stockLocationId: LOCATION,
	pricing: { rounding: 'dot99' },
	options: { concurrency: 1 },
	...overrides,
});

const emulator = new Emulator({ storeSize: 20, shopline: { bucket: null } });
beforeAll(async () => void (await emulator.start()));
afterAll(async () => await emulator.stop());
beforeEach(() => {
	emulator.resetStore();
	emulator.reset();
});

const run = async (input: IDataObject[], parameters = sync(), node = {}) => await runShopline(parameters, { credentials: emulatorCredentials(emulator), input, node });
const writes = () => emulator.log.filter((entry) => entry.method !== 'GET').map((entry) => `${entry.method} ${entry.path.replace('/admin/openapi/v20260301/', '')}`);

describe('SHOPLINE → Product → Create or Update from 1688 Item', () => {
	it('creates one product per offer from the mapping, then sets each variant\'s stock at the location', async () => {
		const details = OFFERS.map(detailOf);
		const result = await run(details);
		expect(result.error).toBeUndefined();
		const out = jsonOf(result);
		expect(out.map((product) => [product.handle, product.action])).toEqual(OFFERS.map((id) => [`1688-${id}`, 'created']));
		expect(pairedOf(result)).toEqual(OFFERS.map((_, item) => ({ item })));

		// The exact product sent is the mapping of the detail under the options given.
		const rules = { ...DEFAULT_RULES, pricing: { ...DEFAULT_RULES.pricing, exchangeRate: 0.14, multiplier: 2, rounding: 'dot99' as const } };
		const posts = emulator.log.filter((entry) => entry.method === 'POST' && entry.path.endsWith('/products/products.json'));
		expect(posts.map((entry) => entry.body)).toEqual(details.map((detail) => ({ product: productFrom1688(detail, rules).product })));
		// Three offers, a store of one page: the store is read once (count, then its one page of 250), not once per offer.
		expect(emulator.log.filter((entry) => entry.method === 'GET' && entry.path.includes('/products/')).map((entry) => [entry.path.replace('/admin/openapi/v20260301/', ''), entry.query])).toEqual([
			['products/count.json', {}],
			['products/products.json', { limit: '250' }],
		]);

		// Stock: one set per variant with stock, at the location, with the 1688 SKU stock; nothing read first for a new product.
		const sets = emulator.log.filter((entry) => entry.path.endsWith('/inventory_levels/set.json')).map((entry) => entry.body as IDataObject);
		const expected = details.flatMap((detail, n) => {
			const variants = out[n].variants as IDataObject[];
			return productFrom1688(detail, rules)
				.stock.filter((entry) => entry.available > 0)
				.map((entry) => ({ inventory_item_id: variants.find((variant) => variant.sku === entry.sku)!.inventory_item_id, location_id: LOCATION, available: entry.available }));
		});
		expect(sets).toEqual(expected);
		expect(emulator.log.filter((entry) => entry.path.endsWith('/inventory_levels.json'))).toEqual([]);
		expect(out.map((product) => (product.stock as IDataObject).set)).toEqual(details.map((detail) => productFrom1688(detail, rules).stock.filter((entry) => entry.available > 0).length));
		const stored = emulator.store.get(String(out[0].id))!;
		const firstSku = productFrom1688(details[0], rules).stock[0];
		expect(stored.variants.find((variant) => variant.sku === firstSku.sku)!.inventory_quantity).toBe(firstSku.available);
	});

	it('a second run of the same offers writes nothing: every product unchanged, every level already right', async () => {
		const details = OFFERS.map(detailOf);
		await run(details);
		emulator.reset();
		const again = await run(details);
		expect(again.error).toBeUndefined();
		expect(jsonOf(again).map((product) => product.action)).toEqual(['unchanged', 'unchanged', 'unchanged']);
		expect(writes()).toEqual([]);
		expect(jsonOf(again).map((product) => (product.stock as IDataObject).set)).toEqual([0, 0, 0]);
		// Reads: the store once (count + one page), then one levels read per offer (≤ 50 variants each); no source metafield read for an unchanged product.
		expect(emulator.log.map((entry) => entry.path.replace('/admin/openapi/v20260301/', ''))).toEqual(['products/count.json', 'products/products.json', ...OFFERS.map(() => 'inventory_levels.json')]);
	});

	it('keeps the offer in the source metafield: written on create; with Check Source Link, a missing link of an unchanged product is written once', async () => {
		const [offer] = OFFERS;
		const created = await run([detailOf(offer)]);
		const id = String(jsonOf(created)[0].id);
		const link = () => emulator.log.filter((entry) => entry.path.endsWith(`products/${id}/metafields.json`)).map((entry) => entry.method);
		expect(link()).toEqual(['POST']);
		const source = async () => (await (await fetch(`${emulator.url}/admin/openapi/v20260301/products/${id}/metafields.json?namespace=tmapi1688`, { headers: { authorization: `Bearer ${emulator.options.shoplineToken}` } })).json()) as { metafields: IDataObject[] };
		expect((await source()).metafields.map((field) => [field.key, field.type, field.value])).toEqual([['source', 'json', `{"item_id":"${offer}","offer_url":"https://detail.1688.com/offer/${offer}.html"}`]]);
		// The link lost (a product written before the metafield existed, or removed by hand):
		const [stored] = (await source()).metafields;
		await fetch(`${emulator.url}/admin/openapi/v20260301/products/${id}/metafields/${String(stored.id)}.json`, { method: 'DELETE', headers: { authorization: `Bearer ${emulator.options.shoplineToken}` } });
		emulator.reset();
		expect(jsonOf(await run([detailOf(offer)]))[0].action).toBe('unchanged');
		expect(link()).toEqual([]);
		const checked = await run([detailOf(offer)], sync({ checkSourceLink: true }));
		expect(jsonOf(checked)[0]).toMatchObject({ action: 'unchanged', source_1688: { item_id: offer, metafield: 'created' } });
		expect(link()).toEqual(['GET', 'POST']);
		emulator.reset();
		expect(jsonOf(await run([detailOf(offer)], sync({ checkSourceLink: true })))[0]).toMatchObject({ source_1688: { metafield: 'unchanged' } });
		expect(link()).toEqual(['GET']);
	});

	it('a changed 1688 price updates only that product; changed stock sets only that variant', async () => {
		const details = OFFERS.map(detailOf);
		const first = jsonOf(await run(details));
		emulator.reset();
		const changed = OFFERS.map(detailOf);
		const skus = changed[1].skus as IDataObject[];
		skus[0].sale_price = String(Number(skus[0].sale_price) + 10);
		const stockChanged = changed[2].skus as IDataObject[];
		stockChanged[1].stock = Number(stockChanged[1].stock) + 7;
		const result = jsonOf(await run(changed));
		expect(result.map((product) => product.action)).toEqual(['unchanged', 'updated', 'unchanged']);
		expect(result[1].id).toBe(first[1].id);
		expect(result[1].changes).toEqual([expect.stringMatching(/price/)]);
		expect(writes()).toEqual([`PUT products/${String(first[1].id)}.json`, 'POST inventory_levels/set.json']);
		expect((result[2].stock as IDataObject).set).toBe(1);
	});

	it('an offer whose SKUs share a skuid: distinct SKU codes, each variant\'s own stock, and a re-run writes nothing', async () => {
		const detail = detailOf(OFFERS[0]);
		const skus = detail.skus as IDataObject[];
		skus[1].skuid = skus[0].skuid;
		const first = jsonOf(await run([detail]));
		const codes = (first[0].variants as IDataObject[]).map((variant) => String(variant.sku));
		expect(codes.slice(0, 2)).toEqual([String(skus[0].skuid), `${String(skus[0].skuid)}-2`]);
		expect(new Set(codes).size).toBe(skus.length);
		const stored = emulator.store.get(String(first[0].id))!;
		expect(stored.variants.slice(0, 2).map((variant) => variant.inventory_quantity)).toEqual([skus[0].stock, skus[1].stock]);
		emulator.reset();
		const again = jsonOf(await run([detail]));
		expect(again[0].action).toBe('unchanged');
		expect(writes()).toEqual([]);
	});

	it('one offer is looked up by its exact handle instead of reading the store', async () => {
		const result = jsonOf(await run([detailOf(OFFERS[0])]));
		expect(result[0].action).toBe('created');
		expect(emulator.log.filter((entry) => entry.method === 'GET' && entry.path.includes('/products/')).map((entry) => entry.query)).toEqual([{ handle: `1688-${OFFERS[0]}`, limit: '250' }]);
		emulator.reset();
		expect(jsonOf(await run([detailOf(OFFERS[0])]))[0].action).toBe('unchanged');
		expect(writes()).toEqual([]);
	});

	it('Skip Unchanged off writes every product again', async () => {
		const details = OFFERS.map(detailOf);
		await run(details);
		emulator.reset();
		const result = jsonOf(await run(details, sync({ skipUnchanged: false })));
		expect(result.map((product) => product.action)).toEqual(['updated', 'updated', 'updated']);
		expect(writes().filter((write) => write.startsWith('PUT products/'))).toHaveLength(3);
	});

	it('no Stock Location ID leaves stock alone', async () => {
		const result = jsonOf(await run([detailOf(OFFERS[0])], sync({ stockLocationId: '' })));
		expect(result[0].stock).toBeUndefined();
		expect(emulator.log.filter((entry) => entry.path.includes('inventory_levels'))).toEqual([]);
	});

	it('an offer the rules cannot map fails before any request; with Continue On Fail the others go through', async () => {
		const six = detailOf(OFFERS[1]);
		six.sku_props = ['A', 'B', 'C', 'D', 'E', 'F'].map((name, pid) => ({ pid: String(pid), prop_name: name, values: [{ vid: '0', name: `${name}1`, imageUrl: '' }] }));
		const failing = await run([detailOf(OFFERS[0]), six]);
		expect(failing.error?.name).toBe('NodeOperationError');
		expect(failing.error?.message).toBe(`More Than 5 SKU Properties: the 1688 item ${OFFERS[1]} has 6 SKU properties (A, B, C, D, E, F); SHOPLINE allows 5 options — choose "Join the Rest into Option 5"`);
		expect(emulator.log).toEqual([]);

		const continuing = await run([detailOf(OFFERS[0]), six, detailOf(OFFERS[2])], sync(), CONTINUE);
		const out = jsonOf(continuing);
		expect(out.map((entry) => entry.action ?? 'error')).toEqual(['created', 'error', 'created']);
		expect(String(out[1].error)).toContain('More Than 5 SKU Properties');
	});

	it('an input that is not a 1688 item detail is refused, naming what to connect', async () => {
		const result = await run([{ title: 'not a detail' }]);
		expect(result.error?.message).toBe('Input Item: the input item has no 1688 item_id (got null) — connect the output of TMAPI 1688 → Item → Get Detail');
	});

	it('a SHOPLINE failure on the stock write names the traceId; the product already written is reported', async () => {
		const result = await run([detailOf(OFFERS[0])], sync({ stockLocationId: '99999' }));
		expect(result.error?.message).toMatch(/inventory_levels\/set\.json failed with HTTP 422/);
		expect(JSON.stringify(result.error)).toMatch(/emu-/);
		expect((result.error as { description?: string }).description).toMatch(/^This item's product was created \(ID \d{26}\) before this failure; only its source link or stock may be incomplete\. Running the item again is safe/);
		expect(emulator.store.list({}).some((product) => product.handle === `1688-${OFFERS[0]}`)).toBe(true);
	});
});

describe('Create or Update from 1688 Item on a store with more pages than the run has offers', () => {
	const big = new Emulator({ storeSize: 600, shopline: { bucket: null } });
	beforeAll(async () => void (await big.start()));
	afterAll(async () => await big.stop());

	it('counts the store once, then looks each offer up by handle rather than reading 3 pages', async () => {
		const result = await runShopline(sync({ stockLocationId: '' }), { credentials: emulatorCredentials(big), input: OFFERS.map(detailOf) });
		expect(jsonOf(result).map((product) => product.action)).toEqual(['created', 'created', 'created']);
		const reads = big.log.filter((entry) => entry.method === 'GET').map((entry) => [entry.path.replace('/admin/openapi/v20260301/', ''), entry.query]);
		expect(reads).toEqual([['products/count.json', {}], ...OFFERS.map((id) => ['products/products.json', { handle: `1688-${id}`, limit: '250' }])]);
	});
});

describe('the same offer more than once in one run, items side by side', () => {
	// Answers take a little while, so that the items' lookups are all in flight before any write.
	const slow = new Emulator({ storeSize: 3, shopline: { bucket: null, latencyMs: 15 } });
	beforeAll(async () => void (await slow.start()));
	afterAll(async () => await slow.stop());
	beforeEach(() => {
		slow.resetStore();
		slow.reset();
	});

	const productWrites = () => slow.log.filter((entry) => entry.method !== 'GET' && entry.path.includes('/products/') && !entry.path.includes('/metafields')).map((entry) => `${entry.method} ${entry.status}`);

	it.each([
		['twice (each looked up by handle)', [OFFERS[0], OFFERS[0]], ['created', 'unchanged']],
		['twice among others (the store read once)', [OFFERS[0], OFFERS[1], OFFERS[0], OFFERS[2], OFFERS[0]], ['created', 'created', 'unchanged', 'created', 'unchanged']],
	])('%s with Max Concurrent Requests 4: one create, then unchanged, no 422', async (_name, offers, actions) => {
		const result = await runShopline(sync({ options: { concurrency: 4 } }), { credentials: emulatorCredentials(slow), input: offers.map(detailOf) });
		expect(result.error).toBeUndefined();
		expect(jsonOf(result).map((product) => product.action)).toEqual(actions);
		expect(productWrites()).toEqual(actions.filter((action) => action === 'created').map(() => 'POST 201'));
		// Each product created gets its source metafield once; the repeats find it in place.
		expect(slow.log.filter((entry) => entry.method !== 'GET' && entry.path.endsWith('/metafields.json')).map((entry) => `${entry.method} ${entry.status}`)).toEqual(actions.filter((action) => action === 'created').map(() => 'POST 201'));
		expect(new Set(jsonOf(result).filter((_, n) => offers[n] === OFFERS[0]).map((product) => product.id)).size).toBe(1);
		// The repeat waited for the first item's stock too: every level was already right.
		expect(jsonOf(result).filter((product) => product.action === 'unchanged').map((product) => (product.stock as IDataObject).set)).toEqual(actions.filter((action) => action === 'unchanged').map(() => 0));
	});
});

/**
 * Store Product ID: the product of that ID is written (updated, or drafted for a gone offer)
 * whatever its handle, never looked up by handle, never created; an ID the store does not have
 * is the item's error. Each input item names its product in "store_id".
 */
const withStoreId = (detail: IDataObject, storeId?: string): IDataObject => ({ ...detail, ...(storeId ? { store_id: storeId } : {}) });
const goneOf = (id: string, storeId: string): IDataObject => ({ item_id: id, gone: true, reason: 'delisted', store_id: storeId });
const byStoreId = (overrides: Record<string, unknown> = {}) => sync({ storeProductId: '={{ $json.store_id }}', ...overrides });
const shortWrites = () => writes().map((write) => write.replace(/\d{6,}/g, '{id}'));
const reads = () => emulator.log.filter((entry) => entry.method === 'GET').map((entry) => entry.path.replace('/admin/openapi/v20260301/', ''));
/** A product of the store whose handle is not the 1688 convention. */
const someProduct = () => emulator.store.list({})[0];

describe('SHOPLINE → Product → Create or Update from 1688 Item → Store Product ID', () => {
	it('updates the product of that ID, keeping its handle, with no lookup by handle; a re-run writes nothing', async () => {
		const product = someProduct();
		const { handle } = product;
		const size = emulator.store.size;
		const out = jsonOf(await run([withStoreId(detailOf(OFFERS[0]), product.id)], byStoreId()));
		expect([out[0].id, out[0].handle, out[0].action]).toEqual([product.id, handle, 'updated']);
		expect(emulator.store.size).toBe(size);
		expect(emulator.store.get(product.id)?.title).toBe(out[0].title);
		expect(shortWrites().filter((write) => write.startsWith('PUT products/') || write.startsWith('POST products/products'))).toEqual(['PUT products/{id}.json']);
		expect(reads().filter((path) => path.startsWith('products/products.json') || path === 'products/count.json')).toEqual([]);
		expect((out[0].source_1688 as IDataObject).metafield).toBe('created');

		emulator.reset();
		const again = jsonOf(await run([withStoreId(detailOf(OFFERS[0]), product.id)], byStoreId()));
		expect([again[0].handle, again[0].action]).toEqual([handle, 'unchanged']);
		expect(shortWrites()).toEqual([]);
	});

	it('a gone offer drafts the product of that ID, whatever its handle', async () => {
		const product = someProduct();
		const out = jsonOf(await run([goneOf(OFFERS[1], product.id)], byStoreId({ whenGone: 'draft' })));
		expect([out[0].id, out[0].handle, out[0].status, out[0].sync]).toEqual([product.id, product.handle, 'draft', { action: 'drafted', reason: 'delisted' }]);
		expect(shortWrites()).toEqual(['PUT products/{id}.json']);
	});

	it('an ID the store does not have is the item\'s error, naming the field and the ID; nothing is created, the other items go through', async () => {
		const missing = '1234567890123';
		const failing = await run([withStoreId(detailOf(OFFERS[0]), missing)], byStoreId());
		expect(failing.error?.name).toBe('NodeOperationError');
		expect(failing.error?.message).toBe(`Store Product ID: the store has no product with ID "${missing}"`);
		expect(shortWrites()).toEqual([]);

		emulator.reset();
		const product = someProduct();
		const continuing = jsonOf(await run([withStoreId(detailOf(OFFERS[0]), missing), goneOf(OFFERS[1], missing), withStoreId(detailOf(OFFERS[1]), product.id)], byStoreId(), CONTINUE));
		expect(continuing.map((entry) => entry.action ?? String(entry.error))).toEqual([
			`Store Product ID: the store has no product with ID "${missing}"`,
			`Store Product ID: the store has no product with ID "${missing}"`,
			'updated',
		]);
		expect(shortWrites().filter((write) => write.startsWith('POST products/products'))).toEqual([]);
	});

	it('a run larger than the store\'s pages reads the store once and finds each ID there, one GET per item saved; an ID not there is still asked for, and is the item\'s error', async () => {
		const products = emulator.store.list({}).slice(0, 3);
		const missing = '1234567890123';
		const input = [withStoreId(detailOf(OFFERS[0]), products[0].id), withStoreId(detailOf(OFFERS[1]), missing), withStoreId(detailOf(OFFERS[1]), products[1].id), goneOf(OFFERS[2], products[2].id)];
		const out = jsonOf(await run(input, byStoreId({ whenGone: 'draft' }), CONTINUE));
		expect(out.map((entry) => (entry.sync as IDataObject | undefined)?.action ?? entry.action ?? String(entry.error))).toEqual([
			'updated',
			`Store Product ID: the store has no product with ID "${missing}"`,
			'updated',
			'drafted',
		]);
		expect(out.filter((entry) => !entry.error).map((entry) => entry.id)).toEqual(products.map((product) => product.id));
		// The store is 1 page of 250: count + 1 page, then only the ID the store did not list.
		expect(reads().filter((path) => path.startsWith('products/') && !path.includes('/metafields'))).toEqual(['products/count.json', 'products/products.json', `products/${missing}.json`]);
		expect(shortWrites().filter((write) => write.startsWith('PUT products/{id}.json') || write.startsWith('POST products/products'))).toHaveLength(3);
	});

	it('the same gone offer twice in a run that reads the store index: drafted once, then already a draft, one write', async () => {
		const product = someProduct();
		const out = jsonOf(await run([goneOf(OFFERS[1], product.id), goneOf(OFFERS[1], product.id), goneOf(OFFERS[1], product.id)], byStoreId({ whenGone: 'draft' })));
		expect(out.map((entry) => (entry.sync as IDataObject).action)).toEqual(['drafted', 'already_draft', 'already_draft']);
		expect(reads().filter((path) => !path.includes('/metafields'))).toEqual(['products/count.json', 'products/products.json']);
		expect(shortWrites()).toEqual(['PUT products/{id}.json']);
	});

	it('a value that is not an ID is refused before any request, naming the field and the value', async () => {
		const result = await run([withStoreId(detailOf(OFFERS[0]), 'abc-12')], byStoreId());
		expect(result.error?.message).toBe('Store Product ID: "abc-12" is not valid — use the ID of a product of the store, made of digits');
		expect(emulator.log.filter((entry) => entry.api === 'shopline')).toEqual([]);
	});

	it('empty: the product is found by its handle, and created when there is none', async () => {
		const out = jsonOf(await run([withStoreId(detailOf(OFFERS[0]))], byStoreId()));
		expect([out[0].handle, out[0].action]).toEqual([`1688-${OFFERS[0]}`, 'created']);
	});
});
