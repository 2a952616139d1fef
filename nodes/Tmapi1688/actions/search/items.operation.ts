import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { filtersCollection, optionsCollection, returnAllAndLimit, returnAllAndLimitShape } from '../../../shared/node/descriptions';
import { readInput } from '../../../shared/node/input';
import { integer, oneOf, text } from '../../../shared/node/validation';
import type { TmapiClient } from '../../api/client';
import { fetchPages } from '../../api/pagination';
import { sortOption } from '../common/choices';
import { listOutput, listSettings } from '../common/list';
import { priceFields, withPriceRange } from '../common/price';
import { byDisplayName, flagFields, flagQuery, flagShape, hintApproximateTotal, SEARCH_SORTS, searchListOptions, searchListOptionsShape } from './common';

const properties: INodeProperties[] = [
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
	...returnAllAndLimit,
	filtersCollection(
		byDisplayName([
			...flagFields,
			...priceFields,
			{
				displayName: 'Max Minimum Order Quantity',
				name: 'moq',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 1,
				description:
					'Only products that can be ordered in this quantity or fewer pieces (TMAPI parameter "moq"; its exact meaning is not documented)',
			},
		]),
	),
	optionsCollection([sortOption(SEARCH_SORTS), ...searchListOptions()]),
];

export const description = updateDisplayOptions({ show: { resource: ['search'], operation: ['items'] } }, properties);

const schema = z.object({
	keyword: text('use the words to search for, e.g. dress').pipe(z.string().max(200, 'use at most 200 characters')),
	...returnAllAndLimitShape,
	filters: withPriceRange({ ...flagShape, moq: integer(1, 1_000_000).optional() }),
	options: z.object({ sort: oneOf(SEARCH_SORTS).default('default'), ...searchListOptionsShape() }),
});

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, properties, schema);
}

/** Search → Items by Keyword: GET /1688/search/items, every page the list needs. */
export async function execute(this: IExecuteFunctions, params: z.output<typeof schema>, client: TmapiClient, itemIndex: number): Promise<IDataObject[]> {
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
