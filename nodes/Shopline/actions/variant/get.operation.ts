import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { fields, type InputOf } from '../../../shared/node/field';
import { readInput } from '../../../shared/node/input';
import type { ShoplineClient } from '../../api/client';
import { shoplineOptionsField } from '../common/runOptions';
import { variantFieldsOption, variantId } from './fields';

const inputFields = fields(variantId, shoplineOptionsField(variantFieldsOption));

export const description = updateDisplayOptions({ show: { resource: ['variant'], operation: ['get'] } }, inputFields.properties);

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, inputFields);
}

/** Variant → Get: GET products/variants/{id}.json. */
export async function execute(this: IExecuteFunctions, params: InputOf<typeof inputFields>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	return [await client.record('variant', { method: 'GET', path: `products/variants/${params.variantId}.json`, qs: { fields: params.options.fields }, itemIndex })];
}
