import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { filtersCollection, limit, optionsCollection, returnAll } from '../../../shared/node/descriptions';
import { boolean, fields, type InputOf } from '../../../shared/node/field';
import { readInput } from '../../../shared/node/input';
import type { TmapiClient } from '../../api/client';
import { fetchPages } from '../../api/pagination';
import { languageField, sortField } from '../common/choices';
import { categoryId } from '../common/fields';
import { listOptionFields, listOutput, listSettings } from '../common/list';
import { priceOrder, priceRange } from '../common/price';
import { sharedCategoryFilters } from './fields';

const LANGUAGES = ['en', 'zh', 'ru', 'vi', 'ja', 'ko'] as const;
const SORTS = ['default', 'sales', 'price_up', 'price_down'] as const;

const newArrival = boolean({ displayName: 'New Arrivals Only', name: 'newArrival', default: true, description: 'Whether to return only new products' });

const inputFields = fields(
	categoryId,
	returnAll,
	limit,
	filtersCollection([...priceRange, newArrival, ...sharedCategoryFilters('is_super_factory')], priceOrder),
	optionsCollection([languageField(LANGUAGES, 'en'), sortField(SORTS), ...listOptionFields(true)]),
);

export const description = updateDisplayOptions({ show: { resource: ['category'], operation: ['getItems'] } }, inputFields.properties);

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, inputFields);
}

/** Category → Get Many Items: GET /1688/category/items/v2, every page the list needs. */
export async function execute(this: IExecuteFunctions, params: InputOf<typeof inputFields>, client: TmapiClient, itemIndex: number): Promise<IDataObject[]> {
	const { filters, options } = params;
	const settings = listSettings(params);
	const pages = await fetchPages(client, {
		path: '/1688/category/items/v2',
		qs: {
			cat_id: params.categoryId,
			language: options.language,
			sort: options.sort,
			price_start: filters.priceStart,
			price_end: filters.priceEnd,
			new_arrival: filters.newArrival,
			support_dropshipping: filters.supportDropshipping,
			free_shipping: filters.freeShipping,
			is_super_factory: filters.superFactory,
		},
		...settings,
		itemIndex,
	});
	return listOutput(pages, settings);
}
