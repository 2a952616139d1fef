/* eslint-disable @n8n/community-nodes/no-hardcoded-secrets -- fake tokens that the tests look for in errors, items and logs */
import { NodeApiError, type INode } from 'n8n-workflow';

import { interpretTmapiResponse } from '../../nodes/Tmapi1688/api/errors';
import { TMAPI_FAILURES } from '../helpers/tmapiServer';

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
