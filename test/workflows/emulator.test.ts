import { Emulator, emulatorCredentials } from '../../emulator';
import { runShopline, runTmapi } from '../helpers/run';
import { jsonOf } from '../helpers/workflows';

const emulator = new Emulator({ storeSize: 600 });

beforeAll(async () => {
	await emulator.start();
});
afterAll(async () => {
	await emulator.stop();
});
beforeEach(() => emulator.reset());

const onEmulator = () => ({ credentials: emulatorCredentials(emulator) });

describe('the nodes against the emulator', () => {
	it('lists a whole 1688 shop, total_count as string, images repaired', async () => {
		const result = await runTmapi({ resource: 'shop', operation: 'getItems', shopUrl: 'demo-factory.1688.com', returnAll: true }, onEmulator());
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(300);
		expect(new Set(jsonOf(result).map((item) => item.item_id)).size).toBe(300);
		expect(jsonOf(result).filter((item) => typeof item.item_id !== 'string' || !String(item.img).startsWith('https://cbu01'))).toEqual([]);
		expect(emulator.log).toHaveLength(15);
	});

	it('lists a category of 2,000 with filters, string IDs out of numeric ones', async () => {
		const all = await runTmapi({ resource: 'category', operation: 'getItems', categoryId: '1031922', returnAll: true, options: { pageSize: 50 } }, onEmulator());
		expect(all.items).toHaveLength(2000);
		expect(typeof jsonOf(all)[0].item_id).toBe('string');
		const filtered = await runTmapi({ resource: 'category', operation: 'getItems', categoryId: '1031922', returnAll: true, filters: { freeShipping: true, priceEnd: '100' } }, onEmulator());
		expect(filtered.items.length).toBeGreaterThan(0);
		expect(filtered.items.length).toBeLessThan(2000);
		expect(jsonOf(filtered).filter((item) => !(Number(item.price) <= 100))).toEqual([]);
	});

	it('pages category v1 on has_next_page', async () => {
		const result = await runTmapi({ resource: 'category', operation: 'getItemsV1', categoryId: '54', returnAll: true, options: { maxPages: 200 } }, onEmulator());
		expect(result.items).toHaveLength(2000);
		expect(emulator.log).toHaveLength(100);
	});

	it('gets item details with SKUs, protocol-relative images repaired', async () => {
		const result = await runTmapi({ resource: 'item', operation: 'getDetail', productUrl: '={{ $json.url }}', options: { language: 'en' } }, {
			...onEmulator(),
			input: [{ url: 'https://detail.1688.com/offer/859086919394.html' }, { url: '610000000001' }],
		});
		expect(result.error).toBeUndefined();
		const [first, second] = jsonOf(result);
		expect(first.item_id).toBe('859086919394');
		expect(second.item_id).toBe('610000000001');
		expect((first.main_imgs as string[]).length).toBeGreaterThan(0);
		expect((first.main_imgs as string[]).filter((url) => !url.startsWith('https://cbu01'))).toEqual([]);
		expect((first.skus as unknown[]).length).toBeGreaterThan(3);
	});

	it('refuses a wrong TMAPI token like the gateway does', async () => {
		const result = await runTmapi({ resource: 'item', operation: 'getDetail', productUrl: '610000000001' }, {
			credentials: { tmapi1688Api: { apiToken: 'wrong', host: 'custom', customBaseUrl: emulator.url } },
		});
		expect(result.error?.message).toBe('TMAPI did not accept the API token (HTTP 401)');
		expect(result.error?.description).toContain('Invalid authentication credentials');
	});

	it('reads the whole store through the cursor, 250 at a time, filters only on the first page', async () => {
		const result = await runShopline({ operation: 'getAll', returnAll: true, filters: { status: 'active' } }, onEmulator());
		expect(result.error).toBeUndefined();
		const expected = emulator.store.list({ status: 'active' }).map((product) => product.id);
		expect(jsonOf(result).map((product) => product.id)).toEqual(expected);
		// More than one page, so that page_info requests were made, each without the filters.
		expect(expected.length).toBeGreaterThan(250);
		expect(emulator.log).toHaveLength(Math.ceil(expected.length / 250));
		expect(emulator.log.filter((entry) => entry.filtersWithPageInfo)).toEqual([]);
		expect(emulator.log.map((entry) => entry.query.limit)).toEqual(emulator.log.map(() => '250'));
	});

	it('creates, reads, updates, counts and deletes a product', async () => {
		const before = emulator.store.size;
		const created = await runShopline({ operation: 'create', title: 'Emulated robe', variants: { variant: [{ price: '9.9', option1: 'Red' }] }, productOptions: { option: [{ name: 'Color', values: 'Red' }] } }, onEmulator());
		const id = jsonOf(created)[0].id as string;
		expect(id).toMatch(/^\d{26}$/);
		expect(emulator.store.size).toBe(before + 1);
		const updated = await runShopline({ operation: 'update', productId: id, productFields: { status: 'draft' } }, onEmulator());
		expect(jsonOf(updated)[0].status).toBe('draft');
		const fetched = await runShopline({ operation: 'get', productId: id, options: { fields: 'id,status,variants' } }, onEmulator());
		expect(jsonOf(fetched)).toEqual([{ id, status: 'draft', variants: [expect.objectContaining({ price: '9.90', option1: 'Red' })] }]);
		const counted = await runShopline({ operation: 'count' }, onEmulator());
		expect(jsonOf(counted)).toEqual([{ count: before + 1 }]);
		const deleted = await runShopline({ operation: 'delete', productId: id }, onEmulator());
		expect(jsonOf(deleted)).toEqual([{ id, deleted: true }]);
		expect(emulator.store.size).toBe(before);
	});

	it('reports a wrong API version as a redirect', async () => {
		const credentials = emulatorCredentials(emulator);
		const result = await runShopline({ operation: 'count' }, {
			credentials: { shoplineApi: { ...credentials.shoplineApi, apiVersion: 'custom', customApiVersion: 'v20990101' } },
		});
		expect(result.error?.message).toBe('SHOPLINE redirected the request to https://www.shopline.com/ (HTTP 302)');
	});
});
