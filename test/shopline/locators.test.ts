import type { IDataObject, INode, INodeProperties } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import { Emulator, emulatorCredentials } from '../../emulator';
import { locationId } from '../../emulator/shopline/locations';
import { itemDetail } from '../../emulator/tmapiCatalog';
import { Shopline } from '../../nodes/Shopline/Shopline.node';
import { NODE_TYPE } from '../harness/packages';
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

/**
 * The SHOPLINE record fields — every Product, Collection, Order, Location, Customer and Draft Order ID of every
 * operation — are resource locators whose From List mode names a list search the node has,
 * and whose By ID and By URL modes the editor checks as the node does.
 */

const node = new Shopline();
const properties = node.description.properties as INodeProperties[];

/** Every property with where it shows, collections' entries included. */
function allFields(list: readonly INodeProperties[], where = ''): Array<{ where: string; field: INodeProperties }> {
	return list.flatMap((field) => {
		const here = `${where}${field.displayOptions?.show?.resource ?? ''}/${field.displayOptions?.show?.operation ?? ''} ${field.name}`;
		const nested = field.type === 'collection' ? allFields((field.options ?? []) as INodeProperties[], `${here} → `) : [];
		return [{ where: here, field }, ...nested];
	});
}

const RECORD_FIELDS = ['productId', 'collectionId', 'orderId', 'locationId', 'stockLocationId', 'customerId', 'draftOrderId'];

describe('the record fields of the SHOPLINE node', () => {
	const records = allFields(properties).filter(({ field }) => RECORD_FIELDS.includes(field.name));

	it('are resource locators, From List first, in every operation', () => {
		expect(records.length).toBeGreaterThanOrEqual(25);
		expect(records.filter(({ field }) => field.type !== 'resourceLocator').map(({ where }) => where)).toEqual([]);
		expect(records.filter(({ field }) => field.modes?.[0].name !== 'list' || (field.default as { mode?: string }).mode !== 'list').map(({ where }) => where)).toEqual([]);
	});

	it('name list searches the node has', () => {
		const named = new Set(records.map(({ field }) => String(field.modes?.[0].typeOptions?.searchListMethod)));
		expect([...named].sort()).toEqual(Object.keys(node.methods.listSearch).sort());
	});

	it('offer By URL for products and orders only (the admin addresses with the ID in them)', () => {
		const withUrl = new Set(records.filter(({ field }) => field.modes?.some((mode) => mode.name === 'url')).map(({ field }) => field.name));
		expect([...withUrl].sort()).toEqual(['orderId', 'productId']);
	});

	const issuesOf = (productId: unknown) => {
		const workflowNode: INode = { id: 'n1', name: 'SHOPLINE', type: NODE_TYPE.shopline, typeVersion: 1, position: [0, 0], parameters: { resource: 'product', operation: 'get', productId } as INode['parameters'] };
		return NodeHelpers.getNodeParametersIssues(properties, workflowNode, node.description)?.parameters?.productId ?? [];
	};

	it.each([
		['By ID: digits', { __rl: true, mode: 'id', value: '16057850264845250791280282' }, []],
		['By ID: letters', { __rl: true, mode: 'id', value: '1605abc' }, ['Not a product ID: use its digits, e.g. 16057850264845250791280282']],
		['By URL: the admin address', { __rl: true, mode: 'url', value: 'https://open001.myshopline.com/admin/products/16057850264845250791280282' }, []],
		['By URL: the storefront', { __rl: true, mode: 'url', value: 'https://open001.myshopline.com/products/linen-shirt' }, ['Not the SHOPLINE admin address of a product']],
		['By URL: another store host', { __rl: true, mode: 'url', value: 'https://evil.example/admin/products/16057850264845250791280282' }, ['Not the SHOPLINE admin address of a product']],
		['an expression', { __rl: true, mode: 'id', value: '={{ $json.id }}' }, []],
		['From List, nothing picked', { __rl: true, mode: 'list', value: '' }, ['Parameter "Product ID" is required.']],
	])('the editor flags %s as it should', (_case, value, issues) => {
		expect(issuesOf(value)).toEqual(issues);
	});
});
