import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { simplifyShape } from '../../../shared/node/descriptions';
import { readInput } from '../../../shared/node/input';
import { shoplineId } from '../common/ids';
import { SIMPLE_PRODUCT_FIELDS, simplifyProduct } from '../../model/simplifyProduct';
import type { ShoplineClient } from '../../api/client';
import { shoplineOptions } from '../common/runOptions';
import { fieldsOption, fieldsSchema, productIdField, simplifyProductField } from '../common/fields';

const properties: INodeProperties[] = [productIdField, simplifyProductField, shoplineOptions([fieldsOption])];

export const description = updateDisplayOptions({ show: { resource: ['product'], operation: ['get'] } }, properties);

const schema = z.object({ productId: shoplineId, ...simplifyShape, options: z.object({ fields: fieldsSchema }) });

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, properties, schema);
}

/** Product → Get: GET products/{id}.json. */
export async function execute(this: IExecuteFunctions, params: z.output<typeof schema>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	const fields = params.options.fields ?? (params.simplify ? SIMPLE_PRODUCT_FIELDS : undefined);
	const product = await client.record('product', { method: 'GET', path: `products/${params.productId}.json`, qs: { fields }, itemIndex });
	return [params.simplify ? simplifyProduct(product, client.admin) : product];
}
