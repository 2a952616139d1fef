import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { collection, custom, fields, type InputOf } from '../../../shared/node/field';
import { readInput } from '../../../shared/node/input';
import type { ShoplineClient } from '../../api/client';
import { imageUrl } from '../../model/product';
import { productId } from '../common/fields';
import { shoplineOptionsField } from '../common/runOptions';
import { altText, linkedVariant } from './fields';

const src = custom(
	{
		displayName: 'Image URL',
		name: 'src',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'https://cbu01.alicdn.com/img/ibank/O1CN01.jpg',
		description: 'Address of the image; SHOPLINE downloads it and stores its own copy',
	},
	imageUrl.refine((value) => value !== undefined, 'an image URL is required to add an image'),
);

const alt = altText(255);

const imageFields = collection({ displayName: 'Additional Fields', name: 'imageFields', placeholder: 'Add Field', unset: 'omit', fields: [alt, linkedVariant] });

const inputFields = fields(productId, src, imageFields, shoplineOptionsField());

export const description = updateDisplayOptions({ show: { resource: ['productImage'], operation: ['add'] } }, inputFields.properties);

export const writes = true;


export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, inputFields);
}

/** Product Image → Add: POST products/{id}/images.json {image: {src, alt, sku_id}}. Retried only on 429. */
export async function execute(this: IExecuteFunctions, params: InputOf<typeof inputFields>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	const { imageFields } = params;
	const image: IDataObject = { src: params.src };
	if (imageFields.alt !== undefined) image.alt = imageFields.alt;
	if (imageFields.variantId !== undefined) image.sku_id = imageFields.variantId;
	return [await client.record('image', { method: 'POST', path: `products/${params.productId}/images.json`, body: { image }, itemIndex })];
}
