import type { INodeProperties } from 'n8n-workflow';

import { integer } from '../../../shared/validation';

/** The Max Pages and Page Size options of a SHOPLINE list read page after page with page_info. */
export const cursorPagingOptions = (records: 'Collections' | 'Products'): INodeProperties[] => [
	{
		displayName: 'Max Pages',
		name: 'maxPages',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 100000 },
		default: 1000,
		description: 'Safety cap on pages fetched for one input item. If the list needs more, the node stops with an error.',
	},
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
	maxPages: integer(1, 100_000).default(1000),
	pageSize: integer(1, 250).default(250),
};

/** Records per request: never more than Limit asks for. */
export const pageSizeFor = (pageSize: number, limit: number | undefined) => (limit === undefined ? pageSize : Math.min(pageSize, limit));
