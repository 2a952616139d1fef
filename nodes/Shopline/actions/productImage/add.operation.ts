import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { readInput } from '../../../shared/node/input';
import { optionalText } from '../../../shared/node/validation';
import { optionalShoplineId, shoplineId } from '../common/ids';
import { imageUrl } from '../../model/product';
import type { ShoplineClient } from '../../api/client';
import { shoplineOptions } from '../common/runOptions';
import { productIdField } from '../common/fields';
import { altField, linkedVariantField } from './fields';

const properties: INodeProperties[] = [
	productIdField,
	{
		displayName: 'Image URL',
		name: 'src',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'https://cbu01.alicdn.com/img/ibank/O1CN01.jpg',
		description: 'Address of the image; SHOPLINE downloads it and stores its own copy',
	},
	{
		displayName: 'Additional Fields',
		name: 'imageFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [altField, linkedVariantField],
	},
	shoplineOptions(),
];

export const description = updateDisplayOptions({ show: { resource: ['productImage'], operation: ['add'] } }, properties);

export const writes = true;

const schema = z.object({
	productId: shoplineId,
	src: imageUrl.refine((value) => value !== undefined, 'an image URL is required to add an image'),
	imageFields: z.object({ alt: optionalText('use the alt text as text', 255), variantId: optionalShoplineId }),
});

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, properties, schema);
}

/** Product Image → Add: POST products/{id}/images.json {image: {src, alt, sku_id}}. Retried only on 429. */
export async function execute(this: IExecuteFunctions, params: z.output<typeof schema>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	const { imageFields } = params;
	const image: IDataObject = { src: params.src };
	if (imageFields.alt !== undefined) image.alt = imageFields.alt;
	if (imageFields.variantId !== undefined) image.sku_id = imageFields.variantId;
	return [await client.record('image', { method: 'POST', path: `products/${params.productId}/images.json`, body: { image }, itemIndex })];
}
