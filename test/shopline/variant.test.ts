import { Emulator, emulatorCredentials } from '../../emulator';
import { productId } from '../../emulator/shoplineStore';
import { CONTINUE, FAST_RETRIES, runShopline } from '../helpers/run';
import { mockShopline } from '../helpers/shoplineServer';
import { jsonOf, pairedOf } from '../helpers/workflows';

const PRODUCT_ID = '16057850264845250791280282';
const VARIANT_ID = '18057039439794751459380282';
const variant = (extra: Record<string, unknown>) => ({ resource: 'variant', ...extra });

describe('SHOPLINE → Variant, the exact requests', () => {
	it('Get Many sends the product, since_id, fields and the page size, and keeps 26-digit IDs as text', async () => {
		const requests = mockShopline('GET', `products/${PRODUCT_ID}/variants.json`, () => [
			200,
			`{"variants":[{"id":"${VARIANT_ID}","inventory_item_id":"5785060242207917075","price":"19.90"}]}`,
			{ 'content-type': 'application/json' },
		]);
		const result = await runShopline(variant({ operation: 'getAll', productId: PRODUCT_ID, limit: 10, filters: { sinceId: '18057039439794751459380000' }, options: { fields: 'id, price,inventory_item_id' } }));
		expect(result.error).toBeUndefined();
		expect(requests).toHaveLength(1);
		expect(requests[0].query).toEqual({ since_id: '18057039439794751459380000', fields: 'id,price,inventory_item_id', limit: '10' });
		expect(jsonOf(result)).toEqual([{ id: VARIANT_ID, inventory_item_id: '5785060242207917075', price: '19.90' }]);
		expect(pairedOf(result)).toEqual([{ item: 0 }]);
	});

	it('Get asks for one variant by its ID, with fields', async () => {
		const requests = mockShopline('GET', `products/variants/${VARIANT_ID}.json`, () => [200, { variant: { id: VARIANT_ID, sku: 'S1' } }]);
		const result = await runShopline(variant({ operation: 'get', variantId: VARIANT_ID, options: { fields: 'id,sku' } }));
		expect(requests.map((request) => [request.method, request.query])).toEqual([['GET', { fields: 'id,sku' }]]);
		expect(jsonOf(result)).toEqual([{ id: VARIANT_ID, sku: 'S1' }]);
	});

	it('Count asks products/{id}/variants/count.json and refuses an answer without a count', async () => {
		let answer: unknown = { count: '7' };
		const requests = mockShopline('GET', `products/${PRODUCT_ID}/variants/count.json`, () => [200, answer]);
		const counted = await runShopline(variant({ operation: 'count', productId: PRODUCT_ID }));
		expect(requests[0].query).toEqual({});
		expect(jsonOf(counted)).toEqual([{ count: 7 }]);
		answer = { total: 7 };
		const broken = await runShopline(variant({ operation: 'count', productId: PRODUCT_ID }));
		expect(broken.error?.message).toBe(`SHOPLINE answered products/${PRODUCT_ID}/variants/count.json without a usable count: {"total":7}`);
	});

	it('Create posts {variant: ...} with every field in SHOPLINE\'s names, prices and weights as 2-decimal text', async () => {
		const requests = mockShopline('POST', `products/${PRODUCT_ID}/variants.json`, (request) => [201, { variant: { id: VARIANT_ID, ...(request.body as { variant: object }).variant } }]);
		const result = await runShopline(
			variant({
				operation: 'create',
				productId: PRODUCT_ID,
				variantFields: {
					price: '29.895',
					compareAtPrice: 39.9,
					sku: '5674557541674',
					barcode: 'B1',
					option1: 'Yellow',
					option2: 'S',
					option3: 'Cotton',
					option4: 'Long',
					option5: 'Casual',
					weight: '0.12',
					weightUnit: 'zh_kg',
					inventoryPolicy: 'continue',
					inventoryTracker: 'true',
					requiredShipping: 'false',
					taxable: 'false',
					imageSrc: 'https://cbu01.alicdn.com/b.jpg',
					imageAlt: 'yellow',
				},
			}),
		);
		expect(result.error).toBeUndefined();
		expect(requests).toHaveLength(1);
		expect(requests[0].body).toEqual({
			variant: {
				price: '29.90',
				compare_at_price: '39.90',
				sku: '5674557541674',
				barcode: 'B1',
				option1: 'Yellow',
				option2: 'S',
				option3: 'Cotton',
				option4: 'Long',
				option5: 'Casual',
				weight: '0.12',
				weight_unit: 'zh_kg',
				inventory_policy: 'continue',
				inventory_tracker: true,
				required_shipping: false,
				taxable: false,
				image: { src: 'https://cbu01.alicdn.com/b.jpg', alt: 'yellow' },
			},
		});
		expect(jsonOf(result)[0].id).toBe(VARIANT_ID);
	});

	it('Update puts only the fields given, at products/variants/{id}.json', async () => {
		const requests = mockShopline('PUT', `products/variants/${VARIANT_ID}.json`, (request) => [200, { variant: { id: VARIANT_ID, ...(request.body as { variant: object }).variant } }]);
		const result = await runShopline(variant({ operation: 'update', variantId: VARIANT_ID, updateFields: { price: '12.5', sku: '', weightUnit: '', taxable: '' } }));
		expect(requests[0].body).toEqual({ variant: { price: '12.50' } });
		expect(jsonOf(result)).toEqual([{ id: VARIANT_ID, price: '12.50' }]);
	});

	it('Update with nothing to change sends nothing', async () => {
		const requests = mockShopline('PUT', /variants/, () => [200, {}]);
		const result = await runShopline(variant({ operation: 'update', variantId: VARIANT_ID, updateFields: { barcode: ' ' } }));
		expect(result.error?.message).toBe('Update Fields: nothing to update — add at least one field');
		expect(requests).toHaveLength(0);
	});

	it('Delete sends DELETE products/{pid}/variants/{vid}.json and reports both IDs', async () => {
		const requests = mockShopline('DELETE', `products/${PRODUCT_ID}/variants/${VARIANT_ID}.json`, () => [200, '']);
		const result = await runShopline(variant({ operation: 'delete', productId: PRODUCT_ID, variantId: VARIANT_ID }));
		expect(requests).toHaveLength(1);
		expect(jsonOf(result)).toEqual([{ id: VARIANT_ID, product_id: PRODUCT_ID, deleted: true }]);
	});

	it('a refused create fails with SHOPLINE\'s words and the traceId, and is not repeated', async () => {
		const requests = mockShopline('POST', `products/${PRODUCT_ID}/variants.json`, () => [422, { errors: { base: ["The variant 'Red' already exists."] } }, { traceId: 'trace-422' }]);
		const result = await runShopline(variant({ operation: 'create', productId: PRODUCT_ID, variantFields: { option1: 'Red' }, options: FAST_RETRIES }));
		expect(requests).toHaveLength(1);
		expect(result.error?.message).toContain('HTTP 422');
		expect(result.error?.message).toContain("The variant 'Red' already exists.");
		expect(result.error?.description).toContain('traceId trace-422');
	});
});

describe('SHOPLINE → Variant against the emulator', () => {
	const emulator = new Emulator({ storeSize: 20 });
	const onEmulator = (extra: Record<string, unknown> = {}) => ({ credentials: emulatorCredentials(emulator), ...extra });
	const PID = productId(3);
	const colors = ['Blue', 'Green', 'Pink', 'Grey', 'Navy', 'Olive', 'Teal'];

	beforeAll(async () => void (await emulator.start()));
	afterAll(async () => await emulator.stop());
	beforeEach(() => {
		emulator.resetStore();
		emulator.reset();
	});

	async function addColors(): Promise<Array<Record<string, unknown>>> {
		const result = await runShopline(
			variant({ operation: 'create', productId: PID, variantFields: { option1: '={{ $json.color }}', price: '={{ $json.price }}', sku: '={{ "V-" + $json.color }}', inventoryTracker: 'true' } }),
			onEmulator({ input: colors.map((color, n) => ({ color, price: 10 + n })) }),
		);
		expect(result.error).toBeUndefined();
		return jsonOf(result) as Array<Record<string, unknown>>;
	}

	it('creates variants with 26-digit IDs, an inventory item each and 0 in stock', async () => {
		const before = emulator.store.get(PID)!.variants.length;
		const created = await addColors();
		expect(created).toHaveLength(colors.length);
		expect(created.map((entry) => entry.option1)).toEqual(colors);
		expect(created.filter((entry) => typeof entry.id !== 'string' || !/^\d{26}$/.test(entry.id))).toEqual([]);
		expect(created.filter((entry) => typeof entry.inventory_item_id !== 'string' || !/^\d+$/.test(entry.inventory_item_id))).toEqual([]);
		expect(new Set(created.map((entry) => entry.id)).size).toBe(colors.length);
		expect(created.map((entry) => [entry.price, entry.inventory_quantity, entry.inventory_tracker])).toEqual(colors.map((_c, n) => [`${10 + n}.00`, 0, true]));
		const posts = emulator.log.filter((entry) => entry.method === 'POST');
		expect(posts.map((entry) => entry.path)).toEqual(colors.map(() => `/admin/openapi/v20260301/products/${PID}/variants.json`));
		expect(posts[0].body).toEqual({ variant: { price: '10.00', sku: 'V-Blue', option1: 'Blue', inventory_tracker: true } });
		const product = emulator.store.get(PID)!;
		expect(product.variants).toHaveLength(before + colors.length);
		expect(product.options[0].values.slice(-colors.length)).toEqual(colors);
	});

	it('Get Many returns every variant over several pages, and Limit stops across pages', async () => {
		await addColors();
		const total = emulator.store.get(PID)!.variants.length;
		emulator.reset();
		const all = await runShopline(variant({ operation: 'getAll', productId: PID, returnAll: true, options: { pageSize: 3 } }), onEmulator());
		expect(all.error).toBeUndefined();
		expect(jsonOf(all).map((entry) => entry.id)).toEqual(emulator.store.get(PID)!.variants.map((entry) => entry.id));
		expect(emulator.log).toHaveLength(Math.ceil(total / 3));
		expect(emulator.log.slice(1).every((entry) => entry.query.page_info !== undefined && entry.query.limit === '3')).toBe(true);
		expect(emulator.log.some((entry) => entry.filtersWithPageInfo)).toBe(false);

		emulator.reset();
		const some = await runShopline(variant({ operation: 'getAll', productId: PID, limit: 5, options: { pageSize: 2 } }), onEmulator());
		expect(jsonOf(some).map((entry) => entry.id)).toEqual(emulator.store.get(PID)!.variants.slice(0, 5).map((entry) => entry.id));
		expect(emulator.log.map((entry) => entry.query.limit)).toEqual(['2', '2', '2']);

		const counted = await runShopline(variant({ operation: 'count', productId: PID }), onEmulator());
		expect(jsonOf(counted)).toEqual([{ count: total }]);
	});

	it('Update changes the variant and the product\'s updated_at; Delete removes it', async () => {
		const [first] = await addColors();
		emulator.store.get(PID)!.updated_at = '2025-01-01T00:00:00+00:00';
		const updated = await runShopline(variant({ operation: 'update', variantId: first.id, updateFields: { price: '99.5', barcode: 'BAR-1' } }), onEmulator());
		expect(updated.error).toBeUndefined();
		expect(jsonOf(updated)[0]).toMatchObject({ id: first.id, price: '99.50', barcode: 'BAR-1', sku: 'V-Blue' });
		expect(emulator.store.get(PID)!.updated_at).not.toBe('2025-01-01T00:00:00+00:00');
		const got = await runShopline(variant({ operation: 'get', variantId: first.id }), onEmulator());
		expect(jsonOf(got)[0]).toMatchObject({ price: '99.50', barcode: 'BAR-1' });

		const deleted = await runShopline(variant({ operation: 'delete', productId: PID, variantId: first.id }), onEmulator());
		expect(jsonOf(deleted)).toEqual([{ id: first.id, product_id: PID, deleted: true }]);
		expect(emulator.store.get(PID)!.variants.map((entry) => entry.id)).not.toContain(first.id);
		const gone = await runShopline(variant({ operation: 'get', variantId: first.id, options: FAST_RETRIES }), onEmulator());
		expect(gone.error?.message).toContain('HTTP 404');
		expect(gone.error?.description).toMatch(/traceId emu-/);
	});

	it('a second variant with the same options is refused with SHOPLINE\'s 422; Continue On Fail keeps the others', async () => {
		const existing = emulator.store.get(PID)!.variants[0].option1 as string;
		const result = await runShopline(
			variant({ operation: 'create', productId: PID, variantFields: { option1: '={{ $json.color }}' } }),
			onEmulator({ input: [{ color: 'Lilac' }, { color: existing }], node: CONTINUE }),
		);
		expect(result.error).toBeUndefined();
		const [made, refused] = jsonOf(result);
		expect(made.option1).toBe('Lilac');
		expect(String(refused.error)).toContain(`The variant '${existing}' already exists.`);
		expect(pairedOf(result)).toEqual([{ item: 0 }, { item: 1 }]);
	});

	it('an option the product does not have is refused', async () => {
		const result = await runShopline(variant({ operation: 'create', productId: PID, variantFields: { option1: 'Red2', option2: 'XL' }, options: FAST_RETRIES }), onEmulator());
		expect(result.error?.message).toContain('HTTP 422');
		expect(result.error?.message).toContain('option2');
	});
});
