import type { INodeProperties } from 'n8n-workflow';

/** A flag that may also be left to SHOPLINE's default ("" is not sent). */
function yesNoDefault(displayName: string, name: string): INodeProperties {
	return {
		displayName,
		name,
		type: 'options',
		options: [
			{ name: 'Default', value: '' },
			{ name: 'Yes', value: 'true' },
			{ name: 'No', value: 'false' },
		],
		default: '',
	};
}

/**
 * The fields of one variant, sorted by name: the entries of Product → Variants and the
 * fields of Variant → Create/Update.
 */
export const variantFields: INodeProperties[] = [
	{ displayName: 'Barcode', name: 'barcode', type: 'string', default: '' },
	{ displayName: 'Compare-At Price', name: 'compareAtPrice', type: 'string', default: '', placeholder: '129.99', description: 'Original price shown struck through' },
	{ displayName: 'Image URL', name: 'imageSrc', type: 'string', default: '', description: 'Image of this variant' },
	{
		displayName: 'Inventory Policy',
		name: 'inventoryPolicy',
		type: 'options',
		options: [
			{ name: 'Default', value: '' },
			{ name: 'Deny (No Overselling)', value: 'deny' },
			{ name: 'Continue (Allow Overselling)', value: 'continue' },
		],
		default: '',
	},
	{ displayName: 'Option 1', name: 'option1', type: 'string', default: '', placeholder: 'Red', description: 'Value of the first option' },
	{ displayName: 'Option 2', name: 'option2', type: 'string', default: '', description: 'Value of the second option' },
	{ displayName: 'Option 3', name: 'option3', type: 'string', default: '', description: 'Value of the third option' },
	{ displayName: 'Option 4', name: 'option4', type: 'string', default: '', description: 'Value of the fourth option' },
	{ displayName: 'Option 5', name: 'option5', type: 'string', default: '', description: 'Value of the fifth option' },
	{ displayName: 'Price', name: 'price', type: 'string', default: '', placeholder: '19.90', description: 'Selling price; rounded to 2 decimals' },
	yesNoDefault('Requires Shipping', 'requiredShipping'),
	{ displayName: 'SKU', name: 'sku', type: 'string', default: '', description: 'Your own variant code, e.g. the 1688 skuid' },
	yesNoDefault('Taxable', 'taxable'),
	yesNoDefault('Track Inventory', 'inventoryTracker'),
	{ displayName: 'Weight', name: 'weight', type: 'string', default: '', placeholder: '0.12' },
	{
		displayName: 'Weight Unit',
		name: 'weightUnit',
		type: 'options',
		options: [
			{ name: 'Default', value: '' },
			{ name: 'Gongjin (Zh_kg)', value: 'zh_kg' },
			{ name: 'Grams (G)', value: 'g' },
			{ name: 'Kilograms (Kg)', value: 'kg' },
			{ name: 'Ounces (Oz)', value: 'oz' },
			{ name: 'Pounds (Lb)', value: 'lb' },
		],
		default: '',
	},
];

/** Fields Create and Update share; `forCreate` makes Title required and shows it on top. */
export function productFields(forCreate: boolean): INodeProperties[] {
	const product: INodeProperties[] = [
		{
			displayName: 'Input Mode',
			name: 'inputMode',
			type: 'options',
			noDataExpression: true,
			options: [
				{ name: 'Fields', value: 'fields', description: 'Fill in the product field by field' },
				{
					name: 'JSON',
					value: 'json',
					description: 'Give a whole SHOPLINE product object, e.g. mapped from 1688 data in a Code node',
				},
			],
			default: 'fields',
		},
		{
			displayName: 'Product (JSON)',
			name: 'productJson',
			type: 'json',
			default: '{\n  "title": "My product",\n  "variants": [{ "price": "19.90" }]\n}',
			description:
				'A SHOPLINE product object (title, body_html, images, options, variants…), or {"product": {...}}. Map it from the input item with an expression, e.g. one that returns the product a Code node built.',
			displayOptions: { show: { inputMode: ['json'] } },
		},
	];
	if (forCreate) {
		product.push({
			displayName: 'Title',
			name: 'title',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'Leopard print robe',
			description: 'Product name shoppers see, e.g. the title of a 1688 item',
			displayOptions: { show: { inputMode: ['fields'] } },
		});
	}
	const additional: INodeProperties[] = [
		{ displayName: 'Description (HTML)', name: 'bodyHtml', type: 'string', typeOptions: { rows: 4 }, default: '', description: 'Product description, HTML allowed' },
		{ displayName: 'Handle', name: 'handle', type: 'string', default: '', placeholder: 'leopard-robe', description: 'URL handle; unique in the store. Generated from the title when empty.' },
		{ displayName: 'Path', name: 'path', type: 'string', default: '', placeholder: '/products/clothes', description: 'Relative path of the product page' },
		{ displayName: 'Product Category', name: 'productCategory', type: 'string', default: '', placeholder: 'Clothes', description: 'Your own product type' },
		{ displayName: 'SPU', name: 'spu', type: 'string', default: '', description: 'Your own product code, e.g. the 1688 offer ID' },
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			options: [
				{ name: 'Active', value: 'active', description: 'On sale' },
				{ name: 'Archived', value: 'archived' },
				{ name: 'Draft', value: 'draft', description: 'Not on sale' },
			],
			default: 'draft',
			description: 'Active puts the product on sale, draft keeps it off sale until you publish it, archived takes it out of the catalog',
		},
		{ displayName: 'Subtitle', name: 'subtitle', type: 'string', default: '' },
		{ displayName: 'Tags', name: 'tags', type: 'string', default: '', placeholder: 'Spring,T shirt', description: 'Comma-separated tags' },
		{ displayName: 'Template Path', name: 'templatePath', type: 'string', default: '', placeholder: 'templates/product.json', description: 'Theme template of the product page' },
		{ displayName: 'Title', name: 'title', type: 'string', default: '', description: 'Product name shoppers see, e.g. the title of a 1688 item' },
		{ displayName: 'Vendor', name: 'vendor', type: 'string', default: '', placeholder: 'SHOPLINE', description: 'Brand or maker' },
	];
	product.push({
		displayName: forCreate ? 'Additional Fields' : 'Update Fields',
		name: 'productFields',
		type: 'collection',
		placeholder: forCreate ? 'Add Field' : 'Add Field to Update',
		default: {},
		displayOptions: { show: { inputMode: ['fields'] } },
		options: forCreate ? additional.filter((field) => field.name !== 'title') : additional,
	});
	product.push({
		displayName: 'Images',
		name: 'images',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Image',
		default: {},
		displayOptions: { show: { inputMode: ['fields'] } },
		options: [
			{
				displayName: 'Image',
				name: 'image',
				values: [
					{ displayName: 'Image URL', name: 'src', type: 'string', default: '', placeholder: 'https://cbu01.alicdn.com/img/ibank/O1CN01.jpg' },
					{ displayName: 'Alt Text', name: 'alt', type: 'string', default: '' },
				],
			},
		],
	});
	product.push({
		displayName: 'Product Options',
		name: 'productOptions',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Product Option',
		default: {},
		description: 'Up to 5 options such as Color or Size; each variant picks one value of each',
		displayOptions: { show: { inputMode: ['fields'] } },
		options: [
			{
				displayName: 'Option',
				name: 'option',
				values: [
					{ displayName: 'Name', name: 'name', type: 'string', default: '', placeholder: 'Color' },
					{ displayName: 'Values', name: 'values', type: 'string', default: '', placeholder: 'Red,Blue', description: 'Comma-separated values' },
				],
			},
		],
	});
	product.push({
		displayName: 'Variants',
		name: 'variants',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Variant',
		default: {},
		displayOptions: { show: { inputMode: ['fields'] } },
		options: [
			{
				displayName: 'Variant',
				name: 'variant',
				values: variantFields,
			},
		],
	});
	return product;
}
