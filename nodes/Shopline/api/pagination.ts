import { NodeApiError, NodeOperationError, type IDataObject } from 'n8n-workflow';

import { getHeader } from '../../shared/http/http';
import { parseLinkHeader } from '../../shared/http/linkHeader';
import type { ShoplineClient } from './client';

export interface CursorQuery {
	/** Path under the version, e.g. "products/products.json". */
	path: string;
	/** Key of the list in the answer, e.g. "products". */
	listKey: string;
	/** Filters of the first request. Dropped from the next ones: SHOPLINE ignores them with page_info. */
	filters: IDataObject;
	/** Sent on every request, page_info ones included. */
	fields?: string;
	/**
	 * Records per request, 1–250, sent as `limit`. Undefined for a list that takes no limit
	 * (a product's images): nothing is sent and every page is kept whole.
	 */
	pageSize?: number;
	/** Records wanted in all; undefined = every record. */
	limit?: number;
	maxPages: number;
	itemIndex: number;
}

/** What the link header says of the next page. */
export type NextLink = { kind: 'none' } | { kind: 'page'; pageInfo: string } | { kind: 'unusable'; url: string };

/** Reads the link marked rel="next": its page_info, none on the last page, or a link without page_info. */
export function nextLink(headers: Record<string, unknown>): NextLink {
	const next = parseLinkHeader(getHeader(headers, 'link')).next;
	if (next === undefined) return { kind: 'none' };
	let pageInfo: string | null = null;
	try {
		pageInfo = new URL(next, 'https://placeholder.invalid').searchParams.get('page_info');
	} catch {
		pageInfo = null;
	}
	return pageInfo ? { kind: 'page', pageInfo } : { kind: 'unusable', url: next };
}

/** The request of one page: the filters on the first, only limit, page_info and fields after it. */
export interface PageRequest {
	path: string;
	listKey: string;
	filters: IDataObject;
	fields?: string;
	pageSize?: number;
	/** The page_info of a page after the first. */
	pageInfo?: string;
	itemIndex: number;
}

/** One page of a cursor list: its records as they came and what the link header says of the next one. */
export async function fetchCursorPage(client: ShoplineClient, request: PageRequest, page = 1): Promise<{ records: IDataObject[]; next: NextLink }> {
	const qs: IDataObject =
		request.pageInfo === undefined
			? { ...request.filters, limit: request.pageSize, fields: request.fields }
			: { limit: request.pageSize, page_info: request.pageInfo, fields: request.fields };
	const exchange = await client.request({ method: 'GET', path: request.path, qs, itemIndex: request.itemIndex });
	const list = (exchange.body as IDataObject)[request.listKey];
	if (!Array.isArray(list)) {
		throw new NodeApiError(client.node, { page }, {
			message: `SHOPLINE answered without a "${request.listKey}" list`,
			description: `Page ${page} of GET ${request.path} had no "${request.listKey}" array.`,
			itemIndex: request.itemIndex,
		});
	}
	return { records: list as IDataObject[], next: nextLink(exchange.headers) };
}

/** Key of a record for de-duplication: its ID, when it has one. */
function recordKey(record: IDataObject): string | undefined {
	const id = record?.id;
	return id === undefined || id === null || id === '' ? undefined : String(id);
}

/**
 * Follows SHOPLINE's cursor pagination: the `link` header's rel="next" entry (whatever the
 * header's case, the order of previous/next or the spacing) gives the next page_info, and
 * the next request carries only limit, page_info and fields. It stops when no next link
 * comes or Limit is reached. A record a later page repeats (same ID) is output once; a page
 * made only of records already read, a next link without page_info, a page_info seen twice
 * or more pages than Max Pages ends with an error instead of a loop or a silent cut.
 */
export async function fetchCursorPages(client: ShoplineClient, query: CursorQuery): Promise<IDataObject[]> {
	const records: IDataObject[] = [];
	const seen = new Set<string>();
	/** IDs of the records read so far. */
	const keys = new Set<string>();
	let pageInfo: string | undefined;
	for (let page = 1; ; page++) {
		if (page > query.maxPages) {
			throw new NodeOperationError(client.node, `The list goes on past Max Pages (${query.maxPages})`, {
				itemIndex: query.itemIndex,
				description: `${records.length} records were read and more remain. Raise Max Pages, or narrow the list with filters (e.g. Updated After) or Limit.`,
			});
		}
		const remaining = Math.min(query.pageSize ?? Infinity, query.limit === undefined ? Infinity : query.limit - records.length);
		const { records: list, next } = await fetchCursorPage(client, { ...query, pageInfo }, page);
		const fresh: IDataObject[] = [];
		for (const record of list) {
			const key = recordKey(record);
			if (key !== undefined && keys.has(key)) continue;
			if (key !== undefined) keys.add(key);
			fresh.push(record);
		}
		records.push(...fresh.slice(0, remaining));
		if (query.limit !== undefined && records.length >= query.limit) return records;
		if (next.kind === 'page' && (seen.has(next.pageInfo) || next.pageInfo === pageInfo)) {
			throw new NodeOperationError(client.node, 'SHOPLINE sent a next-page link that was already followed', {
				itemIndex: query.itemIndex,
				description: `After ${records.length} records, page ${page} pointed back to an earlier page. The node stopped instead of looping.`,
			});
		}
		if (page > 1 && list.length > 0 && fresh.length === 0) {
			throw new NodeOperationError(client.node, `SHOPLINE page ${page} repeated products of earlier pages only`, {
				itemIndex: query.itemIndex,
				description: `After ${records.length} records, page ${page} held only records already read, under a new page_info. The node stopped instead of looping; try again later.`,
			});
		}
		if (next.kind === 'none' || list.length === 0) return records;
		if (next.kind === 'unusable') {
			throw new NodeOperationError(client.node, 'SHOPLINE sent a next-page link without page_info', {
				itemIndex: query.itemIndex,
				description: `After ${records.length} records, page ${page} said more records follow, but its rel="next" link had no page_info to ask for them. The node stopped rather than return part of the list.`,
			});
		}
		seen.add(next.pageInfo);
		pageInfo = next.pageInfo;
	}
}

/** GET locations/list.json: every location of the store at once (SHOPLINE does not page this list). */
export async function fetchLocations(client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	const { body } = await client.request({ method: 'GET', path: 'locations/list.json', itemIndex });
	const locations = (body as IDataObject).locations;
	if (!Array.isArray(locations)) {
		throw new NodeApiError(client.node, { locations: JSON.stringify(locations ?? null) }, {
			message: 'SHOPLINE answered locations/list.json without a "locations" list',
			description: `The answer began: ${JSON.stringify(body).slice(0, 100)}`,
			itemIndex,
		});
	}
	return locations as IDataObject[];
}
