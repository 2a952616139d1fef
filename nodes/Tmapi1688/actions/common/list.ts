import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { concurrencyOption, retryOptions } from '../../../shared/runOptions';
export { returnAllAndLimit } from '../../../shared/descriptions';
import { flag, integer, oneOf, validateInput } from '../../../shared/validation';
import { normalizeMeta, normalizeProduct } from '../../helpers/normalize';
import type { FetchedPage, PageQuery } from '../../transport/pagination';

/** Options every TMAPI list operation shares; `withPageSize` for endpoints that take page_size. */
export function listOptions(withPageSize: boolean): INodeProperties[] {
	const options: INodeProperties[] = [
		{
			displayName: 'Max Pages',
			name: 'maxPages',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 10000 },
			default: 250,
			description:
				'Safety cap on pages fetched for one input item (every call is billed). If the list needs more, the node stops with an error instead of returning part of it.',
		},
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
		{
			displayName: 'Start Page',
			name: 'startPage',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 1,
			description: 'Page to start from (1 = the first)',
		},
		concurrencyOption(3, 'TMAPI calls (pages and items together)'),
		...retryOptions,
	];
	if (withPageSize) {
		options.splice(3, 0, {
			displayName: 'Page Size',
			name: 'pageSize',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 100 },
			default: 20,
			description: 'Products per request. TMAPI defaults to 20; larger pages mean fewer (billed) calls if the API honours them.',
		});
	}
	return options;
}

export interface ListSettings {
	limit?: number;
	pageSize?: number;
	startPage: number;
	maxPages: number;
	output: 'products' | 'pages';
	normalize: boolean;
}

const labels = {
	returnAll: 'Return All',
	limit: 'Limit',
	pageSize: 'Page Size',
	startPage: 'Start Page',
	maxPages: 'Max Pages',
	output: 'Output',
	normalize: 'Normalize Output',
};

/** Reads and checks Return All / Limit and the paging options of one item. */
export function readListSettings(ctx: IExecuteFunctions, itemIndex: number, withPageSize: boolean): ListSettings {
	const returnAll = ctx.getNodeParameter('returnAll', itemIndex, false);
	const options = ctx.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const schema = z.object({
		returnAll: flag(),
		limit: integer(1, 1_000_000).optional(),
		pageSize: integer(1, 100).optional(),
		startPage: integer(1, 100_000).default(1),
		maxPages: integer(1, 10_000).default(250),
		output: oneOf(['products', 'pages'] as const).default('products'),
		normalize: flag().default(true),
	});
	const input = {
		returnAll,
		limit: returnAll === true ? undefined : ctx.getNodeParameter('limit', itemIndex, 50),
		pageSize: withPageSize ? options.pageSize : undefined,
		startPage: options.startPage,
		maxPages: options.maxPages,
		output: options.output,
		normalize: options.normalize,
	};
	const parsed = validateInput(ctx.getNode(), schema, input, labels, itemIndex);
	return {
		limit: parsed.returnAll ? undefined : (parsed.limit ?? 50),
		pageSize: withPageSize ? (parsed.pageSize ?? 20) : undefined,
		startPage: parsed.startPage,
		maxPages: parsed.maxPages,
		output: parsed.output,
		normalize: parsed.normalize,
	};
}

/** The paging part of a page query, from the list settings. */
export function pageQuery(settings: ListSettings, itemIndex: number): Omit<PageQuery, 'path' | 'qs'> {
	return {
		pageSize: settings.pageSize,
		startPage: settings.startPage,
		limit: settings.limit,
		maxPages: settings.maxPages,
		itemIndex,
	};
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
