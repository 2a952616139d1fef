import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { readInput } from '../../../shared/node/input';
import { shoplineId } from '../common/ids';
import type { ShoplineClient } from '../../api/client';
import { shoplineOptions } from '../common/runOptions';
import { fieldsSchema } from '../common/fields';
import { variantFieldsOption, variantIdField } from './fields';

const properties: INodeProperties[] = [variantIdField, shoplineOptions([variantFieldsOption])];

export const description = updateDisplayOptions({ show: { resource: ['variant'], operation: ['get'] } }, properties);

const schema = z.object({ variantId: shoplineId, options: z.object({ fields: fieldsSchema }) });

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, properties, schema);
}

/** Variant → Get: GET products/variants/{id}.json. */
export async function execute(this: IExecuteFunctions, params: z.output<typeof schema>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	return [await client.record('variant', { method: 'GET', path: `products/variants/${params.variantId}.json`, qs: { fields: params.options.fields }, itemIndex })];
}
