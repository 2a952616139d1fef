import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { filtersCollection, limit, returnAll } from '../../../shared/node/descriptions';
import { custom, dateTime, fields, text, type InputOf } from '../../../shared/node/field';
import { readInput } from '../../../shared/node/input';
import { optionalShoplineId, shoplineIdList } from '../common/ids';
import type { ShoplineClient } from '../../api/client';
import { cursorList, cursorPaging } from '../common/paging';
import { shoplineOptionsField } from '../common/runOptions';
import { refineDateOrder } from '../common/fields';
import { collectionFieldsOption } from './fields';

/** The filters of Get Many, sorted by name. */
const listFilters = [
	text({ displayName: 'Handle', name: 'handle', placeholder: 'spring-clothing', description: 'Only the collection with this handle', expectation: 'use a collection handle such as spring-clothing', maxLength: 255 }),
	custom(
		{ displayName: 'IDs', name: 'ids', type: 'string', default: '', placeholder: '12257170618007271602093384,12257170618007271602083384', description: 'Only these collections (comma-separated IDs)' },
		shoplineIdList.optional(),
	),
	custom({ displayName: 'Since ID', name: 'sinceId', type: 'string', default: '', description: 'Only collections after this ID' }, optionalShoplineId),
	text({ displayName: 'Title', name: 'title', description: 'Only collections with this title', expectation: 'use the title as text', maxLength: 255 }),
	dateTime({ displayName: 'Updated After', name: 'updatedAtMin', description: 'Only collections updated at or after this time (ISO 8601)' }),
	dateTime({ displayName: 'Updated Before', name: 'updatedAtMax', description: 'Only collections updated at or before this time (ISO 8601)' }),
] as const;

const inputFields = fields(returnAll, limit, filtersCollection(listFilters, refineDateOrder), shoplineOptionsField(collectionFieldsOption, ...cursorPaging('Collections')));

export const description = updateDisplayOptions({ show: { resource: ['collection'], operation: ['getAll'] } }, inputFields.properties);

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, inputFields);
}

/** Collection → Get Many: GET products/custom_collections.json, following the link header's next page. */
export async function execute(this: IExecuteFunctions, params: InputOf<typeof inputFields>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	const { filters: given } = params;
	const query = { handle: given.handle, ids: given.ids, since_id: given.sinceId, title: given.title, updated_at_min: given.updatedAtMin, updated_at_max: given.updatedAtMax };
	return await cursorList(client, { path: 'products/custom_collections.json', listKey: 'custom_collections', filters: query }, params, itemIndex);
}
