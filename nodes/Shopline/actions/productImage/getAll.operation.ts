import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { z } from 'zod';

import { filtersCollection, limitOf, returnAllAndLimit, returnAllAndLimitShape } from '../../../shared/node/descriptions';
import { readInput } from '../../../shared/node/input';
import { shoplineId, shoplineIdList } from '../common/ids';
import type { ShoplineClient } from '../../api/client';
import { fetchCursorPages } from '../../api/pagination';
import { shoplineOptions } from '../common/runOptions';
import { fieldsSchema, productIdField } from '../common/fields';

/** A product has at most 502 images; a next link this many times over is a loop. */
const MAX_PAGES = 1000;

const properties: INodeProperties[] = [
	productIdField,
	...returnAllAndLimit,
	filtersCollection([
		{ displayName: 'Image IDs', name: 'ids', type: 'string', default: '', placeholder: '5785060242207917075,5785060242375689228', description: 'Only these images (comma-separated IDs)' },
	]),
	shoplineOptions([{ displayName: 'Fields', name: 'fields', type: 'string', default: '', placeholder: 'src,alt,position', description: 'Only these image fields (comma-separated)' }]),
];

export const description = updateDisplayOptions({ show: { resource: ['productImage'], operation: ['getAll'] } }, properties);

const schema = z.object({
	productId: shoplineId,
	...returnAllAndLimitShape,
	filters: z.object({ ids: shoplineIdList.optional() }),
	options: z.object({ fields: fieldsSchema }),
});

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, properties, schema);
}

/**
 * Product Image → Get Many: GET products/{id}/images.json. SHOPLINE's list takes no limit, so
 * none is sent and Limit is applied to what comes; a next link, if one comes, is followed.
 */
export async function execute(this: IExecuteFunctions, params: z.output<typeof schema>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	return await fetchCursorPages(client, {
		path: `products/${params.productId}/images.json`,
		listKey: 'images',
		filters: { ids: params.filters.ids },
		fields: params.options.fields,
		limit: limitOf(params),
		maxPages: MAX_PAGES,
		itemIndex,
	});
}
