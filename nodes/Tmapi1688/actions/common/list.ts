import type { IDataObject } from 'n8n-workflow';

import { limitOf } from '../../../shared/node/descriptions';
import { integer, options, type Field } from '../../../shared/node/field';
import type { RunOptionField } from '../../../shared/node/runOptions';
import { normalizeMeta, normalizeProduct } from '../../model/normalize';
import type { FetchedPage, Paging } from '../../api/pagination';
import { tmapiRunFields } from './runOptions';
import { normalizeOutput } from './fields';

/** The Max Pages option of every paged TMAPI operation. */
export const maxPages = integer({
	displayName: 'Max Pages',
	name: 'maxPages',
	min: 1,
	max: 10_000,
	default: 250,
	description:
		'Safety cap on pages fetched for one input item (every call is billed). If the list needs more, the node stops with an error instead of returning part of it.',
});

/** The Start Page option of every paged TMAPI operation. */
export const startPage = integer({ displayName: 'Start Page', name: 'startPage', min: 1, max: 100_000, default: 1, description: 'Page to start from (1 = the first)' });

const pageSize = integer({
	displayName: 'Page Size',
	name: 'pageSize',
	min: 1,
	max: 100,
	default: 20,
	description: 'Products per request. TMAPI defaults to 20; larger pages mean fewer (billed) calls if the API honours them.',
});

const normalize = normalizeOutput('Whether to make products consistent: item_id always a string, image links repaired to https:// (TMAPI sends "https:////…" and "//…")');

const output = options({
	displayName: 'Output',
	name: 'output',
	options: [
		{ name: 'One Item per Product', value: 'products' },
		{
			name: 'One Item per Page',
			value: 'pages',
			description: 'Each page with its metadata (page, total_count, has_next_page…) and its products in "items"',
		},
	],
	default: 'products',
});

/** Options every TMAPI list operation shares, the run options last; `withPageSize` for endpoints that take page_size. */
export function listOptionFields(withPageSize: true): Array<typeof maxPages | typeof normalize | typeof output | typeof pageSize | typeof startPage | RunOptionField>;
export function listOptionFields(withPageSize: false): Array<typeof maxPages | typeof normalize | typeof output | typeof startPage | RunOptionField>;
export function listOptionFields(withPageSize: boolean): Field[] {
	return [maxPages, normalize, output, ...(withPageSize ? [pageSize] : []), startPage, ...tmapiRunFields('TMAPI calls (pages and items together)')];
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
