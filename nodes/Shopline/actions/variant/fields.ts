import type { INodeProperties } from 'n8n-workflow';

import { custom } from '../../../shared/node/field';
import { optionalText } from '../../../shared/node/validation';
import { fieldsOf } from '../common/fields';
import { shoplineId } from '../common/ids';
import { variantSchema } from '../../model/product';
import { variantFields } from '../product/body';

export const variantId = custom(
	{
		displayName: 'Variant ID',
		name: 'variantId',
		type: 'string',
		required: true,
		default: '',
		placeholder: '18057039439794751459380282',
		description: "The 26-digit variant ID, as text, from Variant → Get Many or the product's variants",
	},
	shoplineId,
);

export const variantFieldsOption = fieldsOf({ placeholder: 'sku,price,inventory_item_id', description: 'Only these variant fields (comma-separated)' });

/** The variant fields of Product → Variants, with the alt text of the variant's image beside its URL. */
const fieldsOfVariant: INodeProperties[] = variantFields.flatMap((field) =>
		field.name === 'imageSrc'
			? [{ displayName: 'Image Alt Text', name: 'imageAlt', type: 'string', default: '', description: 'Alt text of the variant\'s image' } as INodeProperties, field]
			: field.name === 'inventoryTracker'
				? [{ ...field, description: 'Whether SHOPLINE counts stock for the variant. A tracked new variant has 0 available until Inventory → Set Available gives it stock at a location.' }]
				: [field],
);

/** The checks of the variant's fields: those of Product → Variants, and the image's alt text. */
const variantShape = variantSchema.extend({ imageAlt: optionalText('use the alt text as text', 255) }).default({});

/** Variant → Create's "Additional Fields" or Variant → Update's "Update Fields": the variant's fields and their checks. */
export function variantBody<N extends 'variantFields' | 'updateFields'>(name: N) {
	const forCreate = name === 'variantFields';
	return custom(
		{
			displayName: forCreate ? 'Additional Fields' : 'Update Fields',
			name,
			type: 'collection',
			placeholder: forCreate ? 'Add Field' : 'Add Field to Update',
			default: {},
			options: fieldsOfVariant,
		},
		variantShape,
	);
}
