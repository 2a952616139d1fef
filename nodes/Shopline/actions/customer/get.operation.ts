import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { optionsCollection } from '../../../shared/node/descriptions';
import { fields, type InputOf } from '../../../shared/node/field';
import { readInput } from '../../../shared/node/input';
import type { ShoplineClient } from '../../api/client';
import { runOptionFieldsOfNode } from '../common/runOptions';
import { customerFieldsOption, customerId } from './fields';

const inputFields = fields(customerId, optionsCollection([customerFieldsOption, ...runOptionFieldsOfNode]));

export const description = updateDisplayOptions({ show: { resource: ['customer'], operation: ['get'] } }, inputFields.properties);

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, inputFields);
}

/** Customer → Get: GET customers/v2/{id}.json. */
export async function execute(this: IExecuteFunctions, params: InputOf<typeof inputFields>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	return [await client.record('customer', { method: 'GET', path: `customers/v2/${params.customerId}.json`, qs: { fields: params.options.fields }, itemIndex })];
}
