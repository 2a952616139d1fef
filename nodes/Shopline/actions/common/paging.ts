import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { limitOf } from '../../../shared/node/descriptions';
import { integer as integerField, withDefault } from '../../../shared/node/field';
import { integer } from '../../../shared/node/validation';
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
export const maxPagesOption: INodeProperties = maxPages.property;

/** The check of Max Pages. */
export const maxPagesSchema = withDefault(maxPages);

/** The Max Pages and Page Size options of a SHOPLINE list read page after page with page_info. */
export const cursorPagingOptions = (records: 'Collections' | 'Products'): INodeProperties[] => [
	maxPagesOption,
	{
		displayName: 'Page Size',
		name: 'pageSize',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 250 },
		default: 250,
		description:
			records === 'Collections'
				? 'Collections per request, 1 to 250. Larger pages mean fewer requests against the rate limit.'
				: 'Products per request, 1 to 250. Larger pages mean fewer requests against the rate limit.',
	},
];

/** The checks of cursorPagingOptions, for an operation's Options schema. */
export const cursorPagingShape = {
	maxPages: maxPagesSchema,
	pageSize: integer(1, 250).default(250),
};

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
