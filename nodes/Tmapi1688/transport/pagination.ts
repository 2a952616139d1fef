import { NodeApiError, NodeOperationError, type IDataObject } from 'n8n-workflow';

import { mapOrdered } from '../../shared/concurrency';
import type { TmapiClient } from './index';

export interface PageQuery {
	path: string;
	/** Filters and the like, without page and page_size. */
	qs: IDataObject;
	/** Sent as page_size when the endpoint has it (category v1 does not). */
	pageSize?: number;
	startPage: number;
	/** Items wanted in all; undefined = every item. */
	limit?: number;
	/** Safety cap on pages fetched for one input item. */
	maxPages: number;
	itemIndex: number;
}

export interface FetchedPage {
	page: number;
	/** The page's `data` object minus `items` (total_count, has_next_page, filters…). */
	meta: IDataObject;
	items: IDataObject[];
}

const DEFAULT_PAGE_SIZE = 20;

function toCount(value: unknown): number | undefined {
	if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return Math.floor(value);
	if (typeof value === 'string' && /^\s*\d+\s*$/.test(value)) return Number(value);
	return undefined;
}

function itemKey(item: IDataObject): string | undefined {
	const id = item.item_id ?? item.offer_id ?? item.id;
	return id === undefined || id === null ? undefined : String(id);
}

/**
 * Fetches the pages of one TMAPI list. When the first page gives `total_count`, the
 * remaining pages needed (for Return All or for Limit, whichever is fewer) are fetched side
 * by side through the client's limiter and kept in page order; otherwise (category v1,
 * has_next_page only) one page follows the other. It stops on an empty page, on a short
 * page (unless has_next_page says more), on has_next_page false, or once total_count or
 * Limit is reached. It never loops: more pages than Max Pages, or a page that repeats
 * the products of earlier ones, ends with a clear error. Products seen twice are dropped.
 */
export async function fetchPages(client: TmapiClient, query: PageQuery): Promise<FetchedPage[]> {
	const node = client.node;
	const seen = new Set<string>();
	const pages: FetchedPage[] = [];
	let collected = 0;

	const load = async (page: number) => {
		const qs: IDataObject = { ...query.qs, page };
		if (query.pageSize !== undefined) qs.page_size = query.pageSize;
		const data = await client.request({ method: 'GET', path: query.path, qs, itemIndex: query.itemIndex });
		const { items, ...meta } = data;
		if (items !== undefined && items !== null && !Array.isArray(items)) {
			throw new NodeApiError(node, { page, endpoint: `GET ${query.path}` }, {
				message: `TMAPI answered page ${page} without a list of items`,
				description: 'The "items" field of the answer was not a list.',
				itemIndex: query.itemIndex,
			});
		}
		return { page, meta, items: (items ?? []) as IDataObject[] };
	};

	/** Adds a page; returns true when the list is complete after it. */
	const accept = (fetched: FetchedPage, expectedSize: number, total: number | undefined): boolean => {
		const fresh: IDataObject[] = [];
		let repeated = 0;
		for (const item of fetched.items) {
			const key = itemKey(item);
			if (key !== undefined && seen.has(key)) {
				repeated++;
				continue;
			}
			if (key !== undefined) seen.add(key);
			fresh.push(item);
		}
		if (fetched.items.length > 0 && repeated === fetched.items.length && pages.length > 0) {
			throw new NodeOperationError(node, `TMAPI returned page ${fetched.page} with only products already seen on earlier pages`, {
				itemIndex: query.itemIndex,
				description: 'The API seems to ignore the page number. The node stopped instead of looping; try again later or lower Max Pages.',
			});
		}
		const remaining = query.limit === undefined ? fresh.length : Math.max(0, query.limit - collected);
		const kept = fresh.slice(0, remaining);
		pages.push({ ...fetched, items: kept });
		collected += kept.length;

		const hasNext = fetched.meta.has_next_page;
		if (query.limit !== undefined && collected >= query.limit) return true;
		if (fetched.items.length === 0 || hasNext === false) return true;
		if (total !== undefined && fetched.page * expectedSize >= total) return true;
		return hasNext !== true && fetched.items.length < expectedSize;
	};

	const tooManyPages = (message: string) =>
		new NodeOperationError(node, message, {
			itemIndex: query.itemIndex,
			description: 'Raise the Max Pages option, or use Limit or filters to ask for fewer products. Nothing was left half done: no product of this input was output.',
		});

	const first = await load(query.startPage);
	const pageSize = toCount(first.meta.page_size) || query.pageSize || DEFAULT_PAGE_SIZE;
	const total = toCount(first.meta.total_count);
	if (accept(first, pageSize, total)) return pages;

	if (total !== undefined) {
		// Pages still needed, from the total and from the Limit.
		const lastByTotal = Math.ceil(total / pageSize);
		const lastByLimit = query.limit === undefined ? Infinity : query.startPage + Math.ceil(query.limit / pageSize) - 1;
		const lastPage = Math.min(lastByTotal, lastByLimit);
		const pageCount = lastPage - query.startPage + 1;
		if (pageCount > query.maxPages) throw tooManyPages(`This list needs ${pageCount} pages, more than Max Pages (${query.maxPages})`);
		const rest = await mapOrdered(lastPage - query.startPage, client.limiter.max, async (offset) => await load(query.startPage + 1 + offset));
		for (const fetched of rest) if (accept(fetched, pageSize, total)) break;
		return pages;
	}

	for (let page = query.startPage + 1; ; page++) {
		if (page - query.startPage + 1 > query.maxPages) throw tooManyPages(`This list has more than Max Pages (${query.maxPages}) pages: page ${page - 1} still reports more products`);
		if (accept(await load(page), pageSize, total)) return pages;
	}
}
