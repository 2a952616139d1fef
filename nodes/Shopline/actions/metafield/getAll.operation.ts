import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { filtersCollection, limit, limitOf, returnAll } from '../../../shared/node/descriptions';
import { fields, type InputOf } from '../../../shared/node/field';
import { readInput } from '../../../shared/node/input';
import type { ShoplineClient } from '../../api/client';
import { productMetafields } from '../../api/metafields';
import { productId } from '../common/fields';
import { shoplineOptionsField } from '../common/runOptions';
import { keyField, namespaceField } from './fields';

const inputFields = fields(productId, returnAll, limit, filtersCollection([namespaceField(false), keyField(false)]), shoplineOptionsField());

export const description = updateDisplayOptions({ show: { resource: ['metafield'], operation: ['getAll'] } }, inputFields.properties);

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, inputFields);
}

/** Metafield → Get Many: GET products/{id}/metafields.json (namespace and key filters), one item per metafield. */
export async function execute(this: IExecuteFunctions, params: InputOf<typeof inputFields>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	return await productMetafields(client, params.productId, params.filters, itemIndex, limitOf(params));
}
