import { custom, text, type Field } from '../../../shared/node/field';
import { fieldsOf } from '../common/fields';
import { shoplineId } from '../common/ids';
import { inventoryTracker, variantFields, variantImageSrc, variantSchema } from '../product/variantFields';

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

const imageAlt = text({ displayName: 'Image Alt Text', name: 'imageAlt', description: "Alt text of the variant's image", expectation: 'use the alt text as text', maxLength: 255 });

const tracked = custom(
	{
		...inventoryTracker.property,
		description: 'Whether SHOPLINE counts stock for the variant. A tracked new variant has 0 available until Inventory → Set Available gives it stock at a location.',
	},
	inventoryTracker.schema,
);

/** The variant fields of Product → Variants, with the alt text of the variant's image beside its URL. */
const fieldsOfVariant = variantFields.flatMap((field): Field[] => (field === variantImageSrc ? [imageAlt, field] : field === inventoryTracker ? [tracked] : [field]));

/** The check of the variant's fields: those of Product → Variants, and the image's alt text; none added is {}. */
const variantShape = variantSchema.extend({ imageAlt: imageAlt.schema }).default({});
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
			options: fieldsOfVariant.map((field) => field.property),
		},
		variantShape,
	);
}
