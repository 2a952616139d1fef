import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { filtersCollection, optionsCollection, returnAllAndLimit, returnAllAndLimitShape } from '../../../shared/node/descriptions';
import { readInput } from '../../../shared/node/input';
import { optional } from '../../../shared/node/field';
import { isBlank, oneOf, optionalText } from '../../../shared/node/validation';
import type { TmapiClient } from '../../api/client';
import { fetchPages } from '../../api/pagination';
import { languageOption, sortOption } from '../common/choices';
import { categoryId } from '../common/fields';
import { listOutput, listSettings } from '../common/list';
import { priceFields, withPriceRange } from '../common/price';
import {
	flagFields,
	flagQuery,
	flagShape,
	GLOBAL_LANGUAGES,
	hintApproximateTotal,
	SEARCH_SORTS,
	searchListOptions,
	searchListOptionsShape,
	byDisplayName,
} from './common';

const properties: INodeProperties[] = [
	{
		displayName: 'Keyword',
		name: 'keyword',
		type: 'string',
		default: '',
		placeholder: 'summer dress',
		description:
			'What to search for, in the language chosen under Options (TMAPI parameter "keyword"). May be empty when a Category ID is given.',
	},
	...returnAllAndLimit,
	filtersCollection(
		byDisplayName([
			optional(categoryId, { description: 'Only products of this 1688 category (TMAPI parameter "cat_id"). Without a keyword, the products of the category.' }).property,
			...flagFields,
			...priceFields,
		]),
	),
	optionsCollection([languageOption(GLOBAL_LANGUAGES, 'en'), sortOption(SEARCH_SORTS), ...searchListOptions()]),
];

export const description = updateDisplayOptions({ show: { resource: ['search'], operation: ['itemsGlobal'] } }, properties);

const schema = z
	.object({
		keyword: optionalText('use the words to search for, e.g. summer dress', 200),
		...returnAllAndLimitShape,
		filters: withPriceRange({ ...flagShape, categoryId: categoryId.schema.optional() }),
		options: z.object({ language: oneOf(GLOBAL_LANGUAGES).default('en'), sort: oneOf(SEARCH_SORTS).default('default'), ...searchListOptionsShape() }),
	})
	.superRefine((input, context) => {
		if (isBlank(input.keyword) && input.filters.categoryId === undefined) {
			context.addIssue({ code: z.ZodIssueCode.custom, path: ['keyword'], message: 'give a keyword, or a Category ID under Filters' });
		}
	});

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, properties, schema);
}

/**
 * Search → Items by Keyword in Other Languages: GET /1688/global/search/items. The products
 * keep both titles: `title` in the language asked for, `title_origin` as the seller wrote it.
 */
export async function execute(this: IExecuteFunctions, params: z.output<typeof schema>, client: TmapiClient, itemIndex: number): Promise<IDataObject[]> {
	const { filters, options } = params;
	const settings = listSettings(params);
	const pages = await fetchPages(client, {
		path: '/1688/global/search/items',
		qs: {
			keyword: params.keyword,
			cat_id: filters.categoryId,
			language: options.language,
			sort: options.sort,
			price_start: filters.priceStart,
			price_end: filters.priceEnd,
			...flagQuery(filters),
		},
		...settings,
		itemIndex,
		approximateTotal: true,
	});
	hintApproximateTotal(this, pages, settings, 'products');
	return listOutput(pages, settings);
}
