import { collectionId, Emulator, emulatorCredentials, orderId, productId } from '../../emulator';
import { locationId } from '../../emulator/shopline/locations';
import { listSearch } from '../harness/loadOptions';
import { mockShopline, SHOPLINE_ORIGIN, SHOPLINE_PREFIX } from '../helpers/shoplineServer';
import { shoplineCredentials } from '../helpers/workflows';

/**
 * The From List mode of the SHOPLINE record fields: the node's list searches, run inside
 * n8n-core's LoadOptionsContext as the editor runs them, against the emulator (and nock for
 * what a real store's link header does).
 */

const ADMIN = 'https://emulator.myshopline.com/admin/';

describe('SHOPLINE list searches against the emulator', () => {
	const emulator = new Emulator({ storeSize: 600, shopline: { bucket: null } });
	beforeAll(async () => void (await emulator.start()));
	afterAll(async () => await emulator.stop());
	beforeEach(() => emulator.reset());
	const credentials = () => emulatorCredentials(emulator);
	const requests = () => emulator.log.filter((entry) => entry.api === 'shopline').map((entry) => ({ path: entry.path.replace(/^\/admin\/openapi\/v20260301\//, ''), query: entry.query }));

	it('products: a page of 250 with titles, handles and admin links, then the next pages by their token', async () => {
		const first = await listSearch('searchProducts', credentials());
		expect(first.results).toHaveLength(250);
		expect(first.results[0]).toEqual({ name: 'Product 1 (product-1)', value: productId(0), url: `${ADMIN}products/${productId(0)}` });
		expect(first.results[249].value).toBe(productId(249));
		expect(first.paginationToken).toEqual(expect.any(String));

		const second = await listSearch('searchProducts', credentials(), { paginationToken: first.paginationToken });
		expect(second.results.map((entry) => entry.value)).toEqual(Array.from({ length: 250 }, (_, n) => productId(250 + n)));
		const third = await listSearch('searchProducts', credentials(), { paginationToken: second.paginationToken });
		expect(third.results).toHaveLength(100);
		expect(third.paginationToken).toBeUndefined();

		expect(requests()).toEqual([
			{ path: 'products/products.json', query: { limit: '250', fields: 'id,title,handle' } },
			{ path: 'products/products.json', query: { limit: '250', page_info: first.paginationToken, fields: 'id,title,handle' } },
			{ path: 'products/products.json', query: { limit: '250', page_info: second.paginationToken, fields: 'id,title,handle' } },
		]);
	});

	it('products: the typed text is looked for in titles and handles, whatever its case, over the pages', async () => {
		const byTitle = await listSearch('searchProducts', credentials(), { filter: '  PRODUCT 7' });
		// Product 7, 70–79 and 700+ would match; the store has 600.
		expect(byTitle.results.map((entry) => entry.name)).toEqual(['Product 7 (product-7)', ...Array.from({ length: 10 }, (_, n) => `Product ${70 + n} (product-${70 + n})`)]);
		expect(byTitle.paginationToken).toBeUndefined();
		expect(requests()).toHaveLength(3);

		const byHandle = await listSearch('searchProducts', credentials(), { filter: 'product-42' });
		expect(byHandle.results.map((entry) => entry.value)).toEqual([productId(41), ...Array.from({ length: 10 }, (_, n) => productId(419 + n))]);
		expect(await listSearch('searchProducts', credentials(), { filter: 'no such product' })).toEqual({ results: [], paginationToken: undefined });
	});

	it('collections: the custom collections by title and handle, with no admin link', async () => {
		const all = await listSearch('searchCollections', credentials());
		expect(all.results).toEqual([
			{ name: 'Spring clothing (spring-clothing)', value: collectionId(0) },
			{ name: 'Best sellers (best-sellers)', value: collectionId(1) },
			{ name: 'Home and living (home-and-living)', value: collectionId(2) },
			{ name: 'Coming soon (coming-soon)', value: collectionId(3) },
		]);
		expect(all.paginationToken).toBeUndefined();
		expect((await listSearch('searchCollections', credentials(), { filter: 'seller' })).results.map((entry) => entry.value)).toEqual([collectionId(1)]);
		expect(requests()[0]).toEqual({ path: 'products/custom_collections.json', query: { limit: '250', fields: 'id,title,handle' } });
	});

	it('orders: every status, 100 a page, named by number, date and total; found by number with or without "#"', async () => {
		const first = await listSearch('searchOrders', credentials());
		expect(first.results).toHaveLength(100);
		expect(first.results[0]).toEqual({ name: expect.stringMatching(/^#1001 · 2026-01-01 · \d+\.\d{2} USD$/), value: orderId(0), url: `${ADMIN}orders/${orderId(0)}` });
		expect(first.paginationToken).toEqual(expect.any(String));
		expect(requests()[0]).toEqual({ path: 'orders.json', query: { status: 'any', limit: '100', fields: 'id,name,created_at,total_price,currency' } });

		for (const filter of ['#1205', '1205']) {
			const found = await listSearch('searchOrders', credentials(), { filter });
			expect(found.results.map((entry) => entry.value)).toEqual([orderId(204)]);
			expect(found.paginationToken).toBeUndefined();
		}
	});

	it('locations: all of them at once, the default and the inactive ones marked, matched by name', async () => {
		expect(await listSearch('searchLocations', credentials())).toEqual({
			results: [
				{ name: 'Shenzhen Warehouse (default)', value: locationId(1) },
				{ name: 'Los Angeles Warehouse', value: locationId(2) },
				{ name: 'Ottawa Store (inactive)', value: locationId(3) },
			],
		});
		expect((await listSearch('searchLocations', credentials(), { filter: 'warehouse' })).results.map((entry) => entry.value)).toEqual([locationId(1), locationId(2)]);
		expect(requests().map((entry) => entry.path)).toEqual(['locations/list.json', 'locations/list.json']);
	});

	it("fails with SHOPLINE's 401 when the credential's token is wrong, the token nowhere in the error", async () => {
		const wrong = 'shpat_WRONG.eyJ0b2tlbiI6Indyb25nIn0/+=';
		const base = credentials();
		for (const method of ['searchProducts', 'searchCollections', 'searchOrders', 'searchLocations'] as const) {
			const error = (await listSearch(method, { ...base, shoplineApi: { ...base.shoplineApi, accessToken: wrong } }).catch((caught: unknown) => caught)) as Error & { description?: string };
			expect(error).toBeInstanceOf(Error);
			expect(error.name).toBe('NodeApiError');
			expect(error.message).toMatch(/HTTP 401/);
			const shown = JSON.stringify({ message: error.message, description: error.description, error });
			for (const form of [wrong, encodeURIComponent(wrong)]) expect(shown).not.toContain(form);
		}
	});
});

describe('SHOPLINE list searches against a store answering with link headers', () => {
	it('passes on the page_info of rel="next" (previous first) as the token, and sends only limit, page_info and fields with it', async () => {
		const next = (info: string) => `<${SHOPLINE_ORIGIN}${SHOPLINE_PREFIX}orders.json?limit=100&page_info=${info}>`;
		const calls = mockShopline('GET', 'orders.json', (_request, index) => [
			200,
			{ orders: [{ id: `2105022431212188732466716${index}`, name: `#${1001 + index}`, created_at: '2026-03-01T08:00:00+08:00', total_price: '10.00', currency: 'HKD' }] },
			{ link: index === 0 ? `${next('p1')}; rel="previous",${next('p2')};rel="next"` : `${next('p1')}; rel="previous"` },
		]);
		const first = await listSearch('searchOrders', shoplineCredentials());
		expect(first).toEqual({
			results: [{ name: '#1001 · 2026-03-01 · 10.00 HKD', value: '21050224312121887324667160', url: 'https://open001.myshopline.com/admin/orders/21050224312121887324667160' }],
			paginationToken: 'p2',
		});
		const second = await listSearch('searchOrders', shoplineCredentials(), { paginationToken: 'p2', filter: '' });
		expect(second.paginationToken).toBeUndefined();
		expect(calls.map((call) => call.query)).toEqual([
			{ status: 'any', limit: '100', fields: 'id,name,created_at,total_price,currency' },
			{ limit: '100', page_info: 'p2', fields: 'id,name,created_at,total_price,currency' },
		]);
	});
});
