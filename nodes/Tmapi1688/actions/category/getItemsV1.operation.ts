import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { filtersCollection, optionsCollection, returnAllAndLimit, returnAllAndLimitShape } from '../../../shared/node/descriptions';
import { readInput } from '../../../shared/node/input';
import { flag } from '../../../shared/node/validation';
import type { TmapiClient } from '../../transport';
import { fetchPages } from '../../transport/pagination';
import { listOptions, listOptionsShape, listOutput, listSettings } from '../common/list';
import { categoryIdField, categoryIdSchema, sharedCategoryFilters } from './fields';

const properties: INodeProperties[] = [
	{
		displayName:
			'This is the first version of the endpoint: Chinese titles, no sorting, no page size. Prefer Get Many Items unless you need its data.',
		name: 'v1Notice',
		type: 'notice',
		default: '',
	},
	categoryIdField,
	...returnAllAndLimit,
	filtersCollection(sharedCategoryFilters('super_factory')),
	optionsCollection(listOptions(false)),
];

export const description = updateDisplayOptions({ show: { resource: ['category'], operation: ['getItemsV1'] } }, properties);

const schema = z.object({
	categoryId: categoryIdSchema,
	filters: z.object({
		superFactory: flag().optional(),
		supportDropshipping: flag().optional(),
		freeShipping: flag().optional(),
	}),
	...returnAllAndLimitShape,
	options: z.object(listOptionsShape(false)),
});

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, properties, schema);
}

/** Category → Get Many Items (v1): GET /1688/category/items, page after page while has_next_page. */
export async function execute(this: IExecuteFunctions, params: z.output<typeof schema>, client: TmapiClient, itemIndex: number): Promise<IDataObject[]> {
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
