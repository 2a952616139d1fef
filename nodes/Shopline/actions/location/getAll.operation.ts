import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { limitOf, returnAllAndLimit, returnAllAndLimitShape } from '../../../shared/node/descriptions';
import { readInput } from '../../../shared/node/input';
import type { ShoplineClient } from '../../api/client';
import { fetchLocations } from '../../api/pagination';
import { shoplineOptions } from '../common/runOptions';

const properties: INodeProperties[] = [...returnAllAndLimit, shoplineOptions()];

export const description = updateDisplayOptions({ show: { resource: ['location'], operation: ['getAll'] } }, properties);

const schema = z.object({ ...returnAllAndLimitShape });

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, properties, schema);
}

/**
 * Location → Get Many: GET locations/list.json. SHOPLINE answers every location at once (the
 * list is not paged), so Limit is applied here.
 */
export async function execute(this: IExecuteFunctions, params: z.output<typeof schema>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	const locations = await fetchLocations(client, itemIndex);
	return locations.slice(0, limitOf(params));
}
