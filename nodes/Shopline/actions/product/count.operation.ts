import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeApiError, updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { filtersCollection } from '../../../shared/descriptions';
import { readInput } from '../../../shared/input';
import { oneOf } from '../../../shared/validation';
import { optionalShoplineId } from '../../helpers/ids';
import type { ShoplineClient } from '../../transport';
import { shoplineOptions } from '../common/runOptions';
import { dateFilters, dateFilterShape, refineDateOrder, statusFilter, toDateQuery } from './fields';

const properties: INodeProperties[] = [
	filtersCollection([
		{ displayName: 'Collection ID', name: 'collectionId', type: 'string', default: '', placeholder: '12248721639068681442230282' },
		...dateFilters,
		statusFilter,
	]),
	shoplineOptions(),
];

export const description = updateDisplayOptions({ show: { resource: ['product'], operation: ['count'] } }, properties);

const schema = z.object({
	filters: z
		.object({ collectionId: optionalShoplineId, status: oneOf(['active', 'draft', 'archived'] as const).optional(), ...dateFilterShape })
		.superRefine(refineDateOrder),
});

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, properties, schema);
}

/** Product → Count: GET products/count.json; the answer's count must be a whole number. */
export async function execute(this: IExecuteFunctions, params: z.output<typeof schema>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	const { filters } = params;
	const { body } = await client.request({
		method: 'GET',
		path: 'products/count.json',
		qs: { collection_id: filters.collectionId, status: filters.status, ...toDateQuery(filters) },
		itemIndex,
	});
	const count = (body as IDataObject).count;
	const value = typeof count === 'string' && /^\s*\d+\s*$/.test(count) ? Number(count) : count;
	if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
		throw new NodeApiError(this.getNode(), { count: JSON.stringify(count ?? null) }, {
			message: `SHOPLINE answered products/count.json without a usable count: ${JSON.stringify(body).slice(0, 100)}`,
			description: 'A count is a whole number of 0 or more. Try again; if it persists, quote the answer to SHOPLINE support.',
			itemIndex,
		});
	}
	return [{ count: value }];
}
