import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { filtersCollection, limit, optionsCollection, returnAll } from '../../../shared/node/descriptions';
import { fields, notice, type InputOf } from '../../../shared/node/field';
import { readInput } from '../../../shared/node/input';
import type { TmapiClient } from '../../api/client';
import { fetchPages } from '../../api/pagination';
import { categoryId } from '../common/fields';
import { listOptionFields, listOutput, listSettings } from '../common/list';
import { sharedCategoryFilters } from './fields';

const inputFields = fields(
	notice('v1Notice', 'This is the first version of the endpoint: Chinese titles, no sorting, no page size. Prefer Get Many Items unless you need its data.'),
	categoryId,
	returnAll,
	limit,
	filtersCollection(sharedCategoryFilters('super_factory')),
	optionsCollection(listOptionFields(false)),
);

export const description = updateDisplayOptions({ show: { resource: ['category'], operation: ['getItemsV1'] } }, inputFields.properties);

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, inputFields);
}

/** Category → Get Many Items (v1): GET /1688/category/items, page after page while has_next_page. */
export async function execute(this: IExecuteFunctions, params: InputOf<typeof inputFields>, client: TmapiClient, itemIndex: number): Promise<IDataObject[]> {
	const settings = listSettings(params);
	const pages = await fetchPages(client, {
		path: '/1688/category/items',
		qs: {
			cat_id: params.categoryId,
			super_factory: params.filters.superFactory,
			support_dropshipping: params.filters.supportDropshipping,
			free_shipping: params.filters.freeShipping,
		},
		...settings,
		itemIndex,
	});
	return listOutput(pages, settings);
}
