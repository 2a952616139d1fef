import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { labelAt, readParameters } from '../../../shared/node/input';
import { throwInvalid, validateInput } from '../../../shared/node/validation';
import { toShoplineProduct } from '../../model/product';
import { productFieldsSchema } from './body';
import { checkJsonProduct, JSON_LABEL } from './bodyJson';

/** The product of Input Mode → JSON: an object, or {"product": {...}}, checked like the fields and for what Create and Update need. */
function productFromJson(ctx: IExecuteFunctions, itemIndex: number, forCreate: boolean, value: unknown, productId: string | undefined): IDataObject {
	const node = ctx.getNode();
	if (typeof value === 'string') {
		try {
			value = JSON.parse(value);
		} catch {
			throw new NodeOperationError(node, `${JSON_LABEL}: the text is not valid JSON`, {
				itemIndex,
				description: 'Give a JSON object such as {"title": "My product"}, or an expression that returns an object.',
			});
		}
	}
	if (value !== null && typeof value === 'object' && !Array.isArray(value) && 'product' in value) value = (value as IDataObject).product;
	if (value === null || typeof value !== 'object' || Array.isArray(value)) {
		throw new NodeOperationError(node, `${JSON_LABEL}: ${Array.isArray(value) ? 'a list' : JSON.stringify(value)} is not valid — use a product object such as {"title": "My product"}`, { itemIndex });
	}
	const given = value as IDataObject;
	if (!forCreate && Object.keys(given).every((key) => key === 'id')) {
		throw new NodeOperationError(node, `${JSON_LABEL}: the object is empty — give at least one field to update`, { itemIndex });
	}
	const product = checkJsonProduct(node, itemIndex, given, productId);
	if (forCreate && (typeof product.title !== 'string' || product.title.trim() === '')) {
		throw new NodeOperationError(node, `${JSON_LABEL}: the product has no "title" — a title is required to create a product`, { itemIndex });
	}
	return product;
}

/**
 * Reads the product of one item, from the fields or from the JSON, both checked by one schema;
 * field names come from `properties`. `productId`: the product an update writes (an "id" in
 * the JSON must be the same).
 */
export function readProduct(ctx: IExecuteFunctions, itemIndex: number, properties: readonly INodeProperties[], forCreate: boolean, productId?: string): IDataObject {
	const node = ctx.getNode();
	const parameters = readParameters(ctx, itemIndex, properties);
	if (parameters.inputMode === 'json') return productFromJson(ctx, itemIndex, forCreate, parameters.productJson, productId);
	const fields = validateInput(node, productFieldsSchema, parameters, (path) => labelAt(properties, path), itemIndex);
	const product = toShoplineProduct(fields);
	if (forCreate && product.title === undefined) {
		throwInvalid(node, 'Title', parameters.title, 'a title is required to create a product', itemIndex);
	}
	if (!forCreate && Object.keys(product).length === 0) {
		throw new NodeOperationError(node, 'Update Fields: nothing to update — add at least one field', { itemIndex });
	}
	return product;
}
