import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { readInput } from '../../../shared/input';
import { shoplineId } from '../../helpers/ids';
import type { ShoplineClient } from '../../transport';
import { shoplineOptions } from '../common/runOptions';
import { fieldsOption, fieldsSchema, productIdField } from './fields';

const properties: INodeProperties[] = [productIdField, shoplineOptions([fieldsOption])];

export const description = updateDisplayOptions({ show: { resource: ['product'], operation: ['get'] } }, properties);

const schema = z.object({ productId: shoplineId, options: z.object({ fields: fieldsSchema }) });

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, properties, schema);
}

/** Product → Get: GET products/{id}.json. */
export async function execute(this: IExecuteFunctions, params: z.output<typeof schema>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	const { body } = await client.request({ method: 'GET', path: `products/${params.productId}.json`, qs: { fields: params.options.fields }, itemIndex });
	return [((body as IDataObject).product ?? body) as IDataObject];
}
