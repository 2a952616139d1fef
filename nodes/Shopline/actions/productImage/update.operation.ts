import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { collection, fields, integer } from '../../../shared/node/field';
import { readInput } from '../../../shared/node/input';
import type { ShoplineClient } from '../../api/client';
import { blankIsUnset, productId } from '../common/fields';
import { shoplineOptionsField } from '../common/runOptions';
import { altText, imageId, linkedVariant } from './fields';

const position = integer({
	displayName: 'Position',
	name: 'position',
	min: 1,
	max: 502,
	default: 1,
	description: "Place of the image among the product's images; 1 is the main image",
});

const alt = altText(512);

const updateFields = collection({ displayName: 'Update Fields', name: 'updateFields', placeholder: 'Add Field to Update', unset: 'omit', fields: [alt, blankIsUnset(position), linkedVariant] });

const inputFields = fields(productId, imageId, updateFields, shoplineOptionsField());

export const description = updateDisplayOptions({ show: { resource: ['productImage'], operation: ['update'] } }, inputFields.properties);

export const writes = true;


export function input(this: IExecuteFunctions, itemIndex: number) {
	const { productId, imageId, updateFields } = readInput(this, itemIndex, inputFields);
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
