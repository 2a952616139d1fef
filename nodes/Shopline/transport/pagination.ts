import { NodeApiError, NodeOperationError, type IDataObject } from 'n8n-workflow';

import { getHeader } from '../../shared/http';
import { parseLinkHeader } from '../../shared/linkHeader';
import type { ShoplineClient } from './index';

export interface CursorQuery {
	/** Path under the version, e.g. "products/products.json". */
	path: string;
	/** Key of the list in the answer, e.g. "products". */
	listKey: string;
	/** Filters of the first request. Dropped from the next ones: SHOPLINE ignores them with page_info. */
	filters: IDataObject;
	/** Sent on every request, page_info ones included. */
	fields?: string;
	/** Records per request, 1–250. */
	pageSize: number;
	/** Records wanted in all; undefined = every record. */
	limit?: number;
	maxPages: number;
	itemIndex: number;
}

/** The page_info of the link marked rel="next", or undefined on the last page. */
export function nextPageInfo(headers: Record<string, unknown>): string | undefined {
	const next = parseLinkHeader(getHeader(headers, 'link')).next;
	if (!next) return undefined;
	try {
		return new URL(next, 'https://placeholder.invalid').searchParams.get('page_info') ?? undefined;
	} catch {
		return undefined;
	}
}

/**
 * Follows SHOPLINE's cursor pagination: the `link` header's rel="next" entry (whatever the
 * header's case, the order of previous/next or the spacing) gives the next page_info, and
 * the next request carries only limit, page_info and fields. It stops when no next link
 * comes or Limit is reached; a page_info seen twice or more pages than Max Pages ends with
 * an error instead of a loop.
 */
export async function fetchCursorPages(client: ShoplineClient, query: CursorQuery): Promise<IDataObject[]> {
	const records: IDataObject[] = [];
	const seen = new Set<string>();
	let pageInfo: string | undefined;
	for (let page = 1; ; page++) {
		if (page > query.maxPages) {
			throw new NodeOperationError(client.node, `The list goes on past Max Pages (${query.maxPages})`, {
				itemIndex: query.itemIndex,
				description: `${records.length} records were read and more remain. Raise Max Pages, or narrow the list with filters (e.g. Updated After) or Limit.`,
			});
		}
		const remaining = query.limit === undefined ? query.pageSize : Math.min(query.pageSize, query.limit - records.length);
		const qs: IDataObject =
			pageInfo === undefined
				? { ...query.filters, limit: query.pageSize, fields: query.fields }
				: { limit: query.pageSize, page_info: pageInfo, fields: query.fields };
		const exchange = await client.request({ method: 'GET', path: query.path, qs, itemIndex: query.itemIndex });
		const body = exchange.body as IDataObject;
		const list = body[query.listKey];
		if (!Array.isArray(list)) {
			throw new NodeApiError(client.node, { page }, {
				message: `SHOPLINE answered without a "${query.listKey}" list`,
				description: `Page ${page} of GET ${query.path} had no "${query.listKey}" array.`,
				itemIndex: query.itemIndex,
			});
		}
		records.push(...(list as IDataObject[]).slice(0, remaining));
		if (query.limit !== undefined && records.length >= query.limit) return records;
		const next = nextPageInfo(exchange.headers);
		if (next === undefined || list.length === 0) return records;
		if (seen.has(next) || next === pageInfo) {
			throw new NodeOperationError(client.node, 'SHOPLINE sent a next-page link that was already followed', {
				itemIndex: query.itemIndex,
				description: `After ${records.length} records, page ${page} pointed back to an earlier page. The node stopped instead of looping.`,
			});
		}
		seen.add(next);
		pageInfo = next;
	}
}
