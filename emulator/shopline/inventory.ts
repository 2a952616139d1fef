import type { Reply } from '../options';
import { decodePageInfo, encodePageInfo, pageLinks, type ShoplineRoute } from './routing';
import type { ShoplineStore, StoreProduct } from '../shoplineStore';
import { LOCATIONS } from './locations';

/**
 * Stock: the store's locations (GET locations/list.json, locations/{id}.json), the inventory
 * item of every variant (GET/PUT inventory_items/{id}.json) and the levels per item and
 * location (GET inventory_levels.json, POST inventory_levels/set.json and adjust.json).
 * A variant's inventory_quantity is the sum of its levels: a generated variant holds it all
 * at the first (default) location, a created one starts at 0 everywhere until it is set.
 */

type Variant = Record<string, unknown>;

interface Level {
	available: number;
	updated_at: string;
}

interface InventoryState {
	/** inventory_item_id → its variant and product, rebuilt whenever the store's product list changes. */
	index?: { source: StoreProduct[]; byItem: Map<string, { product: StoreProduct; variant: Variant }> };
	/** Levels of the items touched so far, by item and then by location. */
	levels: Map<string, Map<string, Level>>;
	/** Cost and last change of the items touched so far. */
	items: Map<string, { cost: string; updated_at: string }>;
}

const states = new WeakMap<ShoplineStore, InventoryState>();

function stateOf(store: ShoplineStore): InventoryState {
	let state = states.get(store);
	if (!state) {
		state = { levels: new Map(), items: new Map() };
		states.set(store, state);
	}
	return state;
}

function findItem(store: ShoplineStore, itemId: string) {
	const state = stateOf(store);
	const products = store.list({});
	if (state.index?.source !== products) {
		const byItem = new Map<string, { product: StoreProduct; variant: Variant }>();
		for (const product of products) {
			for (const variant of product.variants) if (typeof variant.inventory_item_id === 'string') byItem.set(variant.inventory_item_id, { product, variant });
		}
		state.index = { source: products, byItem };
	}
	return state.index.byItem.get(itemId);
}

const now = () => new Date(Math.floor(Date.now() / 1000) * 1000).toISOString().replace('.000Z', '+00:00');

/** The levels of an item, made on first use from the variant's inventory_quantity (all of it at the first location). */
function levelsOf(state: InventoryState, itemId: string, found: { product: StoreProduct; variant: Variant }): Map<string, Level> {
	let levels = state.levels.get(itemId);
	if (!levels) {
		const quantity = Number(found.variant.inventory_quantity ?? 0);
		levels = new Map(LOCATIONS.map((place, n) => [place.id, { available: n === 0 && Number.isInteger(quantity) ? quantity : 0, updated_at: found.product.updated_at }]));
		state.levels.set(itemId, levels);
	}
	return levels;
}

const levelJson = (itemId: string, variant: Variant, locationId: string, level: Level) => ({
	inventory_item_id: itemId,
	location_id: locationId,
	variant_id: variant.id,
	available: level.available,
	updated_at: level.updated_at,
});

function itemJson(state: InventoryState, itemId: string, found: { product: StoreProduct; variant: Variant }) {
	const own = state.items.get(itemId);
	return {
		id: itemId,
		variant_id: found.variant.id,
		sku: found.variant.sku ?? '',
		cost: own?.cost ?? '0.00',
		tracked: found.variant.inventory_tracker ?? true,
		required_shipping: found.variant.required_shipping ?? true,
		created_at: found.product.created_at,
		updated_at: own?.updated_at ?? found.product.updated_at,
	};
}

/** Stores a changed variant through the store, so that product lists and caches see it. */
function saveVariant(store: ShoplineStore, product: StoreProduct): void {
	store.replace(product.id, { variants: product.variants });
}

const unprocessable = (field: string, message: string): Reply => ({ status: 422, body: { errors: { [field]: [message] } } });
const notFound: Reply = { status: 404, body: { errors: 'Not Found' } };

const splitIds = (value: string | undefined) => (value ?? '').split(',').map((id) => id.trim()).filter(Boolean);

type LevelFilters = { items: string[]; locations: string[] };

function listLevels(store: ShoplineStore, filters: LevelFilters) {
	const state = stateOf(store);
	const places = filters.locations.length > 0 ? LOCATIONS.filter((place) => filters.locations.includes(place.id)) : LOCATIONS;
	return filters.items.flatMap((itemId) => {
		const found = findItem(store, itemId);
		if (!found) return [];
		const levels = levelsOf(state, itemId, found);
		return places.map((place) => levelJson(itemId, found.variant, place.id, levels.get(place.id)!));
	});
}

/** Set (absolute) or adjust (relative) a level; the variant's inventory_quantity follows. */
function changeLevel(store: ShoplineStore, body: Record<string, unknown>, field: 'available' | 'available_adjustment'): Reply {
	const itemId = body.inventory_item_id;
	const placeId = body.location_id;
	const amount = body[field];
	if (typeof itemId !== 'string' || itemId === '') return unprocessable('inventory_item_id', "can't be blank");
	if (typeof placeId !== 'string' || placeId === '') return unprocessable('location_id', "can't be blank");
	if (typeof amount !== 'number' || !Number.isInteger(amount)) return unprocessable(field, 'must be an integer');
	const found = findItem(store, itemId);
	if (!found) return unprocessable('inventory_item_id', 'inventory item not found');
	const place = LOCATIONS.find((candidate) => candidate.id === placeId);
	if (!place) return unprocessable('location_id', 'location not found');
	if (!place.active) return unprocessable('location_id', 'location is not active');
	const state = stateOf(store);
	const levels = levelsOf(state, itemId, found);
	const level = levels.get(place.id)!;
	level.available = field === 'available' ? amount : level.available + amount;
	level.updated_at = now();
	found.variant.inventory_quantity = [...levels.values()].reduce((sum, entry) => sum + entry.available, 0);
	saveVariant(store, found.product);
	return { status: 200, body: { inventory_level: levelJson(itemId, found.variant, place.id, level) } };
}

function updateItem(store: ShoplineStore, itemId: string, body: Record<string, unknown>): Reply {
	const changes = body.inventory_item as Record<string, unknown> | undefined;
	if (!changes || typeof changes !== 'object' || Array.isArray(changes)) return { status: 400, body: { errors: 'inventory_item is required' } };
	const found = findItem(store, itemId);
	if (!found) return notFound;
	const { cost, sku, tracked, required_shipping: shipping } = changes;
	if (cost !== undefined && !/^\d+(\.\d+)?$/.test(String(cost))) return unprocessable('cost', 'must be a number of 0 or more');
	if (sku !== undefined && (typeof sku !== 'string' || sku.length > 255)) return unprocessable('sku', 'must be text of at most 255 characters');
	if (tracked !== undefined && typeof tracked !== 'boolean') return unprocessable('tracked', 'must be true or false');
	if (shipping !== undefined && typeof shipping !== 'boolean') return unprocessable('required_shipping', 'must be true or false');
	const state = stateOf(store);
	const own = state.items.get(itemId) ?? { cost: '0.00', updated_at: found.product.updated_at };
	if (cost !== undefined) own.cost = (Math.round(Number(cost) * 100) / 100).toFixed(2);
	own.updated_at = now();
	state.items.set(itemId, own);
	if (sku !== undefined) found.variant.sku = sku;
	if (tracked !== undefined) found.variant.inventory_tracker = tracked;
	if (shipping !== undefined) found.variant.required_shipping = shipping;
	saveVariant(store, found.product);
	return { status: 200, body: { inventory_item: itemJson(state, itemId, found) } };
}

export const inventoryRoute: ShoplineRoute = (ctx, request) => {
	const { resource, query: q, body, entry } = request;
	const { store } = ctx;

	if (resource === 'locations/list.json' && entry.method === 'GET') return { status: 200, body: { locations: LOCATIONS } };
	const place = /^locations\/(\d+)\.json$/.exec(resource);
	if (place && entry.method === 'GET') {
		const found = LOCATIONS.find((candidate) => candidate.id === place[1]);
		return found ? { status: 200, body: { location: found } } : notFound;
	}

	if (resource === 'inventory_levels.json' && entry.method === 'GET') {
		const limit = q.limit === undefined ? 50 : Number(q.limit);
		if (!Number.isInteger(limit) || limit < 1 || limit > 250) return { status: 400, body: { errors: 'limit must be between 1 and 250' } };
		let state: { f: LevelFilters; o: number };
		if (q.page_info !== undefined) {
			const decoded = decodePageInfo<LevelFilters>(q.page_info);
			if (!decoded) return { status: 400, body: { errors: 'Invalid page_info' } };
			state = decoded;
			entry.filtersWithPageInfo = q.inventory_item_ids !== undefined || q.location_ids !== undefined;
		} else {
			const filters = { items: splitIds(q.inventory_item_ids), locations: splitIds(q.location_ids) };
			if (filters.items.length === 0) return unprocessable('inventory_item_ids', "can't be blank");
			if (filters.items.length > 50) return unprocessable('inventory_item_ids', 'at most 50 IDs');
			if (filters.locations.length > 10) return unprocessable('location_ids', 'at most 10 IDs');
			state = { f: filters, o: 0 };
		}
		const all = listLevels(store, state.f);
		const links = pageLinks(ctx, request, 'inventory_levels.json', (offset) => encodePageInfo({ f: state.f, o: offset }), { offset: state.o, limit, total: all.length });
		return { status: 200, body: { inventory_levels: all.slice(state.o, state.o + limit) }, headers: links, pageKey: `inventory_levels:${JSON.stringify(state.f)}:${limit}:${state.o}` };
	}
	if (resource === 'inventory_levels/set.json' && entry.method === 'POST') return changeLevel(store, body, 'available');
	if (resource === 'inventory_levels/adjust.json' && entry.method === 'POST') return changeLevel(store, body, 'available_adjustment');

	const item = /^inventory_items\/(\d+)\.json$/.exec(resource);
	if (item && entry.method === 'GET') {
		const found = findItem(store, item[1]);
		return found ? { status: 200, body: { inventory_item: itemJson(stateOf(store), item[1], found) } } : notFound;
	}
	if (item && entry.method === 'PUT') return updateItem(store, item[1], body);
	return undefined;
};
