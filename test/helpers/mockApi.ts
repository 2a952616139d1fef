import nock from 'nock';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** One request a mock API received, as the node sent it. */
export interface RecordedCall {
	method: string;
	path: string;
	query: Record<string, string>;
	headers: Record<string, string | string[] | undefined>;
	body?: unknown;
	/** When it arrived (Date.now()). */
	at: number;
}

/**
 * A nock API at `origin` that answers up to `maxRequests` calls of one method and path
 * through `respond` and records each one, in order. Asking for more than that fails the
 * request (nock has no match), so a runaway pagination loop ends the test instead of
 * hanging it. `respond` may return a promise to answer late.
 */
export function mockApi<Reply>(
	origin: string,
	method: HttpMethod,
	path: string | RegExp,
	respond: (request: RecordedCall, index: number) => Reply,
	maxRequests: number,
): RecordedCall[] {
	const requests: RecordedCall[] = [];
	nock(origin)
		.intercept(path, method)
		.query(true)
		.times(maxRequests)
		.reply(function (uri, body) {
			const url = new URL(uri, origin);
			const request: RecordedCall = {
				method,
				path: url.pathname,
				query: Object.fromEntries(url.searchParams.entries()),
				headers: this.req.headers,
				body: body === '' ? undefined : body,
				at: Date.now(),
			};
			requests.push(request);
			return respond(request, requests.length - 1) as unknown as nock.ReplyFnResult;
		});
	return requests;
}
