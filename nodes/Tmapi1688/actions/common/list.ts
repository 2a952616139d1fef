import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { limitOf } from '../../../shared/node/descriptions';
import { flag, integer, oneOf } from '../../../shared/node/validation';
import { normalizeMeta, normalizeProduct } from '../../helpers/normalize';
import type { FetchedPage, Paging } from '../../transport/pagination';
import { tmapiRunOptions } from './runOptions';

/** The Max Pages option of every paged TMAPI operation. */
export const maxPagesOption: INodeProperties = {
	displayName: 'Max Pages',
	name: 'maxPages',
	type: 'number',
	typeOptions: { minValue: 1, maxValue: 10000 },
	default: 250,
	description:
		'Safety cap on pages fetched for one input item (every call is billed). If the list needs more, the node stops with an error instead of returning part of it.',
};

/** The Start Page option of every paged TMAPI operation. */
export const startPageOption: INodeProperties = {
	displayName: 'Start Page',
	name: 'startPage',
	type: 'number',
	typeOptions: { minValue: 1 },
	default: 1,
	description: 'Page to start from (1 = the first)',
};

/** The checks of Start Page and Max Pages. */
export const pagesShape = {
	startPage: integer(1, 100_000).default(1),
	maxPages: integer(1, 10_000).default(250),
};

/** Options every TMAPI list operation shares; `withPageSize` for endpoints that take page_size. */
export function listOptions(withPageSize: boolean): INodeProperties[] {
	const pageSize: INodeProperties = {
		displayName: 'Page Size',
		name: 'pageSize',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 100 },
		default: 20,
		description: 'Products per request. TMAPI defaults to 20; larger pages mean fewer (billed) calls if the API honours them.',
	};
	return [
		maxPagesOption,
		{
			displayName: 'Normalize Output',
			name: 'normalize',
			type: 'boolean',
			default: true,
			description:
				'Whether to make products consistent: item_id always a string, image links repaired to https:// (TMAPI sends "https:////…" and "//…")',
		},
		{
			displayName: 'Output',
			name: 'output',
			type: 'options',
			options: [
				{ name: 'One Item per Product', value: 'products' },
				{
					name: 'One Item per Page',
					value: 'pages',
					description: 'Each page with its metadata (page, total_count, has_next_page…) and its products in "items"',
				},
			],
			default: 'products',
		},
		...(withPageSize ? [pageSize] : []),
		startPageOption,
		...tmapiRunOptions('TMAPI calls (pages and items together)'),
	];
}

/** The checks of the list options, for an operation's `options` schema. */
export function listOptionsShape(withPageSize: boolean) {
	return {
		pageSize: withPageSize ? integer(1, 100).default(20) : integer(1, 100).optional(),
		...pagesShape,
		output: oneOf(['products', 'pages'] as const).default('products'),
		normalize: flag().default(true),
	};
}

/** How one item's list is fetched (the paging pagination reads) and output. */
export interface ListSettings extends Paging {
	output: 'products' | 'pages';
	normalize: boolean;
}

/** The list settings of a checked input (Return All / Limit and the list options). */
export function listSettings(input: { returnAll: boolean; limit: number; options: Omit<ListSettings, 'limit'> }): ListSettings {
	const { pageSize, startPage, maxPages, output, normalize } = input.options;
	return { limit: limitOf(input), pageSize, startPage, maxPages, output, normalize };
}

/** One output item per product, or one per page with its metadata. */
export function listOutput(pages: FetchedPage[], settings: ListSettings): IDataObject[] {
	const product = settings.normalize ? normalizeProduct : (item: IDataObject) => item;
	if (settings.output === 'pages') {
		return pages.map((page) => ({
			...(settings.normalize ? normalizeMeta(page.meta) : page.meta),
			page: page.page,
			items: page.items.map(product),
		}));
	}
	return pages.flatMap((page) => page.items.map(product));
}
