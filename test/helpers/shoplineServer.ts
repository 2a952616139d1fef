import nock from 'nock';

export const SHOPLINE_ORIGIN = 'https://open001.myshopline.com';
export const SHOPLINE_PREFIX = '/admin/openapi/v20260301/';

export interface ShoplineRequest {
	method: string;
	path: string;
	query: Record<string, string>;
	headers: Record<string, string | string[] | undefined>;
	body?: unknown;
	at: number;
}

export type ShoplineReply = [number, unknown?, Record<string, string>?];

/**
 * A nock SHOPLINE store that answers up to `maxRequests` calls of one method and path
 * (relative to the version) and records each. More calls than that fail the request, so
 * a pagination that would loop ends the test instead of hanging it.
 */
export function mockShopline(
	method: 'GET' | 'POST' | 'PUT' | 'DELETE',
	path: string | RegExp,
	respond: (request: ShoplineRequest, index: number) => ShoplineReply,
	maxRequests = 20,
	origin = SHOPLINE_ORIGIN,
): ShoplineRequest[] {
	const requests: ShoplineRequest[] = [];
	const fullPath = typeof path === 'string' ? `${SHOPLINE_PREFIX}${path}` : path;
	const scope = nock(origin);
	const interceptor = (scope[method.toLowerCase() as 'get'] as (p: string | RegExp) => nock.Interceptor)(fullPath);
	interceptor
		.query(true)
		.times(maxRequests)
		.reply(function (uri, body) {
			const url = new URL(uri, origin);
			const request: ShoplineRequest = {
				method,
				path: url.pathname,
				query: Object.fromEntries(url.searchParams.entries()),
				headers: this.req.headers,
				body: body === '' ? undefined : body,
				at: Date.now(),
			};
			requests.push(request);
			const [status, replyBody, headers] = respond(request, requests.length - 1);
			return [status, replyBody ?? '', { traceId: `trace-${requests.length}`, ...(headers ?? {}) }];
		});
	return requests;
}

/** A product as SHOPLINE returns it, with a 26-digit string ID. */
export function shoplineProduct(n: number): { id: string; title: string; handle: string; variants: Array<{ id: string; price: string }> } {
	const id = `1605785026484525${String(n).padStart(10, '0')}`;
	return { id, title: `Product ${n}`, handle: `product-${n}`, variants: [{ id: `1805785026485162${String(n).padStart(10, '0')}`, price: '19.90' }] };
}

export const linkTo = (pageInfo: string, limit: number) =>
	`<${SHOPLINE_ORIGIN}${SHOPLINE_PREFIX}products/products.json?limit=${limit}&page_info=${pageInfo}>`;
