import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { filtersCollection, limit, optionsCollection, returnAll } from '../../../shared/node/descriptions';
import { fields, type InputOf } from '../../../shared/node/field';
import { readInput } from '../../../shared/node/input';
import type { ShoplineClient } from '../../api/client';
import { refineDateOrder } from '../common/fields';
import { cursorList } from '../common/paging';
import { runOptionFieldsOfNode } from '../common/runOptions';
import { listFilters, maxPages, pageSize, toDraftOrderQuery } from './fields';

const inputFields = fields(returnAll, limit, filtersCollection(listFilters, refineDateOrder), optionsCollection([maxPages, pageSize, ...runOptionFieldsOfNode]));

export const description = updateDisplayOptions({ show: { resource: ['draftOrder'], operation: ['getAll'] } }, inputFields.properties);

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, inputFields);
}

/** Draft Order → Get Many: GET orders/draft_orders.json, following the link header's next page. */
export async function execute(this: IExecuteFunctions, params: InputOf<typeof inputFields>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	return await cursorList(client, { path: 'orders/draft_orders.json', listKey: 'draft_orders', filters: toDraftOrderQuery(params.filters) }, params, itemIndex);
}
