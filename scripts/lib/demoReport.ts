/** How the demo prints the products that example 1 wrote. */

export interface SyncedProduct {
	id: string;
	title: string;
	action: string;
	variants?: Array<{ price?: unknown }>;
}

/** "8.99–12.99" for the variants' lowest and highest price, one price when they are equal, "no price" when none is a number. */
export function priceRange(prices: unknown[]): string {
	const numbers = prices.filter((price) => price !== null && String(price).trim() !== '').map(Number).filter(Number.isFinite);
	if (numbers.length === 0) return 'no price';
	const [low, high] = [Math.min(...numbers).toFixed(2), Math.max(...numbers).toFixed(2)];
	return low === high ? low : `${low}–${high}`;
}

/** One product as the demo lists it: ID, title, what the sync did, its variants and prices. */
export function productLine(product: SyncedProduct): string {
	const variants = product.variants ?? [];
	const count = `${variants.length} variant${variants.length === 1 ? '' : 's'}`;
	return `${product.id}  ${product.title}  (${product.action}; ${count}, ${priceRange(variants.map((variant) => variant.price))})`;
}
