import type { z } from 'zod';

import { boolean, collection, integer, options, type Field } from '../../../../shared/node/field';
import { blankIsDefault } from '../../common/fields';

/** The variant and stock rules of Create or Update From 1688 Item. */

const inventoryPolicy = options({
	displayName: 'Inventory Policy',
	name: 'inventoryPolicy',
	options: [
		{ name: 'Deny (Stop Selling at 0)', value: 'deny' },
		{ name: 'Continue (Sell When Out of Stock)', value: 'continue' },
	],
	default: 'deny',
});

const inventoryTracker = boolean({
	displayName: 'Inventory Tracker',
	name: 'inventoryTracker',
	default: true,
	description: 'Whether SHOPLINE tracks stock of the variants. A tracked variant has 0 available until its level is set: give a Stock Location ID.',
});

const extraProperties = options({
	displayName: 'More Than 5 SKU Properties',
	name: 'extraProperties',
	options: [
		{
			name: 'Fail the Item',
			value: 'error',
			description: 'SHOPLINE has 5 options per product; the item gets an error naming its properties',
		},
		{
			name: 'Join the Rest Into Option 5',
			value: 'merge',
			description: 'Options 1–4 as they are; the fifth and later become one option, e.g. "Pack / Season"',
		},
	],
	default: 'error',
});

const optionImages = boolean({
	displayName: 'Option Value Images',
	name: 'optionImages',
	default: true,
	description: "Whether each variant shows the picture of its 1688 property value (e.g. the colour's photo)",
});

const skuCode = options({
	displayName: 'SKU Code From',
	name: 'skuCode',
	options: [
		{ name: '1688 SKU ID (Skuid)', value: 'skuid' },
		{ name: '1688 Spec ID (Specid)', value: 'specid' },
	],
	default: 'skuid',
	description: "Which 1688 ID becomes the variant's SKU; it is also how a re-sync finds each variant",
});

const percent = integer({
	displayName: 'Offer Percent of 1688 Stock',
	name: 'percent',
	min: 0,
	max: 100,
	default: 100,
	description: "Share of each SKU's 1688 stock offered in the store, rounded down (e.g. 50 keeps a reserve)",
});

const cap = integer({
	displayName: 'Max Available per Variant',
	name: 'cap',
	min: 0,
	max: 1_000_000_000,
	default: 0,
	description: 'Most units offered per variant; 0 means no cap',
});

const variantCollection = collection({
	displayName: 'Variant Options',
	name: 'variantOptions',
	placeholder: 'Add Option',
	unset: 'default',
	fields: [blankIsDefault(inventoryPolicy), blankIsDefault(inventoryTracker), blankIsDefault(extraProperties), blankIsDefault(optionImages), blankIsDefault(skuCode)],
});

const stockCollection = collection({
	displayName: 'Stock Options',
	name: 'stockOptions',
	placeholder: 'Add Option',
	unset: 'default',
	fields: [blankIsDefault(percent), blankIsDefault(cap)],
});

/** Variant Options; left unset, its fields' defaults. */
export const variantOptions: Field<'variantOptions', z.ZodDefault<typeof variantCollection.schema>> = { ...variantCollection, schema: variantCollection.schema.default({}) };

/** Stock Options; left unset, its fields' defaults. */
export const stockOptions: Field<'stockOptions', z.ZodDefault<typeof stockCollection.schema>> = { ...stockCollection, schema: stockCollection.schema.default({}) };
