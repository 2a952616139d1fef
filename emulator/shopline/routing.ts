import type { ApiContext, LogEntry, Reply } from '../options';

/**
 * What every area of the SHOPLINE emulator shares: the request a route sees, the route's
 * shape, and the cursor paging of lists. Areas import this, never emulator/shopline.ts,
 * which imports them.
 */

/** The opaque page_info of a list: its filters and offset, as text. */
export const encodePageInfo = (state: { f: object; o: number }) => Buffer.from(JSON.stringify(state)).toString('base64url');
export const decodePageInfo = <F extends object>(value: string): { f: F; o: number } | undefined => {
	try {
		const state = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
		return typeof state?.o === 'number' ? state : undefined;
	} catch {
		return undefined;
	}
};

/** What a route sees of one request: the API version and the path below it, query and body. */
export interface ShoplineRequest {
	version: string;
	resource: string;
	query: Record<string, string>;
	body: Record<string, unknown>;
	entry: LogEntry;
}

/** Answers the request, or undefined when the path is not this route's. */
export type ShoplineRoute = (ctx: ApiContext, request: ShoplineRequest) => Reply | undefined;

/** Link header of one page of a list at `path`, previous first as SHOPLINE sends it from page 2 on. */
export function pageLinks(ctx: ApiContext, request: ShoplineRequest, path: string, pageInfo: (offset: number) => string, at: { offset: number; limit: number; total: number }): Record<string, string> {
	const link = (offset: number, rel: string) =>
		`<http://${ctx.request.headers.host}/admin/openapi/${request.version}/${path}?limit=${at.limit}&page_info=${pageInfo(offset)}>; rel="${rel}"`;
	const links = [at.offset > 0 ? link(Math.max(0, at.offset - at.limit), 'previous') : undefined, at.offset + at.limit < at.total ? link(at.offset + at.limit, 'next') : undefined].filter(Boolean);
	return links.length ? { link: links.join(', ') } : {};
}

/** Where one page of a Link-paged list starts, or the answer that refuses the request. */
export type ListStart<F> = { reply: Reply } | { limit: number; at: { f: F; o: number }; fromPageInfo: boolean };

/**
 * The page a list request asks for: `limit` (50 when not given, 1 to `maxLimit`) and, on the
 * first request, the filters among `keys` from the query (offset 0) — the caller checks them —;
 * on a request of a next/previous link, the filters and offset its page_info carries (filters
 * sent beside it are noted in the log entry: SHOPLINE takes only limit, page_info and fields there).
 */
export function listStart<F extends object>(request: ShoplineRequest, maxLimit: number, keys: readonly string[]): ListStart<F> {
	const { query: q, entry } = request;
	const limit = q.limit === undefined ? 50 : Number(q.limit);
	if (!Number.isInteger(limit) || limit < 1 || limit > maxLimit) return { reply: { status: 422, body: { errors: { limit: [`must be between 1 and ${maxLimit}`] } } } };
	if (q.page_info !== undefined) {
		const decoded = decodePageInfo<F>(q.page_info);
		if (!decoded) return { reply: { status: 400, body: { errors: 'Invalid page_info' } } };
		entry.filtersWithPageInfo = keys.some((key) => q[key] !== undefined);
		return { limit, at: decoded, fromPageInfo: true };
	}
	const filters: Record<string, string> = {};
	for (const key of keys) if (q[key] !== undefined) filters[key] = q[key];
	return { limit, at: { f: filters as F, o: 0 }, fromPageInfo: false };
}
