/* eslint-disable @n8n/community-nodes/no-hardcoded-secrets -- fake tokens that the tests look for in errors, items and logs */
import type { INode, NodeApiError } from 'n8n-workflow';

import type { ApiCall } from '../../../nodes/shared/http/client';

import { errorsText, interpretShoplineResponse } from '../../../nodes/Shopline/api/errors';

const node: INode = { id: '1', name: 'SHOPLINE', type: 'n8n-nodes-shopline.shopline', typeVersion: 1, position: [0, 0], parameters: {} };
const read: ApiCall = { method: 'GET', path: 'products/products.json', itemIndex: 0 };
const write: ApiCall = { method: 'POST', path: 'products/products.json', itemIndex: 0 };
const TOKEN = 'shpat_test_secret_123';

const interpret = (statusCode: number, body: unknown, info = read, headers: Record<string, unknown> = { traceid: 'abc-123' }) =>
	interpretShoplineResponse(node, { statusCode, headers, body }, info, [TOKEN]);

describe('errorsText', () => {
	it.each([
		[{ errors: 'Too many request' }, 'Too many request'],
		[{ errors: ['title is blank', 'price is invalid'] }, 'title is blank; price is invalid'],
		[{ errors: { title: ['is blank'], variants: 'price is invalid' } }, 'title: is blank; variants: price is invalid'],
		[{ code: 'E001', message: 'store locked' }, 'store locked'],
		['<html><body>Bad gateway</body></html>', 'Bad gateway'],
		[{}, ''],
	])('%j → %j', (body, text) => {
		expect(errorsText(body)).toBe(text);
	});
});

describe('interpretShoplineResponse', () => {
	it('passes 2xx JSON through', () => {
		const result = interpret(200, { products: [] });
		expect(result.ok).toBe(true);
	});

	it('accepts an empty answer to DELETE', () => {
		expect(interpret(200, '', { ...read, method: 'DELETE' }).ok).toBe(true);
	});

	it.each([
		[401, 'access token is missing, invalid or expired'],
		[402, 'store is frozen'],
		[403, 'read_products and write_products'],
		[423, 'store is locked'],
		[404, 'product ID may be wrong'],
		[412, 'risky'],
	])('explains HTTP %i and quotes SHOPLINE and the traceId', (status, advice) => {
		const result = interpret(status, { errors: 'said by SHOPLINE' });
		if (result.ok) throw new Error('expected a failure');
		expect(result.retryable).toBe(false);
		expect(result.error.message).toBe(`SHOPLINE GET products/products.json failed with HTTP ${status}: said by SHOPLINE`);
		expect((result.error as NodeApiError).description).toContain(advice);
		expect((result.error as NodeApiError).description).toContain('traceId abc-123');
	});

	it.each([429, 500, 502, 503, 504])('retries a read on HTTP %i', (status) => {
		const result = interpret(status, { errors: 'x' });
		expect(result.ok === false && result.retryable).toBe(true);
	});

	it('retries a write on 429 only', () => {
		expect(interpret(429, { errors: 'Too many request' }, write)).toMatchObject({ ok: false, retryable: true, rateLimited: true });
		for (const status of [500, 502, 503, 504]) {
			const result = interpret(status, { errors: 'x' }, write);
			expect(result.ok === false && result.retryable).toBe(false);
			expect(result.ok === false && (result.error as NodeApiError).description).toContain('may or may not have been applied');
		}
	});

	it('reads Retry-After in seconds', () => {
		expect(interpret(429, { errors: 'x' }, read, { 'Retry-After': '2' })).toMatchObject({ retryAfterMs: 2000 });
	});

	it('explains a redirect as a wrong handle or version', () => {
		const result = interpret(302, '', read, { location: 'https://www.shopline.com' });
		if (result.ok) throw new Error('expected a failure');
		expect(result.error.message).toBe('SHOPLINE redirected the request to https://www.shopline.com (HTTP 302)');
		expect((result.error as NodeApiError).description).toContain('Store Handle or the API Version');
	});

	it.each([
		['HTML with status 200', 200, '<html>shop</html>', 'a body that is not JSON', false],
		['truncated JSON', 200, '{"products":[{"id":"1', 'an incomplete JSON body', true],
		['empty body on GET', 200, '', 'an empty body', false],
	])('gives a clear error for %s', (_name, status, body, words, retryable) => {
		expect(interpret(status, body)).toMatchObject({ ok: false, retryable, error: expect.objectContaining({ message: expect.stringContaining(words) }) });
	});

	it('keeps the token out of the message even when SHOPLINE echoes it', () => {
		const result = interpret(401, { errors: `Invalid token Bearer ${TOKEN}` });
		if (result.ok) throw new Error('expected a failure');
		expect(JSON.stringify({ m: result.error.message, d: (result.error as NodeApiError).description })).not.toContain(TOKEN);
	});
});
