import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { labelAt, readParameters } from '../../../shared/input';
import { throwInvalid, validateInput } from '../../../shared/validation';
import { productFieldsSchema, toShoplineProduct } from '../../helpers/product';

/** The product of Input Mode → JSON: an object, or {"product": {...}}, checked for what Create and Update need. */
function productFromJson(ctx: IExecuteFunctions, itemIndex: number, forCreate: boolean, value: unknown): IDataObject {
	const node = ctx.getNode();
	if (typeof value === 'string') {
		try {
			value = JSON.parse(value);
		} catch {
			throw new NodeOperationError(node, 'Product (JSON): the text is not valid JSON', {
				itemIndex,
				description: 'Give a JSON object such as {"title": "My product"}, or an expression that returns an object.',
			});
		}
	}
	if (value !== null && typeof value === 'object' && !Array.isArray(value) && 'product' in value) value = (value as IDataObject).product;
	if (value === null || typeof value !== 'object' || Array.isArray(value)) {
		throw new NodeOperationError(node, `Product (JSON): ${Array.isArray(value) ? 'a list' : JSON.stringify(value)} is not valid — use a product object such as {"title": "My product"}`, { itemIndex });
	}
	const product = value as IDataObject;
	if (forCreate && (typeof product.title !== 'string' || product.title.trim() === '')) {
		throw new NodeOperationError(node, 'Product (JSON): the product has no "title" — a title is required to create a product', { itemIndex });
	}
	if (!forCreate && Object.keys(product).length === 0) {
		throw new NodeOperationError(node, 'Product (JSON): the object is empty — give at least one field to update', { itemIndex });
	}
	return product;
}

/** Reads the product of one item, from the fields or from the JSON, checked; field names come from `properties`. */
export function readProduct(ctx: IExecuteFunctions, itemIndex: number, properties: readonly INodeProperties[], forCreate: boolean): IDataObject {
	const node = ctx.getNode();
	const parameters = readParameters(ctx, itemIndex, properties);
	if (parameters.inputMode === 'json') return productFromJson(ctx, itemIndex, forCreate, parameters.productJson);
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
