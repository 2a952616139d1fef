import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { oneOf, optionalText } from '../../../shared/node/validation';
import { shoplineId, shoplineIdArray } from '../common/ids';
import { compact, handleSchema, imageUrl } from '../../model/product';
import { COLLECTION, recordLocator, ways } from '../common/locators';

/** Fields the collection operations share, and SHOPLINE's custom_collection object from them. */

export const collectionIdField = recordLocator(COLLECTION, {
	displayName: 'Collection ID',
	name: 'collectionId',
	description: `The custom (manual) collection: ${ways(COLLECTION, 'title or handle')}`,
});

/** SHOPLINE adds or removes at most this many products in one request. */
export const MAX_PRODUCTS_PER_REQUEST = 50;

export const productIdsField: INodeProperties = {
	displayName: 'Product IDs',
	name: 'productIds',
	type: 'string',
	required: true,
	default: '',
	placeholder: '16057850264845250791280282,16057850264845250333280282',
	description: 'One product ID or several separated by commas (at most 50), or a list from an expression',
};

export const productIdsSchema = shoplineIdArray(MAX_PRODUCTS_PER_REQUEST);

/** The fields of Add Products and Remove Products, and their checks. */
export const membershipFields: INodeProperties[] = [collectionIdField, productIdsField];
export const membershipSchema = z.object({ collectionId: shoplineId, productIds: productIdsSchema });

export const collectionFieldsOption: INodeProperties = {
	displayName: 'Fields',
	name: 'fields',
	type: 'string',
	default: '',
	placeholder: 'title,handle,updated_at',
	description: 'Only these collection fields (comma-separated)',
};

const SORT_ORDERS = ['alpha-asc', 'alpha-desc', 'best-selling', 'manual', 'updated-asc', 'updated-desc'] as const;

/** The fields of a collection that Create (besides Title) and Update can set. */
function collectionFields(forCreate: boolean): INodeProperties[] {
	const fields: INodeProperties[] = [
		{ displayName: 'Banner Alt Text', name: 'bannerAlt', type: 'string', default: '', description: 'Text that describes the banner image' },
		{ displayName: 'Banner URL', name: 'bannerSrc', type: 'string', default: '', placeholder: 'https://img.myshopline.com/image/official/banner.png', description: 'Address of the banner image shown on the collection page' },
		{ displayName: 'Description (HTML)', name: 'bodyHtml', type: 'string', typeOptions: { rows: 4 }, default: '', description: 'The collection description, as HTML' },
		{ displayName: 'Handle', name: 'handle', type: 'string', default: '', placeholder: 'spring-clothing', description: 'The collection address in the store; SHOPLINE makes one from the title when empty' },
		{ displayName: 'Image Alt Text', name: 'imageAlt', type: 'string', default: '', description: 'Text that describes the collection image' },
		{ displayName: 'Image URL', name: 'imageSrc', type: 'string', default: '', placeholder: 'https://img.myshopline.com/image/official/collection.png', description: 'Address of the collection image' },
		{ displayName: 'Path', name: 'path', type: 'string', default: '', placeholder: '/collections/spring', description: 'The collection URL path in the online store' },
		...(forCreate
			? [
					{
						displayName: 'Product IDs',
						name: 'productIds',
						type: 'string',
						default: '',
						placeholder: '16057850264845250791280282,16057850264845250333280282',
						description: 'Products to put in the new collection: IDs separated by commas (at most 50)',
					} satisfies INodeProperties,
				]
			: []),
		{
			displayName: 'Published Scope',
			name: 'publishedScope',
			type: 'options',
			options: [{ name: 'Online Store', value: 'web' }],
			default: 'web',
			description: 'The sales channel the collection is published to',
		},
		{
			displayName: 'Sort Order',
			name: 'sortOrder',
			type: 'options',
			options: [
				{ name: 'Best Selling', value: 'best-selling' },
				{ name: 'Manual', value: 'manual' },
				{ name: 'Title A–Z', value: 'alpha-asc' },
				{ name: 'Title Z–A', value: 'alpha-desc' },
				{ name: 'Updated: Newest First', value: 'updated-desc' },
				{ name: 'Updated: Oldest First', value: 'updated-asc' },
			],
			default: 'manual',
			description: 'How products are ordered in the collection',
		},
		...(forCreate
			? []
			: [{ displayName: 'Template Path', name: 'templatePath', type: 'string', default: '', placeholder: 'templates/sortation/detail.json', description: 'Theme template of the collection page' } satisfies INodeProperties]),
		...(forCreate ? [] : [{ displayName: 'Title', name: 'title', type: 'string', default: '', description: 'The new title of the collection' } satisfies INodeProperties]),
	];
	return fields;
}

/** Create: Title, then Additional Fields. */
export const createFields: INodeProperties[] = [
	{ displayName: 'Title', name: 'title', type: 'string', required: true, default: '', placeholder: 'Spring clothing', description: 'The title of the collection' },
	{ displayName: 'Additional Fields', name: 'collectionFields', type: 'collection', placeholder: 'Add Field', default: {}, options: collectionFields(true) },
];

/** Update: Update Fields. */
export const updateFields: INodeProperties[] = [
	{ displayName: 'Update Fields', name: 'collectionFields', type: 'collection', placeholder: 'Add Field', default: {}, options: collectionFields(false) },
];

const text = (what: string, max = 255) => optionalText(`use the ${what} as text`, max);

const collectionFieldsShape = z
	.object({
		title: text('title'),
		bodyHtml: text('description', 500_000),
		handle: handleSchema('spring-clothing'),
		imageSrc: imageUrl,
		imageAlt: text('alt text'),
		bannerSrc: imageUrl,
		bannerAlt: text('alt text'),
		path: optionalText('use a path such as /collections/spring', 512),
		templatePath: text('template path'),
		publishedScope: oneOf(['web'] as const).optional(),
		sortOrder: oneOf(SORT_ORDERS).optional(),
		productIds: z.preprocess((value) => (value === '' || value === undefined || value === null ? undefined : value), productIdsSchema.optional()),
	})
	.superRefine((fields, context) => {
		for (const [alt, src, label] of [
			['imageAlt', 'imageSrc', 'Image URL'],
			['bannerAlt', 'bannerSrc', 'Banner URL'],
		] as const) {
			if (fields[alt] !== undefined && fields[src] === undefined) {
				context.addIssue({ code: z.ZodIssueCode.custom, path: [alt], message: `add ${label} too: the alt text belongs to an image` });
			}
		}
	});

export const createSchema = z.object({
	title: text('title').refine((title) => title !== undefined, 'a title is required to create a collection'),
	collectionFields: collectionFieldsShape.default({}),
});

export const updateSchema = z.object({ collectionFields: collectionFieldsShape.default({}) });

type CollectionInput = z.output<typeof collectionFieldsShape> & { title?: string };

const image = (src?: string, alt?: string) => (src === undefined ? undefined : compact({ src, alt }));

/** SHOPLINE's custom_collection object: only the fields given. */
export function toShoplineCollection(fields: CollectionInput): IDataObject {
	return compact({
		title: fields.title,
		body_html: fields.bodyHtml,
		handle: fields.handle,
		image: image(fields.imageSrc, fields.imageAlt),
		banner: image(fields.bannerSrc, fields.bannerAlt),
		path: fields.path,
		template_path: fields.templatePath,
		published_scope: fields.publishedScope,
		sort_order: fields.sortOrder,
		collects: fields.productIds?.map((productId) => ({ product_id: productId })),
	});
}
