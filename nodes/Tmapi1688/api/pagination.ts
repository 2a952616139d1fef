import { NodeApiError, NodeOperationError, type IDataObject } from 'n8n-workflow';

import { consumeInOrder } from '../../shared/flow/ordered';
import type { TmapiClient } from './client';
import { DEFAULT_PAGE_SIZE, effectivePageSize, itemKey, pagesDisagree, toCount, tooManyPages, type End, type FetchedPage, type PageQuery } from './pages';

export type { FetchedPage, PageQuery, Paging } from './pages';

/**
 * Fetches the pages of one TMAPI list. Pages are counted from the page size asked for (see
 * `effectivePageSize`). When the first page gives `total_count`, the pages still needed
 * (for Return All or for Limit, whichever is fewer) are fetched side by side through the
 * client's limiter and kept in page order; no new page starts once one of them ends the
 * list. If the pages hold fewer products than the total, the next pages follow one by one.
 *
 * The list ends on an empty page, on `has_next_page: false`, once Limit is reached, or once
 * the pages hold `total_count` products. A short page ends it only when the answer gives
 * neither a total nor `has_next_page`. When Return All from page 1 ends with fewer products
 * than `total_count`, or a page with products comes after an empty one, the run stops with
 * an error that says what was seen: never a silent partial list. With `approximateTotal`
 * (search endpoints, whose total is an estimate) such an end is the list's end; the
 * operation tells the user how the count differs (see actions/search/common.ts). It never loops: more pages
 * than Max Pages, or a page that repeats the products of earlier ones, ends with a clear
 * error. Products seen twice are dropped.
 */
export async function fetchPages(client: TmapiClient, query: PageQuery): Promise<FetchedPage[]> {
	const node = client.node;
	const listKey = query.listKey ?? 'items';
	const seen = new Set<string>();
	const pages: FetchedPage[] = [];
	/** Products kept (after de-duplication and Limit). */
	let collected = 0;
	/** Products the pages held, repeats included: what total_count counts. */
	let held = 0;

	const load = async (page: number) => {
		const qs: IDataObject = { ...query.qs, page };
		if (query.pageSize !== undefined) qs.page_size = query.pageSize;
		const data = await client.request({ method: 'GET', path: query.path, qs, itemIndex: query.itemIndex });
		const { [listKey]: items, ...meta } = data;
		if (items !== undefined && items !== null && !Array.isArray(items)) {
			throw new NodeApiError(node, { page, endpoint: `GET ${query.path}` }, {
				message: `TMAPI answered page ${page} without a list of ${listKey}`,
				description: `The "${listKey}" field of the answer was not a list.`,
				itemIndex: query.itemIndex,
			});
		}
		return { page, meta, items: (items ?? []) as IDataObject[] };
	};

	const first = await load(query.startPage);
	const pageSize = effectivePageSize(query, first);
	const total = toCount(first.meta.total_count);
	/** Products before the start page, as far as the page size tells. */
	const offset = (query.startPage - 1) * pageSize;

	/** Adds a page; returns why the list is complete after it, or undefined to go on. */
	const accept = (fetched: FetchedPage): End | undefined => {
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
		held += fetched.items.length;

		const hasNext = fetched.meta.has_next_page;
		if (query.limit !== undefined && collected >= query.limit) return 'limit';
		if (fetched.items.length === 0) return 'empty';
		if (hasNext === false) return 'last';
		if (total !== undefined && offset + held >= total && !(query.approximateTotal && hasNext === true)) return 'total';
		if (total === undefined && hasNext !== true) {
			// Neither a total nor has_next_page: a short page is the last one. The first page
			// is measured against the size asked (or answered), the others against the first.
			const expected = fetched === first ? (query.pageSize ?? toCount(first.meta.page_size) ?? DEFAULT_PAGE_SIZE) : pageSize;
			if (fetched.items.length < expected) return 'short';
		}
		return undefined;
	};

	/** The list ended: refuse to pass a partial list for a whole one. */
	const checkEnd = (end: { reason: End; page: number }, later: FetchedPage[]) => {
		if (end.reason === 'limit') return;
		const after = later.find((page) => page.items.length > 0);
		if ((end.reason === 'empty' || end.reason === 'last') && after) {
			throw pagesDisagree(node, query.itemIndex, 
				`TMAPI pages disagree: page ${end.page} ${end.reason === 'empty' ? 'was empty' : 'reported has_next_page false'} but page ${after.page} held ${after.items.length} products`,
			);
		}
		if (end.reason === 'total') {
			// Pages fetched side by side beyond the total: keep what they add, never drop it silently.
			for (const page of later) {
				if (page.items.length === 0) break;
				if (page.items.every((item) => seen.has(itemKey(item) ?? ''))) continue;
				if (accept(page) === 'limit') break;
			}
			return;
		}
		if (!query.approximateTotal && query.limit === undefined && query.startPage === 1 && total !== undefined && held < total) {
			const why = end.reason === 'empty' ? 'was empty' : end.reason === 'last' ? 'reported has_next_page false' : 'was short';
			throw pagesDisagree(node, query.itemIndex, `TMAPI reported ${total} products (total_count) but the pages held ${held}: page ${end.page} ${why}`);
		}
	};

	const firstEnd = accept(first);
	if (firstEnd !== undefined) {
		checkEnd({ reason: firstEnd, page: first.page }, []);
		return pages;
	}

	let page = query.startPage + 1;
	if (total !== undefined) {
		// Pages still needed, from the total and from the Limit.
		const lastByTotal = Math.ceil(total / pageSize);
		const lastByLimit = query.limit === undefined ? Infinity : query.startPage + Math.ceil(query.limit / pageSize) - 1;
		const lastPage = Math.max(query.startPage + 1, Math.min(lastByTotal, lastByLimit));
		const pageCount = lastPage - query.startPage + 1;
		if (pageCount > query.maxPages) throw tooManyPages(node, query.itemIndex, `This list needs ${pageCount} pages, more than Max Pages (${query.maxPages})`);
		const planned = Array.from({ length: lastPage - query.startPage }, (_, i) => query.startPage + 1 + i);
		const { end, later } = await consumeInOrder(planned, client.limiter.max, load, accept);
		if (end) {
			checkEnd({ reason: end.reason, page: end.key }, later);
			return pages;
		}
		page = lastPage + 1;
	}

	// One page after the other: without a total, or when the planned pages held less than it.
	for (; ; page++) {
		if (page - query.startPage + 1 > query.maxPages) {
			throw tooManyPages(node, query.itemIndex, 
				total === undefined
					? `This list has more than Max Pages (${query.maxPages}) pages: page ${page - 1} still reports more products`
					: `This list has more than Max Pages (${query.maxPages}) pages: after page ${page - 1} the pages held ${held} of the ${total} products TMAPI reported (total_count)`,
			);
		}
		const fetched = await load(page);
		const end = accept(fetched);
		if (end !== undefined) {
			checkEnd({ reason: end, page }, []);
			return pages;
		}
	}
}
