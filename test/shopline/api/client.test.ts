import nock from 'nock';

import { CONTINUE, FAST_RETRIES, runShopline } from '../../helpers/run';
import { expectNoSecret, jsonOf, pairedOf, SHOPLINE_TOKEN, shoplineCredentials } from '../../helpers/workflows';
import { mockShopline, SHOPLINE_ORIGIN, SHOPLINE_PREFIX, shoplineProduct } from '../../helpers/shoplineServer';

const PRODUCT_ID = '16057850264845250791280282';

describe('SHOPLINE retries', () => {
	it('retries a 429 and goes on with the same page', async () => {
		const requests = mockShopline('GET', 'products/products.json', (_r, index) =>
			index === 0 ? [429, { errors: 'Too many request' }] : [200, { products: [shoplineProduct(1)] }],
		);
		const result = await runShopline({ operation: 'getAll', returnAll: true, options: FAST_RETRIES });
		expect(result.error).toBeUndefined();
		expect(requests.map((r) => r.query)).toEqual([{ limit: '250' }, { limit: '250' }]);
		expect(jsonOf(result)).toEqual([shoplineProduct(1)]);
	});

	it('waits the seconds Retry-After asks for', async () => {
		const requests = mockShopline('GET', 'products/count.json', (_r, index) =>
			index === 0 ? [429, { errors: 'Too many request' }, { 'Retry-After': '1' }] : [200, { count: 3 }],
		);
		const result = await runShopline({ operation: 'count', options: FAST_RETRIES });
		expect(jsonOf(result)).toEqual([{ count: 3 }]);
		// The node chose to wait 1 s, not its 1 ms Retry Delay...
		const retries = result.logs.filter((line) => line.message === 'SHOPLINE request will be retried');
		expect(retries.map((line) => (line.meta as { delayMs: number }).delayMs)).toEqual([1000]);
		// ...and did: a busy machine only lengthens a wait. (A timer may fire a few milliseconds
		// before its time by the clock the test reads, as Node counts from the event loop's
		// last look at the clock; 900 leaves room for that.)
		expect(requests[1].at - requests[0].at).toBeGreaterThanOrEqual(900);
	});

	it.each([500, 502, 503, 504])('retries a read on HTTP %i', async (status) => {
		const requests = mockShopline('GET', `products/${PRODUCT_ID}.json`, (_r, index) => (index < 2 ? [status, { errors: 'busy' }] : [200, { product: { id: PRODUCT_ID } }]));
		const result = await runShopline({ operation: 'get', productId: PRODUCT_ID, options: FAST_RETRIES });
		expect(requests).toHaveLength(3);
		expect(jsonOf(result)).toEqual([{ id: PRODUCT_ID }]);
	});

	it('retries a create refused with 429', async () => {
		const requests = mockShopline('POST', 'products/products.json', (_r, index) => (index === 0 ? [429, { errors: 'Too many request' }] : [201, { product: { id: PRODUCT_ID } }]));
		const result = await runShopline({ operation: 'create', title: 'A', options: FAST_RETRIES });
		expect(requests).toHaveLength(2);
		expect(jsonOf(result)).toEqual([{ id: PRODUCT_ID }]);
	});

	it.each(['POST', 'PUT', 'DELETE'] as const)('never repeats a %s that may have been applied (HTTP 503)', async (method) => {
		const path = method === 'POST' ? 'products/products.json' : `products/${PRODUCT_ID}.json`;
		const requests = mockShopline(method, path, () => [503, { errors: 'unavailable' }]);
		const parameters = { POST: { operation: 'create', title: 'A' }, PUT: { operation: 'update', productId: PRODUCT_ID, productFields: { title: 'B' } }, DELETE: { operation: 'delete', productId: PRODUCT_ID } }[method];
		const result = await runShopline({ ...parameters, options: FAST_RETRIES });
		expect(requests).toHaveLength(1);
		expect(result.error?.description).toContain('may or may not have been applied');
	});

	it('never repeats a create after a dropped connection', async () => {
		const scope = nock(SHOPLINE_ORIGIN)
			.post(`${SHOPLINE_PREFIX}products/products.json`)
			.times(2)
			.replyWithError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));
		const result = await runShopline({ operation: 'create', title: 'A', options: FAST_RETRIES });
		expect(result.error?.message).toBe('No answer from SHOPLINE: the connection was dropped');
		expect(result.error?.description).toContain('may or may not have been applied');
		expect(scope.pendingMocks()).toHaveLength(1);
	});

	it('gives up after Max Tries with the last error', async () => {
		const requests = mockShopline('GET', 'products/count.json', () => [503, { errors: 'unavailable' }]);
		const result = await runShopline({ operation: 'count', options: { ...FAST_RETRIES, maxTries: 3 } });
		expect(requests).toHaveLength(3);
		expect(result.error?.message).toBe('SHOPLINE GET products/count.json failed with HTTP 503: unavailable');
		expect(result.error?.description).toContain('Gave up after 3 tries');
	});
});

describe('SHOPLINE errors', () => {
	it.each([
		[401, { errors: '[API] Invalid API key or access token' }, 'access token is missing, invalid or expired'],
		[402, { errors: 'Payment Required' }, 'store is frozen'],
		[403, { errors: 'Forbidden' }, 'read_products and write_products'],
		[423, { errors: 'Locked' }, 'store is locked'],
		[422, { errors: { title: ["can't be blank"] } }, 'check the fields named'],
	])('explains HTTP %i with SHOPLINE\'s words and the traceId', async (status, body, advice) => {
		const requests = mockShopline('GET', 'products/count.json', () => [status, body, { traceId: 'trace-xyz' }]);
		const result = await runShopline({ operation: 'count', options: FAST_RETRIES });
		expect(requests).toHaveLength(1);
		expect(result.error?.message).toMatch(new RegExp(`^SHOPLINE GET products/count.json failed with HTTP ${status}: `));
		expect(result.error?.description).toContain(advice);
		expect(result.error?.description).toContain('traceId trace-xyz');
		expect(result.error?.httpCode).toBe(String(status));
		expectNoSecret(result, SHOPLINE_TOKEN);
	});

	it('reports a redirect to the website as a wrong handle or version', async () => {
		mockShopline('GET', 'products/count.json', () => [302, '', { location: 'https://www.shopline.com/' }]);
		const result = await runShopline({ operation: 'count', options: FAST_RETRIES });
		expect(result.error?.message).toBe('SHOPLINE redirected the request to https://www.shopline.com/ (HTTP 302)');
	});

	it('turns a failing input into an error item and lets the others through', async () => {
		const requests = mockShopline('GET', /products\/\d+\.json/, (request) =>
			request.path.includes('404') ? [404, { errors: 'Not Found' }] : [200, { product: { id: request.path.split('/').pop()!.replace('.json', '') } }],
		);
		const result = await runShopline(
			{ operation: 'get', productId: '={{ $json.id }}', options: FAST_RETRIES },
			{ input: [{ id: '11111111111111111111111111' }, { id: Number('16057850264845250791280282') }, { id: '40440440440440440440440404' }, { id: '22222222222222222222222222' }], node: CONTINUE },
		);
		expect(result.error).toBeUndefined();
		expect(requests).toHaveLength(3);
		expect(pairedOf(result)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }, { item: 3 }]);
		const json = jsonOf(result);
		expect(json[0]).toEqual({ id: '11111111111111111111111111' });
		expect(json[1].error).toContain(`Product ID: ${String(Number('16057850264845250791280282'))} is not valid — use the ID as text of digits`);
		expect(json[1].error).toContain('keep it as text');
		expect(json[2].error).toBe('SHOPLINE GET products/40440440440440440440440404.json failed with HTTP 404: Not Found');
		expect(json[3]).toEqual({ id: '22222222222222222222222222' });
		expectNoSecret(result, SHOPLINE_TOKEN);
	});

	it.each([
		[{ operation: 'getAll', filters: { updatedAtMin: 'yesterday' } }, 'Updated After: "yesterday" is not valid — use an ISO 8601 date such as 2021-09-02T14:11:54+00:00'],
		[{ operation: 'getAll', filters: { createdAtMin: '2026-02-01', createdAtMax: '2026-01-01' } }, 'Created Before: "2026-01-01" is not valid — use a time not earlier than Created After (2026-02-01)'],
		[{ operation: 'getAll', options: { pageSize: 251 } }, 'Page Size: 251 is not valid — use a whole number from 1 to 250'],
		[{ operation: 'create', title: 'A', variants: { variant: [{ price: 'ten' }] } }, 'Variants → Price (variant 1): "ten" is not valid — use a price such as 19.90 (rounded to 2 decimals)'],
		[{ operation: 'create', inputMode: 'json', productJson: '{"title": ' }, 'Product (JSON): the text is not valid JSON'],
		[{ operation: 'create', inputMode: 'json', productJson: '={{ [1, 2] }}' }, 'Product (JSON): a list is not valid — use a product object such as {"title": "My product"}'],
	])('refuses %j before any request', async (parameters, message) => {
		const scope = nock(SHOPLINE_ORIGIN).get(/.*/).reply(500).post(/.*/).reply(500);
		const result = await runShopline({ ...parameters, options: { ...FAST_RETRIES, ...((parameters as { options?: object }).options ?? {}) } });
		expect(result.error?.message).toBe(message);
		expect(result.error?.name).toBe('NodeOperationError');
		expect(scope.pendingMocks()).toHaveLength(2);
	});

	it('names the bad setting of the credential', async () => {
		const result = await runShopline({ operation: 'count' }, { credentials: shoplineCredentials({ storeHandle: 'www.mystore.com' }) });
		expect(result.error?.message).toContain('Store Handle (SHOPLINE API credential): "www.mystore.com" is not valid');
	});
});
