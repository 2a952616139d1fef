import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { readInput } from '../../../shared/node/input';
import { shoplineId } from '../common/ids';
import type { ShoplineClient } from '../../api/client';
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
	return [await client.record('location', { method: 'GET', path: `locations/${params.locationId}.json`, itemIndex })];
}
