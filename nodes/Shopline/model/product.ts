import type { IDataObject } from 'n8n-workflow';
import { z } from 'zod';

import { isBlank } from '../../shared/node/validation';

/**
 * The checks of a product's values (the fields that use them are declared in
 * actions/product/body.ts and variantFields.ts), and SHOPLINE's product object from the
 * checked fields. Prices and weights are sent as text with two decimals, tags as "a,b",
 * option values as a list.
 */

/** A field the editor leaves as "" when it is not set. */
export const unsetWhenBlank = <T extends z.ZodTypeAny>(schema: T) => z.preprocess((value) => (isBlank(value) ? undefined : value), schema.optional());

/**
 * A non-negative amount, from a number or text; sent as text rounded to 2 decimals. At
 * most 13 digits before the point, so that the rounding is exact.
 */
function amount(expectation: string) {
	return z.preprocess(
		(value) => (isBlank(value) ? undefined : typeof value === 'number' && Number.isFinite(value) ? String(value) : typeof value === 'string' ? value.trim() : value),
		z
			.string({ invalid_type_error: expectation })
			.regex(/^\d+(\.\d+)?$/, expectation)
			.regex(/^\d{1,13}(\.|$)/, `${expectation}; at most 13 digits before the point`)
			.transform((value) => (Math.round(Number(value) * 100) / 100).toFixed(2))
			.optional(),
	);
}

/** A price, as a variant has two (Price, Compare-At Price). */
export const price = amount('use a price such as 19.90 (rounded to 2 decimals)');

/** A weight, sent as text with 2 decimals. */
export const weight = amount('use a weight such as 0.12');

/** A flag that may be left to SHOPLINE's default: "true", "false" or blank (not sent). */
export const yesNo = unsetWhenBlank(
	z.preprocess((value) => (value === 'true' ? true : value === 'false' ? false : value), z.boolean({ invalid_type_error: 'use true or false' })),
);

export const imageUrl = unsetWhenBlank(
	z.preprocess(
		(value) => (typeof value === 'string' ? value.trim() : value),
		z
			.string({ invalid_type_error: 'use an image address such as https://cbu01.alicdn.com/img/a.jpg' })
			.url('use an image address such as https://cbu01.alicdn.com/img/a.jpg')
			.refine((value) => /^https?:\/\//i.test(value), 'use an http:// or https:// image address'),
	),
);

/** A handle (the record's address in the store): letters, digits, - and _; `example` shows one. */
export const handleText = (example: string) =>
	z
		.string({ invalid_type_error: `use a handle such as ${example}` })
		.trim()
		.regex(/^[a-z0-9][a-z0-9-_]*$/i, `use a handle of letters, digits, - and _, such as ${example}`)
		.max(255, 'use at most 255 characters');

/** An optional handle: blank means none. */
export const handleSchema = (example: string) => unsetWhenBlank(handleText(example));

/** A given value of a checked field: what the editor's fields give once checked. */
type Value = IDataObject[string] | undefined;

/** The checked fields of one variant (actions/product/variantFields.ts declares them). */
export type VariantFields = { readonly [K in keyof typeof VARIANT_API_NAMES]?: Value } & { imageSrc?: string; imageAlt?: string };

/** The checked fields of a product (actions/product/body.ts declares them). */
export interface ProductFields {
	title?: string;
	productFields: { readonly [K in keyof typeof PRODUCT_API_NAMES]?: Value };
	images: { image: ReadonlyArray<{ src?: string; alt?: string }> };
	productOptions: { option: ReadonlyArray<{ name?: string; values?: string[] }> };
	variants: { variant: readonly VariantFields[] };
}

/** The object without its undefined entries. */
export function compact(object: IDataObject): IDataObject {
	const result: IDataObject = {};
	for (const [key, value] of Object.entries(object)) if (value !== undefined) result[key] = value;
	return result;
}

/** SHOPLINE's name for each field of the editor: the one place the two spellings meet. */
export const PRODUCT_API_NAMES = {
	title: 'title',
	bodyHtml: 'body_html',
	handle: 'handle',
	vendor: 'vendor',
	tags: 'tags',
	status: 'status',
	spu: 'spu',
	subtitle: 'subtitle',
	productCategory: 'product_category',
	path: 'path',
	templatePath: 'template_path',
} as const;

export const IMAGE_API_NAMES = { src: 'src', alt: 'alt' } as const;

export const OPTION_API_NAMES = { name: 'name', values: 'values' } as const;

/** A variant's fields but its image, whose URL (imageSrc) SHOPLINE holds in image.src. */
export const VARIANT_API_NAMES = {
	price: 'price',
	compareAtPrice: 'compare_at_price',
	sku: 'sku',
	barcode: 'barcode',
	option1: 'option1',
	option2: 'option2',
	option3: 'option3',
	option4: 'option4',
	option5: 'option5',
	weight: 'weight',
	weightUnit: 'weight_unit',
	inventoryPolicy: 'inventory_policy',
	inventoryTracker: 'inventory_tracker',
	requiredShipping: 'required_shipping',
	taxable: 'taxable',
} as const;

/** The given fields under SHOPLINE's names; fields not given are left out. */
export function toApiNames(fields: object, names: Readonly<Record<string, string>>): IDataObject {
	const values = fields as Record<string, unknown>;
	const result: IDataObject = {};
	for (const [field, name] of Object.entries(names)) if (values[field] !== undefined) result[name] = values[field] as IDataObject[string];
	return result;
}

/** SHOPLINE's variant object from checked fields; only the fields given are present. */
export function toShoplineVariant(variant: VariantFields): IDataObject {
	const result = toApiNames(variant, VARIANT_API_NAMES);
	if (variant.imageSrc || variant.imageAlt) result.image = compact({ src: variant.imageSrc, alt: variant.imageAlt });
	return result;
}

/** SHOPLINE's product object from checked fields; only the fields given are present. */
export function toShoplineProduct(fields: ProductFields): IDataObject {
	const product = toApiNames({ ...fields.productFields, title: fields.title ?? fields.productFields.title }, PRODUCT_API_NAMES);
	const images = fields.images.image.filter((image) => image.src !== undefined).map((image) => toApiNames(image, IMAGE_API_NAMES));
	if (images.length > 0) product.images = images;
	const options = fields.productOptions.option.filter((option) => option.name !== undefined).map((option) => toApiNames({ ...option, values: option.values ?? [] }, OPTION_API_NAMES));
	if (options.length > 0) product.options = options;
	const variants = fields.variants.variant.map((variant) => toShoplineVariant(variant));
	if (variants.length > 0) product.variants = variants;
	return product;
}
