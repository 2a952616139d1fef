import { runShopline } from '../helpers/run';
import { jsonOf, pairedOf, SHOPLINE_TOKEN, shoplineCredentials } from '../helpers/workflows';
import { mockShopline, shoplineProduct } from '../helpers/shoplineServer';

const PRODUCT_ID = '16057850264845250791280282';

describe('SHOPLINE → Product → Get Many', () => {
	it('sends every filter of the seed document, with the token as a Bearer header', async () => {
		const requests = mockShopline('GET', 'products/products.json', () => [200, { products: [shoplineProduct(1)] }]);
		const result = await runShopline({
			operation: 'getAll',
			returnAll: true,
			filters: {
				collectionId: '12248721639068681442230282',
				createdAtMin: '2021-09-01T00:00:00+00:00',
				createdAtMax: '2021-09-02T14:11:54+00:00',
				updatedAtMin: '2021-09-03T00:00:00Z',
				updatedAtMax: '2021-09-04T00:00:00Z',
				handle: 'product-handle',
				ids: '16057850264845250791280282, 16057850264845250333280282',
				productCategory: 'Electronics',
				sinceId: '16057850264845250791280000',
				status: 'archived',
				title: 'This is a title.',
				vendor: 'SHOPLINE',
			},
			options: { fields: 'title,id,created_at', orderBy: 'created_at_desc' },
		});
		expect(result.error).toBeUndefined();
		expect(requests[0].query).toEqual({
			collection_id: '12248721639068681442230282',
			created_at_min: '2021-09-01T00:00:00+00:00',
			created_at_max: '2021-09-02T14:11:54+00:00',
			updated_at_min: '2021-09-03T00:00:00Z',
			updated_at_max: '2021-09-04T00:00:00Z',
			handle: 'product-handle',
			ids: '16057850264845250791280282,16057850264845250333280282',
			product_category: 'Electronics',
			since_id: '16057850264845250791280000',
			status: 'archived',
			title: 'This is a title.',
			vendor: 'SHOPLINE',
			order_by: 'created_at_desc',
			fields: 'title,id,created_at',
			limit: '250',
		});
		expect(requests[0].headers.authorization).toBe(`Bearer ${SHOPLINE_TOKEN}`);
		expect(requests[0].headers['content-type']).toBe('application/json; charset=utf-8');
		expect(requests[0].path).toBe('/admin/openapi/v20260301/products/products.json');
		expect(jsonOf(result)).toEqual([shoplineProduct(1)]);
		expect(pairedOf(result)).toEqual([{ item: 0 }]);
	});

	it('keeps 26-digit IDs as the exact strings SHOPLINE sent', async () => {
		mockShopline('GET', 'products/products.json', () => [200, '{"products":[{"id":"99999999999999999999999999","variants":[{"id":"18060878902931594024673144"}]}]}', { 'content-type': 'application/json' }]);
		const result = await runShopline({ operation: 'getAll', limit: 5 });
		expect(jsonOf(result)).toEqual([{ id: '99999999999999999999999999', variants: [{ id: '18060878902931594024673144' }] }]);
	});

	it('uses the API version and base URL of the credential', async () => {
		const requests = mockShopline('GET', /\/admin\/openapi\/v20260901\/products\/products.json/, () => [200, { products: [] }], 1, 'http://127.0.0.1:9');
		const result = await runShopline({ operation: 'getAll', limit: 5 }, { credentials: shoplineCredentials({ apiVersion: 'custom', customApiVersion: 'v20260901', baseUrl: 'http://127.0.0.1:9' }) });
		expect(result.error).toBeUndefined();
		expect(requests).toHaveLength(1);
	});
});

describe('SHOPLINE → Product → Get, Count, Delete', () => {
	it('gets one product by ID, with fields', async () => {
		const requests = mockShopline('GET', `products/${PRODUCT_ID}.json`, () => [200, { product: { id: PRODUCT_ID, title: 'T' } }]);
		const result = await runShopline({ operation: 'get', productId: PRODUCT_ID, options: { fields: 'id,title' } });
		expect(requests[0].query).toEqual({ fields: 'id,title' });
		expect(jsonOf(result)).toEqual([{ id: PRODUCT_ID, title: 'T' }]);
	});

	it('counts with the collection, date and status filters', async () => {
		const requests = mockShopline('GET', 'products/count.json', () => [200, { count: 1234 }]);
		const result = await runShopline({
			operation: 'count',
			filters: { collectionId: '12248721639068681442230282', status: 'active', createdAtMin: '2026-01-01', updatedAtMax: '2026-11-01T00:00:00Z' },
		});
		expect(requests[0].query).toEqual({
			collection_id: '12248721639068681442230282',
			status: 'active',
			created_at_min: '2026-01-01',
			updated_at_max: '2026-11-01T00:00:00Z',
		});
		expect(jsonOf(result)).toEqual([{ count: 1234 }]);
	});

	it('deletes and reports the ID', async () => {
		const requests = mockShopline('DELETE', `products/${PRODUCT_ID}.json`, () => [200, '']);
		const result = await runShopline({ operation: 'delete', productId: PRODUCT_ID });
		expect(requests).toHaveLength(1);
		expect(jsonOf(result)).toEqual([{ id: PRODUCT_ID, deleted: true }]);
	});
});

describe('SHOPLINE → Product → Create and Update', () => {
	it('creates a product from the fields: images, options and variants', async () => {
		const requests = mockShopline('POST', 'products/products.json', (request) => [201, { product: { id: PRODUCT_ID, ...(request.body as { product: object }).product } }]);
		const result = await runShopline({
			operation: 'create',
			title: 'Leopard robe',
			productFields: { bodyHtml: '<p>Soft</p>', handle: 'leopard-robe', vendor: 'Factory', tags: 'robe, 1688', status: 'draft', spu: '859086919394', subtitle: 'Long', productCategory: 'Sleepwear', path: '/products/robe', templatePath: 'templates/product.json' },
			images: { image: [{ src: 'https://cbu01.alicdn.com/a.jpg', alt: 'front' }] },
			productOptions: { option: [{ name: 'Color', values: 'Yellow,White' }, { name: 'Size', values: 'S,M' }] },
			variants: {
				variant: [
					{ price: '29.89', compareAtPrice: '39.9', sku: '5674557541674', barcode: 'B1', option1: 'Yellow', option2: 'S', weight: '0.12', weightUnit: 'kg', inventoryPolicy: 'deny', inventoryTracker: 'true', requiredShipping: 'true', taxable: 'false', imageSrc: 'https://cbu01.alicdn.com/b.jpg' },
					{ price: 29.89, option1: 'White', option2: 'M', inventoryPolicy: '', taxable: '' },
				],
			},
		});
		expect(result.error).toBeUndefined();
		expect(requests[0].body).toEqual({
			product: {
				title: 'Leopard robe',
				body_html: '<p>Soft</p>',
				handle: 'leopard-robe',
				vendor: 'Factory',
				tags: 'robe,1688',
				status: 'draft',
				spu: '859086919394',
				subtitle: 'Long',
				product_category: 'Sleepwear',
				path: '/products/robe',
				template_path: 'templates/product.json',
				images: [{ src: 'https://cbu01.alicdn.com/a.jpg', alt: 'front' }],
				options: [
					{ name: 'Color', values: ['Yellow', 'White'] },
					{ name: 'Size', values: ['S', 'M'] },
				],
				variants: [
					{ price: '29.89', compare_at_price: '39.90', sku: '5674557541674', barcode: 'B1', option1: 'Yellow', option2: 'S', weight: '0.12', weight_unit: 'kg', inventory_policy: 'deny', inventory_tracker: true, required_shipping: true, taxable: false, image: { src: 'https://cbu01.alicdn.com/b.jpg' } },
					{ price: '29.89', option1: 'White', option2: 'M' },
				],
			},
		});
		expect(jsonOf(result)[0].id).toBe(PRODUCT_ID);
	});

	it('creates from a product object mapped per item (JSON mode)', async () => {
		const requests = mockShopline('POST', 'products/products.json', (request) => [201, (request.body as object)]);
		const result = await runShopline(
			{ operation: 'create', inputMode: 'json', productJson: '={{ $json.product }}' },
			{ input: [{ product: { title: 'A', variants: [{ price: '1.00' }] } }, { product: { product: { title: 'B' } } }] },
		);
		expect(result.error).toBeUndefined();
		expect(requests.map((r) => r.body)).toEqual([{ product: { title: 'A', variants: [{ price: '1.00' }] } }, { product: { title: 'B' } }]);
		expect(pairedOf(result)).toEqual([{ item: 0 }, { item: 1 }]);
	});

	it('checks a JSON product like the fields, sends its checked values and passes the keys the fields do not know', async () => {
		const requests = mockShopline('PUT', `products/${PRODUCT_ID}.json`, (request) => [200, request.body as object]);
		const product = {
			id: PRODUCT_ID,
			title: ' Robe ',
			tags: ['Spring', ' robe '],
			published_scope: 'web',
			options: [{ name: 'Color', values: 'Red, Blue', values_images: { Red: 'https://img.example.com/r.png' } }],
			variants: [{ id: '18050375907221969070393099', price: 19.9, option1: 'Red', image: { src: 'https://cbu01.alicdn.com/b.jpg', alt: 'red' }, inventory_quantity: 3 }],
			images: [{ id: '5759070976424132652', src: 'https://cbu01.alicdn.com/a.jpg' }],
			body_html: '',
		};
		const result = await runShopline({ operation: 'update', productId: PRODUCT_ID, inputMode: 'json', productJson: '={{ $json.product }}' }, { input: [{ product }] });
		expect(result.error).toBeUndefined();
		expect(requests).toHaveLength(1);
		expect(requests[0].body).toEqual({
			product: {
				id: PRODUCT_ID,
				title: 'Robe',
				tags: 'Spring,robe',
				published_scope: 'web',
				options: [{ name: 'Color', values: ['Red', 'Blue'], values_images: { Red: 'https://img.example.com/r.png' } }],
				variants: [{ id: '18050375907221969070393099', price: '19.90', option1: 'Red', image: { src: 'https://cbu01.alicdn.com/b.jpg', alt: 'red' }, inventory_quantity: 3 }],
				images: [{ id: '5759070976424132652', src: 'https://cbu01.alicdn.com/a.jpg' }],
				// Blank in JSON is a value to send (clear the description), not a field left out.
				body_html: '',
			},
		});
	});

	it('updates only the fields given', async () => {
		const requests = mockShopline('PUT', `products/${PRODUCT_ID}.json`, (request) => [200, { product: { id: PRODUCT_ID, ...(request.body as { product: object }).product } }]);
		const result = await runShopline({ operation: 'update', productId: PRODUCT_ID, productFields: { status: 'active', tags: '' } });
		expect(requests[0].body).toEqual({ product: { status: 'active' } });
		expect(jsonOf(result)).toEqual([{ id: PRODUCT_ID, status: 'active' }]);
	});

	it('refuses an update with nothing to change', async () => {
		const result = await runShopline({ operation: 'update', productId: PRODUCT_ID });
		expect(result.error?.message).toBe('Update Fields: nothing to update — add at least one field');
	});
});
