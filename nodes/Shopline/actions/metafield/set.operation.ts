import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { fields } from '../../../shared/node/field';
import { readInput } from '../../../shared/node/input';
import type { ShoplineClient } from '../../api/client';
import { setMetafield } from '../../api/metafields';
import { productId } from '../common/fields';
import { shoplineOptionsField } from '../common/runOptions';
import { keyField, metafieldDescription, metafieldType, metafieldValue, namespaceField } from './fields';

const inputFields = fields(productId, namespaceField(true), keyField(true), metafieldType, metafieldValue, metafieldDescription, shoplineOptionsField());

export const description = updateDisplayOptions({ show: { resource: ['metafield'], operation: ['set'] } }, inputFields.properties);

export const writes = true;

export function input(this: IExecuteFunctions, itemIndex: number) {
	const params = readInput(this, itemIndex, inputFields);
	if (params.type === 'json') {
		try {
			JSON.parse(params.value);
		} catch {
			const shown = params.value.length > 60 ? `${params.value.slice(0, 57)}...` : params.value;
			throw new NodeOperationError(this.getNode(), `Value: use valid JSON with the type JSON, e.g. {"item_id":"600907886190"} — got "${shown}"`, { itemIndex });
		}
	}
	return params;
}

/**
 * Metafield → Set: the product's metafield of this namespace and key, created (POST) or
 * updated (PUT) — nothing written when it already holds this value and type. Outputs the
 * metafield with `action`: created, updated or unchanged.
 */
export async function execute(this: IExecuteFunctions, params: ReturnType<typeof input>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	const { productId: owner, namespace, key, type, value, description: note } = params;
	const { metafield, action } = await setMetafield(client, owner, { namespace, key, type, value, ...(note === undefined ? {} : { description: note }) }, itemIndex);
	return [{ ...metafield, action }];
}
