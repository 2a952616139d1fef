/* eslint-disable @n8n/community-nodes/no-hardcoded-secrets -- fake tokens that the tests look for in errors, items and logs */
import { NodeApiError, type INode } from 'n8n-workflow';
import { interpretTmapiResponse } from '../../../nodes/Tmapi1688/api/errors';
import { TMAPI_FAILURES, mockTmapi, ok, products, TMAPI_BASE } from '../../helpers/tmapiServer';
import nock from 'nock';
import { CONTINUE, FAST_RETRIES, runTmapi } from '../../helpers/run';
import { expectNoSecret, jsonOf, pairedOf, TMAPI_TOKEN, tmapiCredentials } from '../../helpers/workflows';
import detail from '../../fixtures/tmapi/item-detail.json';

const node: INode = { id: '1', name: 'TMAPI 1688', type: 'n8n-nodes-tmapi-1688.tmapi1688', typeVersion: 1, position: [0, 0], parameters: {} };
const TOKEN = 'tk_live_9a8b7c6d5e4f';
const call = { method: 'GET' as const, path: '/1688/shop/items/v2', qs: { shop_url: 'https://xldjjg.1688.com/', page: 2, apiToken: TOKEN }, itemIndex: 0 };

const interpret = (statusCode: number, body: unknown, headers: Record<string, unknown> = {}) =>
	interpretTmapiResponse(node, { statusCode, headers, body }, call, [TOKEN]);

describe('interpretTmapiResponse', () => {
	it('returns data on HTTP 200 with code 200', () => {
		expect(interpret(200, { code: 200, msg: 'success', data: { items: [] } })).toEqual({ ok: true, value: { items: [] } });
	});

	it('accepts code "200" as a string', () => {
		expect(interpret(200, { code: '200', data: { page: 1 } }).ok).toBe(true);
	});

	describe.each(TMAPI_FAILURES)('code %i', (code, retryable, message) => {
		it.each([
			['as the body code under HTTP 200', 200],
			['as the HTTP status', code],
		])('is read %s', (_form, status) => {
			const result = interpret(status, { code, msg: 'server words', data: null });
			expect(result.ok).toBe(false);
			if (result.ok) return;
			expect(result.retryable).toBe(retryable);
			expect(result.error).toBeInstanceOf(NodeApiError);
			expect(result.error.message).toBe(message);
			expect((result.error as NodeApiError).description).toContain('server words');
			expect((result.error as NodeApiError).httpCode).toBe(String(code));
		});
	});

	it('marks 503 as overload so the run lowers its concurrency', () => {
		const result = interpret(200, { code: 503, msg: 'busy' });
		expect(result.ok === false && (result as { overload?: boolean }).overload).toBe(true);
	});

	it('names the parameters sent on 422, never the token', () => {
		const result = interpret(200, { code: 422, msg: `bad shop_url (apiToken=${TOKEN})` });
		if (result.ok) throw new Error('expected a failure');
		const description = (result.error as NodeApiError).description ?? '';
		expect(description).toContain('shop_url=https://xldjjg.1688.com/');
		expect(description).toContain('page=2');
		expect(`${result.error.message} ${description}`).not.toContain(TOKEN);
	});

	it('points 439 to the TMAPI console', () => {
		const result = interpret(200, { code: 439, msg: 'balance' });
		if (result.ok) throw new Error('expected a failure');
		expect((result.error as NodeApiError).description).toContain('console.tmapi.io');
	});

	it.each([
		[401, { message: 'No API key found in request' }, 'did not accept the API token', false],
		[401, { message: 'Invalid authentication credentials' }, 'did not accept the API token', false],
		[404, { message: 'no Route matched with those values' }, 'has no endpoint', false],
		[429, { message: 'API rate limit exceeded' }, 'HTTP 429', true],
		[502, { message: 'An invalid response was received from the upstream server' }, 'HTTP 502', true],
	])('reads a gateway answer HTTP %i %j', (status, body, words, retryable) => {
		const error = expect.objectContaining({ message: expect.stringContaining(words), description: expect.stringContaining(body.message) });
		expect(interpret(status, body)).toMatchObject({ ok: false, retryable, error });
	});

	it('honours Retry-After on a retryable failure', () => {
		const result = interpret(503, { code: 503 }, { 'retry-after': '3' });
		expect(result.ok === false && result.retryAfterMs).toBe(3000);
	});

	it.each([
		['an HTML error page', 502, '<html><body><h1>502 Bad Gateway</h1></body></html>', 'not JSON: "502 Bad Gateway"', true],
		['an HTML page with status 200', 200, '<html><title>Welcome</title></html>', 'not JSON: "Welcome"', false],
		['an empty body', 200, '', 'an empty body', false],
		['a truncated JSON body', 200, '{"code":200,"data":{"items":[{"item_', 'incomplete JSON', true],
		['no body at all', 500, undefined, 'an empty body', true],
	])('gives a clear error for %s', (_what, status, body, words, retryable) => {
		expect(interpret(status, body)).toMatchObject({ ok: false, retryable, error: expect.objectContaining({ message: expect.stringContaining(words) }) });
	});

	it('refuses a success without data', () => {
		const result = interpret(200, { code: 200, msg: 'success' });
		expect(result.ok).toBe(false);
	});
});

const DETAIL = '/1688/item_detail_by_url';
const SHOP = '/1688/shop/items/v2';
const networkError = (code: string, message: string) => Object.assign(new Error(message), { code });

const detailParams = (options: Record<string, unknown> = {}) => ({ resource: 'item', operation: 'getDetail', productUrl: '859086919394', options: { ...FAST_RETRIES, ...options } });

describe('TMAPI failures, in both forms', () => {
	describe.each(TMAPI_FAILURES)('code %i', (code, retryable, message) => {
		it.each([
			['body code under HTTP 200', 200],
			['HTTP status', code],
		])('as %s', async (_form, status) => {
			const requests = mockTmapi('POST', DETAIL, () => [status, { code, msg: 'from TMAPI', data: null }]);
			const result = await runTmapi(detailParams());
			expect(result.error?.message).toBe(message);
			expect(result.error?.description).toContain('TMAPI says: from TMAPI.');
			expect(requests).toHaveLength(retryable ? 3 : 1);
			if (retryable) expect(result.error?.description).toContain('Gave up after 3 tries');
			expectNoSecret(result, TMAPI_TOKEN);
		});
	});

	it('succeeds when a retried request comes through', async () => {
		const requests = mockTmapi('POST', DETAIL, (_r, index) => (index === 0 ? [200, { code: 417, msg: 'retry' }] : [200, detail]));
		const result = await runTmapi(detailParams());
		expect(result.error).toBeUndefined();
		expect(requests).toHaveLength(2);
		expect(jsonOf(result)[0].item_id).toBe('859086919394');
		expect(result.logs.filter((line) => line.message === 'TMAPI request will be retried')).toHaveLength(1);
	});

	it('lists the parameters sent on a 422 so the bad one can be found', async () => {
		mockTmapi('GET', SHOP, () => [200, { code: 422, msg: 'Parameter error' }]);
		const result = await runTmapi({ resource: 'shop', operation: 'getItems', shopUrl: 'xldjjg.1688.com', limit: 5, options: { sort: 'sales' } });
		expect(result.error?.description).toContain('Parameters sent: shop_url=https://xldjjg.1688.com/, sort=sales, page=1, page_size=20.');
		expectNoSecret(result, TMAPI_TOKEN);
	});

	it.each([
		[401, { message: 'No API key found in request' }, 'TMAPI did not accept the API token (HTTP 401)', 'No API key found in request'],
		[403, { message: 'Invalid authentication credentials' }, 'TMAPI did not accept the API token (HTTP 403)', 'Invalid authentication credentials'],
		[404, { message: 'no Route matched with those values' }, 'TMAPI has no endpoint POST /1688/item_detail_by_url (HTTP 404)', 'no Route matched'],
	])('explains a gateway answer HTTP %i', async (status, body, message, words) => {
		const requests = mockTmapi('POST', DETAIL, () => [status, body]);
		const result = await runTmapi(detailParams());
		expect(result.error?.message).toBe(message);
		expect(result.error?.description).toContain(words);
		expect(requests).toHaveLength(1);
	});

	it('retries a dropped connection, then succeeds', async () => {
		const dropped = nock(TMAPI_BASE).post(DETAIL).query(true).replyWithError(networkError('ECONNRESET', 'socket hang up'));
		const requests = mockTmapi('POST', DETAIL, () => [200, detail]);
		const result = await runTmapi(detailParams());
		expect(result.error).toBeUndefined();
		expect(dropped.isDone()).toBe(true);
		expect(requests).toHaveLength(1);
	});

	it('does not retry a refused connection, and says where to look', async () => {
		const refused = nock(TMAPI_BASE).post(DETAIL).query(true).times(3).replyWithError(networkError('ECONNREFUSED', `connect ECONNREFUSED ${TMAPI_BASE}/?apiToken=${encodeURIComponent(TMAPI_TOKEN)}`));
		const result = await runTmapi(detailParams());
		expect(result.error?.message).toContain('No answer from TMAPI');
		expect(result.error?.description).toContain('Check the API Host / Base URL');
		// One try only: two of the three interceptors are left.
		expect(refused.pendingMocks()).toHaveLength(1);
		expect(refused.activeMocks()).toHaveLength(1);
		expectNoSecret(result, TMAPI_TOKEN);
	});

	it('keeps the token out of an error that echoes the request URL', async () => {
		// An unmatched request: nock's error message holds the full URL, token included.
		nock(TMAPI_BASE).get('/elsewhere').reply(200, {});
		const result = await runTmapi(detailParams());
		expect(result.error?.message).toContain('No answer from TMAPI');
		expect(result.error?.description).toContain('apiToken=***');
		expectNoSecret(result, TMAPI_TOKEN);
	});
});

describe('TMAPI input validation', () => {
	it.each([
		[{ resource: 'shop', operation: 'getItems', shopUrl: 'https://example.com/shop' }, 'Shop URL: "https://example.com/shop" is not valid'],
		[{ resource: 'shop', operation: 'getItems', shopUrl: '={{ "" }}' }, 'Shop URL: an empty value is not valid'],
		[{ resource: 'item', operation: 'getDetail', productUrl: 'https://xldjjg.1688.com/' }, 'Product URL or Offer ID: "https://xldjjg.1688.com/" is not valid — this is a shop address'],
		[{ resource: 'category', operation: 'getItems', categoryId: 'abc' }, 'Category ID: "abc" is not valid — use a numeric category ID'],
		[{ resource: 'category', operation: 'getItems', categoryId: '5', filters: { priceStart: '20', priceEnd: '10' } }, 'Max Price: "10" is not valid — Max Price must not be lower than Min Price (20)'],
		[{ resource: 'category', operation: 'getItems', categoryId: '5', returnAll: false, limit: 0 }, 'Limit: 0 is not valid — use a whole number from 1 to 1000000'],
	])('refuses %j before any request', async (parameters, message) => {
		const scope = nock(TMAPI_BASE).get(/.*/).reply(500).post(/.*/).reply(500);
		const result = await runTmapi(parameters);
		expect(result.error?.message).toContain(message);
		expect(result.error?.name).toBe('NodeOperationError');
		expect(scope.pendingMocks()).toHaveLength(2);
	});
});

describe('TMAPI items: continueOnFail, expressions, pairing', () => {
	it('turns a failing input into an error item and lets the others through', async () => {
		const requests = mockTmapi('POST', DETAIL, (request) =>
			(request.body as { url: string }).url.includes('222222222222') ? [200, { code: 439, msg: 'no balance' }] : [200, detail],
		);
		const result = await runTmapi(
			{ resource: 'item', operation: 'getDetail', productUrl: '={{ $json.offer }}', options: FAST_RETRIES },
			{ input: [{ offer: '111111111111' }, { offer: 'https://example.com/x' }, { offer: '222222222222' }, { offer: '333333333333' }], node: CONTINUE },
		);
		expect(result.error).toBeUndefined();
		expect(requests).toHaveLength(3);
		expect(pairedOf(result)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }, { item: 3 }]);
		const json = jsonOf(result);
		expect(json[0].item_id).toBe('859086919394');
		expect(json[1].error).toContain('Product URL or Offer ID: "https://example.com/x" is not valid');
		expect(json[2].error).toBe('TMAPI subscription expired or balance too low (code 439)');
		expect(json[2].details).toContain('console.tmapi.io');
		expect(json[3].item_id).toBe('859086919394');
		expectNoSecret(result, TMAPI_TOKEN);
	});

	it('reads every parameter per item; nothing leaks from one item to the next', async () => {
		const requests = mockTmapi('GET', SHOP, (request) => ok({ page: 1, page_size: 20, total_count: 1, items: products(Number(request.query.page), 20, 1) }));
		const result = await runTmapi(
			{
				resource: 'shop',
				operation: 'getItems',
				shopUrl: '={{ $json.shop }}',
				returnAll: true,
				filters: { cat: '={{ $json.cat }}' },
				options: { sort: '={{ $json.sort }}', concurrency: 1 },
			},
			{
				input: [
					{ shop: 'aaa.1688.com', cat: '11', sort: 'sales' },
					{ shop: 'bbb.1688.com', sort: 'price_up' },
					{ shop: 'https://ccc.1688.com/page/x.htm', cat: '33' },
				],
			},
		);
		expect(result.error).toBeUndefined();
		expect(requests.map((request) => request.query.apiToken)).toEqual([TMAPI_TOKEN, TMAPI_TOKEN, TMAPI_TOKEN]);
		expect(requests.map(({ query }) => ({ ...query, apiToken: undefined }))).toEqual([
			{ apiToken: undefined, shop_url: 'https://aaa.1688.com/', cat: '11', sort: 'sales', page: '1', page_size: '20' },
			{ apiToken: undefined, shop_url: 'https://bbb.1688.com/', sort: 'price_up', page: '1', page_size: '20' },
			{ apiToken: undefined, shop_url: 'https://ccc.1688.com/', cat: '33', sort: 'default', page: '1', page_size: '20' },
		]);
		expect(pairedOf(result)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
	});

	it('without continueOnFail, stops at the failing item with its index', async () => {
		mockTmapi('POST', DETAIL, () => [200, detail]);
		const result = await runTmapi(
			{ resource: 'item', operation: 'getDetail', productUrl: '={{ $json.offer }}', options: { ...FAST_RETRIES, concurrency: 1 } },
			{ input: [{ offer: '111111111111' }, { offer: 'nope' }] },
		);
		expect(result.error?.message).toContain('Product URL or Offer ID: "nope" is not valid');
		expect(result.error?.context?.itemIndex).toBe(1);
	});

	it('names the bad setting of the credential', async () => {
		const result = await runTmapi(detailParams(), { credentials: tmapiCredentials({ host: 'custom', customBaseUrl: 'localhost:8787' }) });
		expect(result.error?.message).toBe(
			'Base URL (TMAPI API credential): "localhost:8787" is not valid — use an http:// or https:// address such as http://localhost:8787',
		);
	});
});
