import { NodeApiError, type IDataObject } from 'n8n-workflow';

import { consumeInOrder } from '../../shared/flow/ordered';
import type { TmapiClient } from './client';
import { PageList, tooManyPages, type FetchedPage, type PageQuery } from './pageList';

export { toCount, type FetchedPage, type PageQuery, type Paging } from './pageList';

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

	const load = async (page: number): Promise<FetchedPage> => {
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
	const list = new PageList(node, query, first);
	const { total, pageSize } = list;

	const firstEnd = list.accept(first);
	if (firstEnd !== undefined) {
		list.checkEnd({ reason: firstEnd, page: first.page }, []);
		return list.pages;
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
		const { end, later } = await consumeInOrder(planned, client.limiter.max, load, (fetched) => list.accept(fetched));
		if (end) {
			list.checkEnd({ reason: end.reason, page: end.key }, later);
			return list.pages;
		}
		page = lastPage + 1;
	}

	// One page after the other: without a total, or when the planned pages held less than it.
	for (; ; page++) {
		if (page - query.startPage + 1 > query.maxPages) {
			throw tooManyPages(
				node,
				query.itemIndex,
				total === undefined
					? `This list has more than Max Pages (${query.maxPages}) pages: page ${page - 1} still reports more products`
					: `This list has more than Max Pages (${query.maxPages}) pages: after page ${page - 1} the pages held ${list.held} of the ${total} products TMAPI reported (total_count)`,
			);
		}
		const fetched = await load(page);
		const end = list.accept(fetched);
		if (end !== undefined) {
			list.checkEnd({ reason: end, page }, []);
			return list.pages;
		}
	}
}
