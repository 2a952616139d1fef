import type { INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { collection, custom, fields, optional, options, text, type Field } from '../../../shared/node/field';
import { handleSchema, imageUrl } from '../../model/product';
import { optionValues, tags } from '../../model/productLists';
import { textWith, variantFields, variantSchema } from './variantFields';

/**
 * The product fields of Create, Update and Create or Update, each declared once with its
 * check. One schema (productFieldsSchema) checks them, and a product given as JSON too
 * (bodyJson.ts reads the JSON in the fields' shape).
 */

const FIELDS_MODE = { show: { inputMode: ['fields'] } };

const inputMode = options({
	displayName: 'Input Mode',
	name: 'inputMode',
	noDataExpression: true,
	options: [
		{ name: 'Fields', value: 'fields', description: 'Fill in the product field by field' },
		{ name: 'JSON', value: 'json', description: 'Give a whole SHOPLINE product object, e.g. mapped from 1688 data in a Code node' },
	],
	default: 'fields',
});

/** The product as JSON; checked by checkJsonProduct (bodyJson.ts). */
const productJson = custom(
	{
		displayName: 'Product (JSON)',
		name: 'productJson',
		type: 'json',
		default: '{\n  "title": "My product",\n  "variants": [{ "price": "19.90" }]\n}',
		description:
			'A SHOPLINE product object (title, body_html, images, options, variants…), or {"product": {...}}. Map it from the input item with an expression, e.g. one that returns the product a Code node built.',
		displayOptions: { show: { inputMode: ['json'] } },
	},
	z.unknown(),
);

const title = text({ displayName: 'Title', name: 'title', description: 'Product name shoppers see, e.g. the title of a 1688 item', expectation: 'use the product title as text', maxLength: 255 });

/** Create's Title, on top; the check that it is given is Create's (readProduct), after the JSON or the fields are read. */
const requiredTitle = custom({ ...title.property, required: true, placeholder: 'Leopard print robe', displayOptions: FIELDS_MODE }, title.schema);

const statusChoice = options({
	displayName: 'Status',
	name: 'status',
	options: [
		{ name: 'Active', value: 'active', description: 'On sale' },
		{ name: 'Archived', value: 'archived' },
		{ name: 'Draft', value: 'draft', description: 'Not on sale' },
	],
	default: 'draft',
	values: ['active', 'draft', 'archived'],
	description: 'Active puts the product on sale, draft keeps it off sale until you publish it, archived takes it out of the catalog',
});

/** What Additional Fields (Create) and Update Fields hold, sorted by name. */
const additional = [
	text({ displayName: 'Description (HTML)', name: 'bodyHtml', typeOptions: { rows: 4 }, description: 'Product description, HTML allowed', expectation: 'use the description as HTML text', maxLength: 500_000 }),
	textWith({ displayName: 'Handle', name: 'handle', placeholder: 'leopard-robe', description: 'URL handle; unique in the store. Generated from the title when empty.' }, handleSchema('my-product')),
	text({ displayName: 'Path', name: 'path', placeholder: '/products/clothes', description: 'Relative path of the product page', expectation: 'use a path such as /products/clothes', maxLength: 255 }),
	text({ displayName: 'Product Category', name: 'productCategory', placeholder: 'Clothes', description: 'Your own product type', expectation: 'use the category as text', maxLength: 255 }),
	text({ displayName: 'SPU', name: 'spu', description: 'Your own product code, e.g. the 1688 offer ID', expectation: 'use the SPU as text', maxLength: 255 }),
	optional(statusChoice),
	text({ displayName: 'Subtitle', name: 'subtitle', expectation: 'use the subtitle as text', maxLength: 255 }),
	textWith({ displayName: 'Tags', name: 'tags', placeholder: 'Spring,T shirt', description: 'Comma-separated tags' }, tags),
	text({ displayName: 'Template Path', name: 'templatePath', placeholder: 'templates/product.json', description: 'Theme template of the product page', expectation: 'use a template path such as templates/product.json', maxLength: 255 }),
	title,
	text({ displayName: 'Vendor', name: 'vendor', placeholder: 'SHOPLINE', description: 'Brand or maker', expectation: 'use the vendor as text', maxLength: 255 }),
] as const;

/** The check of Additional Fields and Update Fields: every field of the product; none added is {}. */
const additionalSchema = z.object(fields(...additional).shape).default({});

/** Additional Fields (Create: all but Title) or Update Fields, checked alike. */
const productFieldsOf = (forCreate: boolean) => {
	const shown = collection({
		displayName: forCreate ? 'Additional Fields' : 'Update Fields',
		name: 'productFields',
		placeholder: forCreate ? 'Add Field' : 'Add Field to Update',
		unset: 'omit',
		fields: forCreate ? additional.filter((field) => field.property.name !== 'title') : additional,
	});
	return custom({ ...shown.property, displayOptions: FIELDS_MODE }, additionalSchema);
};

/**
 * A list of a product (Images, Product Options, Variants): a fixed collection of entries of
 * `entryFields`, at most `max`; none added is an empty list. The wording of a wrong type is
 * for a product given as JSON.
 */
function productList<N extends string, E extends string, S extends z.AnyZodObject>(
	property: { displayName: string; name: N; placeholder: string; description?: string },
	entry: { displayName: string; name: E; fields: readonly Field[]; schema: S; noun: string },
	max: [number, string],
) {
	const list = z.array(entry.schema, { invalid_type_error: `use a list of ${entry.noun}` }).max(max[0], max[1]);
	const schema = z.object({ [entry.name]: list.default([]) } as Record<E, z.ZodDefault<typeof list>>).default({} as never);
	const options = [{ displayName: entry.displayName, name: entry.name, values: entry.fields.map((field) => field.property) }];
	return custom({ ...property, type: 'fixedCollection', typeOptions: { multipleValues: true }, default: {}, displayOptions: FIELDS_MODE, options }, schema);
}

/** One entry of a list: an object of its fields; `example` words a wrong type for a product given as JSON. */
const entryOf = <const F extends readonly Field[]>(entryFields: F, example: string) => z.object(fields(...entryFields).shape, { invalid_type_error: `use an object such as ${example}` });

const imageFields = [
	textWith({ displayName: 'Image URL', name: 'src', placeholder: 'https://cbu01.alicdn.com/img/ibank/O1CN01.jpg' }, imageUrl),
	text({ displayName: 'Alt Text', name: 'alt', expectation: 'use the alt text as text', maxLength: 255 }),
] as const;

const images = productList(
	{ displayName: 'Images', name: 'images', placeholder: 'Add Image' },
	{ displayName: 'Image', name: 'image', fields: imageFields, schema: entryOf(imageFields, '{"src": "https://cbu01.alicdn.com/a.jpg"}'), noun: 'images' },
	[502, "use at most 502 images (SHOPLINE's limit per product)"],
);

const optionFields = [
	text({ displayName: 'Name', name: 'name', placeholder: 'Color', expectation: 'use the option name as text, e.g. Color', maxLength: 255 }),
	textWith({ displayName: 'Values', name: 'values', placeholder: 'Red,Blue', description: 'Comma-separated values' }, optionValues),
] as const;

const productOptions = productList(
	{ displayName: 'Product Options', name: 'productOptions', placeholder: 'Add Product Option', description: 'Up to 5 options such as Color or Size; each variant picks one value of each' },
	{ displayName: 'Option', name: 'option', fields: optionFields, schema: entryOf(optionFields, '{"name": "Color", "values": ["Red", "Blue"]}'), noun: 'options' },
	[5, 'use at most 5 options (SHOPLINE variants have option1 to option5)'],
);

const variants = productList(
	{ displayName: 'Variants', name: 'variants', placeholder: 'Add Variant' },
	{ displayName: 'Variant', name: 'variant', fields: variantFields, schema: variantSchema, noun: 'variants' },
	[500, "use at most 500 variants (SHOPLINE's limit per product)"],
);

/** The fields of a product (Title on top only for Create, where it is required), in the order the editor shows them. */
export const productBody = (forCreate: boolean): Field[] => [
	inputMode,
	productJson,
	...(forCreate ? [requiredTitle] : []),
	productFieldsOf(forCreate),
	images,
	productOptions,
	variants,
];

/** The properties of a product's fields: Create's (`forCreate`) or Update's. */
export const productFields = (forCreate: boolean): INodeProperties[] => productBody(forCreate).map((field) => field.property);

/** The check of a product in the fields' shape: Title on top (Create) or in Update Fields, the lists. */
export const productFieldsSchema = fields(requiredTitle, productFieldsOf(false), images, productOptions, variants).schema;

export type CheckedProduct = z.output<typeof productFieldsSchema>;
