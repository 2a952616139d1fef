import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { readInput } from '../../../shared/node/input';
import { shoplineId } from '../../helpers/ids';
import type { ShoplineClient } from '../../transport';
import { shoplineOptions } from '../common/runOptions';
import { locationIdField } from './fields';

const properties: INodeProperties[] = [locationIdField, shoplineOptions()];

export const description = updateDisplayOptions({ show: { resource: ['location'], operation: ['get'] } }, properties);

const schema = z.object({ locationId: shoplineId });

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, properties, schema);
}

/** Location → Get: GET locations/{id}.json. */
export async function execute(this: IExecuteFunctions, params: z.output<typeof schema>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	const { body } = await client.request({ method: 'GET', path: `locations/${params.locationId}.json`, itemIndex });
	return [((body as IDataObject).location ?? body) as IDataObject];
}
