import type { IDataObject } from 'n8n-workflow';

import { Emulator, emulatorCredentials } from '../../emulator';
import { locationId } from '../../emulator/shopline/locations';
import { itemDetail } from '../../emulator/tmapiCatalog';
import { runShopline } from '../helpers/run';
import { mockShopline, SHOPLINE_PREFIX, shoplineProduct } from '../helpers/shoplineServer';
import { jsonOf } from '../helpers/workflows';

/**
 * The record fields (Product, Collection, Order, Location ID) are resource locators: whichever
 * mode holds the record — From List, By URL, By ID — the request carries the plain ID, and a
 * plain ID (as workflows made before the modes hold it) still works.
 */

const PRODUCT = shoplineProduct(7).id;
const COLLECTION = '12257170618007271602093384';
const ORDER = '21050224312121887324667162';
const LOCATION = '54217042481355269010000001';

const fromList = (value: string) => ({ __rl: true, mode: 'list', value, cachedResultName: 'Picked in the editor' });
const byId = (value: string) => ({ __rl: true, mode: 'id', value: ` ${value} ` });
const byUrl = (path: string) => ({ __rl: true, mode: 'url', value: `https://open001.myshopline.com/admin/${path}?tab=detail` });

describe('SHOPLINE → Product → Get takes the product in every mode', () => {
	it.each([
		['a plain ID (a workflow from before the modes)', PRODUCT],
		['From List', fromList(PRODUCT)],
		['By ID (spaces around it)', byId(PRODUCT)],
		['By URL (the admin address)', byUrl(`products/${PRODUCT}`)],
	])('%s', async (_mode, productId) => {
		const requests = mockShopline('GET', `products/${PRODUCT}.json`, () => [200, { product: shoplineProduct(7) }]);
		const result = await runShopline({ operation: 'get', productId });
		expect(result.error).toBeUndefined();
		expect(requests.map((request) => request.path)).toEqual([`${SHOPLINE_PREFIX}products/${PRODUCT}.json`]);
		expect(jsonOf(result)).toEqual([shoplineProduct(7)]);
	});
});

describe('every operation that names a record sends its plain ID', () => {
	it.each([
		['Variant → Get Many, product by URL', { resource: 'variant', operation: 'getAll', productId: byUrl(`products/${PRODUCT}`), limit: 1 }, 'GET', `products/${PRODUCT}/variants.json`, { variants: [] }],
		['Product Image → Get Many, product by ID', { resource: 'productImage', operation: 'getAll', productId: byId(PRODUCT), limit: 1 }, 'GET', `products/${PRODUCT}/images.json`, { images: [] }],
		['Collection → Get, from the list', { resource: 'collection', operation: 'get', collectionId: fromList(COLLECTION) }, 'GET', `products/custom_collections/${COLLECTION}.json`, { custom_collection: { id: COLLECTION } }],
		['Collection → Get Products, by ID', { resource: 'collection', operation: 'getProducts', collectionId: byId(COLLECTION), limit: 1 }, 'GET', `products/collections/${COLLECTION}/products.json`, { products: [] }],
		['Order → Get, by URL', { resource: 'order', operation: 'get', orderId: byUrl(`orders/${ORDER}`) }, 'GET', `orders/${ORDER}.json`, { order: { id: ORDER } }],
		['Fulfillment → Get Many, order by URL', { resource: 'fulfillment', operation: 'getAll', orderId: byUrl(`orders/${ORDER}`), limit: 1 }, 'GET', `orders/${ORDER}/fulfillments.json`, { fulfillments: [] }],
		['Location → Get, from the list', { resource: 'location', operation: 'get', locationId: fromList(LOCATION) }, 'GET', `locations/${LOCATION}.json`, { location: { id: LOCATION } }],
	] as Array<[string, IDataObject, 'GET', string, IDataObject]>)('%s', async (_name, parameters, method, path, answer) => {
		const requests = mockShopline(method, path, () => [200, answer]);
		const result = await runShopline(parameters);
		expect(result.error).toBeUndefined();
		expect(requests.map((request) => request.path)).toEqual([`${SHOPLINE_PREFIX}${path}`]);
	});

	it('Inventory → Set Available: the location by ID goes into the body as text', async () => {
		const requests = mockShopline('POST', 'inventory_levels/set.json', () => [200, { inventory_level: { inventory_item_id: '5703943240925324252', location_id: LOCATION, available: 3 } }]);
		const result = await runShopline({ resource: 'inventory', operation: 'setAvailable', inventoryItemId: '5703943240925324252', locationId: byId(LOCATION), available: 3 });
		expect(result.error).toBeUndefined();
		expect(requests[0].body).toEqual({ inventory_item_id: '5703943240925324252', location_id: LOCATION, available: 3 });
	});

	it.each([
		['Get Many', { operation: 'getAll', limit: 1 }, 'products/products.json', { products: [] }],
		['Count', { operation: 'count' }, 'products/count.json', { count: 0 }],
	] as Array<[string, IDataObject, string, IDataObject]>)('Product → %s: Filters → Collection ID from the list goes into collection_id', async (_name, parameters, path, answer) => {
		const requests = mockShopline('GET', path, () => [200, answer]);
		const result = await runShopline({ ...parameters, filters: { collectionId: fromList(COLLECTION) } });
		expect(result.error).toBeUndefined();
		expect(requests[0].query.collection_id).toBe(COLLECTION);
	});
});

describe('Create or Update From 1688 Item: the Stock Location from the list', () => {
	const emulator = new Emulator({ storeSize: 20, shopline: { bucket: null } });
	beforeAll(async () => void (await emulator.start()));
	afterAll(async () => await emulator.stop());

	it('sets the stock at the location picked', async () => {
		const detail = { ...(itemDetail('610000000101', 'en') as IDataObject), item_id: '610000000101' };
		const result = await runShopline(
			{ operation: 'upsertFrom1688', stockLocationId: fromList(locationId(2)), options: { concurrency: 1 } },
			{ credentials: emulatorCredentials(emulator), input: [detail] },
		);
		expect(result.error).toBeUndefined();
		expect((jsonOf(result)[0].stock as IDataObject).location_id).toBe(locationId(2));
		const sets = emulator.log.filter((entry) => entry.path.endsWith('inventory_levels/set.json'));
		expect(sets.length).toBeGreaterThan(0);
		expect(sets.every((entry) => (entry.body as IDataObject).location_id === locationId(2))).toBe(true);
	});
});
