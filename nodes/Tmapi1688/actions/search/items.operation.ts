import { type IDataObject, type IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { filtersCollection, limit, optionsCollection, returnAll } from '../../../shared/node/descriptions';
import { custom, fields, integer, type InputOf } from '../../../shared/node/field';
import { readInput } from '../../../shared/node/input';
import { text } from '../../../shared/node/validation';
import type { TmapiClient } from '../../api/client';
import { fetchPages } from '../../api/pagination';
import { sortField } from '../common/choices';
import { listOutput, listSettings } from '../common/list';
import { priceOrder, priceRange } from '../common/price';
import { byDisplayName, flagFields, flagQuery, hintApproximateTotal, SEARCH_SORTS, searchListOptionFields } from './common';

const keyword = custom(
	{
		displayName: 'Keyword',
		name: 'keyword',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'dress',
		description:
			'What to search for on 1688 (TMAPI parameter "keyword"). Chinese keywords work and match 1688\'s Chinese titles best; for results in other languages use Items by Keyword in Other Languages.',
	},
	text('use the words to search for, e.g. dress').pipe(z.string().max(200, 'use at most 200 characters')),
);

const moq = integer({
	displayName: 'Max Minimum Order Quantity',
	name: 'moq',
	min: 1,
	max: 1_000_000,
	default: 1,
	description: 'Only products that can be ordered in this quantity or fewer pieces (TMAPI parameter "moq"; its exact meaning is not documented)',
});

const inputFields = fields(
	keyword,
	returnAll,
	limit,
	filtersCollection(byDisplayName([...flagFields, ...priceRange, moq]), priceOrder),
	optionsCollection([sortField(SEARCH_SORTS), ...searchListOptionFields()]),
);

export const description = updateDisplayOptions({ show: { resource: ['search'], operation: ['items'] } }, inputFields.properties);

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, inputFields);
}

/** Search → Items by Keyword: GET /1688/search/items, every page the list needs. */
export async function execute(this: IExecuteFunctions, params: InputOf<typeof inputFields>, client: TmapiClient, itemIndex: number): Promise<IDataObject[]> {
	const { filters } = params;
	const settings = listSettings(params);
	const pages = await fetchPages(client, {
		path: '/1688/search/items',
		qs: {
			keyword: params.keyword,
			sort: params.options.sort,
			price_start: filters.priceStart,
			price_end: filters.priceEnd,
			moq: filters.moq,
			...flagQuery(filters),
		},
		...settings,
		itemIndex,
		approximateTotal: true,
	});
	hintApproximateTotal(this, pages, settings, 'products');
	return listOutput(pages, settings);
}
