import type { IDataObject } from 'n8n-workflow';
import { z } from 'zod';

import { isBlank, oneOf, optionalText } from '../../shared/validation';

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

const commaList = (value: unknown) =>
	isBlank(value)
		? undefined
		: Array.isArray(value)
			? value.map((entry) => String(entry).trim()).filter(Boolean)
			: typeof value === 'string'
				? value.split(',').map((entry) => entry.trim()).filter(Boolean)
				: value;

/** Tags given as "a, b" or a list, sent as "a,b". */
export const tags = z.preprocess((value) => {
	const list = commaList(value);
	return Array.isArray(list) ? list.join(',') : list;
}, z.string({ invalid_type_error: 'use tags separated by commas, e.g. Spring,T shirt' }).optional());

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

/** The fields of one variant, as Product → Create/Update and Variant → Create/Update give them. */
export const variantSchema = z.object({
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
});

/** Several entries of a fixed collection: {entry: [...]}, or nothing when none was added. */
const entries = <T extends z.ZodTypeAny>(key: string, entry: T, max?: [number, string]) => {
	const list = max ? z.array(entry).max(max[0], max[1]) : z.array(entry);
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
	images: entries('image', z.object({ src: imageUrl, alt: optionalText('use the alt text as text', 255) })),
	productOptions: entries(
		'option',
		z.object({
			name: optionalText('use the option name as text, e.g. Color', 255),
			values: z.preprocess(commaList, z.array(z.string(), { invalid_type_error: 'use values separated by commas, e.g. Red,Blue' }).optional()),
		}),
		[5, 'use at most 5 options (SHOPLINE variants have option1 to option5)'],
	),
	variants: entries('variant', variantSchema),
});

export type ProductFields = z.output<typeof productFieldsSchema>;

/** The object without its undefined entries. */
export function compact(object: IDataObject): IDataObject {
	const result: IDataObject = {};
	for (const [key, value] of Object.entries(object)) if (value !== undefined) result[key] = value;
	return result;
}

export type VariantFields = z.output<typeof variantSchema> & { imageAlt?: string };

/** SHOPLINE's variant object from checked fields; only the fields given are present. */
export function toShoplineVariant(variant: VariantFields): IDataObject {
	return compact({
		price: variant.price,
		compare_at_price: variant.compareAtPrice,
		sku: variant.sku,
		barcode: variant.barcode,
		option1: variant.option1,
		option2: variant.option2,
		option3: variant.option3,
		option4: variant.option4,
		option5: variant.option5,
		weight: variant.weight,
		weight_unit: variant.weightUnit,
		inventory_policy: variant.inventoryPolicy,
		inventory_tracker: variant.inventoryTracker,
		required_shipping: variant.requiredShipping,
		taxable: variant.taxable,
		image: variant.imageSrc || variant.imageAlt ? compact({ src: variant.imageSrc, alt: variant.imageAlt }) : undefined,
	});
}

/** SHOPLINE's product object from checked fields; only the fields given are present. */
export function toShoplineProduct(fields: ProductFields): IDataObject {
	const more = fields.productFields;
	const product = compact({
		title: fields.title ?? more.title,
		body_html: more.bodyHtml,
		handle: more.handle,
		vendor: more.vendor,
		tags: more.tags,
		status: more.status,
		spu: more.spu,
		subtitle: more.subtitle,
		product_category: more.productCategory,
		path: more.path,
		template_path: more.templatePath,
	});
	const images = fields.images.image.filter((image) => image.src !== undefined).map((image) => compact({ src: image.src, alt: image.alt }));
	if (images.length > 0) product.images = images;
	const options = fields.productOptions.option.filter((option) => option.name !== undefined).map((option) => compact({ name: option.name, values: option.values ?? [] }));
	if (options.length > 0) product.options = options;
	const variants = fields.variants.variant.map((variant) => toShoplineVariant(variant));
	if (variants.length > 0) product.variants = variants;
	return product;
}
