import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { readInput } from '../../../shared/node/input';
import { shoplineId } from '../common/ids';
import { toShoplineVariant } from '../../model/product';
import type { ShoplineClient } from '../../api/client';
import { shoplineOptions } from '../common/runOptions';
import { productIdField } from '../common/fields';
import { variantCollection, variantShape } from './fields';

const properties: INodeProperties[] = [
	productIdField,
	{
		displayName:
			'A new variant with Track Inventory on has 0 available until its stock is set: use Inventory → Set Available with the output\'s inventory_item_id and a location.',
		name: 'stockNotice',
		type: 'notice',
		default: '',
	},
	variantCollection(true),
	shoplineOptions(),
];

export const description = updateDisplayOptions({ show: { resource: ['variant'], operation: ['create'] } }, properties);

export const writes = true;

const schema = z.object({ productId: shoplineId, variantFields: variantShape });

export function input(this: IExecuteFunctions, itemIndex: number) {
	const { productId, variantFields } = readInput(this, itemIndex, properties, schema);
	return { productId, variant: toShoplineVariant(variantFields) };
}

/**
 * Variant → Create: POST products/{id}/variants.json. Retried only on 429 (nothing applied).
 * SHOPLINE's defaults fill what is not given (price 0, inventory tracked, stock 0).
 */
export async function execute(this: IExecuteFunctions, params: ReturnType<typeof input>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	return [await client.record('variant', { method: 'POST', path: `products/${params.productId}/variants.json`, body: { variant: params.variant }, itemIndex })];
}
