import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { boolean, custom, fields } from '../../../shared/node/field';
import { readInput } from '../../../shared/node/input';
import type { RunState } from '../../../shared/node/dispatch';
import { handleText } from '../../model/product';
import type { ShoplineClient } from '../../api/client';
import { shoplineOptionsField } from '../common/runOptions';
import { productBody } from './body';
import { readProduct } from './bodyInput';
import { oneWriterPerHandle, upsertByHandle } from '../../model/upsertByHandle';

const handleField = custom(
	{
		displayName: 'Handle',
		name: 'handle',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'leopard-robe',
		description: 'URL handle that identifies the product: the product with exactly this handle is updated, or created with it when there is none',
	},
	handleText('my-product'),
);

const skipUnchanged = boolean({
	displayName: 'Skip Unchanged',
	name: 'skipUnchanged',
	default: true,
	description:
		'Whether to leave the product alone when the store already has every given field as given (output action "unchanged", no write). Prices are compared to 2 decimals, tags in any order, variants by SKU or option values, images by address.',
});

/** What the editor says differently here, by field: Handle is the key, and the fate of variants is said where they are entered. */
const CHANGES: Record<string, (property: INodeProperties) => Partial<INodeProperties>> = {
	productFields: (property) => ({ options: (property.options as INodeProperties[]).filter((option) => option.name !== 'handle') }),
	variants: () => ({
		description:
			'Variants are matched to the existing ones by SKU, else by option values, and keep their IDs (and stock). Existing variants that are not in the input are removed; with no variants in the input, the variants are left as they are.',
	}),
	productJson: () => ({
		description:
			'A SHOPLINE product object (title, body_html, images, options, variants…), or {"product": {...}}. Variants are matched to the existing ones by SKU, else by option values; existing variants not in the list are removed.',
	}),
};

/** Create's fields, with Handle on top (it is the key here). */
const [inputMode, ...body] = productBody(true).map((field) => {
	const change = CHANGES[field.property.name];
	return change ? custom({ ...field.property, ...change(field.property) }, field.schema) : field;
});

const inputFields = fields(inputMode, handleField, body, shoplineOptionsField(skipUnchanged));

export const description = updateDisplayOptions({ show: { resource: ['product'], operation: ['upsert'] } }, inputFields.properties);

export const writes = true;

/** Handle and Skip Unchanged are checked first; the product (fields or JSON) by readProduct. */
const checkedFirst = fields(handleField, shoplineOptionsField(skipUnchanged));

/** The product of the item, whose handle is the Handle field (a JSON product may repeat it, not contradict it). */
export function input(this: IExecuteFunctions, itemIndex: number) {
	const { handle, options } = readInput(this, itemIndex, { properties: inputFields.properties, schema: checkedFirst.schema });
	const product = readProduct(this, itemIndex, inputFields.properties, true);
	if (typeof product.handle === 'string' && product.handle.trim().toLowerCase() !== handle.toLowerCase()) {
		throw new NodeOperationError(this.getNode(), `Product (JSON): the handle "${product.handle}" differs from Handle "${handle}"`, {
			itemIndex,
			description: 'Leave "handle" out of the JSON, or give the same handle in both.',
		});
	}
	return { handle, skipUnchanged: options.skipUnchanged, product: { ...product, handle } };
}

/** Product → Create or Update: upsert by handle (see upsertByHandle); outputs the product with action created/updated/unchanged. */
export async function execute(this: IExecuteFunctions, params: ReturnType<typeof input>, client: ShoplineClient, itemIndex: number, run: RunState): Promise<IDataObject[]> {
	const options = { skipUnchanged: params.skipUnchanged, runSize: this.getInputData().length };
	const { product, action, changes } = await oneWriterPerHandle(run.turns, params.handle, async () => await upsertByHandle(client, params.product, options, itemIndex));
	return [{ ...product, action, ...(changes ? { changes } : {}) }];
}
