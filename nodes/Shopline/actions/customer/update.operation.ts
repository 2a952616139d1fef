import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { optionsCollection } from '../../../shared/node/descriptions';
import { fields } from '../../../shared/node/field';
import { readInput } from '../../../shared/node/input';
import type { ShoplineClient } from '../../api/client';
import { runOptionFieldsOfNode } from '../common/runOptions';
import { customerId, toCustomerBody, updateFields } from './fields';

const inputFields = fields(customerId, updateFields, optionsCollection([...runOptionFieldsOfNode]));

export const description = updateDisplayOptions({ show: { resource: ['customer'], operation: ['update'] } }, inputFields.properties);

export const writes = true;

export function input(this: IExecuteFunctions, itemIndex: number) {
	const params = readInput(this, itemIndex, inputFields);
	const customer = toCustomerBody(params.updateFields);
	if (Object.keys(customer).length === 0) {
		throw new NodeOperationError(this.getNode(), 'Update Fields: nothing to update — add at least one field', { itemIndex });
	}
	return { customerId: params.customerId, customer };
}

/** Customer → Update: PUT customers/{id}.json with only the fields given. Retried only on 429. */
export async function execute(this: IExecuteFunctions, params: ReturnType<typeof input>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	return [await client.record('customer', { method: 'PUT', path: `customers/${params.customerId}.json`, body: { customer: params.customer }, itemIndex })];
}
