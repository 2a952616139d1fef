import nock from 'nock';

export const TMAPI_BASE = 'https://api.tmapi.io';

export interface RecordedRequest {
	method: string;
	path: string;
	query: Record<string, string>;
	body?: unknown;
}

export type Reply = [number, unknown] | [number, unknown, Record<string, string>];

/**
 * A nock TMAPI that answers up to `maxRequests` calls to one path through `respond` and
 * records each one. Asking for more than that fails the request (nock has no match), so a
 * runaway pagination loop ends the test instead of hanging it.
 */
export function mockTmapi(
	method: 'GET' | 'POST',
	path: string,
	respond: (request: RecordedRequest, index: number) => Reply,
	maxRequests = 20,
	base = TMAPI_BASE,
): RecordedRequest[] {
	const requests: RecordedRequest[] = [];
	const scope = nock(base);
	const interceptor = method === 'GET' ? scope.get(path) : scope.post(path);
	interceptor
		.query(true)
		.times(maxRequests)
		.reply(function (uri, body) {
			const url = new URL(uri, base);
			const request: RecordedRequest = {
				method,
				path: url.pathname,
				query: Object.fromEntries(url.searchParams.entries()),
				body: body === '' ? undefined : body,
			};
			requests.push(request);
			return respond(request, requests.length - 1);
		});
	return requests;
}

export const ok = (data: unknown): Reply => [200, { code: 200, msg: 'success', data }];

/** Builds products with distinct string IDs for page `page` of size `size`. */
export function products(page: number, size: number, count = size): Array<{ item_id: string; title: string; img: string }> {
	return Array.from({ length: count }, (_, i) => {
		const n = (page - 1) * size + i + 1;
		return { item_id: String(600000000000 + n), title: `Product ${n}`, img: `https:////cbu01.alicdn.com/img/${n}.jpg` };
	});
}
