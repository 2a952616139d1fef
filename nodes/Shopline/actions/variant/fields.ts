import type { INodeProperties } from 'n8n-workflow';

import { optionalText } from '../../../shared/node/validation';
import { variantSchema } from '../../model/product';
import { variantFields } from '../product/body';

export const variantIdField: INodeProperties = {
	displayName: 'Variant ID',
	name: 'variantId',
	type: 'string',
	required: true,
	default: '',
	placeholder: '18057039439794751459380282',
	description: 'The 26-digit variant ID, as text, from Variant → Get Many or the product\'s variants',
};

export const variantFieldsOption: INodeProperties = {
	displayName: 'Fields',
	name: 'fields',
	type: 'string',
	default: '',
	placeholder: 'sku,price,inventory_item_id',
	description: 'Only these variant fields (comma-separated)',
};

/** The variant fields of Product → Variants, with the alt text of the variant's image beside its URL. */
const fieldsOfVariant: INodeProperties[] = variantFields.flatMap((field) =>
		field.name === 'imageSrc'
			? [{ displayName: 'Image Alt Text', name: 'imageAlt', type: 'string', default: '', description: 'Alt text of the variant\'s image' } as INodeProperties, field]
			: field.name === 'inventoryTracker'
				? [{ ...field, description: 'Whether SHOPLINE counts stock for the variant. A tracked new variant has 0 available until Inventory → Set Available gives it stock at a location.' }]
				: [field],
);

/** Variant → Create's "Additional Fields" or Variant → Update's "Update Fields". */
export function variantCollection(forCreate: boolean): INodeProperties {
	return {
		displayName: forCreate ? 'Additional Fields' : 'Update Fields',
		name: forCreate ? 'variantFields' : 'updateFields',
		type: 'collection',
		placeholder: forCreate ? 'Add Field' : 'Add Field to Update',
		default: {},
		options: fieldsOfVariant,
	};
}

/** The checks of the variant's fields: those of Product → Variants, and the image's alt text. */
export const variantShape = variantSchema.extend({ imageAlt: optionalText('use the alt text as text', 255) }).default({});
