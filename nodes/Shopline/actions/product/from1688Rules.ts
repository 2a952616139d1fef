import { z } from 'zod';

import { boolean, custom, fields, notice, type InputOf } from '../../../shared/node/field';
import { isBlank } from '../../../shared/node/validation';
import type { MappingRules } from '../../model/from1688';
import { LOCATION, recordLocator } from '../common/locators';
import { content } from './from1688/content';
import { exchangeRate, priceMultiplier, priceTiers, pricing } from './from1688/pricing';
import { stockOptions, variantOptions } from './from1688/variants';
import { whenGone } from './from1688/gone';

/**
 * The canvas options of Product → Create or Update from 1688 Item — pricing, variants, stock
 * and content rules, each declared once with its check (from1688/) — and the MappingRules they make.
 */

const LOCATION_EXPECTATION = 'use a location ID made of digits';

const stockLocationId = custom(
	{
		...recordLocator(LOCATION, {
			displayName: 'Stock Location ID',
			name: 'stockLocationId',
			required: false,
			description:
				"Sets each variant's available quantity at this location from the 1688 stock of its SKU (only where it differs): pick the location from the list or give its ID. Empty leaves stock alone — and then tracked variants stay at 0 available.",
		}),
		name: 'stockLocationId' as const,
	},
	z.preprocess(
		(value) => (isBlank(value) ? undefined : typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : value),
		z
			.string({ invalid_type_error: LOCATION_EXPECTATION })
			.regex(/^\d{1,32}$/, LOCATION_EXPECTATION)
			.optional(),
	),
);

const skipUnchanged = boolean({
	displayName: 'Skip Unchanged',
	name: 'skipUnchanged',
	default: true,
	description: 'Whether to compare the product it would send with the one in the store and make no write when nothing differs (output action "unchanged")',
});

const checkSourceLink = boolean({
	displayName: 'Check Source Link of Unchanged Products',
	name: 'checkSourceLink',
	default: false,
	description:
		"Whether to read the source metafield (tmapi1688.source) of a product that is otherwise unchanged, and write it when it is missing or names another offer: one more request per product. Off: it is written when a product is created, and checked when one is updated.",
});

/** What the input items must be: shown above the operation's fields. */
export const from1688Notice = notice(
	'from1688Notice',
	'The input items must be 1688 item details: connect TMAPI 1688 → Item → Get Detail (turn on its Include Description option to bring the description over).',
);

/** The rules' fields in the order the editor shows them. */
export const ruleFieldList = [
	exchangeRate,
	priceMultiplier,
	stockLocationId,
	skipUnchanged,
	checkSourceLink,
	whenGone,
	priceTiers,
	pricing,
	variantOptions,
	stockOptions,
	content,
] as const;

export type RulesInput = InputOf<ReturnType<typeof fields<typeof ruleFieldList>>>;

/** The mapping rules the options describe. */
export function rulesOf(input: RulesInput): MappingRules {
	return {
		pricing: {
			exchangeRate: input.exchangeRate,
			multiplier: input.priceMultiplier,
			fixedAmount: input.pricing.fixedAmount,
			tiers: input.priceTiers.tier.map((tier) => ({
				minCost: tier.minCost,
				maxCost: tier.maxCost > 0 ? tier.maxCost : undefined,
				multiplier: tier.multiplier,
				fixedAmount: tier.fixedAmount,
			})),
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
