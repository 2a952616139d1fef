import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { filtersCollection, limit, optionsCollection, returnAll } from '../../../shared/node/descriptions';
import { fields, type InputOf } from '../../../shared/node/field';
import { readInput } from '../../../shared/node/input';
import type { ShoplineClient } from '../../api/client';
import { cursorList } from '../common/paging';
import { runOptionFieldsOfNode } from '../common/runOptions';
import { refineDateOrder, toDateQuery } from '../common/fields';
import { customerFieldsOption, listFilters, maxPages, pageSize } from './fields';

const inputFields = fields(
	returnAll,
	limit,
	filtersCollection(listFilters, refineDateOrder),
	optionsCollection([customerFieldsOption, maxPages, pageSize, ...runOptionFieldsOfNode]),
);

export const description = updateDisplayOptions({ show: { resource: ['customer'], operation: ['getAll'] } }, inputFields.properties);

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, inputFields);
}

/**
 * Customer → Get Many: GET v2/customers.json, oldest first, following the link header's
 * next page (which carries only limit, page_info and fields).
 */
export async function execute(this: IExecuteFunctions, params: InputOf<typeof inputFields>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	const { filters } = params;
	const query = { ids: filters.ids, since_id: filters.sinceId, ...toDateQuery(filters) };
	return await cursorList(client, { path: 'v2/customers.json', listKey: 'customers', filters: query }, params, itemIndex);
}
