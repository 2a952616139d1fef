import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { readInput } from '../../../shared/node/input';
import { shoplineId } from '../common/ids';
import type { ShoplineClient } from '../../api/client';
import { shoplineOptions } from '../common/runOptions';
import { fieldsSchema } from '../common/fields';
import { collectionFieldsOption, collectionIdField } from './fields';

const properties: INodeProperties[] = [collectionIdField, shoplineOptions([collectionFieldsOption])];

export const description = updateDisplayOptions({ show: { resource: ['collection'], operation: ['get'] } }, properties);

const schema = z.object({ collectionId: shoplineId, options: z.object({ fields: fieldsSchema }) });

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, properties, schema);
}

/** Collection → Get: GET products/custom_collections/{id}.json. */
export async function execute(this: IExecuteFunctions, params: z.output<typeof schema>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	return [await client.record('custom_collection', {
		method: 'GET',
		path: `products/custom_collections/${params.collectionId}.json`,
		qs: { fields: params.options.fields },
		itemIndex,
	})];
}
