import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeApiError, updateDisplayOptions } from 'n8n-workflow';
import { fields, type InputOf } from '../../../shared/node/field';
import { readInput } from '../../../shared/node/input';
import type { ShoplineClient } from '../../api/client';
import { shoplineOptionsField } from '../common/runOptions';
import { membershipFields } from './fields';
import { collectionProducts } from './getProducts.operation';

const inputFields = fields(...membershipFields, shoplineOptionsField());

export const description = updateDisplayOptions({ show: { resource: ['collection'], operation: ['addProducts'] } }, inputFields.properties);

export const writes = true;

export function input(this: IExecuteFunctions, itemIndex: number) {
	return readInput(this, itemIndex, inputFields);
}

/** Statuses with which SHOPLINE refuses a batch, e.g. because one of its products is already in the collection. */
const REFUSED = new Set(['400', '409', '422']);

/**
 * Collection → Add Products: POST products/custom_collections/{id}/products.json {product_ids}.
 * SHOPLINE refuses the whole batch when one product is already in the collection. Then the
 * collection's products are read, the ones already there are reported as alreadyInCollection
 * and the others are sent again; a refusal for another reason keeps SHOPLINE's error.
 * Outputs {id, added, alreadyInCollection}. Retried only on 429.
 */
export async function execute(this: IExecuteFunctions, params: InputOf<typeof inputFields>, client: ShoplineClient, itemIndex: number): Promise<IDataObject[]> {
	const path = `products/custom_collections/${params.collectionId}/products.json`;
	const add = async (productIds: string[]) => await client.request({ method: 'POST', path, body: { product_ids: productIds }, itemIndex, answersEmpty: true });
	const refusal: unknown = await add(params.productIds).then(
		() => undefined,
		(error: unknown) => error,
	);
	if (refusal === undefined) return [{ id: params.collectionId, added: params.productIds, alreadyInCollection: [] }];
	if (!(refusal instanceof NodeApiError) || !REFUSED.has(String(refusal.httpCode))) throw refusal;
	const members = await collectionProducts(client, { collectionId: params.collectionId, fields: 'id', pageSize: 250, maxPages: 1000, itemIndex });
	const memberIds = new Set(members.map((product) => String(product.id)));
	const already = params.productIds.filter((id) => memberIds.has(id));
	if (already.length === 0) throw refusal;
	const rest = params.productIds.filter((id) => !memberIds.has(id));
	if (rest.length > 0) await add(rest);
	return [{ id: params.collectionId, added: rest, alreadyInCollection: already }];
}
