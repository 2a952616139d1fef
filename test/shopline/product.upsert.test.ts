import nock from 'nock';

import { Emulator, emulatorCredentials } from '../../emulator';
import { CONTINUE, runShopline } from '../helpers/run';
import { mockShopline } from '../helpers/shoplineServer';
import { jsonOf, pairedOf } from '../helpers/workflows';

const PRODUCT_ID = '16057850264845250791280282';
const OTHER_ID = '16057850264845250791280999';

/** The upsert's fields: a shirt in two sizes, as a seller fills them in. */
const shirt = (overrides: Record<string, unknown> = {}) => ({
	operation: 'upsert',
	handle: 'linen-shirt',
	title: 'Linen shirt',
	productFields: { tags: 'Summer, Linen', status: 'active', vendor: 'ACME' },
	images: { image: [{ src: 'https://cbu01.alicdn.com/a.jpg' }] },
	productOptions: { option: [{ name: 'Size', values: 'S,M' }] },
	variants: { variant: [{ sku: 'LS-S', option1: 'S', price: '9.9' }, { sku: 'LS-M', option1: 'M', price: '10' }] },
	...overrides,
});

/** What SHOPLINE answers for that shirt once stored: its IDs, 2-decimal prices, "a,b" tags, fields of its own. */
const storedShirt = (id = PRODUCT_ID, handle = 'linen-shirt') => ({
	id,
	title: 'Linen shirt',
	handle,
	status: 'active',
	vendor: 'ACME',
	tags: 'Linen,Summer',
	body_html: '',
	images: [{ id: '5976632123224900001', src: 'https://cbu01.alicdn.com/a.jpg', alt: '' }],
	options: [{ id: '1616087890293000000000001', name: 'Size', values: ['S', 'M'] }],
	variants: [
		{ id: '18060878902931000000000011', sku: 'LS-S', option1: 'S', price: '9.90', compare_at_price: null, inventory_item_id: '1', inventory_quantity: 4, position: 1 },
		{ id: '18060878902931000000000012', sku: 'LS-M', option1: 'M', price: '10.00', compare_at_price: '0.00', inventory_item_id: '2', inventory_quantity: 0, position: 2 },
	],
	updated_at: '2026-11-30T10:00:00+00:00',
});

const expectedBody = {
	title: 'Linen shirt',
	handle: 'linen-shirt',
	vendor: 'ACME',
	tags: 'Summer,Linen',
	status: 'active',
	images: [{ src: 'https://cbu01.alicdn.com/a.jpg' }],
	options: [{ name: 'Size', values: ['S', 'M'] }],
	variants: [
		{ sku: 'LS-S', option1: 'S', price: '9.90' },
		{ sku: 'LS-M', option1: 'M', price: '10.00' },
	],
};

afterEach(() => nock.cleanAll());

describe('SHOPLINE → Product → Create or Update (mock store)', () => {
	it('creates the product when no product has the handle', async () => {
		const lookups = mockShopline('GET', 'products/products.json', () => [200, { products: [] }]);
		const creates = mockShopline('POST', 'products/products.json', (request) => [201, { product: { id: PRODUCT_ID, ...(request.body as { product: object }).product } }]);
		const result = await runShopline(shirt());
		expect(result.error).toBeUndefined();
		expect(lookups.map((request) => request.query)).toEqual([{ handle: 'linen-shirt', limit: '250' }]);
		expect(creates.map((request) => request.body)).toEqual([{ product: expectedBody }]);
		expect(jsonOf(result)).toEqual([{ id: PRODUCT_ID, ...expectedBody, action: 'created' }]);
		expect(pairedOf(result)).toEqual([{ item: 0 }]);
	});

	it('does not take a product whose handle only begins with the handle', async () => {
		mockShopline('GET', 'products/products.json', () => [200, { products: [storedShirt(OTHER_ID, 'linen-shirt-2'), storedShirt(OTHER_ID, 'linen-shirts')] }]);
		const creates = mockShopline('POST', 'products/products.json', () => [201, { product: { id: PRODUCT_ID } }]);
		const updates = mockShopline('PUT', /products\/\d+\.json/, () => [200, {}]);
		const result = await runShopline(shirt());
		expect(result.error).toBeUndefined();
		expect(creates).toHaveLength(1);
		expect(updates).toHaveLength(0);
		expect(jsonOf(result)[0]).toMatchObject({ id: PRODUCT_ID, action: 'created' });
	});

	it('takes the exact handle among prefix matches, on a later page too', async () => {
		const lookups = mockShopline('GET', 'products/products.json', (_request, index) =>
			index === 0
				? [200, { products: [storedShirt(OTHER_ID, 'linen-shirt-long')] }, { link: '<https://open001.myshopline.com/admin/openapi/v20260301/products/products.json?limit=250&page_info=p2>; rel="next"' }]
				: [200, { products: [storedShirt()] }],
		);
		const updates = mockShopline('PUT', /products\/\d+\.json/, () => [200, {}]);
		const result = await runShopline(shirt());
		expect(result.error).toBeUndefined();
		expect(lookups.map((request) => request.query)).toEqual([{ handle: 'linen-shirt', limit: '250' }, { limit: '250', page_info: 'p2' }]);
		expect(updates).toHaveLength(0);
		expect(jsonOf(result)).toEqual([{ ...storedShirt(), action: 'unchanged' }]);
	});

	it('makes no write when the store already has the product (prices, tags and order formatted its way)', async () => {
		mockShopline('GET', 'products/products.json', () => [200, { products: [storedShirt()] }]);
		const writes = [mockShopline('PUT', /products\/\d+\.json/, () => [200, {}]), mockShopline('POST', 'products/products.json', () => [201, {}])];
		const result = await runShopline(shirt({ variants: { variant: [{ sku: 'LS-M', option1: 'M', price: 10 }, { sku: 'LS-S', option1: 'S', price: '9.90' }] } }));
		expect(result.error).toBeUndefined();
		expect(writes.flat()).toHaveLength(0);
		expect(jsonOf(result)).toEqual([{ ...storedShirt(), action: 'unchanged' }]);
	});

	it('updates a changed product with the IDs of its variants and images, and says what changed', async () => {
		mockShopline('GET', 'products/products.json', () => [200, { products: [storedShirt()] }]);
		const updates = mockShopline('PUT', `products/${PRODUCT_ID}.json`, (request) => [200, { product: { id: PRODUCT_ID, ...(request.body as { product: object }).product } }]);
		const result = await runShopline(shirt({ variants: { variant: [{ sku: 'LS-S', option1: 'S', price: '8.5' }, { sku: 'LS-M', option1: 'M', price: '10' }, { sku: 'LS-L', option1: 'L', price: '11' }] } }));
		expect(result.error).toBeUndefined();
		const variants = [
			{ sku: 'LS-S', option1: 'S', price: '8.50', id: '18060878902931000000000011' },
			{ sku: 'LS-M', option1: 'M', price: '10.00', id: '18060878902931000000000012' },
			{ sku: 'LS-L', option1: 'L', price: '11.00' },
		];
		expect(updates.map((request) => request.body)).toEqual([{ product: { ...expectedBody, images: [{ src: 'https://cbu01.alicdn.com/a.jpg', id: '5976632123224900001' }], variants } }]);
		expect(jsonOf(result)).toEqual([
			{ id: PRODUCT_ID, ...expectedBody, images: [{ src: 'https://cbu01.alicdn.com/a.jpg', id: '5976632123224900001' }], variants, action: 'updated', changes: ['variants[LS-S].price', 'variants: 1 added'] },
		]);
	});

	it('writes every time with Skip Unchanged off', async () => {
		mockShopline('GET', 'products/products.json', () => [200, { products: [storedShirt()] }]);
		const updates = mockShopline('PUT', `products/${PRODUCT_ID}.json`, () => [200, { product: storedShirt() }]);
		const result = await runShopline(shirt({ options: { skipUnchanged: false } }));
		expect(result.error).toBeUndefined();
		expect(updates).toHaveLength(1);
		expect((updates[0].body as { product: { variants: Array<{ id: string }> } }).product.variants.map((variant) => variant.id)).toEqual(['18060878902931000000000011', '18060878902931000000000012']);
		expect(jsonOf(result)).toEqual([{ ...storedShirt(), action: 'updated', changes: [] }]);
	});

	it('upserts from a JSON product per item, the handle from the Handle field', async () => {
		mockShopline('GET', 'products/products.json', (request) => [200, { products: request.query.handle === 'linen-shirt' ? [storedShirt()] : [] }], 2);
		const creates = mockShopline('POST', 'products/products.json', (request) => [201, { product: { id: OTHER_ID, ...(request.body as { product: object }).product } }]);
		const result = await runShopline(
			{ operation: 'upsert', inputMode: 'json', handle: '={{ $json.handle }}', productJson: '={{ $json.product }}' },
			{
				input: [
					{ handle: 'linen-shirt', product: { title: 'Linen shirt', tags: ['Summer', 'Linen'], variants: [{ sku: 'LS-S', price: 9.9 }, { sku: 'LS-M', price: '10.00' }] } },
					{ handle: 'wool-hat', product: { product: { title: 'Wool hat' } } },
				],
			},
		);
		expect(result.error).toBeUndefined();
		expect(creates.map((request) => request.body)).toEqual([{ product: { title: 'Wool hat', handle: 'wool-hat' } }]);
		expect(jsonOf(result).map((item) => [item.id, item.action])).toEqual([
			[PRODUCT_ID, 'unchanged'],
			[OTHER_ID, 'created'],
		]);
		expect(pairedOf(result)).toEqual([{ item: 0 }, { item: 1 }]);
	});

	it('fails with SHOPLINE\'s words and traceId when the update is refused', async () => {
		mockShopline('GET', 'products/products.json', () => [200, { products: [storedShirt()] }]);
		mockShopline('PUT', `products/${PRODUCT_ID}.json`, () => [422, { errors: { price: ['must be greater than or equal to 0'] } }, { traceId: 'trace-upsert-1' }]);
		const result = await runShopline(shirt({ title: 'Linen shirt, new' }));
		expect(result.error?.message).toContain('must be greater than or equal to 0');
		expect(result.error?.description).toContain('traceId trace-upsert-1');
	});

	it('goes on with the next item under Continue On Fail when a lookup fails', async () => {
		mockShopline('GET', 'products/products.json', (_request, index) => (index === 0 ? [403, { errors: 'Forbidden: read_products scope' }] : [200, { products: [storedShirt()] }]));
		const result = await runShopline({ ...shirt(), handle: '={{ $json.handle }}' }, { node: CONTINUE, input: [{ handle: 'linen-shirt' }, { handle: 'linen-shirt' }] });
		expect(result.error).toBeUndefined();
		const [first, second] = jsonOf(result);
		expect(String(first.error)).toContain('read_products');
		expect(second.action).toBe('unchanged');
		expect(pairedOf(result)).toEqual([{ item: 0 }, { item: 1 }]);
	});
});

describe('SHOPLINE → Product → Create or Update (emulator)', () => {
	const emulator = new Emulator({ storeSize: 20 });
	beforeAll(async () => await emulator.start());
	afterAll(async () => await emulator.stop());
	beforeEach(() => emulator.reset());
	const onEmulator = () => ({ credentials: emulatorCredentials(emulator) });
	const writesLogged = () => emulator.log.filter((entry) => entry.method !== 'GET').map((entry) => `${entry.method} ${entry.path.replace(/^.*\/v\d+\//, '')}`);

	it('created, then unchanged with no write, then updated in place: variant IDs and inventory items kept', async () => {
		const first = await runShopline(shirt(), onEmulator());
		expect(first.error).toBeUndefined();
		const created = jsonOf(first)[0];
		expect(created.action).toBe('created');
		const variantsBefore = created.variants as Array<Record<string, string>>;
		expect(variantsBefore.map((variant) => variant.price)).toEqual(['9.90', '10.00']);

		emulator.log.length = 0;
		const again = await runShopline(shirt(), onEmulator());
		expect(jsonOf(again)[0].action).toBe('unchanged');
		expect(writesLogged()).toEqual([]);

		emulator.log.length = 0;
		const changed = await runShopline(shirt({ variants: { variant: [{ sku: 'LS-M', option1: 'M', price: '12' }] } }), onEmulator());
		const updated = jsonOf(changed)[0];
		expect(updated).toMatchObject({ id: created.id, action: 'updated', changes: ['variants[LS-M].price', 'variants: 1 removed'] });
		expect(writesLogged()).toEqual([`PUT products/${String(created.id)}.json`]);
		const [kept] = updated.variants as Array<Record<string, string>>;
		expect([kept.id, kept.inventory_item_id, kept.price]).toEqual([variantsBefore[1].id, variantsBefore[1].inventory_item_id, '12.00']);
		expect(emulator.store.get(String(created.id))?.variants).toHaveLength(1);

		const last = await runShopline(shirt({ variants: { variant: [{ sku: 'LS-M', option1: 'M', price: '12.00' }] } }), onEmulator());
		expect(jsonOf(last)[0].action).toBe('unchanged');
	});
});

describe('SHOPLINE → Product → Create or Update: one handle twice in a run, items side by side', () => {
	// Answers take a little while, so that both lookups are in flight before any write.
	const slow = new Emulator({ storeSize: 3, shopline: { bucket: null, latencyMs: 15 } });
	beforeAll(async () => await slow.start());
	afterAll(async () => await slow.stop());

	it('creates it once; the second item finds it unchanged instead of failing with 422 "handle taken"', async () => {
		const result = await runShopline({ ...shirt(), options: { concurrency: 4 } }, { credentials: emulatorCredentials(slow), input: [{}, {}] });
		expect(result.error).toBeUndefined();
		const out = jsonOf(result);
		expect(out.map((product) => product.action)).toEqual(['created', 'unchanged']);
		expect(out[1].id).toBe(out[0].id);
		expect(slow.log.filter((entry) => entry.method !== 'GET').map((entry) => `${entry.method} ${entry.status}`)).toEqual(['POST 201']);
	});
});
