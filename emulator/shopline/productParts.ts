import type { ApiContext, Reply } from '../options';
import { decodePageInfo, encodePageInfo, pageLinks, type ShoplineRequest } from './routing';
import type { ShoplineStore, StoreProduct } from '../shoplineStore';

/**
 * What the variant and image routes share: the new IDs each store hands out, the owner of a
 * variant, the fields option and a product's paged lists.
 */

interface PartsState {
	variants: number;
	images: number;
}

const states = new WeakMap<ShoplineStore, PartsState>();

function stateOf(store: ShoplineStore): PartsState {
	let state = states.get(store);
	if (!state) {
		state = { variants: 0, images: 0 };
		states.set(store, state);
	}
	return state;
}

/** A new variant's 26-digit ID and its inventory item's ID, in the formats of the seeded ones. */
export function newVariantIds(store: ShoplineStore): { id: string; inventoryItemId: string } {
	const n = stateOf(store).variants++;
	return { id: `18060878902932${String(n).padStart(12, '0')}`, inventoryItemId: `60878902951391${String(n).padStart(5, '0')}` };
}

/** A new image's ID, in the format of the seeded ones (19 digits, so text only). */
export function newImageId(store: ShoplineStore): string {
	return `59766321232250${String(stateOf(store).images++).padStart(5, '0')}`;
}

/** The product a variant belongs to, with the variant. */
export function findVariant(store: ShoplineStore, variantId: string): { product: StoreProduct; variant: Record<string, unknown> } | undefined {
	for (const product of store.list({})) {
		const variant = product.variants.find((entry) => entry.id === variantId);
		if (variant) return { product, variant };
	}
	return undefined;
}

export const iso = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', '+00:00');

/** Only the fields asked for with ?fields=, when it is given. */
export function onlyFields(query: Record<string, string>, record: Record<string, unknown>): Record<string, unknown> {
	if (!query.fields) return record;
	const wanted = query.fields.split(',').map((field) => field.trim());
	return Object.fromEntries(Object.entries(record).filter(([key]) => wanted.includes(key)));
}

export const notFound: Reply = { status: 404, body: { errors: 'Not Found' } };

export const invalid = (errors: Record<string, string[]>): Reply => ({ status: 422, body: { errors } });

/**
 * One page of a product's list (variants or images) as SHOPLINE pages: `limit` (1–250,
 * `defaultLimit` when absent), `page_info` carrying the first request's filters, Link header.
 */
export function pagedList<F extends Record<string, string>>(
	ctx: ApiContext,
	request: ShoplineRequest,
	key: string,
	filterKeys: ReadonlyArray<keyof F & string>,
	records: (filters: F) => Array<Record<string, unknown>>,
	defaultLimit: number,
): Reply {
	const q = request.query;
	const limit = q.limit === undefined ? defaultLimit : Number(q.limit);
	if (!Number.isInteger(limit) || limit < 1 || limit > 250) return { status: 400, body: { errors: 'limit must be between 1 and 250' } };
	let state: { f: F; o: number };
	if (q.page_info !== undefined) {
		const decoded = decodePageInfo<F>(q.page_info);
		if (!decoded) return { status: 400, body: { errors: 'Invalid page_info' } };
		state = decoded;
		request.entry.filtersWithPageInfo = filterKeys.some((name) => q[name] !== undefined);
	} else {
		const filters = {} as F;
		for (const name of filterKeys) if (q[name] !== undefined) (filters as Record<string, string>)[name] = q[name];
		state = { f: filters, o: 0 };
	}
	const all = records(state.f);
	const page = all.slice(state.o, state.o + limit).map((record) => onlyFields(q, record));
	const links = pageLinks(ctx, request, request.resource, (offset) => encodePageInfo({ f: state.f, o: offset }), { offset: state.o, limit, total: all.length });
	return { status: 200, body: { [key]: page }, headers: links, pageKey: `${request.resource}:${JSON.stringify(state.f)}:${limit}:${state.o}` };
}
