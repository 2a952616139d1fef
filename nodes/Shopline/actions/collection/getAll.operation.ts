import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { filtersCollection, limitOf, returnAllAndLimit, returnAllAndLimitShape } from '../../../shared/node/descriptions';
import { readInput } from '../../../shared/node/input';
import { optionalIsoDate, optionalText } from '../../../shared/node/validation';
import { optionalShoplineId, shoplineIdList } from '../common/ids';
import type { ShoplineClient } from '../../api/client';
import { fetchCursorPages } from '../../api/pagination';
import { cursorPagingOptions, cursorPagingShape, pageSizeFor } from '../common/paging';
import { shoplineOptions } from '../common/runOptions';
import { fieldsSchema, refineDateOrder } from '../common/fields';
import { collectionFieldsOption } from './fields';

const properties: INodeProperties[] = [
	...returnAllAndLimit,
	filtersCollection([
		{ displayName: 'Handle', name: 'handle', type: 'string', default: '', placeholder: 'spring-clothing', description: 'Only the collection with this handle' },
		{
			displayName: 'IDs',
			name: 'ids',
			type: 'string',
			default: '',
			placeholder: '12257170618007271602093384,12257170618007271602083384',
			description: 'Only these collections (comma-separated IDs)',
		},
		{ displayName: 'Since ID', name: 'sinceId', type: 'string', default: '', description: 'Only collections after this ID' },
		{ displayName: 'Title', name: 'title', type: 'string', default: '', description: 'Only collections with this title' },
		{ displayName: 'Updated After', name: 'updatedAtMin', type: 'dateTime', default: '', description: 'Only collections updated at or after this time (ISO 8601)' },
		{ displayName: 'Updated Before', name: 'updatedAtMax', type: 'dateTime', default: '', description: 'Only collections updated at or before this time (ISO 8601)' },
	]),
	shoplineOptions([collectionFieldsOption, ...cursorPagingOptions('Collections')]),
];

export const description = updateDisplayOptions({ show: { resource: ['collection'], operation: ['getAll'] } }, properties);

const schema = z.object({
	...returnAllAndLimitShape,
	filters: z
		.object({
			handle: optionalText('use a collection handle such as spring-clothing', 255),
			ids: shoplineIdList.optional(),
			sinceId: optionalShoplineId,
			title: optionalText('use the title as text', 255),
			updatedAtMin: optionalIsoDate(),
			updatedAtMax: optionalIsoDate(),
		})
		.superRefine(refineDateOrder),
	options: z.object({ fields: fieldsSchema, ...cursorPagingShape }),
});

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, properties, schema);
}

/** Collection → Get Many: GET products/custom_collections.json, following the link header's next page. */
export async function execute(this: IExecuteFunctions, params: z.output<typeof schema>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	const { filters, options } = params;
	const limit = limitOf(params);
	return await fetchCursorPages(client, {
		path: 'products/custom_collections.json',
		listKey: 'custom_collections',
		filters: {
			handle: filters.handle,
			ids: filters.ids,
			since_id: filters.sinceId,
			title: filters.title,
			updated_at_min: filters.updatedAtMin,
			updated_at_max: filters.updatedAtMax,
		},
		fields: options.fields,
		pageSize: pageSizeFor(options.pageSize, limit),
		limit,
		maxPages: options.maxPages,
		itemIndex,
	});
}
