import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { filtersCollection, optionsCollection, returnAllAndLimit, returnAllAndLimitShape } from '../../../shared/node/descriptions';
import { readInput } from '../../../shared/node/input';
import { oneOf, optionalText } from '../../../shared/node/validation';
import type { TmapiClient } from '../../transport';
import { fetchPages } from '../../transport/pagination';
import { sortOption } from '../common/choices';
import { listOptions, listOptionsShape, listOutput, listSettings } from '../common/list';
import { shopUrlField, shopUrlSchema } from './fields';

const SORTS = ['default', 'sales', 'price_up', 'price_down', 'time_up', 'time_down'] as const;

const properties: INodeProperties[] = [
	shopUrlField,
	...returnAllAndLimit,
	filtersCollection([
		{
			displayName: 'Category ID',
			name: 'cat',
			type: 'string',
			default: '',
			placeholder: '1234567',
			description: 'Only products of this category of the shop (TMAPI parameter "cat")',
		},
		{
			displayName: 'Category Type',
			name: 'catType',
			type: 'options',
			options: [
				{ name: '0', value: '0' },
				{ name: '1', value: '1' },
			],
			default: '0',
			description: 'Kind of Category ID, as TMAPI documents it: "0" or "1" (TMAPI parameter "cat_type")',
		},
	]),
	optionsCollection([
		sortOption(SORTS),
		...listOptions(true),
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['shop'], operation: ['getItems'] } }, properties);

const schema = z.object({
	shopUrl: shopUrlSchema,
	...returnAllAndLimitShape,
	filters: z.object({
		cat: optionalText('use the category ID as text, e.g. 1234567', 64),
		catType: oneOf(['0', '1'] as const).optional(),
	}),
	options: z.object({ sort: oneOf(SORTS).default('default'), ...listOptionsShape(true) }),
});

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, properties, schema);
}

/** Shop → Get Many Items: GET /1688/shop/items/v2, every page the list needs. */
export async function execute(this: IExecuteFunctions, params: z.output<typeof schema>, client: TmapiClient, itemIndex: number): Promise<IDataObject[]> {
	const settings = listSettings(params);
	const pages = await fetchPages(client, {
		path: '/1688/shop/items/v2',
		qs: { shop_url: params.shopUrl, sort: params.options.sort, cat: params.filters.cat, cat_type: params.filters.catType },
		...settings,
		itemIndex,
	});
	return listOutput(pages, settings);
}
