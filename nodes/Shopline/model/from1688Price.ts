import { MappingError } from './mappingError';
import { shortValue } from './text';

/**
 * 1688 prices read from their text, and the store prices the pricing rules make of them,
 * refused when SHOPLINE should not get them.
 */

export type Rounding = 'none' | 'whole' | 'dot99' | 'dot90';

/** A cost range in CNY (from inclusive, up to exclusive) with its own markup. */
export interface PriceTier {
	minCost: number;
	maxCost?: number;
	multiplier: number;
	fixedAmount: number;
}

export interface PricingRules {
	/** Store currency per CNY. */
	exchangeRate: number;
	multiplier: number;
	/** Added after the multiplier, in the store's currency. */
	fixedAmount: number;
	tiers: PriceTier[];
	rounding: Rounding;
	/** Compare-at price = price × this; 0 sends none. */
	compareAtMultiplier: number;
}

/**
 * The highest store price sent. SHOPLINE documents no limit; this one keeps nine digits before
 * the point, far above any real price and well inside what a number holds to the cent.
 */
export const MAX_PRICE = 999_999_999.99;

const PRICE_ADVICE = 'Check the pricing options, or leave this 1688 item out.';

/** "12.50" and "1,299.00" (thousands grouped by commas); NaN for anything else ("1e15", "12.5.3", "-5"). */
const readPrice = (text: string) => (/^\d+(?:\.\d+)?$/.test(text) ? Number(text) : /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(text) ? Number(text.replace(/,/g, '')) : NaN);

/**
 * A 1688 price (a number, or text such as "12.50" or "1,299.00"); undefined when there is
 * none (missing, blank or 0: the offer's price applies then). Anything else is refused,
 * naming `who` ("SKU … of the 1688 item …"), rather than replaced by another price.
 */
export function costOf(value: unknown, who: string): number | undefined {
	if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return undefined;
	const cost = typeof value === 'number' ? value : typeof value === 'string' ? readPrice(value.trim()) : NaN;
	if (!Number.isFinite(cost) || cost < 0) {
		throw new MappingError('Price', `${who} has the price ${shortValue(value)}, which is not a price — 1688 prices look like 12.50 or 1,299.00`, 'Leave this 1688 item out, or fix its price at 1688.');
	}
	return cost === 0 ? undefined : cost;
}

const cents = (amount: number) => Math.round(amount * 100 + Number.EPSILON * 100) / 100;

/** Rounds a price up to the rule's ending: 12.30 → 12.99 (dot99), 12.90 (dot90) stays, 12.30 → 13 (whole). */
export function roundPrice(amount: number, rounding: Rounding): number {
	const exact = cents(amount);
	if (rounding === 'none') return exact;
	if (rounding === 'whole') return Math.ceil(exact - 1e-9);
	const ending = rounding === 'dot99' ? 0.99 : 0.9;
	const candidate = cents(Math.floor(exact) + ending);
	return candidate + 1e-9 >= exact ? candidate : cents(Math.floor(exact) + 1 + ending);
}

/** A price as sent, or in powers of ten where the digits would mislead. */
const shown = (price: number) => (Math.abs(price) < 1e16 ? price.toFixed(2) : price.toExponential(2));
const limit = (check: string) => `a store price must be above 0 and at most ${MAX_PRICE}; check Store Currency per CNY, Price Multiplier, Fixed Amount and ${check}`;

/**
 * The store price of a 1688 cost in CNY under the pricing rules, and the compare-at price when
 * asked for and above the price. A price that rounds to 0 or below, or passes MAX_PRICE, is
 * refused naming `who`.
 */
export function storePrice(cost: number, pricing: PricingRules, who = 'the 1688 price'): { price: string; compareAtPrice?: string } {
	const tier = pricing.tiers.find((candidate) => cost >= candidate.minCost && (candidate.maxCost === undefined || cost < candidate.maxCost));
	const multiplier = tier?.multiplier ?? pricing.multiplier;
	const fixed = tier?.fixedAmount ?? pricing.fixedAmount;
	const price = roundPrice(cost * pricing.exchangeRate * multiplier + fixed, pricing.rounding);
	if (!(price > 0 && price <= MAX_PRICE)) throw new MappingError('Price', `${who} would sell at ${shown(price)} (1688 price ${cost} CNY) — ${limit('Price Tiers')}`, PRICE_ADVICE);
	if (pricing.compareAtMultiplier <= 0) return { price: price.toFixed(2) };
	const compareAt = roundPrice(price * pricing.compareAtMultiplier, pricing.rounding);
	if (compareAt > MAX_PRICE) throw new MappingError('Price', `${who} would have the compare-at price ${shown(compareAt)} — ${limit('Compare-At Multiplier')}`, PRICE_ADVICE);
	return compareAt > price ? { price: price.toFixed(2), compareAtPrice: compareAt.toFixed(2) } : { price: price.toFixed(2) };
}
