import type { IDataObject } from 'n8n-workflow';

import { limitOf } from '../../../shared/node/descriptions';
import { integer as integerField } from '../../../shared/node/field';
import type { ShoplineClient } from '../../api/client';
import { fetchCursorPages } from '../../api/pagination';

/** The Max Pages option of the paged SHOPLINE lists. */
export const maxPages = integerField({
	displayName: 'Max Pages',
	name: 'maxPages',
	min: 1,
	max: 100_000,
	default: 1000,
	description: 'Safety cap on pages fetched for one input item. If the list needs more, the node stops with an error.',
});

/** The Max Pages and Page Size options of a SHOPLINE list read page after page with page_info. */
export const cursorPaging = (records: 'Collections' | 'Customers' | 'Draft orders' | 'Products') =>
	[
		maxPages,
		integerField({
			displayName: 'Page Size',
			name: 'pageSize',
			min: 1,
			max: 250,
			default: 250,
			description: `${records} per request, 1 to 250. Larger pages mean fewer requests against the rate limit.`,
		}),
	] as const;

/** Records per request: never more than Limit asks for. */
export const pageSizeFor = (pageSize: number, limit: number | undefined) => (limit === undefined ? pageSize : Math.min(pageSize, limit));

interface ListParams {
	returnAll: boolean;
	limit: number;
	options: { fields?: string; maxPages: number; pageSize: number };
}

/**
 * A paged list of Return All / Limit: pages of Page Size (no larger than Limit) through the
 * link header, the filters on the first request only.
 */
export async function cursorList(client: ShoplineClient, list: { path: string; listKey: string; filters: IDataObject }, params: ListParams, itemIndex: number): Promise<IDataObject[]> {
	const { options } = params;
	const limit = limitOf(params);
	return await fetchCursorPages(client, {
		...list,
		fields: options.fields,
		pageSize: pageSizeFor(options.pageSize, limit),
		limit,
		maxPages: options.maxPages,
		itemIndex,
	});
}
