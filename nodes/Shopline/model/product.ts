import type { IDataObject } from 'n8n-workflow';
import { z } from 'zod';

import { isBlank, oneOf, optionalText } from '../../shared/node/validation';
import { optionValues, tags } from './productLists';

/**
 * Checks the Create/Update fields — in the shape the editor gives them — and turns them
 * into SHOPLINE's product object. Prices and weights are sent as text with two decimals,
 * tags as "a,b", option values as a list.
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

const price = amount('use a price such as 19.90 (rounded to 2 decimals)');

const flag = unsetWhenBlank(
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

const optionValue = optionalText('use the option value as text, e.g. Red', 255);

/** One entry of a list of a product: an object; the message is for a product given as JSON. */
const entryObject = <T extends z.ZodRawShape>(shape: T, example: string) => z.object(shape, { invalid_type_error: `use an object such as ${example}` });

/** The fields of one variant, as Product → Create/Update and Variant → Create/Update give them. */
export const variantSchema = entryObject({
	price,
	compareAtPrice: price,
	sku: optionalText('use the SKU as text', 255),
	barcode: optionalText('use the barcode as text', 255),
	option1: optionValue,
	option2: optionValue,
	option3: optionValue,
	option4: optionValue,
	option5: optionValue,
	weight: amount('use a weight such as 0.12'),
	weightUnit: unsetWhenBlank(oneOf(['g', 'kg', 'lb', 'oz', 'zh_kg'] as const)),
	inventoryPolicy: unsetWhenBlank(oneOf(['deny', 'continue'] as const)),
	inventoryTracker: flag,
	requiredShipping: flag,
	taxable: flag,
	imageSrc: imageUrl,
}, '{"price": "19.90", "sku": "A-1"}');

/**
 * Several entries of a fixed collection: {entry: [...]}, or nothing when none was added; at
 * most `max` of them. The wording of a wrong type is for a product given as JSON.
 */
const entries = <T extends z.AnyZodObject>(key: string, entry: T, noun: string, max: [number, string]) => {
	const list = z.array(entry, { invalid_type_error: `use a list of ${noun}` }).max(max[0], max[1]);
	return z.object({ [key]: list.default([]) } as Record<string, z.ZodDefault<typeof list>>).default({});
};

export const productFieldsSchema = z.object({
	/** Top-level on Create (required there), inside Update Fields on Update. */
	title: optionalText('use the product title as text', 255),
	productFields: z
		.object({
			title: optionalText('use the product title as text', 255),
			bodyHtml: optionalText('use the description as HTML text', 500_000),
			handle: handleSchema('my-product'),
			vendor: optionalText('use the vendor as text', 255),
			tags,
			status: unsetWhenBlank(oneOf(['active', 'draft', 'archived'] as const)),
			spu: optionalText('use the SPU as text', 255),
			subtitle: optionalText('use the subtitle as text', 255),
			productCategory: optionalText('use the category as text', 255),
			path: optionalText('use a path such as /products/clothes', 255),
			templatePath: optionalText('use a template path such as templates/product.json', 255),
		})
		.default({}),
	images: entries('image', entryObject({ src: imageUrl, alt: optionalText('use the alt text as text', 255) }, '{"src": "https://cbu01.alicdn.com/a.jpg"}'), 'images', [502, "use at most 502 images (SHOPLINE's limit per product)"]),
	productOptions: entries(
		'option',
		entryObject({ name: optionalText('use the option name as text, e.g. Color', 255), values: optionValues }, '{"name": "Color", "values": ["Red", "Blue"]}'),
		'options',
		[5, 'use at most 5 options (SHOPLINE variants have option1 to option5)'],
	),
	variants: entries('variant', variantSchema, 'variants', [500, "use at most 500 variants (SHOPLINE's limit per product)"]),
});

export type ProductFields = z.output<typeof productFieldsSchema>;

/** The object without its undefined entries. */
export function compact(object: IDataObject): IDataObject {
	const result: IDataObject = {};
	for (const [key, value] of Object.entries(object)) if (value !== undefined) result[key] = value;
	return result;
}

export type VariantFields = z.output<typeof variantSchema> & { imageAlt?: string };

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
