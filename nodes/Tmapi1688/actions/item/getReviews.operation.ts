import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { limitOf, optionsCollection, returnAllAndLimit, returnAllAndLimitShape } from '../../../shared/node/descriptions';
import { readInput } from '../../../shared/node/input';
import { flag, oneOf } from '../../../shared/node/validation';
import { normalizeRecord } from '../../model/normalize';
import type { TmapiClient } from '../../api/client';
import { fetchPages } from '../../api/pagination';
import { maxPagesOption, pagesShape, startPageOption } from '../common/list';
import { tmapiRunOptions } from '../common/runOptions';
import { offerIdField, offerIdSchema } from './fields';

const SORTS = ['default', 'latest'] as const;

const properties: INodeProperties[] = [
	offerIdField,
	...returnAllAndLimit,
	optionsCollection([
		maxPagesOption,
		{
			displayName: 'Normalize Output',
			name: 'normalize',
			type: 'boolean',
			default: true,
			description: 'Whether to make reviews consistent: review ID and item_id as strings, image links repaired to https://',
		},
		{
			displayName: 'Sort By',
			name: 'sortType',
			type: 'options',
			options: [
				{ name: 'Default', value: 'default' },
				{ name: 'Latest First', value: 'latest' },
			],
			default: 'default',
			description: 'Order of the reviews (TMAPI parameter "sort_type")',
		},
		startPageOption,
		...tmapiRunOptions('TMAPI calls (pages and items together)'),
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['item'], operation: ['getReviews'] } }, properties);

const schema = z.object({
	offerId: offerIdSchema,
	...returnAllAndLimitShape,
	options: z.object({
		sortType: oneOf(SORTS).default('default'),
		...pagesShape,
		normalize: flag().default(true),
	}),
});

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, properties, schema);
}

/**
 * Item → Get Reviews: GET /1688/item/rating page after page (the reviews are in "list"; the
 * endpoint takes no page size). One output item per review, with the product's item_id.
 */
export async function execute(this: IExecuteFunctions, params: z.output<typeof schema>, client: TmapiClient, itemIndex: number): Promise<IDataObject[]> {
	const { options } = params;
	const pages = await fetchPages(client, {
		path: '/1688/item/rating',
		qs: { item_id: params.offerId, sort_type: options.sortType },
		listKey: 'list',
		limit: limitOf(params),
		startPage: options.startPage,
		maxPages: options.maxPages,
		itemIndex,
	});
	return pages.flatMap((page) =>
		page.items.map((review) => {
			const withProduct = { ...review, item_id: params.offerId };
			return options.normalize ? normalizeRecord(withProduct, ['id']) : withProduct;
		}),
	);
}
