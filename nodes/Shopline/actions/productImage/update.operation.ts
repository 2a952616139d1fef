import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { readInput } from '../../../shared/node/input';
import { integer, isBlank, optionalText } from '../../../shared/node/validation';
import { optionalShoplineId, shoplineId } from '../common/ids';
import type { ShoplineClient } from '../../api/client';
import { shoplineOptions } from '../common/runOptions';
import { productIdField } from '../common/fields';
import { altField, imageIdField, linkedVariantField } from './fields';

const properties: INodeProperties[] = [
	productIdField,
	imageIdField,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field to Update',
		default: {},
		options: [
			altField,
			{
				displayName: 'Position',
				name: 'position',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: 502 },
				default: 1,
				description: 'Place of the image among the product\'s images; 1 is the main image',
			},
			linkedVariantField,
		],
	},
	shoplineOptions(),
];

export const description = updateDisplayOptions({ show: { resource: ['productImage'], operation: ['update'] } }, properties);

export const writes = true;

const schema = z.object({
	productId: shoplineId,
	imageId: shoplineId,
	updateFields: z.object({
		alt: optionalText('use the alt text as text', 512),
		position: z.preprocess((value) => (isBlank(value) ? undefined : value), integer(1, 502).optional()),
		variantId: optionalShoplineId,
	}),
});

export function input(this: IExecuteFunctions, itemIndex: number) {
	const { productId, imageId, updateFields } = readInput(this, itemIndex, properties, schema);
	const image: IDataObject = {};
	if (updateFields.alt !== undefined) image.alt = updateFields.alt;
	if (updateFields.position !== undefined) image.position = updateFields.position;
	if (updateFields.variantId !== undefined) image.sku_id = updateFields.variantId;
	if (Object.keys(image).length === 0) {
		throw new NodeOperationError(this.getNode(), 'Update Fields: nothing to update — add at least one field', { itemIndex });
	}
	return { productId, imageId, image };
}

/** Product Image → Update: PUT products/{pid}/images/{iid}.json with only the fields given. Retried only on 429. */
export async function execute(this: IExecuteFunctions, params: ReturnType<typeof input>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	return [await client.record('image', { method: 'PUT', path: `products/${params.productId}/images/${params.imageId}.json`, body: { image: params.image }, itemIndex })];
}
