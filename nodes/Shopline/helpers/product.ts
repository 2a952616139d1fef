import type { IDataObject } from 'n8n-workflow';
import { z } from 'zod';

import { oneOf, optionalText } from '../../shared/validation';

/**
 * Turns the Create/Update fields into SHOPLINE's product object, and checks it. Prices and
 * weights are sent as text with two decimals, tags as "a,b", option values as a list.
 */

const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** A non-negative amount, from a number or text; sent as text rounded to 2 decimals. */
function amount(expectation: string) {
	return z.preprocess(
		(value) => (isBlank(value) ? undefined : typeof value === 'number' && Number.isFinite(value) ? String(value) : typeof value === 'string' ? value.trim() : value),
		z
			.string({ invalid_type_error: expectation })
			.regex(/^\d+(\.\d+)?$/, expectation)
			.transform((value) => (Math.round(Number(value) * 100) / 100).toFixed(2))
			.optional(),
	);
}

const price = amount('use a price such as 19.90 (rounded to 2 decimals)');

const tags = z.preprocess(
	(value) => {
		if (isBlank(value)) return undefined;
		if (Array.isArray(value)) return value.map((tag) => String(tag).trim()).filter(Boolean).join(',');
		return typeof value === 'string' ? value.split(',').map((tag) => tag.trim()).filter(Boolean).join(',') : value;
	},
	z.string({ invalid_type_error: 'use tags separated by commas, e.g. Spring,T shirt' }).optional(),
);

const imageUrl = z.preprocess(
	(value) => (isBlank(value) ? undefined : typeof value === 'string' ? value.trim() : value),
	z
		.string({ invalid_type_error: 'use an image address such as https://cbu01.alicdn.com/img/a.jpg' })
		.url('use an image address such as https://cbu01.alicdn.com/img/a.jpg')
		.refine((value) => /^https?:\/\//i.test(value), 'use an http:// or https:// image address')
		.optional(),
);

const optionValue = optionalText('use the option value as text, e.g. Red', 255);

const variantSchema = z.object({
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
	weightUnit: oneOf(['g', 'kg', 'lb', 'oz', 'zh_kg'] as const).optional(),
	inventoryPolicy: oneOf(['deny', 'continue'] as const).optional(),
	inventoryTracker: z.boolean({ invalid_type_error: 'use true or false' }).optional(),
	requiredShipping: z.boolean({ invalid_type_error: 'use true or false' }).optional(),
	taxable: z.boolean({ invalid_type_error: 'use true or false' }).optional(),
	imageSrc: imageUrl,
});

export const productFieldsSchema = z.object({
	title: optionalText('use the product title as text', 255),
	bodyHtml: optionalText('use the description as HTML text', 500_000),
	handle: z.preprocess(
		(value) => (isBlank(value) ? undefined : typeof value === 'string' ? value.trim() : value),
		z
			.string({ invalid_type_error: 'use a handle such as my-product' })
			.regex(/^[a-z0-9][a-z0-9-_]*$/i, 'use a handle of letters, digits, - and _, such as my-product')
			.max(255, 'use at most 255 characters')
			.optional(),
	),
	vendor: optionalText('use the vendor as text', 255),
	tags,
	status: oneOf(['active', 'draft', 'archived'] as const).optional(),
	spu: optionalText('use the SPU as text', 255),
	subtitle: optionalText('use the subtitle as text', 255),
	productCategory: optionalText('use the category as text', 255),
	path: optionalText('use a path such as /products/clothes', 255),
	templatePath: optionalText('use a template path such as templates/product.json', 255),
	images: z.array(z.object({ src: imageUrl, alt: optionalText('use the alt text as text', 255) })).default([]),
	options: z
		.array(
			z.object({
				name: optionalText('use the option name as text, e.g. Color', 255),
				values: z.preprocess(
					(value) =>
						isBlank(value)
							? undefined
							: Array.isArray(value)
								? value.map((entry) => String(entry).trim()).filter(Boolean)
								: typeof value === 'string'
									? value.split(',').map((entry) => entry.trim()).filter(Boolean)
									: value,
					z.array(z.string(), { invalid_type_error: 'use values separated by commas, e.g. Red,Blue' }).optional(),
				),
			}),
		)
		.max(5, 'use at most 5 options (SHOPLINE variants have option1 to option5)')
		.default([]),
	variants: z.array(variantSchema).default([]),
});

export type ProductFields = z.output<typeof productFieldsSchema>;

const TOP_LABELS: Record<string, string> = {
	title: 'Title',
	bodyHtml: 'Description (HTML)',
	handle: 'Handle',
	vendor: 'Vendor',
	tags: 'Tags',
	status: 'Status',
	spu: 'SPU',
	subtitle: 'Subtitle',
	productCategory: 'Product Category',
	path: 'Path',
	templatePath: 'Template Path',
	options: 'Product Options',
};

const LIST_LABELS: Record<string, { list: string; entry: string; fields: Record<string, string> }> = {
	images: { list: 'Images', entry: 'image', fields: { src: 'Image URL', alt: 'Alt Text' } },
	options: { list: 'Product Options', entry: 'option', fields: { name: 'Name', values: 'Values' } },
	variants: {
		list: 'Variants',
		entry: 'variant',
		fields: {
			price: 'Price',
			compareAtPrice: 'Compare-At Price',
			sku: 'SKU',
			barcode: 'Barcode',
			option1: 'Option 1',
			option2: 'Option 2',
			option3: 'Option 3',
			option4: 'Option 4',
			option5: 'Option 5',
			weight: 'Weight',
			weightUnit: 'Weight Unit',
			inventoryPolicy: 'Inventory Policy',
			inventoryTracker: 'Track Inventory',
			requiredShipping: 'Requires Shipping',
			taxable: 'Taxable',
			imageSrc: 'Image URL',
		},
	},
};

/** Display name of a product field for error messages, e.g. "Variants → Price (variant 3)". */
export function productLabel(path: Array<string | number>): string | undefined {
	const [top, index, field] = path;
	const list = LIST_LABELS[String(top)];
	if (list && typeof index === 'number' && field !== undefined) {
		return `${list.list} → ${list.fields[String(field)] ?? String(field)} (${list.entry} ${index + 1})`;
	}
	return path.length === 1 ? TOP_LABELS[String(top)] : undefined;
}

function compact(object: IDataObject): IDataObject {
	const result: IDataObject = {};
	for (const [key, value] of Object.entries(object)) if (value !== undefined) result[key] = value;
	return result;
}

/** SHOPLINE's product object from checked fields; only the fields given are present. */
export function toShoplineProduct(fields: ProductFields): IDataObject {
	const product = compact({
		title: fields.title,
		body_html: fields.bodyHtml,
		handle: fields.handle,
		vendor: fields.vendor,
		tags: fields.tags,
		status: fields.status,
		spu: fields.spu,
		subtitle: fields.subtitle,
		product_category: fields.productCategory,
		path: fields.path,
		template_path: fields.templatePath,
	});
	const images = fields.images.filter((image) => image.src !== undefined).map((image) => compact({ src: image.src, alt: image.alt }));
	if (images.length > 0) product.images = images;
	const options = fields.options.filter((option) => option.name !== undefined).map((option) => compact({ name: option.name, values: option.values ?? [] }));
	if (options.length > 0) product.options = options;
	const variants = fields.variants.map((variant) =>
		compact({
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
			image: variant.imageSrc ? { src: variant.imageSrc } : undefined,
		}),
	);
	if (variants.length > 0) product.variants = variants;
	return product;
}
