import { type IDataObject, type IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { filtersCollection, limit, optionsCollection, returnAll } from '../../../shared/node/descriptions';
import { fields, optional, text, type InputOf } from '../../../shared/node/field';
import { readInput } from '../../../shared/node/input';
import { isBlank } from '../../../shared/node/validation';
import type { TmapiClient } from '../../api/client';
import { fetchPages } from '../../api/pagination';
import { languageField, sortField } from '../common/choices';
import { categoryId } from '../common/fields';
import { listOutput, listSettings } from '../common/list';
import { priceOrder, priceRange } from '../common/price';
import { byDisplayName, flagFields, flagQuery, GLOBAL_LANGUAGES, hintApproximateTotal, SEARCH_SORTS, searchListOptionFields } from './common';

const keyword = text({
	displayName: 'Keyword',
	name: 'keyword',
	placeholder: 'summer dress',
	description: 'What to search for, in the language chosen under Options (TMAPI parameter "keyword"). May be empty when a Category ID is given.',
	expectation: 'use the words to search for, e.g. summer dress',
	maxLength: 200,
});

const inCategory = optional(categoryId, { description: 'Only products of this 1688 category (TMAPI parameter "cat_id"). Without a keyword, the products of the category.' });

const inputFields = fields(
	keyword,
	returnAll,
	limit,
	filtersCollection(byDisplayName([inCategory, ...flagFields, ...priceRange]), priceOrder),
	optionsCollection([languageField(GLOBAL_LANGUAGES, 'en'), sortField(SEARCH_SORTS), ...searchListOptionFields()]),
);

export const description = updateDisplayOptions({ show: { resource: ['search'], operation: ['itemsGlobal'] } }, inputFields.properties);

/** A keyword, or a category to list. */
const schema = inputFields.schema.superRefine((input, context) => {
	if (isBlank(input.keyword) && input.filters.categoryId === undefined) {
		context.addIssue({ code: z.ZodIssueCode.custom, path: ['keyword'], message: 'give a keyword, or a Category ID under Filters' });
	}
});

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, { ...inputFields, schema });
}

/**
 * Search → Items by Keyword in Other Languages: GET /1688/global/search/items. The products
 * keep both titles: `title` in the language asked for, `title_origin` as the seller wrote it.
 */
export async function execute(this: IExecuteFunctions, params: InputOf<typeof inputFields>, client: TmapiClient, itemIndex: number): Promise<IDataObject[]> {
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
