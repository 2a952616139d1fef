import type { ICredentialsDecrypted, IDataObject, INodeType } from 'n8n-workflow';

import { Shopline } from '../../nodes/Shopline/Shopline.node';
import { Tmapi1688 } from '../../nodes/Tmapi1688/Tmapi1688.node';
import type { RunResult } from '../harness/workflow';
import { CONTINUE, FAST_RETRIES, runShopline, runTmapi } from '../helpers/run';
import { mockShopline } from '../helpers/shoplineServer';
import { mockTmapi, ok } from '../helpers/tmapiServer';
import { expectNoSecret, SHOPLINE_TOKEN, shoplineCredentials, TMAPI_TOKEN, tmapiCredentials, visibleText } from '../helpers/workflows';
import { catchAll, expectNoTrace, watchHost } from './holes.helpers';

/**
 * Where the token goes and what the user sees: one rule decides the SHOPLINE host for
 * the credential test and the node (item 5), TMAPI never follows a redirect with the token
 * (item 6), secrets are masked before anything is cut (item 7), and a Base URL is joined
 * with the URL API or refused (item 8).
 */

const count = { operation: 'count', options: FAST_RETRIES };
const detail = { resource: 'item', operation: 'getDetail', productUrl: '610000000001', options: FAST_RETRIES };
const lowerEscapes = (text: string) => encodeURIComponent(text).replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase());

type Answer = { statusCode: number; headers: Record<string, string>; body: unknown };

/** Runs a node's credential test method against a fake `request` helper. */
async function credentialTest(node: INodeType, method: string, type: string, data: IDataObject, answer: Answer) {
	const test = node.methods?.credentialTest?.[method];
	expect(typeof test).toBe('function');
	const request = jest.fn<Promise<Answer>, [Record<string, unknown>]>(async () => answer);
	const ctx = { helpers: { request }, logger: { debug() {}, info() {}, warn() {}, error() {} } };
	const credential = { id: '1', name: 'x', type, data } as ICredentialsDecrypted;
	const result = await test!.call(ctx as never, credential);
	const options = request.mock.calls.map(([sent]) => sent as { uri?: string; url?: string; headers?: IDataObject; qs?: IDataObject; followRedirect?: boolean });
	return { result, options, uris: options.map((sent) => sent.uri ?? sent.url) };
}

const shoplineData = (overrides: IDataObject = {}): IDataObject => ({ ...shoplineCredentials(overrides).shoplineApi });
const shoplineOk: Answer = { statusCode: 200, headers: {}, body: { count: 3 } };
const tmapiOk: Answer = { statusCode: 200, headers: {}, body: { code: 200, msg: 'success', data: { cat_id: null, children: [] } } };

const BAD_HANDLES = ['2852039166#', 'evil#', 'localhost:8443#', 'a.myshopline.com.evil.com', 'open001.myshopline.com?x=1'];

describe('10.5 one rule for the SHOPLINE host, in the credential test and the node', () => {
	it('the node names its credential test method', () => {
		expect(new Shopline().description.credentials?.[0]).toMatchObject({ name: 'shoplineApi', testedBy: 'shoplineApiTest' });
		expect(new Tmapi1688().description.credentials?.[0]).toMatchObject({ name: 'tmapi1688Api', testedBy: 'tmapi1688ApiTest' });
	});

	it.each(BAD_HANDLES)('the credential test refuses the handle %s without sending anything', async (storeHandle) => {
		const { result, options } = await credentialTest(new Shopline(), 'shoplineApiTest', 'shoplineApi', shoplineData({ storeHandle }), shoplineOk);
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/Store Handle/);
		expect(options).toHaveLength(0);
	});

	it.each(BAD_HANDLES)('the node refuses the handle %s without sending anything', async (storeHandle) => {
		const seen = catchAll(200, { count: 3 });
		const result = await runShopline(count, { credentials: shoplineCredentials({ storeHandle }) });
		expect(result.error?.message).toMatch(/Store Handle/);
		expect(result.items).toEqual([]);
		expect(seen).toHaveLength(0);
	});

	it('the credential test asks the store the node would ask, with the Bearer token and no redirects', async () => {
		const { result, options, uris } = await credentialTest(new Shopline(), 'shoplineApiTest', 'shoplineApi', shoplineData({ storeHandle: 'open001' }), shoplineOk);
		expect(result.status).toBe('OK');
		expect(uris).toEqual(['https://open001.myshopline.com/admin/openapi/v20260301/products/count.json']);
		expect(options[0].headers?.Authorization).toBe(`Bearer ${SHOPLINE_TOKEN}`);
		expect(options[0].followRedirect).toBe(false);
	});

	it('the credential test follows the Base URL Override as the node does', async () => {
		const { result, uris } = await credentialTest(new Shopline(), 'shoplineApiTest', 'shoplineApi', shoplineData({ baseUrl: 'http://127.0.0.1:8788/' }), shoplineOk);
		expect(result.status).toBe('OK');
		expect(uris).toEqual(['http://127.0.0.1:8788/admin/openapi/v20260301/products/count.json']);
	});

	it('the credential test reports a rejected token as an error', async () => {
		const { result, options } = await credentialTest(new Shopline(), 'shoplineApiTest', 'shoplineApi', shoplineData(), { statusCode: 401, headers: {}, body: { errors: 'Invalid token' } });
		expect(result.status).toBe('Error');
		expect(options).toHaveLength(1);
		expect(result.message).not.toContain(SHOPLINE_TOKEN);
	});
});

describe('10.6 TMAPI never follows a redirect with the token', () => {
	const evilLocation = `https://evil.example/steal?apiToken=${encodeURIComponent(TMAPI_TOKEN)}`;

	it.each([307, 302, 301, 308])('item detail (POST) answered %i: fails, nothing reaches the other host', async (status) => {
		const evil = watchHost('https://evil.example');
		const requests = mockTmapi('POST', '/1688/item_detail_by_url', () => [status, '', { Location: evilLocation }]);
		const result = await runTmapi(detail);
		expect(result.error?.message).toMatch(/redirect/i);
		expect(evil).toHaveLength(0);
		expect(requests).toHaveLength(1);
		expectNoSecret(result, TMAPI_TOKEN);
		expectNoTrace(result, TMAPI_TOKEN);
	});

	it('a list (GET) answered 302: fails, nothing reaches the other host, with Continue On Fail too', async () => {
		const evil = watchHost('https://evil.example');
		const requests = mockTmapi('GET', '/1688/category/items/v2', () => [302, '', { Location: evilLocation }]);
		const result = await runTmapi({ resource: 'category', operation: 'getItems', categoryId: '1031922', limit: 5, options: FAST_RETRIES }, { node: CONTINUE });
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(1);
		expect(String(result.items[0].json.error)).toMatch(/redirect/i);
		expect(evil).toHaveLength(0);
		expect(requests).toHaveLength(1);
		expectNoTrace(result, TMAPI_TOKEN);
	});

	it('the credential test sends the token as apiToken and asks not to follow redirects', async () => {
		const { result, options, uris } = await credentialTest(new Tmapi1688(), 'tmapi1688ApiTest', 'tmapi1688Api', { ...tmapiCredentials().tmapi1688Api }, tmapiOk);
		expect(result.status).toBe('OK');
		expect(options).toHaveLength(1);
		expect(options[0].qs?.apiToken).toBe(TMAPI_TOKEN);
		expect(options[0].followRedirect).toBe(false);
		expect(new URL(String(uris[0])).origin).toBe('https://api.tmapi.io');
	});

	it('the credential test reports a redirect as an error', async () => {
		const { result, options } = await credentialTest(new Tmapi1688(), 'tmapi1688ApiTest', 'tmapi1688Api', { ...tmapiCredentials().tmapi1688Api }, {
			statusCode: 302,
			headers: { location: 'https://evil/' },
			body: '',
		});
		expect(options).toHaveLength(1);
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/redirect/i);
	});
});

describe('10.7 secrets are masked before anything is cut', () => {
	it.each([false, true])('SHOPLINE 422 text answer with the token at offset 285 (Continue On Fail: %s)', async (onError) => {
		mockShopline('GET', 'products/count.json', () => [422, `${'e'.repeat(285)}${SHOPLINE_TOKEN} and more`, { 'content-type': 'text/plain' }]);
		const result = await runShopline(count, { node: onError ? CONTINUE : {} });
		expect(onError ? result.items.length : result.error ? 1 : 0).toBe(1);
		expectNoTrace(result, SHOPLINE_TOKEN);
	});

	it('SHOPLINE 422 whose errors text holds the token at offset 290', async () => {
		mockShopline('GET', 'products/count.json', () => [422, { errors: `${'e'.repeat(290)}${SHOPLINE_TOKEN} and more` }]);
		const result = await runShopline(count);
		expect(result.error).toBeDefined();
		expectNoTrace(result, SHOPLINE_TOKEN);
	});

	it.each([false, true])('TMAPI 500 HTML page with the token at offset 100 (Continue On Fail: %s)', async (onError) => {
		mockTmapi('POST', '/1688/item_detail_by_url', () => [500, `<html><body>${'e'.repeat(100)}${TMAPI_TOKEN} upstream</body></html>`, { 'content-type': 'text/html' }]);
		const result = await runTmapi(detail, { node: onError ? CONTINUE : {} });
		expect(onError ? result.items.length : result.error ? 1 : 0).toBe(1);
		expectNoTrace(result, TMAPI_TOKEN);
	});

	it.each([
		['raw', SHOPLINE_TOKEN],
		['URL-encoded', encodeURIComponent(SHOPLINE_TOKEN)],
	])('SHOPLINE 302 whose Location carries the token (%s)', async (_name, form) => {
		const requests = mockShopline('GET', 'products/count.json', () => [302, '', { Location: `https://www.myshopline.com/login?token=${form}` }]);
		const result = await runShopline(count);
		expect(result.error?.message).toMatch(/redirect/i);
		expect(requests).toHaveLength(1);
		expectNoSecret(result, SHOPLINE_TOKEN);
		expectNoTrace(result, SHOPLINE_TOKEN);
	});

	it('TMAPI answer echoing the token with lower-case percent-escapes', async () => {
		const echoed = lowerEscapes(TMAPI_TOKEN);
		expect(echoed).not.toBe(encodeURIComponent(TMAPI_TOKEN));
		mockTmapi('POST', '/1688/item_detail_by_url', () => [200, { code: 422, msg: `bad request /1688/item_detail_by_url?apiToken=${echoed}` }]);
		const result = await runTmapi(detail);
		expect(result.error).toBeDefined();
		const text = visibleText(result);
		expect(text).toContain('***');
		expect(text).not.toContain(echoed);
		expect(text.toLowerCase()).not.toContain(echoed.toLowerCase());
		expectNoTrace(result, TMAPI_TOKEN);
	});

	it('SHOPLINE answer echoing the token with lower-case percent-escapes', async () => {
		const echoed = lowerEscapes(SHOPLINE_TOKEN);
		expect(echoed).not.toBe(encodeURIComponent(SHOPLINE_TOKEN));
		mockShopline('GET', 'products/count.json', () => [401, { errors: `Invalid token ${echoed}` }]);
		const result = await runShopline(count, { node: CONTINUE });
		expect(result.items).toHaveLength(1);
		const text = visibleText(result);
		expect(text).toContain('***');
		expect(text).not.toContain(echoed);
		expectNoTrace(result, SHOPLINE_TOKEN);
	});
});

describe('10.8 a Base URL is joined with the URL API, or refused', () => {
	const USER_PASSWORD = 'https://user:pw@proxy.example/';

	it.each(['https://proxy.example/base?tenant=1', 'https://proxy.example/base#x'])('SHOPLINE Base URL Override %s is refused before any request', async (baseUrl) => {
		const seen = catchAll(200, { count: 3 });
		const result = await runShopline({ operation: 'delete', productId: '16057850264845250791280282', options: FAST_RETRIES }, { credentials: shoplineCredentials({ baseUrl }) });
		expect(result.error?.message).toMatch(/Base URL Override/);
		expect(result.items).toEqual([]);
		expect(seen).toHaveLength(0);
	});

	it('SHOPLINE Base URL Override with a path keeps it: /base/admin/openapi/…', async () => {
		const requests = mockShopline('GET', /^\/base\/admin\/openapi\/v20260301\/products\/count\.json/, () => [200, { count: 3 }], 5, 'https://proxy.example');
		const result = await runShopline(count, { credentials: shoplineCredentials({ baseUrl: 'https://proxy.example/base/' }) });
		expect(result.error).toBeUndefined();
		expect(requests.map((r) => r.path)).toEqual(['/base/admin/openapi/v20260301/products/count.json']);
		expect(result.items.map((item) => item.json)).toEqual([{ count: 3 }]);
	});

	it.each<[string, () => Promise<RunResult>, RegExp]>([
		['SHOPLINE Base URL Override', async () => await runShopline(count, { credentials: shoplineCredentials({ baseUrl: USER_PASSWORD }) }), /Base URL Override/],
		['TMAPI Base URL', async () => await runTmapi(detail, { credentials: tmapiCredentials({ host: 'custom', customBaseUrl: USER_PASSWORD }) }), /Base URL/],
	])('%s with user:password@ is refused, and the password is not shown', async (_name, run, message) => {
		const seen = catchAll(200, { count: 3 });
		const result = await run();
		expect(result.error?.message).toMatch(message);
		expect(seen).toHaveLength(0);
		const text = visibleText(result);
		expect(text).not.toContain('pw@');
		expect(text).not.toContain('user:pw');
	});

	it.each(['https://proxy.example/base?tenant=1', 'https://proxy.example/base#x'])('TMAPI Base URL %s is refused before any request', async (customBaseUrl) => {
		const seen = catchAll();
		const result = await runTmapi(detail, { credentials: tmapiCredentials({ host: 'custom', customBaseUrl }) });
		expect(result.error?.message).toMatch(/Base URL/);
		expect(result.items).toEqual([]);
		expect(seen).toHaveLength(0);
	});

	it('TMAPI Base URL with a path keeps it: /base/1688/…', async () => {
		const requests = mockTmapi('POST', '/base/1688/item_detail_by_url', () => ok({ item_id: 610000000001 }), 5, 'https://proxy.example');
		const result = await runTmapi(detail, { credentials: tmapiCredentials({ host: 'custom', customBaseUrl: 'https://proxy.example/base/' }) });
		expect(result.error).toBeUndefined();
		expect(requests.map((r) => r.path)).toEqual(['/base/1688/item_detail_by_url']);
	});
});
