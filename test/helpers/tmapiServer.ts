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

export const ok = (data: unknown): Reply => [200, { code: 200, msg: 'success', data }];

/** Builds products with distinct string IDs for page `page` of size `size`. */
export function products(page: number, size: number, count = size): Array<{ item_id: string; title: string; img: string }> {
	return Array.from({ length: count }, (_, i) => {
		const n = (page - 1) * size + i + 1;
		return { item_id: String(600000000000 + n), title: `Product ${n}`, img: `https:////cbu01.alicdn.com/img/${n}.jpg` };
	});
}
