import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { fields } from '../../../shared/node/field';
import { readInput } from '../../../shared/node/input';
import type { ShoplineClient } from '../../api/client';
import { toShoplineVariant } from '../../model/product';
import { shoplineOptionsField } from '../common/runOptions';
import { variantBody, variantId } from './fields';

const inputFields = fields(variantId, variantBody('updateFields'), shoplineOptionsField());

export const description = updateDisplayOptions({ show: { resource: ['variant'], operation: ['update'] } }, inputFields.properties);

export const writes = true;

export function input(this: IExecuteFunctions, itemIndex: number) {
	const { variantId, updateFields } = readInput(this, itemIndex, inputFields);
	const variant = toShoplineVariant(updateFields);
	if (Object.keys(variant).length === 0) {
		throw new NodeOperationError(this.getNode(), 'Update Fields: nothing to update — add at least one field', { itemIndex });
	}
	return { variantId, variant };
}

/** Variant → Update: PUT products/variants/{id}.json with only the fields given. Retried only on 429. */
export async function execute(this: IExecuteFunctions, params: ReturnType<typeof input>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	return [await client.record('variant', { method: 'PUT', path: `products/variants/${params.variantId}.json`, body: { variant: params.variant }, itemIndex })];
}
