import { normaliseStoreHandle, resolveShoplineBaseUrl } from '../../nodes/Shopline/helpers/credentials';

describe('normaliseStoreHandle', () => {
	it.each(['open001', 'OPEN001', ' open001 ', 'open001.myshopline.com', 'https://open001.myshopline.com/admin', 'http://open001.myshopline.com'])(
		'reads %j as open001',
		(input) => {
			expect(normaliseStoreHandle(input)).toEqual({ ok: true, value: 'open001' });
		},
	);

	it.each([['mystore.com'], ['https://www.example.com'], [''], [42]])('refuses %j', (input) => {
		const result = normaliseStoreHandle(input);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.field).toBe('Store Handle (SHOPLINE API credential)');
	});
});

describe('resolveShoplineBaseUrl', () => {
	it.each([
		[{ storeHandle: 'open001', apiVersion: 'v20260301' }, 'https://open001.myshopline.com/admin/openapi/v20260301/'],
		[{ storeHandle: 'open001.myshopline.com', apiVersion: 'custom', customApiVersion: 'v20260901' }, 'https://open001.myshopline.com/admin/openapi/v20260901/'],
		[{ storeHandle: 'open001', apiVersion: 'v20250601', baseUrl: 'http://127.0.0.1:8788/' }, 'http://127.0.0.1:8788/admin/openapi/v20250601/'],
	])('%j → %s', (credentials, expected) => {
		expect(resolveShoplineBaseUrl(credentials)).toEqual({ ok: true, value: expected });
	});

	it.each([
		[{ storeHandle: 'open001', apiVersion: 'custom', customApiVersion: '2026-03' }, 'API Version (SHOPLINE API credential)'],
		[{ storeHandle: 'open001', apiVersion: 'v20260301', baseUrl: 'localhost:8788' }, 'Base URL Override (SHOPLINE API credential)'],
		[{ storeHandle: 'shop.example.com', apiVersion: 'v20260301' }, 'Store Handle (SHOPLINE API credential)'],
	])('refuses %j, naming %s', (credentials, field) => {
		const result = resolveShoplineBaseUrl(credentials);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.field).toBe(field);
	});
});
