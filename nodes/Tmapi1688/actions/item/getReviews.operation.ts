import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { limit, limitOf, optionsCollection, returnAll } from '../../../shared/node/descriptions';
import { fields, options, type InputOf } from '../../../shared/node/field';
import { readInput } from '../../../shared/node/input';
import { normalizeRecord } from '../../model/normalize';
import type { TmapiClient } from '../../api/client';
import { fetchPages } from '../../api/pagination';
import { maxPages, startPage } from '../common/list';
import { tmapiRunFields } from '../common/runOptions';
import { offerId } from './fields';
import { normalizeOutput } from '../common/fields';

const normalize = normalizeOutput('Whether to make reviews consistent: review ID and item_id as strings, image links repaired to https://');

const sortType = options({
	displayName: 'Sort By',
	name: 'sortType',
	options: [
		{ name: 'Default', value: 'default' },
		{ name: 'Latest First', value: 'latest' },
	],
	default: 'default',
	description: 'Order of the reviews (TMAPI parameter "sort_type")',
});

const inputFields = fields(
	offerId,
	returnAll,
	limit,
	optionsCollection([maxPages, normalize, sortType, startPage, ...tmapiRunFields('TMAPI calls (pages and items together)')]),
);

export const description = updateDisplayOptions({ show: { resource: ['item'], operation: ['getReviews'] } }, inputFields.properties);

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, inputFields);
}

/**
 * Item → Get Reviews: GET /1688/item/rating page after page (the reviews are in "list"; the
 * endpoint takes no page size). One output item per review, with the product's item_id.
 */
export async function execute(this: IExecuteFunctions, params: InputOf<typeof inputFields>, client: TmapiClient, itemIndex: number): Promise<IDataObject[]> {
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
