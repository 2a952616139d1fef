import { normalizeStoreHandle, shoplineBaseUrl } from '../../../nodes/Shopline/api/credentials';

describe('normalizeStoreHandle', () => {
	it.each(['open001', 'OPEN001', ' open001 ', 'open001.myshopline.com', 'https://open001.myshopline.com/admin', 'http://open001.myshopline.com'])(
		'reads %j as open001',
		(input) => {
			expect(normalizeStoreHandle(input)).toEqual({ ok: true, value: 'open001' });
		},
	);

	it.each([['mystore.com'], ['https://www.example.com'], [''], [42], ['evil#'], ['2852039166#'], ['localhost:8443#'], ['a.myshopline.com.evil.com'], ['user:pw@open001.myshopline.com'], ['open001.myshopline.com:8443']])('refuses %j', (input) => {
		const result = normalizeStoreHandle(input);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.field).toBe('Store Handle (SHOPLINE API credential)');
	});
});

describe('shoplineBaseUrl', () => {
	it.each([
		[{ storeHandle: 'open001', apiVersion: 'v20260301' }, 'https://open001.myshopline.com/admin/openapi/v20260301/'],
		[{ storeHandle: 'open001.myshopline.com', apiVersion: 'custom', customApiVersion: 'v20260901' }, 'https://open001.myshopline.com/admin/openapi/v20260901/'],
		[{ storeHandle: 'open001', apiVersion: 'v20250601', baseUrl: 'http://127.0.0.1:8788/' }, 'http://127.0.0.1:8788/admin/openapi/v20250601/'],
	])('%j → %s', (credentials, expected) => {
		const result = shoplineBaseUrl(credentials);
		expect(result.ok && result.value.toString()).toBe(expected);
	});

	it.each([
		[{ storeHandle: 'open001', apiVersion: 'custom', customApiVersion: '2026-03' }, 'API Version (SHOPLINE API credential)'],
		[{ storeHandle: 'open001', apiVersion: 'v20260301', baseUrl: 'localhost:8788' }, 'Base URL Override (SHOPLINE API credential)'],
		[{ storeHandle: 'shop.example.com', apiVersion: 'v20260301' }, 'Store Handle (SHOPLINE API credential)'],
	])('refuses %j, naming %s', (credentials, field) => {
		const result = shoplineBaseUrl(credentials);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.field).toBe(field);
	});
});
