import { z } from 'zod';

import { custom, fields, optional, options, text, type Field } from '../../../shared/node/field';
import { imageUrl, price, weight, yesNo } from '../../model/product';

/**
 * The fields of one variant, each declared once with its check, sorted by name: the entries
 * of Product → Variants and the fields of Variant → Create/Update.
 */

/** A flag that may also be left to SHOPLINE's default ("" is not sent). */
const yesNoDefault = <N extends string>(displayName: string, name: N) =>
	custom(
		{
			displayName,
			name,
			type: 'options',
			options: [
				{ name: 'Default', value: '' },
				{ name: 'Yes', value: 'true' },
				{ name: 'No', value: 'false' },
			],
			default: '',
		},
		yesNo,
	);

const optionValue = <N extends string>(displayName: string, name: N, description: string, placeholder?: string) =>
	text({ displayName, name, description, ...(placeholder ? { placeholder } : {}), expectation: 'use the option value as text, e.g. Red', maxLength: 255 });

/** A text field whose check is `schema` (product and variant fields alike). */
export const textWith = <N extends string, S extends z.ZodTypeAny>(property: { displayName: string; name: N; placeholder?: string; description?: string }, schema: S): Field<N, S> =>
	custom({ ...property, type: 'string', default: '' }, schema);

/** Image URL of a variant: the image SHOPLINE shows for it. */
export const variantImageSrc = textWith({ displayName: 'Image URL', name: 'imageSrc', description: 'Image of this variant' }, imageUrl);

/** Track Inventory of a variant. */
export const inventoryTracker = yesNoDefault('Track Inventory', 'inventoryTracker');

const inventoryPolicyChoice = options({
	displayName: 'Inventory Policy',
	name: 'inventoryPolicy',
	options: [
		{ name: 'Default', value: '' },
		{ name: 'Deny (No Overselling)', value: 'deny' },
		{ name: 'Continue (Allow Overselling)', value: 'continue' },
	],
	default: '',
	values: ['deny', 'continue'],
});

const weightUnitChoice = options({
	displayName: 'Weight Unit',
	name: 'weightUnit',
	options: [
		{ name: 'Default', value: '' },
		{ name: 'Gongjin (Zh_kg)', value: 'zh_kg' },
		{ name: 'Grams (G)', value: 'g' },
		{ name: 'Kilograms (Kg)', value: 'kg' },
		{ name: 'Ounces (Oz)', value: 'oz' },
		{ name: 'Pounds (Lb)', value: 'lb' },
	],
	default: '',
	values: ['g', 'kg', 'lb', 'oz', 'zh_kg'],
});

export const variantFields = [
	text({ displayName: 'Barcode', name: 'barcode', expectation: 'use the barcode as text', maxLength: 255 }),
	textWith({ displayName: 'Compare-At Price', name: 'compareAtPrice', placeholder: '129.99', description: 'Original price shown struck through' }, price),
	variantImageSrc,
	optional(inventoryPolicyChoice),
	optionValue('Option 1', 'option1', 'Value of the first option', 'Red'),
	optionValue('Option 2', 'option2', 'Value of the second option'),
	optionValue('Option 3', 'option3', 'Value of the third option'),
	optionValue('Option 4', 'option4', 'Value of the fourth option'),
	optionValue('Option 5', 'option5', 'Value of the fifth option'),
	textWith({ displayName: 'Price', name: 'price', placeholder: '19.90', description: 'Selling price; rounded to 2 decimals' }, price),
	yesNoDefault('Requires Shipping', 'requiredShipping'),
	text({ displayName: 'SKU', name: 'sku', description: 'Your own variant code, e.g. the 1688 skuid', expectation: 'use the SKU as text', maxLength: 255 }),
	yesNoDefault('Taxable', 'taxable'),
	inventoryTracker,
	textWith({ displayName: 'Weight', name: 'weight', placeholder: '0.12' }, weight),
	optional(weightUnitChoice),
] as const;

/** One variant of Product → Variants or of a JSON product: an object of the variant's fields (a wrong type is worded for JSON). */
export const variantSchema = z.object(fields(...variantFields).shape, { invalid_type_error: 'use an object such as {"price": "19.90", "sku": "A-1"}' });
