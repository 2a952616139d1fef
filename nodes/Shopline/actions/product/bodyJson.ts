import type { IDataObject, INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { describeValue, valueAt } from '../../../shared/node/validation';
import { IMAGE_API_NAMES, OPTION_API_NAMES, PRODUCT_API_NAMES, toApiNames, toShoplineVariant, VARIANT_API_NAMES } from '../../model/product';
import { productFieldsSchema, type CheckedProduct } from './body';

/**
 * Input Mode → JSON: the product object is checked by the schema of the fields (one schema,
 * two inputs). It is read in the fields' shape, checked, and the checked values are written
 * back under SHOPLINE's names; keys the fields do not know (published_scope, a variant's id,
 * an option's values_images…) pass as they came.
 */

export const JSON_LABEL = 'Product (JSON)';

type Names = Readonly<Record<string, string>>;

/** The lists of a product: SHOPLINE's key, the fixed collection and entry of the fields, the names of an entry's fields. */
const LISTS = [
	{ key: 'images', field: 'images', entry: 'image', names: IMAGE_API_NAMES as Names },
	{ key: 'options', field: 'productOptions', entry: 'option', names: OPTION_API_NAMES as Names },
	{ key: 'variants', field: 'variants', entry: 'variant', names: VARIANT_API_NAMES as Names },
] as const;

const isRecord = (value: unknown): value is IDataObject => value !== null && typeof value === 'object' && !Array.isArray(value);

/** The entries of `object` that `names` knows, under the fields' names. */
function toFieldNames(object: IDataObject, names: Names): IDataObject {
	const fields: IDataObject = {};
	for (const [field, name] of Object.entries(names)) if (name in object) fields[field] = object[name];
	return fields;
}

/** The JSON product in the shape the fields give: what the schema checks. */
function asFields(product: IDataObject): IDataObject {
	const { title, ...more } = toFieldNames(product, PRODUCT_API_NAMES);
	const fields: IDataObject = { title, productFields: more };
	for (const list of LISTS) {
		const value = product[list.key];
		if (value === undefined) continue;
		const entries = Array.isArray(value)
			? value.map((entry: unknown) => {
					if (!isRecord(entry)) return entry;
					const entryFields = toFieldNames(entry, list.names);
					if (list.key === 'variants' && entry.image !== undefined) entryFields.imageSrc = isRecord(entry.image) ? entry.image.src : entry.image;
					return entryFields;
				})
			: value;
		fields[list.field] = { [list.entry]: entries };
	}
	return fields;
}

/** Where a path of the fields points in the JSON: ['variants', 'variant', 0, 'compareAtPrice'] → variants[0].compare_at_price. */
function jsonPath(path: ReadonlyArray<string | number>): string {
	const rest = (keys: ReadonlyArray<string | number>) => keys.map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`)).join('');
	const [first, second, index, key, ...more] = path;
	if (first === 'productFields' && typeof second === 'string') {
		return `${(PRODUCT_API_NAMES as Names)[second] ?? second}${rest(path.slice(2))}`;
	}
	const list = LISTS.find((candidate) => candidate.field === first);
	if (!list) return path.map(String).join('.');
	if (index === undefined) return list.key;
	if (key === undefined) return `${list.key}[${index}]`;
	const name = key === 'imageSrc' ? 'image.src' : (list.names[key] ?? String(key));
	return `${list.key}[${index}].${name}${rest(more)}`;
}

function invalid(node: INode, itemIndex: number, where: string, value: unknown, expectation: string): never {
	throw new NodeOperationError(node, `${JSON_LABEL}: ${describeValue(value)} at ${where} is not valid — ${expectation}`, {
		itemIndex,
		description: `Change ${where} in the "${JSON_LABEL}" parameter: ${expectation}.`,
	});
}

/** The checked product: the JSON as it came, with each value the fields know replaced by its checked form. */
function checkedProduct(json: IDataObject, fields: CheckedProduct): IDataObject {
	const product: IDataObject = { ...json, ...toApiNames({ ...fields.productFields, title: fields.title }, PRODUCT_API_NAMES) };
	const list = (key: string, checked: (index: number, entry: IDataObject) => IDataObject) => {
		const value = json[key];
		if (Array.isArray(value)) product[key] = (value as IDataObject[]).map((entry, index) => ({ ...entry, ...checked(index, entry) }));
	};
	list('images', (index) => toApiNames(fields.images.image[index], IMAGE_API_NAMES));
	list('options', (index) => toApiNames(fields.productOptions.option[index], OPTION_API_NAMES));
	list('variants', (index, entry) => {
		const variant = toShoplineVariant(fields.variants.variant[index]);
		if (isRecord(variant.image) && isRecord(entry.image)) variant.image = { ...entry.image, ...variant.image };
		return variant;
	});
	return product;
}

/**
 * Checks a JSON product (an object) with the fields' schema. The error names the key in the
 * JSON and shows its value: `Product (JSON): "ten" at variants[0].price is not valid — …`.
 * `productId`: the record the operation writes, which an "id" in the JSON may repeat but not
 * contradict; without one (Create, Create or Update) the JSON may hold no "id".
 */
export function checkJsonProduct(node: INode, itemIndex: number, json: IDataObject, productId: string | undefined): IDataObject {
	if (json.id !== undefined && json.id !== null) {
		const given = typeof json.id === 'string' ? json.id.trim() : json.id;
		if (productId === undefined) {
			invalid(node, itemIndex, 'id', json.id, 'this operation does not write to a product by its ID; leave "id" out');
		} else if (String(given) !== productId) {
			invalid(node, itemIndex, 'id', json.id, `it differs from Product ID "${productId}"; leave "id" out or give the same ID`);
		}
	}
	const fields = asFields(json);
	const result = productFieldsSchema.safeParse(fields);
	if (!result.success) {
		const issue = result.error.issues[0];
		invalid(node, itemIndex, jsonPath(issue.path), valueAt(fields, issue.path), issue.message);
	}
	return checkedProduct(json, result.data);
}
