import { z } from 'zod';

import { boolean, collection, custom, options, text, type Field } from '../../../../shared/node/field';
import { blankIsDefault } from '../../common/fields';

/** The content rules of Create or Update From 1688 Item: what the product says and how it is found again. */

const PREFIX_EXPECTATION = 'use a prefix of letters, digits, - and _';

const attributes = boolean({
	displayName: 'Add 1688 Attributes to Description',
	name: 'attributes',
	default: false,
	description: 'Whether to list the 1688 product attributes (material, style…) under the description',
});

const skuImages = boolean({
	displayName: 'Include SKU Images',
	name: 'skuImages',
	default: true,
	description: 'Whether the pictures of the SKU property values join the main images',
});

const status = options({
	displayName: 'Status',
	name: 'status',
	options: [
		{ name: 'Active', value: 'active' },
		{ name: 'Archived', value: 'archived' },
		{ name: 'Draft', value: 'draft' },
	],
	default: 'draft',
	description: 'Status of products it creates and updates; draft lets you review them first',
});

const handlePrefix = custom(
	{
		displayName: 'Handle Prefix',
		name: 'handlePrefix',
		type: 'string',
		default: '1688-',
		description: 'The handle is this followed by the 1688 item ID; a re-sync finds the product by it',
	},
	// Blank is a handle of the ID alone: only a prefix not given is the default.
	z.preprocess(
		(value) => (value === undefined ? '1688-' : typeof value === 'string' ? value.trim() : value),
		z.string({ invalid_type_error: PREFIX_EXPECTATION }).regex(/^[a-z0-9-_]{0,100}$/i, PREFIX_EXPECTATION),
	),
);

const tags = text({
	displayName: 'Tags',
	name: 'tags',
	placeholder: '1688,summer',
	description: 'Tags separated by commas',
	expectation: 'use tags separated by commas',
	maxLength: 2000,
});

const title = text({
	displayName: 'Title',
	name: 'title',
	description: "A title of your own, e.g. an expression; empty uses the 1688 item's title (in the language Get Detail asked for)",
	expectation: 'use the title as text',
	maxLength: 255,
});

const vendor = text({
	displayName: 'Vendor',
	name: 'vendor',
	description: "Empty uses the 1688 shop's name",
	expectation: 'use the vendor as text',
	maxLength: 255,
});

const contentCollection = collection({
	displayName: 'Product Options',
	name: 'content',
	placeholder: 'Add Option',
	unset: 'default',
	fields: [
		blankIsDefault(attributes),
		handlePrefix,
		blankIsDefault(skuImages),
		blankIsDefault(status),
		tags,
		title,
		vendor,
	],
});

/** Product Options; left unset, its fields' defaults. */
export const content: Field<'content', z.ZodDefault<typeof contentCollection.schema>> = { ...contentCollection, schema: contentCollection.schema.default({}) };
