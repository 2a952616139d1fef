import type { IDataObject } from 'n8n-workflow';
import { z } from 'zod';

import { collection, custom, options, type Field } from '../../../shared/node/field';
import { optionalText } from '../../../shared/node/validation';
import { shoplineIdArray } from '../common/ids';
import { compact, handleSchema, imageUrl } from '../../model/product';
import { fieldsOf } from '../common/fields';
import { COLLECTION, recordField, ways } from '../common/locators';

/** Fields the collection operations share, each declared once with its check, and SHOPLINE's custom_collection object from them. */

export const collectionId = recordField(COLLECTION, {
	displayName: 'Collection ID',
	name: 'collectionId',
	description: `The custom (manual) collection: ${ways(COLLECTION, 'title or handle')}`,
});

/** SHOPLINE adds or removes at most this many products in one request. */
export const MAX_PRODUCTS_PER_REQUEST = 50;

const PRODUCT_IDS_PLACEHOLDER = '16057850264845250791280282,16057850264845250333280282';

/** The fields of Add Products and Remove Products. */
export const membershipFields = [
	collectionId,
	custom(
		{
			displayName: 'Product IDs',
			name: 'productIds',
			type: 'string',
			required: true,
			default: '',
			placeholder: PRODUCT_IDS_PLACEHOLDER,
			description: 'One product ID or several separated by commas (at most 50), or a list from an expression',
		},
		shoplineIdArray(MAX_PRODUCTS_PER_REQUEST),
	),
] as const;

/** Options → Fields of the collection reads. */
export const collectionFieldsOption = fieldsOf({ placeholder: 'title,handle,updated_at', description: 'Only these collection fields (comma-separated)' });

type OptionalText = z.ZodType<string | undefined, z.ZodTypeDef, unknown>;
const textField = <N extends string>(property: { displayName: string; name: N; description: string; placeholder?: string; typeOptions?: { rows: number }; required?: true }, schema: OptionalText): Field<N, OptionalText> =>
	custom({ ...property, type: 'string', default: '' }, schema);
const plain = (what: string, max = 255) => optionalText(`use the ${what} as text`, max);

const bannerAlt = textField({ displayName: 'Banner Alt Text', name: 'bannerAlt', description: 'Text that describes the banner image' }, plain('alt text'));
const bannerSrc = textField(
	{ displayName: 'Banner URL', name: 'bannerSrc', placeholder: 'https://img.myshopline.com/image/official/banner.png', description: 'Address of the banner image shown on the collection page' },
	imageUrl,
);
const bodyHtml = textField({ displayName: 'Description (HTML)', name: 'bodyHtml', typeOptions: { rows: 4 }, description: 'The collection description, as HTML' }, plain('description', 500_000));
const handle = textField(
	{ displayName: 'Handle', name: 'handle', placeholder: 'spring-clothing', description: 'The collection address in the store; SHOPLINE makes one from the title when empty' },
	handleSchema('spring-clothing'),
);
const imageAlt = textField({ displayName: 'Image Alt Text', name: 'imageAlt', description: 'Text that describes the collection image' }, plain('alt text'));
const imageSrc = textField({ displayName: 'Image URL', name: 'imageSrc', placeholder: 'https://img.myshopline.com/image/official/collection.png', description: 'Address of the collection image' }, imageUrl);
const path = textField(
	{ displayName: 'Path', name: 'path', placeholder: '/collections/spring', description: 'The collection URL path in the online store' },
	optionalText('use a path such as /collections/spring', 512),
);
/** Create's Product IDs: the new collection's first products; blank is none. */
const firstProducts = custom(
	{ displayName: 'Product IDs', name: 'productIds', type: 'string', default: '', placeholder: PRODUCT_IDS_PLACEHOLDER, description: 'Products to put in the new collection: IDs separated by commas (at most 50)' },
	z.preprocess((value) => (value === '' || value === undefined || value === null ? undefined : value), shoplineIdArray(MAX_PRODUCTS_PER_REQUEST).optional()),
);
const publishedScope = options({
	displayName: 'Published Scope',
	name: 'publishedScope',
	options: [{ name: 'Online Store', value: 'web' }],
	default: 'web',
	description: 'The sales channel the collection is published to',
});
const sortOrder = options({
	displayName: 'Sort Order',
	name: 'sortOrder',
	options: [
		{ name: 'Best Selling', value: 'best-selling' },
		{ name: 'Manual', value: 'manual' },
		{ name: 'Title A–Z', value: 'alpha-asc' },
		{ name: 'Title Z–A', value: 'alpha-desc' },
		{ name: 'Updated: Newest First', value: 'updated-desc' },
		{ name: 'Updated: Oldest First', value: 'updated-asc' },
	],
	default: 'manual',
	values: ['alpha-asc', 'alpha-desc', 'best-selling', 'manual', 'updated-asc', 'updated-desc'],
	description: 'How products are ordered in the collection',
});
const templatePath = textField({ displayName: 'Template Path', name: 'templatePath', placeholder: 'templates/sortation/detail.json', description: 'Theme template of the collection page' }, plain('template path'));
const newTitle = textField({ displayName: 'Title', name: 'title', description: 'The new title of the collection' }, plain('title'));

/** Create: Title, then Additional Fields. */
export const title = textField(
	{ displayName: 'Title', name: 'title', required: true, placeholder: 'Spring clothing', description: 'The title of the collection' },
	plain('title').refine((value) => value !== undefined, 'a title is required to create a collection'),
);

const SHARED = [bannerAlt, bannerSrc, bodyHtml, handle, imageAlt, imageSrc, path] as const;

/** An alt text belongs to an image: refused without its URL. */
function altNeedsImage(fields: { imageAlt?: string; imageSrc?: string; bannerAlt?: string; bannerSrc?: string }, context: z.RefinementCtx) {
	for (const [alt, src, label] of [
		['imageAlt', 'imageSrc', 'Image URL'],
		['bannerAlt', 'bannerSrc', 'Banner URL'],
	] as const) {
		if (fields[alt] !== undefined && fields[src] === undefined) {
			context.addIssue({ code: z.ZodIssueCode.custom, path: [alt], message: `add ${label} too: the alt text belongs to an image` });
		}
	}
}

/** Every field of a collection, for the check both Create and Update make: each accepts all of them, as a workflow may hold them. */
const anyCollectionFields = collection({
	displayName: 'Collection Fields',
	name: 'collectionFields',
	placeholder: 'Add Field',
	unset: 'omit',
	fields: [...SHARED, firstProducts, publishedScope, sortOrder, templatePath, newTitle],
	refine: altNeedsImage,
}).schema.default({});

/** The collection of fields Create or Update shows, checked as any collection's fields. */
const shownAs = (displayName: string, placeholder: string, fields: readonly Field[]) =>
	custom({ ...collection({ displayName, name: 'collectionFields', placeholder, unset: 'omit', fields }).property, name: 'collectionFields' as const }, anyCollectionFields);

export const createFields = shownAs('Additional Fields', 'Add Field', [...SHARED, firstProducts, publishedScope, sortOrder]);
export const updateFields = shownAs('Update Fields', 'Add Field', [...SHARED, publishedScope, sortOrder, templatePath, newTitle]);

type CollectionInput = z.output<typeof anyCollectionFields>;

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
