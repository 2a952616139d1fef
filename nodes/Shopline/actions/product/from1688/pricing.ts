import { z } from 'zod';

import { collection, custom, decimal, options, type Field } from '../../../../shared/node/field';
import { blankIsDefault } from '../../common/fields';

/** The pricing rules of Create or Update From 1688 Item: rate, multiplier, tiers and their options. */

export const exchangeRate = decimal({
	displayName: 'Store Currency per CNY',
	name: 'exchangeRate',
	typeOptions: { numberPrecision: 4 },
	min: 0.0001,
	max: 100000,
	default: 1,
	description: "How much of the store's currency one Chinese yuan is worth, e.g. 0.14 for a store in USD. 1688 prices are in CNY.",
});

export const priceMultiplier = decimal({
	displayName: 'Price Multiplier',
	name: 'priceMultiplier',
	typeOptions: { numberPrecision: 2 },
	min: 0.01,
	max: 1000,
	default: 1.5,
	description: 'Store price = 1688 price × Store Currency per CNY × this + Fixed Amount, then rounded. Price Tiers, when given, replace it for the costs they cover.',
});

const cents = { numberPrecision: 2 };
const amount = { min: -1e9, max: 1e9, default: 0, typeOptions: cents };

const minCost = decimal({
	displayName: 'From Cost (CNY)',
	name: 'minCost',
	typeOptions: cents,
	min: 0,
	max: 1e9,
	default: 0,
	description: 'Lowest 1688 cost of the tier, included',
});

const maxCost = decimal({
	displayName: 'Up to Cost (CNY)',
	name: 'maxCost',
	typeOptions: cents,
	min: 0,
	max: 1e9,
	default: 0,
	description: 'Highest 1688 cost of the tier, excluded; 0 means no upper end',
});

const tierFixedAmount = decimal({
	displayName: 'Fixed Amount',
	name: 'fixedAmount',
	...amount,
	description: "Replaces Fixed Amount in this tier, in the store's currency",
});

const addedAmount = decimal({
	displayName: 'Fixed Amount',
	name: 'fixedAmount',
	...amount,
	description: "Added to every price after the multiplier, in the store's currency (e.g. shipping to your warehouse)",
});

const rounding = options({
	displayName: 'Rounding',
	name: 'rounding',
	options: [
		{ name: 'Cents (None)', value: 'none', description: '12.34 stays 12.34' },
		{ name: 'Up to .90', value: 'dot90', description: '12.34 becomes 12.90' },
		{ name: 'Up to .99', value: 'dot99', description: '12.34 becomes 12.99' },
		{
			name: 'Up to a Whole Number',
			value: 'whole',
			description: '12.34 becomes 13.00',
		},
	],
	default: 'none',
});

const tierFields = [
	blankIsDefault(minCost),
	blankIsDefault(maxCost),
	decimal({
		displayName: 'Multiplier',
		name: 'multiplier',
		typeOptions: cents,
		min: 0.01,
		max: 1000,
		default: 2,
		description: 'Replaces Price Multiplier in this tier',
	}),
	blankIsDefault(tierFixedAmount),
] as const;

const tierSchema = z.object({
	minCost: tierFields[0].schema,
	maxCost: tierFields[1].schema,
	multiplier: tierFields[2].schema,
	fixedAmount: tierFields[3].schema,
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
		if (tier.maxCost > 0 && tier.maxCost <= tier.minCost)
			return {
				path: [index, 'maxCost'],
				message: `use a cost above From Cost (CNY), ${tier.minCost}, or 0 for no upper end`,
			};
		const earlier = tiers.findIndex((other, at) => at < index && other.minCost < upper(tier) && tier.minCost < upper(other));
		if (earlier >= 0) {
			const field = tier.minCost >= tiers[earlier].minCost ? 'minCost' : 'maxCost';
			return {
				path: [index, field],
				message: `use a range that does not overlap tier ${earlier + 1} (${rangeOf(tiers[earlier])})`,
			};
		}
	}
	return undefined;
}

export const priceTiers = custom(
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
				values: tierFields.map((field) => field.property),
			},
		],
	},
	z
		.object({
			tier: z.array(tierSchema).max(50, 'use at most 50 tiers').default([]),
		})
		.default({})
		.superRefine(({ tier }, ctx) => {
			const issue = tierIssue(tier);
			if (issue)
				ctx.addIssue({
					code: z.ZodIssueCode.custom,
					path: ['tier', ...issue.path],
					message: issue.message,
				});
		}),
);

const compareAtMultiplier = decimal({
	displayName: 'Compare-At Multiplier',
	name: 'compareAtMultiplier',
	typeOptions: cents,
	min: 0,
	max: 1000,
	default: 0,
	description: 'Compare-at ("was") price = store price × this, rounded the same way; 0 sends no compare-at price, otherwise use at least 1',
});

const pricingOptions = collection({
	displayName: 'Pricing Options',
	name: 'pricing',
	placeholder: 'Add Option',
	unset: 'default',
	fields: [
		blankIsDefault({
			...compareAtMultiplier,
			schema: compareAtMultiplier.schema.refine((multiplier) => multiplier === 0 || multiplier >= 1, 'use 0 (no compare-at price) or a number from 1 to 1000'),
		}),
		blankIsDefault(addedAmount),
		blankIsDefault(rounding),
	],
});

/** Pricing Options; an Options collection left unset is its fields' defaults. */
export const pricing: Field<'pricing', z.ZodDefault<typeof pricingOptions.schema>> = { ...pricingOptions, schema: pricingOptions.schema.default({}) };
