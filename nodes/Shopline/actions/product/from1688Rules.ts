import type { INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { isBlank, decimal, flag, integer, oneOf, optionalText } from '../../../shared/node/validation';
import type { MappingRules } from '../../model/from1688';
import { LOCATION, recordLocator } from '../common/locators';

/**
 * The canvas options of Product → Create or Update from 1688 Item: pricing, variants,
 * stock and content rules, their checks, and the MappingRules they make.
 */

export const rulesProperties: INodeProperties[] = [
	{
		displayName: 'The input items must be 1688 item details: connect TMAPI 1688 → Item → Get Detail (turn on its Include Description option to bring the description over).',
		name: 'from1688Notice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Store Currency per CNY',
		name: 'exchangeRate',
		type: 'number',
		typeOptions: { minValue: 0.0001, numberPrecision: 4 },
		default: 1,
		description: "How much of the store's currency one Chinese yuan is worth, e.g. 0.14 for a store in USD. 1688 prices are in CNY.",
	},
	{
		displayName: 'Price Multiplier',
		name: 'priceMultiplier',
		type: 'number',
		typeOptions: { minValue: 0.01, numberPrecision: 2 },
		default: 1.5,
		description: 'Store price = 1688 price × Store Currency per CNY × this + Fixed Amount, then rounded. Price Tiers, when given, replace it for the costs they cover.',
	},
	recordLocator(LOCATION, {
		displayName: 'Stock Location ID',
		name: 'stockLocationId',
		required: false,
		description:
			'Sets each variant\'s available quantity at this location from the 1688 stock of its SKU (only where it differs): pick the location from the list or give its ID. Empty leaves stock alone — and then tracked variants stay at 0 available.',
	}),
	{
		displayName: 'Skip Unchanged',
		name: 'skipUnchanged',
		type: 'boolean',
		default: true,
		description: 'Whether to compare the product it would send with the one in the store and make no write when nothing differs (output action "unchanged")',
	},
	{
		displayName: 'Price Tiers',
		name: 'priceTiers',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Price Tier',
		default: {},
		description: 'Markups by 1688 cost range, in CNY: the tier whose range holds the cost applies. Ranges must not overlap.',
		options: [
			{
				displayName: 'Tier',
				name: 'tier',
				values: [
					{ displayName: 'From Cost (CNY)', name: 'minCost', type: 'number', typeOptions: { minValue: 0, numberPrecision: 2 }, default: 0, description: 'Lowest 1688 cost of the tier, included' },
					{ displayName: 'Up to Cost (CNY)', name: 'maxCost', type: 'number', typeOptions: { minValue: 0, numberPrecision: 2 }, default: 0, description: 'Highest 1688 cost of the tier, excluded; 0 means no upper end' },
					{ displayName: 'Multiplier', name: 'multiplier', type: 'number', typeOptions: { minValue: 0.01, numberPrecision: 2 }, default: 2, description: 'Replaces Price Multiplier in this tier' },
					{ displayName: 'Fixed Amount', name: 'fixedAmount', type: 'number', typeOptions: { numberPrecision: 2 }, default: 0, description: "Replaces Fixed Amount in this tier, in the store's currency" },
				],
			},
		],
	},
	{
		displayName: 'Pricing Options',
		name: 'pricing',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Compare-At Multiplier',
				name: 'compareAtMultiplier',
				type: 'number',
				typeOptions: { minValue: 0, numberPrecision: 2 },
				default: 0,
				description: 'Compare-at ("was") price = store price × this, rounded the same way; 0 sends no compare-at price, otherwise use at least 1',
			},
			{
				displayName: 'Fixed Amount',
				name: 'fixedAmount',
				type: 'number',
				typeOptions: { numberPrecision: 2 },
				default: 0,
				description: "Added to every price after the multiplier, in the store's currency (e.g. shipping to your warehouse)",
			},
			{
				displayName: 'Rounding',
				name: 'rounding',
				type: 'options',
				options: [
					{ name: 'Cents (None)', value: 'none', description: '12.34 stays 12.34' },
					{ name: 'Up to .90', value: 'dot90', description: '12.34 becomes 12.90' },
					{ name: 'Up to .99', value: 'dot99', description: '12.34 becomes 12.99' },
					{ name: 'Up to a Whole Number', value: 'whole', description: '12.34 becomes 13.00' },
				],
				default: 'none',
			},
		],
	},
	{
		displayName: 'Variant Options',
		name: 'variantOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Inventory Policy',
				name: 'inventoryPolicy',
				type: 'options',
				options: [
					{ name: 'Deny (Stop Selling at 0)', value: 'deny' },
					{ name: 'Continue (Sell When Out of Stock)', value: 'continue' },
				],
				default: 'deny',
			},
			{
				displayName: 'Inventory Tracker',
				name: 'inventoryTracker',
				type: 'boolean',
				default: true,
				description: 'Whether SHOPLINE tracks stock of the variants. A tracked variant has 0 available until its level is set: give a Stock Location ID.',
			},
			{
				displayName: 'More Than 5 SKU Properties',
				name: 'extraProperties',
				type: 'options',
				options: [
					{ name: 'Fail the Item', value: 'error', description: 'SHOPLINE has 5 options per product; the item gets an error naming its properties' },
					{ name: 'Join the Rest Into Option 5', value: 'merge', description: 'Options 1–4 as they are; the fifth and later become one option, e.g. "Pack / Season"' },
				],
				default: 'error',
			},
			{
				displayName: 'Option Value Images',
				name: 'optionImages',
				type: 'boolean',
				default: true,
				description: "Whether each variant shows the picture of its 1688 property value (e.g. the colour's photo)",
			},
			{
				displayName: 'SKU Code From',
				name: 'skuCode',
				type: 'options',
				options: [
					{ name: '1688 SKU ID (Skuid)', value: 'skuid' },
					{ name: '1688 Spec ID (Specid)', value: 'specid' },
				],
				default: 'skuid',
				description: "Which 1688 ID becomes the variant's SKU; it is also how a re-sync finds each variant",
			},
		],
	},
	{
		displayName: 'Stock Options',
		name: 'stockOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Offer Percent of 1688 Stock',
				name: 'percent',
				type: 'number',
				typeOptions: { minValue: 0, maxValue: 100 },
				default: 100,
				description: 'Share of each SKU\'s 1688 stock offered in the store, rounded down (e.g. 50 keeps a reserve)',
			},
			{
				displayName: 'Max Available per Variant',
				name: 'cap',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 0,
				description: 'Most units offered per variant; 0 means no cap',
			},
		],
	},
	{
		displayName: 'Product Options',
		name: 'content',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Add 1688 Attributes to Description',
				name: 'attributes',
				type: 'boolean',
				default: false,
				description: 'Whether to list the 1688 product attributes (material, style…) under the description',
			},
			{
				displayName: 'Handle Prefix',
				name: 'handlePrefix',
				type: 'string',
				default: '1688-',
				description: 'The handle is this followed by the 1688 item ID; a re-sync finds the product by it',
			},
			{
				displayName: 'Include SKU Images',
				name: 'skuImages',
				type: 'boolean',
				default: true,
				description: 'Whether the pictures of the SKU property values join the main images',
			},
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				options: [
					{ name: 'Active', value: 'active' },
					{ name: 'Archived', value: 'archived' },
					{ name: 'Draft', value: 'draft' },
				],
				default: 'draft',
				description: 'Status of products it creates and updates; draft lets you review them first',
			},
			{
				displayName: 'Tags',
				name: 'tags',
				type: 'string',
				default: '',
				placeholder: '1688,summer',
				description: 'Tags separated by commas',
			},
			{
				displayName: 'Title',
				name: 'title',
				type: 'string',
				default: '',
				description: "A title of your own, e.g. an expression; empty uses the 1688 item's title (in the language Get Detail asked for)",
			},
			{
				displayName: 'Vendor',
				name: 'vendor',
				type: 'string',
				default: '',
				description: "Empty uses the 1688 shop's name",
			},
		],
	},
];

const blankAs = <T extends z.ZodTypeAny>(fallback: z.input<T>, schema: T) => z.preprocess((value) => (isBlank(value) ? fallback : value), schema);

const tierSchema = z.object({
	minCost: blankAs(0, decimal(0, 1e9)),
	maxCost: blankAs(0, decimal(0, 1e9)),
	multiplier: decimal(0.01, 1000),
	fixedAmount: blankAs(0, decimal(-1e9, 1e9)),
});

type Tier = z.output<typeof tierSchema>;

const rangeOf = (tier: Tier) => (tier.maxCost > 0 ? `from ${tier.minCost} up to ${tier.maxCost}` : `from ${tier.minCost}, no upper end`);

/**
 * What is wrong with the tiers, if anything: a tier whose upper end is not above its lower
 * end (it would never apply), or one whose range overlaps an earlier tier's (the earlier one
 * would silently win). The later tier's field that reaches into the other range is named.
 */
function tierIssue(tiers: Tier[]): { path: Array<string | number>; message: string } | undefined {
	const upper = (tier: Tier) => (tier.maxCost > 0 ? tier.maxCost : Infinity);
	for (const [index, tier] of tiers.entries()) {
		if (tier.maxCost > 0 && tier.maxCost <= tier.minCost) return { path: [index, 'maxCost'], message: `use a cost above From Cost (CNY), ${tier.minCost}, or 0 for no upper end` };
		const earlier = tiers.findIndex((other, at) => at < index && other.minCost < upper(tier) && tier.minCost < upper(other));
		if (earlier >= 0) {
			const field = tier.minCost >= tiers[earlier].minCost ? 'minCost' : 'maxCost';
			return { path: [index, field], message: `use a range that does not overlap tier ${earlier + 1} (${rangeOf(tiers[earlier])})` };
		}
	}
	return undefined;
}

export const rulesShape = {
	exchangeRate: decimal(0.0001, 100000),
	priceMultiplier: decimal(0.01, 1000),
	stockLocationId: z.preprocess((value) => (isBlank(value) ? undefined : typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : value), z.string({ invalid_type_error: 'use a location ID made of digits' }).regex(/^\d{1,32}$/, 'use a location ID made of digits').optional()),
	skipUnchanged: flag(),
	priceTiers: z
		.object({ tier: z.array(tierSchema).max(50, 'use at most 50 tiers').default([]) })
		.default({})
		.superRefine(({ tier }, ctx) => {
			const issue = tierIssue(tier);
			if (issue) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['tier', ...issue.path], message: issue.message });
		}),
	pricing: z
		.object({
			compareAtMultiplier: blankAs(
				0,
				decimal(0, 1000).refine((multiplier) => multiplier === 0 || multiplier >= 1, 'use 0 (no compare-at price) or a number from 1 to 1000'),
			),
			fixedAmount: blankAs(0, decimal(-1e9, 1e9)),
			rounding: blankAs('none', oneOf(['none', 'dot90', 'dot99', 'whole'] as const)),
		})
		.default({}),
	variantOptions: z
		.object({
			inventoryPolicy: blankAs('deny', oneOf(['deny', 'continue'] as const)),
			inventoryTracker: blankAs(true, flag()),
			extraProperties: blankAs('error', oneOf(['error', 'merge'] as const)),
			optionImages: blankAs(true, flag()),
			skuCode: blankAs('skuid', oneOf(['skuid', 'specid'] as const)),
		})
		.default({}),
	stockOptions: z.object({ percent: blankAs(100, integer(0, 100)), cap: blankAs(0, integer(0, 1_000_000_000)) }).default({}),
	content: z
		.object({
			attributes: blankAs(false, flag()),
			handlePrefix: z.preprocess(
				(value) => (value === undefined ? '1688-' : typeof value === 'string' ? value.trim() : value),
				z.string({ invalid_type_error: 'use a prefix of letters, digits, - and _' }).regex(/^[a-z0-9-_]{0,100}$/i, 'use a prefix of letters, digits, - and _'),
			),
			skuImages: blankAs(true, flag()),
			status: blankAs('draft', oneOf(['active', 'archived', 'draft'] as const)),
			tags: optionalText('use tags separated by commas', 2000),
			title: optionalText('use the title as text', 255),
			vendor: optionalText('use the vendor as text', 255),
		})
		.default({}),
};

export type RulesInput = z.output<z.ZodObject<typeof rulesShape>>;

/** The mapping rules the options describe. */
export function rulesOf(input: RulesInput): MappingRules {
	return {
		pricing: {
			exchangeRate: input.exchangeRate,
			multiplier: input.priceMultiplier,
			fixedAmount: input.pricing.fixedAmount,
			tiers: input.priceTiers.tier.map((tier) => ({ minCost: tier.minCost, maxCost: tier.maxCost > 0 ? tier.maxCost : undefined, multiplier: tier.multiplier, fixedAmount: tier.fixedAmount })),
			rounding: input.pricing.rounding,
			compareAtMultiplier: input.pricing.compareAtMultiplier,
		},
		variants: { ...input.variantOptions },
		stock: { percent: input.stockOptions.percent, cap: input.stockOptions.cap },
		content: {
			title: input.content.title,
			vendor: input.content.vendor,
			status: input.content.status,
			tags: (input.content.tags ?? '')
				.split(',')
				.map((tag) => tag.trim())
				.filter(Boolean),
			handlePrefix: input.content.handlePrefix,
			skuImages: input.content.skuImages,
			attributes: input.content.attributes,
		},
	};
}
