import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { filtersCollection, limit, limitOf, returnAll } from '../../../shared/node/descriptions';
import { custom, fields, type InputOf } from '../../../shared/node/field';
import { readInput } from '../../../shared/node/input';
import type { ShoplineClient } from '../../api/client';
import { fetchCursorPages } from '../../api/pagination';
import { fieldsOf, productId } from '../common/fields';
import { shoplineIdList } from '../common/ids';
import { shoplineOptionsField } from '../common/runOptions';

/** A product has at most 502 images; a next link this many times over is a loop. */
const MAX_PAGES = 1000;

const imageIds = custom(
	{ displayName: 'Image IDs', name: 'ids', type: 'string', default: '', placeholder: '5785060242207917075,5785060242375689228', description: 'Only these images (comma-separated IDs)' },
	shoplineIdList,
);

const imageFieldsOption = fieldsOf({ placeholder: 'src,alt,position', description: 'Only these image fields (comma-separated)' });

const inputFields = fields(productId, returnAll, limit, filtersCollection([imageIds]), shoplineOptionsField(imageFieldsOption));

export const description = updateDisplayOptions({ show: { resource: ['productImage'], operation: ['getAll'] } }, inputFields.properties);


export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, inputFields);
}

/**
 * Product Image → Get Many: GET products/{id}/images.json. SHOPLINE's list takes no limit, so
 * none is sent and Limit is applied to what comes; a next link, if one comes, is followed.
 */
export async function execute(this: IExecuteFunctions, params: InputOf<typeof inputFields>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
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
