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
