import { mockApi } from './mockApi';

export const TMAPI_BASE = 'https://api.tmapi.io';

export interface RecordedRequest {
	method: string;
	path: string;
	query: Record<string, string>;
	body?: unknown;
}

export type Reply = [number, unknown] | [number, unknown, Record<string, string>];

/** A nock TMAPI answering one method and path, recording each request (see mockApi). */
export function mockTmapi(
	method: 'GET' | 'POST',
	path: string,
	respond: (request: RecordedRequest, index: number) => Reply,
	maxRequests = 20,
	base = TMAPI_BASE,
): RecordedRequest[] {
	return mockApi(base, method, path, respond, maxRequests);
}

/** TMAPI's failure codes: whether the node retries them, and the message it gives. */
export const TMAPI_FAILURES: Array<[code: number, retryable: boolean, message: string]> = [
	[417, true, 'TMAPI could not retrieve the data from 1688 (code 417)'],
	[499, true, 'TMAPI timed out fetching the data (code 499)'],
	[500, true, 'TMAPI had an unexpected error (code 500)'],
	[503, true, 'TMAPI concurrency limit exceeded (code 503)'],
	[422, false, 'TMAPI rejected a parameter (code 422)'],
	[439, false, 'TMAPI subscription expired or balance too low (code 439)'],
];

export const ok = (data: unknown): Reply => [200, { code: 200, msg: 'success', data }];

/** Builds products with distinct string IDs for page `page` of size `size`. */
export function products(page: number, size: number, count = size): Array<{ item_id: string; title: string; img: string }> {
	return Array.from({ length: count }, (_, i) => {
		const n = (page - 1) * size + i + 1;
		return { item_id: String(600000000000 + n), title: `Product ${n}`, img: `https:////cbu01.alicdn.com/img/${n}.jpg` };
	});
}
