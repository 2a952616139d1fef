import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { readInput } from '../../../shared/node/input';
import { shoplineId } from '../common/ids';
import { toShoplineVariant } from '../../model/product';
import type { ShoplineClient } from '../../api/client';
import { shoplineOptions } from '../common/runOptions';
import { variantCollection, variantIdField, variantShape } from './fields';

const properties: INodeProperties[] = [variantIdField, variantCollection(false), shoplineOptions()];

export const description = updateDisplayOptions({ show: { resource: ['variant'], operation: ['update'] } }, properties);

export const writes = true;

const schema = z.object({ variantId: shoplineId, updateFields: variantShape });

export function input(this: IExecuteFunctions, itemIndex: number) {
	const { variantId, updateFields } = readInput(this, itemIndex, properties, schema);
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
