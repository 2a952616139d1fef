import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { filtersCollection, optionsCollection, returnAllAndLimit, returnAllAndLimitShape } from '../../../shared/node/descriptions';
import { readInput } from '../../../shared/node/input';
import { flag, oneOf } from '../../../shared/node/validation';
import type { TmapiClient } from '../../transport';
import { fetchPages } from '../../transport/pagination';
import { listOptions, listOptionsShape, listOutput, listSettings } from '../common/list';
import { languageOption, sortOption } from '../common/choices';
import { priceFields, withPriceRange } from '../common/price';
import { categoryIdField, categoryIdSchema, sharedCategoryFilters } from './fields';

const LANGUAGES = ['en', 'zh', 'ru', 'vi', 'ja', 'ko'] as const;
const SORTS = ['default', 'sales', 'price_up', 'price_down'] as const;

const properties: INodeProperties[] = [
	categoryIdField,
	...returnAllAndLimit,
	filtersCollection([
		...priceFields,
		{
			displayName: 'New Arrivals Only',
			name: 'newArrival',
			type: 'boolean',
			default: true,
			description: 'Whether to return only new products',
		},
		...sharedCategoryFilters('is_super_factory'),
	]),
	optionsCollection([
		languageOption(LANGUAGES, 'en'),
		sortOption(SORTS),
		...listOptions(true),
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['category'], operation: ['getItems'] } }, properties);

const schema = z.object({
	categoryId: categoryIdSchema,
	filters: withPriceRange({
		newArrival: flag().optional(),
		supportDropshipping: flag().optional(),
		freeShipping: flag().optional(),
		superFactory: flag().optional(),
	}),
	...returnAllAndLimitShape,
	options: z.object({ language: oneOf(LANGUAGES).default('en'), sort: oneOf(SORTS).default('default'), ...listOptionsShape(true) }),
});

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, properties, schema);
}

/** Category → Get Many Items: GET /1688/category/items/v2, every page the list needs. */
export async function execute(this: IExecuteFunctions, params: z.output<typeof schema>, client: TmapiClient, itemIndex: number): Promise<IDataObject[]> {
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
