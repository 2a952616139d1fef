import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { filtersCollection, optionsCollection } from '../../../shared/node/descriptions';
import { fields, type InputOf } from '../../../shared/node/field';
import { readInput } from '../../../shared/node/input';
import type { ShoplineClient } from '../../api/client';
import { refineDateOrder } from '../common/fields';
import { runOptionFieldsOfNode } from '../common/runOptions';
import { countFilters, toDraftOrderQuery } from './fields';

const inputFields = fields(filtersCollection(countFilters, refineDateOrder), optionsCollection([...runOptionFieldsOfNode]));

export const description = updateDisplayOptions({ show: { resource: ['draftOrder'], operation: ['count'] } }, inputFields.properties);

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, inputFields);
}

/** Draft Order → Count: GET orders/draft_orders/count.json with the filters; the answer's count must be a whole number. */
export async function execute(this: IExecuteFunctions, params: InputOf<typeof inputFields>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	return [{ count: await client.count({ method: 'GET', path: 'orders/draft_orders/count.json', qs: toDraftOrderQuery(params.filters), itemIndex }) }];
}
