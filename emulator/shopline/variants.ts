import type { ShoplineRoute } from './routing';
import type { StoreProduct } from '../shoplineStore';
import { findVariant, invalid, iso, newVariantIds, notFound, onlyFields, pagedList } from './productParts';

/**
 * A product's variants: list (cursor pages, since_id), count, get, create, update, delete.
 * Checked like SHOPLINE: prices and weights as decimals, known weight units and inventory
 * policies, option values only for the product's options, no two variants with the same
 * options, at most 500 variants. A change to a variant is a change to its product (updated_at).
 */

const MAX_VARIANTS = 500;
const WEIGHT_UNITS = ['g', 'kg', 'lb', 'oz', 'zh_kg'];
const POLICIES = ['deny', 'continue'];
const OPTIONS = ['option1', 'option2', 'option3', 'option4', 'option5'] as const;
/** What a client may set on a variant; anything else sent is ignored. */
const WRITABLE = ['price', 'compare_at_price', 'sku', 'barcode', ...OPTIONS, 'weight', 'weight_unit', 'inventory_policy', 'inventory_tracker', 'required_shipping', 'taxable', 'image'];

const decimal = (value: unknown) => (typeof value === 'number' && value >= 0) || (typeof value === 'string' && /^\d+(\.\d+)?$/.test(value.trim()));

/** The 422 errors of a variant's fields, or undefined; `merged` is the variant as it would be. */
function check(product: StoreProduct, input: Record<string, unknown>, merged: Record<string, unknown>): Record<string, string[]> | undefined {
	const errors: Record<string, string[]> = {};
	for (const key of ['price', 'compare_at_price', 'weight']) if (input[key] !== undefined && !decimal(input[key])) errors[key] = ['is invalid'];
	if (input.weight_unit !== undefined && !WEIGHT_UNITS.includes(String(input.weight_unit))) errors.weight_unit = ['is not included in the list'];
	if (input.inventory_policy !== undefined && !POLICIES.includes(String(input.inventory_policy))) errors.inventory_policy = ['is not included in the list'];
	for (const key of ['inventory_tracker', 'required_shipping', 'taxable']) if (input[key] !== undefined && typeof input[key] !== 'boolean') errors[key] = ['must be true or false'];
	OPTIONS.forEach((key, n) => {
		if (input[key] === undefined) return;
		if (typeof input[key] !== 'string' || String(input[key]).length > 255) errors[key] = ['is invalid'];
		else if (n >= product.options.length) errors[key] = [`the product has ${product.options.length} option(s)`];
	});
	const image = input.image as Record<string, unknown> | undefined;
	if (image !== undefined && (typeof image !== 'object' || image === null || (image.src !== undefined && !/^https?:\/\/\S+$/.test(String(image.src))))) errors.image = ['is invalid'];
	if (Object.keys(errors).length === 0) {
		const same = product.variants.find((other) => other.id !== merged.id && OPTIONS.every((key) => (other[key] ?? null) === (merged[key] ?? null)));
		if (same) errors.base = [`The variant '${OPTIONS.map((key) => merged[key]).filter(Boolean).join(' / ') || 'Default'}' already exists.`];
	}
	return Object.keys(errors).length ? errors : undefined;
}

function writable(input: Record<string, unknown>): Record<string, unknown> {
	const result: Record<string, unknown> = {};
	for (const key of WRITABLE) if (input[key] !== undefined) result[key] = input[key];
	for (const key of ['price', 'compare_at_price', 'weight']) if (result[key] !== undefined) result[key] = Number(result[key]).toFixed(2);
	return result;
}

/** The product's options with the variant's new values added, as SHOPLINE adds them. */
function optionsWith(product: StoreProduct, variant: Record<string, unknown>): StoreProduct['options'] {
	return product.options.map((option, n) => {
		const value = variant[OPTIONS[n]];
		return typeof value === 'string' && !option.values.includes(value) ? { ...option, values: [...option.values, value] } : option;
	});
}

const titleOf = (variant: Record<string, unknown>) => OPTIONS.map((key) => variant[key]).filter(Boolean).join(' · ') || 'Default Title';

export const variantRoute: ShoplineRoute = (ctx, request) => {
	const { resource, query: q, body, entry } = request;
	const ofProduct = /^products\/(\d+)\/variants(?:\/(count|\d+))?\.json$/.exec(resource);
	const single = /^products\/variants\/(\d+)\.json$/.exec(resource);
	if (!ofProduct && !single) return undefined;

	if (single) {
		const found = findVariant(ctx.store, single[1]);
		if (!found) return notFound;
		if (entry.method === 'GET') return { status: 200, body: { variant: onlyFields(q, found.variant) } };
		if (entry.method !== 'PUT') return undefined;
		const input = body.variant as Record<string, unknown> | undefined;
		if (!input || typeof input !== 'object') return { status: 400, body: { errors: 'variant is required' } };
		const now = iso(Date.now());
		const updated: Record<string, unknown> = { ...found.variant, ...writable(input), updated_at: now };
		updated.title = titleOf(updated);
		const errors = check(found.product, input, updated);
		if (errors) return invalid(errors);
		ctx.store.replace(found.product.id, {
			options: optionsWith(found.product, updated),
			variants: found.product.variants.map((variant) => (variant.id === updated.id ? updated : variant)),
		});
		return { status: 200, body: { variant: updated } };
	}

	const product = ctx.store.get(ofProduct![1]);
	if (!product) return notFound;
	const tail = ofProduct![2];
	if (tail === 'count') return entry.method === 'GET' ? { status: 200, body: { count: product.variants.length } } : undefined;
	if (tail !== undefined) {
		if (entry.method !== 'DELETE') return undefined;
		if (!product.variants.some((variant) => variant.id === tail)) return notFound;
		ctx.store.replace(product.id, { variants: product.variants.filter((variant) => variant.id !== tail) });
		return { status: 200 };
	}
	if (entry.method === 'GET') {
		return pagedList<{ since_id?: string }>(ctx, request, 'variants', ['since_id'], (filters) => product.variants.filter((variant) => !filters.since_id || BigInt(String(variant.id)) > BigInt(filters.since_id)), 50);
	}
	if (entry.method !== 'POST') return undefined;
	const input = body.variant as Record<string, unknown> | undefined;
	if (!input || typeof input !== 'object') return { status: 400, body: { errors: 'variant is required' } };
	if (product.variants.length >= MAX_VARIANTS) return invalid({ base: [`A product can have at most ${MAX_VARIANTS} variants`] });
	const ids = newVariantIds(ctx.store);
	const now = iso(Date.now());
	const variant: Record<string, unknown> = {
		id: ids.id,
		product_id: product.id,
		price: '0.00',
		compare_at_price: '0.00',
		sku: '',
		barcode: '',
		weight: '0.00',
		weight_unit: 'g',
		inventory_policy: 'deny',
		inventory_tracker: true,
		required_shipping: true,
		taxable: true,
		...writable(input),
		position: product.variants.length + 1,
		inventory_item_id: ids.inventoryItemId,
		inventory_quantity: 0,
		created_at: now,
		updated_at: now,
	};
	variant.title = titleOf(variant);
	const errors = check(product, input, variant);
	if (errors) return invalid(errors);
	ctx.store.replace(product.id, { options: optionsWith(product, variant), variants: [...product.variants, variant] });
	return { status: 201, body: { variant } };
};
