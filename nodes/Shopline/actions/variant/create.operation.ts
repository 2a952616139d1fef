import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { fields, notice } from '../../../shared/node/field';
import { readInput } from '../../../shared/node/input';
import type { ShoplineClient } from '../../api/client';
import { toShoplineVariant } from '../../model/product';
import { productId } from '../common/fields';
import { shoplineOptionsField } from '../common/runOptions';
import { variantBody } from './fields';

const stockNotice = notice(
	'stockNotice',
	"A new variant with Track Inventory on has 0 available until its stock is set: use Inventory → Set Available with the output's inventory_item_id and a location.",
);

const inputFields = fields(productId, stockNotice, variantBody('variantFields'), shoplineOptionsField());

export const description = updateDisplayOptions({ show: { resource: ['variant'], operation: ['create'] } }, inputFields.properties);

export const writes = true;

export function input(this: IExecuteFunctions, itemIndex: number) {
	const { productId, variantFields } = readInput(this, itemIndex, inputFields);
	return { productId, variant: toShoplineVariant(variantFields) };
}

/**
 * Variant → Create: POST products/{id}/variants.json. Retried only on 429 (nothing applied).
 * SHOPLINE's defaults fill what is not given (price 0, inventory tracked, stock 0).
 */
export async function execute(this: IExecuteFunctions, params: ReturnType<typeof input>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	return [await client.record('variant', { method: 'POST', path: `products/${params.productId}/variants.json`, body: { variant: params.variant }, itemIndex })];
}
