import { type HttpMethod, mockApi, type RecordedCall } from './mockApi';

export const SHOPLINE_ORIGIN = 'https://open001.myshopline.com';
export const SHOPLINE_PREFIX = '/admin/openapi/v20260301/';

/** A request the mock store received; `headers` and `at` (arrival time) included. */
export type ShoplineRequest = RecordedCall;

export type ShoplineReply = [number, unknown?, Record<string, string>?];

/**
 * A nock SHOPLINE store answering one method and path (relative to the version), recording
 * each request (see mockApi). Every answer carries a traceId header, as SHOPLINE's do.
 */
export function mockShopline(
	method: HttpMethod,
	path: string | RegExp,
	respond: (request: ShoplineRequest, index: number) => ShoplineReply,
	maxRequests = 20,
	origin = SHOPLINE_ORIGIN,
): ShoplineRequest[] {
	const fullPath = typeof path === 'string' ? `${SHOPLINE_PREFIX}${path}` : path;
	return mockApi(origin, method, fullPath, (request, index) => {
		const [status, body, headers] = respond(request, index);
		return [status, body ?? '', { traceId: `trace-${index + 1}`, ...(headers ?? {}) }];
	}, maxRequests);
}

/** A product as SHOPLINE returns it, with a 26-digit string ID. */
export function shoplineProduct(n: number): { id: string; title: string; handle: string; variants: Array<{ id: string; price: string }> } {
	const id = `1605785026484525${String(n).padStart(10, '0')}`;
	return { id, title: `Product ${n}`, handle: `product-${n}`, variants: [{ id: `1805785026485162${String(n).padStart(10, '0')}`, price: '19.90' }] };
}

export const linkTo = (pageInfo: string, limit: number) =>
	`<${SHOPLINE_ORIGIN}${SHOPLINE_PREFIX}products/products.json?limit=${limit}&page_info=${pageInfo}>`;
