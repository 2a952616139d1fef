import type { IDataObject, INode } from 'n8n-workflow';

import { Emulator, emulatorCredentials } from '../../emulator';
import { NODE_TYPE } from '../harness/packages';
import { runWorkflow, type WorkflowJson } from '../harness/workflow';
import { runShopline, runTmapi } from '../helpers/run';
import { mockShopline, SHOPLINE_PREFIX } from '../helpers/shoplineServer';
import { mockTmapi } from '../helpers/tmapiServer';
import { jsonOf } from '../helpers/workflows';
import detail from '../fixtures/tmapi/item-detail.json';

/**
 * Simplify on the big outputs: TMAPI 1688 → Item → Get Detail (by URL and by ID) and
 * SHOPLINE → Product → Get / Get Many give the fields an AI Agent or a person needs, and
 * nothing else. Off by default: the 1688 → SHOPLINE sync reads the whole detail.
 */

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const OFFER = '859086919394';

const DETAIL_KEYS = ['item_id', 'title', 'url', 'price_min', 'price_max', 'currency', 'unit', 'min_order', 'stock_total', 'sale_count', 'main_image', 'category_id', 'shop_name', 'shop_url', 'sku_count', 'skus'];

/** The fixture's offer, simplified: values read off test/fixtures/tmapi/item-detail.json. */
const SIMPLE_DETAIL = {
	item_id: OFFER,
	title: '跨境速卖通女式长款睡衣家居服豹纹款开衫法式浴袍长袖秋冬睡袍',
	url: 'https://detail.1688.com/offer/859086919394.html',
	price_min: '25.90',
	price_max: '29.89',
	currency: 'CNY',
	unit: '件',
	min_order: 1,
	stock_total: 44732,
	sale_count: 175,
	main_image: 'https://cbu01.alicdn.com/img/ibank/O1CN01gEiAAA1tfzhab0NhS_!!2214636595930-0-cib.jpg',
	category_id: '1037924',
	shop_name: '灌云县伊山镇春霞服装厂',
	shop_url: 'https://winport.m.1688.com/page/index.html?memberId=b2b-22146365959302bc20',
	sku_count: 9,
};

describe('TMAPI 1688 → Item → Get Detail with Simplify', () => {
	it.each([
		['Get Detail (by URL)', 'POST', '/1688/item_detail_by_url', { operation: 'getDetail', productUrl: OFFER }],
		['Get Detail by ID', 'GET', '/1688/item_detail', { operation: 'getDetailById', offerId: OFFER }],
	] as const)('%s: the offer in a few fields, each SKU with its ID, properties, price and stock', async (_name, method, path, parameters) => {
		mockTmapi(method, path, () => [200, clone(detail)]);
		const result = await runTmapi({ resource: 'item', ...parameters, simplify: true });
		expect(result.error).toBeUndefined();
		const [item] = jsonOf(result);
		expect(Object.keys(item)).toEqual(DETAIL_KEYS);
		expect(item).toMatchObject(SIMPLE_DETAIL);
		const skus = item.skus as IDataObject[];
		expect(skus).toHaveLength(9);
		expect(skus[0]).toEqual({ sku_id: '5674557541674', spec_id: '6f5320c016c03d575ad1034b79869a28', props: '颜色:白色豹纹;尺码:L', price: '29.89', stock: 4975 });
		expect(skus.every((sku) => Object.keys(sku).join() === 'sku_id,spec_id,props,price,stock')).toBe(true);
		expect(JSON.stringify(item).length).toBeLessThan(JSON.stringify(detail.data).length / 3);
	});

	it('makes no description call with Include Description on: the simplified item has no description', async () => {
		const details = mockTmapi('GET', '/1688/item_detail', () => [200, clone(detail)]);
		const descriptions = mockTmapi('GET', '/1688/item_desc', () => [200, { code: 200, msg: 'success', data: { detail_html: '<p>x</p>' } }]);
		const result = await runTmapi({ resource: 'item', operation: 'getDetailById', offerId: OFFER, simplify: true, options: { includeDescription: true } });
		expect(result.error).toBeUndefined();
		expect(details).toHaveLength(1);
		expect(descriptions).toHaveLength(0);
		expect(Object.keys(jsonOf(result)[0])).toEqual(DETAIL_KEYS);
	});

	it('is off by default: the whole detail, as before', async () => {
		mockTmapi('GET', '/1688/item_detail', () => [200, clone(detail)]);
		const result = await runTmapi({ resource: 'item', operation: 'getDetailById', offerId: OFFER });
		expect(Object.keys(jsonOf(result)[0])).toEqual(Object.keys(detail.data));
	});

	it('gives a single-SKU offer (no skus) its offer price and stock, and nulls where 1688 says nothing', async () => {
		const bare = { code: 200, msg: 'success', data: { item_id: 610000000001, title: 'Plain mug', price_info: { price: '8.50' }, stock: '120', main_imgs: ['//cbu01.alicdn.com/mug.jpg'], skus: [], sku_props: [] } };
		mockTmapi('GET', '/1688/item_detail', () => [200, bare]);
		const result = await runTmapi({ resource: 'item', operation: 'getDetailById', offerId: '610000000001', simplify: true, options: { normalize: false } });
		expect(jsonOf(result)).toEqual([
			{
				item_id: '610000000001',
				title: 'Plain mug',
				url: 'https://detail.1688.com/offer/610000000001.html',
				price_min: '8.50',
				price_max: '8.50',
				currency: null,
				unit: null,
				min_order: null,
				stock_total: 120,
				sale_count: null,
				main_image: 'https://cbu01.alicdn.com/mug.jpg',
				category_id: null,
				shop_name: null,
				shop_url: null,
				sku_count: 0,
				skus: [],
			},
		]);
	});
});

const PRODUCT_KEYS = ['id', 'title', 'handle', 'status', 'vendor', 'tags', 'price_min', 'price_max', 'total_inventory', 'variant_count', 'image', 'updated_at', 'admin_url'];

/** A product as SHOPLINE answers it (fields from the seed's example), with a description that is most of its size. */
const storeProduct = (n: number) => ({
	id: `1605785026484525079128${String(n).padStart(4, '0')}`,
	title: `Linen shirt ${n}`,
	handle: `linen-shirt-${n}`,
	status: 'active',
	vendor: 'SHOPLINE',
	tags: 'summer, linen,',
	body_html: `<p>${'A long description. '.repeat(200)}</p>`,
	product_category: 'Clothes',
	created_at: '2026-03-01T08:00:00+08:00',
	updated_at: '2026-03-02T09:30:00+08:00',
	image: { id: '5785060242207917075', src: `https://img.myshopline.com/image/${n}-main.png`, alt: '' },
	images: [{ id: '5785060242207917076', src: `https://img.myshopline.com/image/${n}-1.png`, alt: '' }],
	options: [{ name: 'Size', values: ['S', 'M', 'L'] }],
	variants: [
		{ id: '18057850264851626133510001', price: '109.00', compare_at_price: '129.99', inventory_quantity: 5, sku: 'LS-S', option1: 'S' },
		{ id: '18057850264851626133510002', price: '99.50', inventory_quantity: 0, sku: 'LS-M', option1: 'M' },
		{ id: '18057850264851626133510003', price: '119.00', inventory_quantity: 12, sku: 'LS-L', option1: 'L' },
	],
});

const SIMPLE_PRODUCT = (n: number) => ({
	id: storeProduct(n).id,
	title: `Linen shirt ${n}`,
	handle: `linen-shirt-${n}`,
	status: 'active',
	vendor: 'SHOPLINE',
	tags: ['summer', 'linen'],
	price_min: '99.50',
	price_max: '119.00',
	total_inventory: 17,
	variant_count: 3,
	image: `https://img.myshopline.com/image/${n}-main.png`,
	updated_at: '2026-03-02T09:30:00+08:00',
	admin_url: `https://open001.myshopline.com/admin/products/${storeProduct(n).id}`,
});

const SIMPLE_FIELDS = 'id,title,handle,status,vendor,tags,variants,image,images,updated_at';

describe('SHOPLINE → Product → Get and Get Many with Simplify', () => {
	it('Get: the product in a few fields, and only those fields asked for', async () => {
		const id = storeProduct(1).id;
		const requests = mockShopline('GET', `products/${id}.json`, () => [200, { product: storeProduct(1) }]);
		const result = await runShopline({ operation: 'get', productId: id, simplify: true });
		expect(result.error).toBeUndefined();
		expect(Object.keys(jsonOf(result)[0])).toEqual(PRODUCT_KEYS);
		expect(jsonOf(result)).toEqual([SIMPLE_PRODUCT(1)]);
		expect(requests[0].query).toEqual({ fields: SIMPLE_FIELDS });
	});

	it('Get Many: one simplified item per product; Options → Fields, when given, is what is asked', async () => {
		const requests = mockShopline('GET', 'products/products.json', () => [200, { products: [storeProduct(1), storeProduct(2)] }], 1);
		const result = await runShopline({ operation: 'getAll', limit: 2, simplify: true });
		expect(jsonOf(result)).toEqual([SIMPLE_PRODUCT(1), SIMPLE_PRODUCT(2)]);
		expect(requests[0].query).toEqual({ limit: '2', fields: SIMPLE_FIELDS });

		const own = mockShopline('GET', 'products/products.json', () => [200, { products: [{ id: storeProduct(3).id, title: 'Only a title' }] }]);
		const narrow = await runShopline({ operation: 'getAll', limit: 1, simplify: true, options: { fields: 'id,title' } });
		expect(own[0].query.fields).toBe('id,title');
		expect(jsonOf(narrow)).toEqual([
			{ id: storeProduct(3).id, title: 'Only a title', handle: null, status: null, vendor: null, tags: [], price_min: null, price_max: null, total_inventory: null, variant_count: null, image: null, updated_at: null, admin_url: `https://open001.myshopline.com/admin/products/${storeProduct(3).id}` },
		]);
	});

	it('is off by default: the whole product, as before', async () => {
		const requests = mockShopline('GET', 'products/products.json', () => [200, { products: [storeProduct(1)] }]);
		const result = await runShopline({ operation: 'getAll', limit: 1 });
		expect(jsonOf(result)).toEqual([storeProduct(1)]);
		expect(requests[0].query).toEqual({ limit: '1' });
		expect(requests.map((request) => request.path)).toEqual([`${SHOPLINE_PREFIX}products/products.json`]);
	});
});

describe('the 1688 → SHOPLINE sync and Simplify', () => {
	const emulator = new Emulator({ storeSize: 20, shopline: { bucket: null } });
	beforeAll(async () => void (await emulator.start()));
	afterAll(async () => await emulator.stop());
	beforeEach(() => emulator.reset());

	/** Manual Trigger → TMAPI 1688 Get Detail by ID → SHOPLINE Create or Update From 1688 Item. */
	function syncWorkflow(detailParameters: IDataObject): WorkflowJson {
		const node = (name: string, type: string, parameters: IDataObject, credential: string, x: number): INode => ({
			id: `e1f1c2d3-0000-4000-8000-00000000000${x}`,
			name,
			type,
			typeVersion: 1,
			position: [x * 220, 0],
			parameters: parameters as INode['parameters'],
			credentials: { [credential]: { id: '1', name: 'Test credential' } },
		});
		const trigger: INode = { id: 'e1f1c2d3-0000-4000-8000-000000000000', name: 'Trigger', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} };
		const tmapi = node('Get Detail', NODE_TYPE.tmapi1688, { resource: 'item', operation: 'getDetailById', offerId: '={{ $json.offer }}', ...detailParameters }, 'tmapi1688Api', 1);
		const shopline = node('Sync', NODE_TYPE.shopline, { resource: 'product', operation: 'upsertFrom1688', exchangeRate: 0.14, priceMultiplier: 2, options: { concurrency: 1 } }, 'shoplineApi', 2);
		return {
			nodes: [trigger, tmapi, shopline],
			connections: {
				Trigger: { main: [[{ node: 'Get Detail', type: 'main' as never, index: 0 }]] },
				'Get Detail': { main: [[{ node: 'Sync', type: 'main' as never, index: 0 }]] },
			},
		};
	}

	it('with Simplify off (the default) the detail makes a product with its variants', async () => {
		const result = await runWorkflow(syncWorkflow({}), { credentials: emulatorCredentials(emulator), input: [{ offer: '610000000101' }] });
		expect(result.error).toBeUndefined();
		const [product] = jsonOf(result);
		expect(product.action).toBe('created');
		expect(product.handle).toBe('1688-610000000101');
		expect((product.variants as unknown[]).length).toBeGreaterThan(1);
	});

	it('with Simplify on the sync refuses the item and says to turn Simplify off, before any SHOPLINE request', async () => {
		const result = await runWorkflow(syncWorkflow({ simplify: true }), { credentials: emulatorCredentials(emulator), input: [{ offer: '610000000101' }] });
		expect(result.error?.name).toBe('NodeOperationError');
		expect(result.error?.message).toMatch(/^Input Item: the input item is a simplified 1688 detail/);
		expect(result.error?.message).toMatch(/turn Simplify off/);
		expect(emulator.log.filter((entry) => entry.api === 'shopline')).toEqual([]);
	});
});
