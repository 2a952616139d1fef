import { hashString, pick, seededRandom } from '../random';
import { encodePageInfo, listStart, pageLinks, type ShoplineRoute } from './routing';
import { productId, type ShoplineStore } from '../shoplineStore';

/**
 * Orders and their fulfillments: a few hundred deterministic orders whose line items are
 * variants of the store's products; list (Link pages), count, get, update, cancel, and the
 * fulfillments of an order (create, update tracking, list). Fulfilling changes the line
 * items' fulfillable quantities and the order's fulfillment_status.
 */

export interface OrderLineItem {
	id: string;
	product_id: string;
	variant_id: string;
	sku: string;
	title: string;
	variant_title: string;
	name: string;
	price: string;
	quantity: number;
	fulfillable_quantity: number;
	fulfillment_status: 'fulfilled' | 'partial' | null;
	requires_shipping: boolean;
	[key: string]: unknown;
}

export interface TrackingInfo {
	tracking_number: string;
	tracking_company: string;
	tracking_url: string;
}

export interface StoreFulfillment {
	id: string;
	order_id: string;
	name: string;
	status: 'success' | 'cancelled';
	shipment_status: string | null;
	line_items: Array<OrderLineItem & { fulfillment_quantity: number }>;
	tracking_info_list: TrackingInfo[];
	tracking_company: string;
	tracking_number: string;
	tracking_url: string;
	tracking_numbers: string[];
	tracking_urls: string[];
	created_at: string;
	updated_at: string;
}

export interface StoreOrder {
	id: string;
	name: string;
	email: string;
	phone: string;
	note: string;
	note_attributes: Array<{ name: string; value: string }>;
	tags: string;
	status: 'open' | 'cancelled';
	financial_status: 'paid' | 'pending' | 'refunded';
	fulfillment_status: 'fulfilled' | 'partial' | null;
	currency: string;
	subtotal_price: string;
	total_price: string;
	cancel_reason: string | null;
	cancelled_at: string | null;
	created_at: string;
	updated_at: string;
	line_items: OrderLineItem[];
	[key: string]: unknown;
}

/** How many orders a store starts with. */
export const ORDER_COUNT = 300;

const EPOCH = Date.parse('2026-01-01T00:00:00Z');
const iso = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', '+00:00');

/** 26 digits built as text; IDs sort like creation order. */
export const orderId = (index: number) => `21050224312121${String(index).padStart(12, '0')}`;
const fulfillmentId = (n: number) => `22046737798141${String(n).padStart(12, '0')}`;
const COMPANIES = ['4PX', 'DHL', 'SF Express', 'UPS'] as const;

interface OrderState {
	orders: Map<string, StoreOrder>;
	/** IDs in ascending order (equal-length digits: text order is number order). */
	ids: string[];
	fulfillments: Map<string, StoreFulfillment[]>;
	nextFulfillment: number;
}

const states = new WeakMap<ShoplineStore, OrderState>();

function lineItemsOf(store: ShoplineStore, index: number, random: () => number): OrderLineItem[] {
	const items: OrderLineItem[] = [];
	const count = 1 + Math.floor(random() * 3);
	for (let n = 0; n < count; n++) {
		const product = store.get(productId(Math.floor(random() * Math.max(1, store.size))));
		const variant = product ? pick(random, product.variants) : undefined;
		const quantity = 1 + Math.floor(random() * 3);
		const title = product?.title ?? `Product ${index}-${n}`;
		const variantTitle = String(variant?.title ?? 'Default');
		items.push({
			id: String(100_000_000 + index * 10 + n),
			product_id: product?.id ?? productId(0),
			variant_id: String(variant?.id ?? ''),
			sku: String(variant?.sku ?? ''),
			title,
			variant_title: variantTitle,
			name: `${title} - ${variantTitle}`,
			price: String(variant?.price ?? '10.00'),
			quantity,
			fulfillable_quantity: quantity,
			fulfillment_status: null,
			requires_shipping: true,
		});
	}
	return items;
}

const sum = (items: OrderLineItem[]) => items.reduce((total, item) => total + Number(item.price) * item.quantity, 0).toFixed(2);

function tracking(random: () => number, n: number): TrackingInfo {
	const company = pick(random, COMPANIES);
	const number = `${company.replace(/\W/g, '').slice(0, 2).toUpperCase()}${String(1_000_000_000 + n)}`;
	return { tracking_number: number, tracking_company: company, tracking_url: `https://track.example.com/${number}` };
}

function newFulfillment(state: OrderState, order: StoreOrder, lines: Array<{ item: OrderLineItem; quantity: number }>, infos: TrackingInfo[], at: string): StoreFulfillment {
	const list = state.fulfillments.get(order.id) ?? [];
	const first = infos[0];
	const fulfillment: StoreFulfillment = {
		id: fulfillmentId(state.nextFulfillment++),
		order_id: order.id,
		name: `${order.name}.${list.length + 1}`,
		status: 'success',
		shipment_status: null,
		line_items: lines.map(({ item, quantity }) => ({ ...item, quantity, fulfillment_quantity: quantity, fulfillable_quantity: item.fulfillable_quantity - quantity })),
		tracking_info_list: infos,
		tracking_company: first?.tracking_company ?? '',
		tracking_number: first?.tracking_number ?? '',
		tracking_url: first?.tracking_url ?? '',
		tracking_numbers: infos.map((info) => info.tracking_number),
		tracking_urls: infos.map((info) => info.tracking_url),
		created_at: at,
		updated_at: at,
	};
	for (const { item, quantity } of lines) {
		item.fulfillable_quantity -= quantity;
		item.fulfillment_status = item.fulfillable_quantity === 0 ? 'fulfilled' : 'partial';
	}
	order.fulfillment_status = order.line_items.every((item) => item.fulfillable_quantity === 0) ? 'fulfilled' : 'partial';
	list.push(fulfillment);
	state.fulfillments.set(order.id, list);
	return fulfillment;
}

function generate(store: ShoplineStore): OrderState {
	const state: OrderState = { orders: new Map(), ids: [], fulfillments: new Map(), nextFulfillment: 1 };
	for (let index = 0; index < ORDER_COUNT; index++) {
		const random = seededRandom(hashString(`order:${index}`));
		const created = EPOCH + index * 7_200_000 + Math.floor(random() * 3_600_000);
		const updated = created + Math.floor(random() * 86_400_000 * 20);
		const lineItems = lineItemsOf(store, index, random);
		const cancelled = random() < 0.12;
		const financial = cancelled ? (random() < 0.5 ? 'refunded' : 'pending') : random() < 0.8 ? 'paid' : 'pending';
		const order: StoreOrder = {
			id: orderId(index),
			name: `#${1001 + index}`,
			email: `buyer${index + 1}@example.com`,
			phone: `+1555${String(index).padStart(7, '0')}`,
			note: '',
			note_attributes: [],
			tags: random() < 0.3 ? 'VIP' : '',
			status: cancelled ? 'cancelled' : 'open',
			financial_status: financial,
			fulfillment_status: null,
			currency: 'USD',
			subtotal_price: sum(lineItems),
			total_price: sum(lineItems),
			cancel_reason: cancelled ? 'customer' : null,
			cancelled_at: cancelled ? iso(updated) : null,
			created_at: iso(created),
			updated_at: iso(updated),
			line_items: lineItems,
		};
		state.orders.set(order.id, order);
		state.ids.push(order.id);
		if (!cancelled && financial === 'paid') {
			const shipped = random();
			const at = iso(created + 3_600_000);
			if (shipped < 0.4) {
				newFulfillment(state, order, order.line_items.map((item) => ({ item, quantity: item.quantity })), [tracking(random, index)], at);
			} else if (shipped < 0.6) {
				const item = order.line_items[0];
				newFulfillment(state, order, [{ item, quantity: item.quantity > 1 ? 1 : item.quantity }], [tracking(random, index)], at);
			}
		}
	}
	return state;
}

function stateOf(store: ShoplineStore): OrderState {
	let state = states.get(store);
	if (!state) {
		state = generate(store);
		states.set(store, state);
	}
	return state;
}

/** The order as the API returns it: with its fulfillments. */
function present(state: OrderState, order: StoreOrder): StoreOrder & { fulfillments: StoreFulfillment[] } {
	return { ...order, fulfillments: state.fulfillments.get(order.id) ?? [] };
}

/** An order of the store as GET orders/{id}.json returns it (a copy), or undefined. For triggers and webhooks. */
export function readOrder(store: ShoplineStore, id: string): (StoreOrder & { fulfillments: StoreFulfillment[] }) | undefined {
	const state = stateOf(store);
	const order = state.orders.get(id);
	return order ? structuredClone(present(state, order)) : undefined;
}

/** Adds an order made elsewhere (a completed draft order): `make` gets the next order ID and name. */
export function addOrder(store: ShoplineStore, make: (id: string, name: string) => StoreOrder): StoreOrder {
	const state = stateOf(store);
	const index = state.ids.length;
	const order = make(orderId(index), `#${1001 + index}`);
	state.orders.set(order.id, order);
	state.ids.push(order.id);
	return order;
}

const STATUSES = ['open', 'cancelled', 'any'];
const FINANCIAL = ['unpaid', 'authorized', 'pending', 'partially_paid', 'paid', 'partially_refunded', 'refunded'];
/** The fulfillment_status filter's values and what they match. */
const SHIPPED: Record<string, StoreOrder['fulfillment_status']> = { unshipped: null, partial: 'partial', shipped: 'fulfilled' };

type OrderFilters = Partial<Record<(typeof FILTERS)[number], string>>;
const FILTERS = ['status', 'financial_status', 'fulfillment_status', 'created_at_min', 'created_at_max', 'updated_at_min', 'updated_at_max', 'since_id'] as const;

/** An error of the filters, as 422 errors; undefined when they are good. */
function badFilter(filters: OrderFilters, any: boolean): Record<string, string[]> | undefined {
	if (filters.status !== undefined && !STATUSES.includes(filters.status)) return { status: ['status value is illegal'] };
	if (filters.financial_status !== undefined && !(FINANCIAL.includes(filters.financial_status) || (any && filters.financial_status === 'any'))) {
		return { financial_status: ['financial status value is illegal'] };
	}
	if (filters.fulfillment_status !== undefined && !(filters.fulfillment_status in SHIPPED || (any && filters.fulfillment_status === 'any'))) {
		return { fulfillment_status: ['fulfillment status value is illegal'] };
	}
	for (const key of ['created_at_min', 'created_at_max', 'updated_at_min', 'updated_at_max'] as const) {
		if (filters[key] !== undefined && Number.isNaN(Date.parse(filters[key]!))) return { [key]: ['must be an ISO 8601 date'] };
	}
	if (filters.since_id !== undefined && !/^\d{1,64}$/.test(filters.since_id)) return { since_id: ['must be an order ID'] };
	return undefined;
}

function matching(state: OrderState, filters: OrderFilters): StoreOrder[] {
	const time = (value?: string) => (value ? Date.parse(value) : undefined);
	const [cMin, cMax, uMin, uMax] = [filters.created_at_min, filters.created_at_max, filters.updated_at_min, filters.updated_at_max].map(time);
	const since = filters.since_id ? BigInt(filters.since_id) : undefined;
	return state.ids
		.map((id) => state.orders.get(id)!)
		.filter(
			(o) =>
				(!filters.status || filters.status === 'any' || o.status === filters.status) &&
				(!filters.financial_status || filters.financial_status === 'any' || o.financial_status === filters.financial_status) &&
				(!filters.fulfillment_status || filters.fulfillment_status === 'any' || o.fulfillment_status === SHIPPED[filters.fulfillment_status]) &&
				(since === undefined || BigInt(o.id) > since) &&
				(cMin === undefined || Date.parse(o.created_at) >= cMin) &&
				(cMax === undefined || Date.parse(o.created_at) <= cMax) &&
				(uMin === undefined || Date.parse(o.updated_at) >= uMin) &&
				(uMax === undefined || Date.parse(o.updated_at) <= uMax),
		);
}

function only(fields: string | undefined, record: Record<string, unknown>): Record<string, unknown> {
	if (!fields) return record;
	const wanted = fields.split(',').map((field) => field.trim());
	return Object.fromEntries(Object.entries(record).filter(([key]) => wanted.includes(key)));
}

/** The tracking_info_list of a body: 1 to 10 entries with a tracking number; else the 422 errors. */
function readTracking(value: unknown, required: boolean): TrackingInfo[] | Record<string, string[]> {
	if (value === undefined && !required) return [];
	if (!Array.isArray(value) || (required && value.length === 0)) return { tracking_info_list: ["can't be blank"] };
	if (value.length > 10) return { tracking_info_list: ['Maximum of 10 tracking infos allowed'] };
	const infos: TrackingInfo[] = [];
	for (const entry of value as Array<Record<string, unknown>>) {
		if (!entry || typeof entry.tracking_number !== 'string' || entry.tracking_number.trim() === '') return { tracking_number: ["can't be blank"] };
		infos.push({ tracking_number: entry.tracking_number, tracking_company: String(entry.tracking_company ?? ''), tracking_url: String(entry.tracking_url ?? '') });
	}
	return infos;
}

const notFound = { status: 404, body: { errors: 'Not Found' } };
const unprocessable = (errors: Record<string, string[]>) => ({ status: 422, body: { errors } });

export const orderRoute: ShoplineRoute = (ctx, request) => {
	const { resource, query: q, body, entry } = request;
	const single = /^orders\/(\d+)\.json$/.exec(resource);
	const cancel = /^orders\/(\d+)\/cancel\.json$/.exec(resource);
	const fulfillments = /^orders\/(\d+)\/fulfillments\.json$/.exec(resource);
	const tracking = /^orders\/(\d+)\/fulfillments\/(\d+)\/update_tracking\.json$/.exec(resource);
	if (!single && !cancel && !fulfillments && !tracking && resource !== 'orders.json' && resource !== 'orders/count.json') return undefined;
	const state = stateOf(ctx.store);
	const now = iso(Date.now());

	if (entry.method === 'GET' && resource === 'orders.json') {
		const start = listStart<OrderFilters>(request, 100, FILTERS);
		if ('reply' in start) return start.reply;
		const { limit, at } = start;
		const bad = start.fromPageInfo ? undefined : badFilter(at.f, false);
		if (bad) return unprocessable(bad);
		const all = matching(state, at.f);
		const page = all.slice(at.o, at.o + limit);
		return {
			status: 200,
			body: { orders: page.map((order) => only(q.fields, present(state, order))) },
			headers: pageLinks(ctx, request, 'orders.json', (offset) => encodePageInfo({ f: at.f, o: offset }), { offset: at.o, limit, total: all.length }),
			pageKey: `orders:${JSON.stringify(at.f)}:${limit}:${at.o}`,
		};
	}
	if (entry.method === 'GET' && resource === 'orders/count.json') {
		const filters: OrderFilters = {};
		for (const key of FILTERS) if (key !== 'since_id' && q[key] !== undefined) filters[key] = q[key];
		const bad = badFilter(filters, true);
		return bad ? unprocessable(bad) : { status: 200, body: { count: matching(state, filters).length } };
	}

	const id = (single ?? cancel ?? fulfillments ?? tracking)![1];
	const order = state.orders.get(id);
	if (!order) return notFound;

	if (single && entry.method === 'GET') return { status: 200, body: { order: only(q.fields, present(state, order)) } };
	if (single && entry.method === 'PUT') {
		const changes = body.order as Record<string, unknown> | undefined;
		if (!changes || typeof changes !== 'object' || Array.isArray(changes)) return { status: 400, body: { errors: 'order is required' } };
		for (const key of ['tags', 'email', 'phone'] as const) {
			if (changes[key] === undefined) continue;
			if (typeof changes[key] !== 'string') return unprocessable({ [key]: ['must be text'] });
			order[key] = changes[key] as string;
		}
		if (changes.note_attributes !== undefined) {
			if (!Array.isArray(changes.note_attributes)) return unprocessable({ note_attributes: ['must be a list'] });
			order.note_attributes = (changes.note_attributes as Array<Record<string, unknown>>).map((note) => ({ name: String(note?.name ?? ''), value: String(note?.value ?? '') }));
		}
		order.updated_at = now;
		return { status: 200, body: { order: present(state, order) } };
	}
	if (cancel && entry.method === 'POST') {
		if (order.status === 'cancelled') return unprocessable({ base: ['The order has already been cancelled'] });
		if (order.fulfillment_status !== null) return unprocessable({ base: ['A fulfilled or partially fulfilled order cannot be cancelled'] });
		order.status = 'cancelled';
		order.cancelled_at = now;
		order.cancel_reason = typeof body.cancel_reason === 'string' ? body.cancel_reason : 'other';
		if (order.financial_status === 'paid') order.financial_status = 'refunded';
		order.updated_at = now;
		return { status: 200, body: { order: present(state, order) } };
	}
	if (fulfillments && entry.method === 'GET') return { status: 200, body: { fulfillments: state.fulfillments.get(order.id) ?? [] } };
	if (fulfillments && entry.method === 'POST') {
		const input = body.fulfillment as Record<string, unknown> | undefined;
		if (!input || typeof input !== 'object') return { status: 400, body: { errors: 'fulfillment is required' } };
		if (order.status === 'cancelled') return unprocessable({ base: ['A cancelled order cannot be fulfilled'] });
		const lines = input.line_items;
		if (!Array.isArray(lines) || lines.length === 0) return unprocessable({ line_items: ["can't be blank"] });
		const wanted: Array<{ item: OrderLineItem; quantity: number }> = [];
		for (const line of lines as Array<Record<string, unknown>>) {
			const item = order.line_items.find((candidate) => candidate.id === String(line?.id));
			if (!item) return unprocessable({ line_items: [`line item ${String(line?.id)} is not in the order`] });
			if (wanted.some((other) => other.item === item)) return unprocessable({ line_items: [`line item ${item.id} is given twice`] });
			if (item.fulfillable_quantity === 0) return unprocessable({ line_items: [`line item ${item.id} is already fulfilled`] });
			const quantity = line.quantity === undefined ? item.fulfillable_quantity : Number(line.quantity);
			if (!Number.isInteger(quantity) || quantity < 1) return unprocessable({ quantity: ['must be greater than 0'] });
			if (quantity > item.fulfillable_quantity) return unprocessable({ quantity: [`line item ${item.id}: only ${item.fulfillable_quantity} left to fulfill`] });
			wanted.push({ item, quantity });
		}
		const infos = readTracking(input.tracking_info_list, false);
		if (!Array.isArray(infos)) return unprocessable(infos);
		const fulfillment = newFulfillment(state, order, wanted, infos, now);
		order.updated_at = now;
		return { status: 201, body: { fulfillment } };
	}
	if (tracking && entry.method === 'POST') {
		const fulfillment = (state.fulfillments.get(order.id) ?? []).find((candidate) => candidate.id === tracking[2]);
		if (!fulfillment) return notFound;
		const input = body.fulfillment as Record<string, unknown> | undefined;
		if (!input || typeof input !== 'object') return { status: 400, body: { errors: 'fulfillment is required' } };
		const infos = readTracking(input.tracking_info_list, true);
		if (!Array.isArray(infos)) return unprocessable(infos);
		Object.assign(fulfillment, {
			tracking_info_list: infos,
			tracking_company: infos[0].tracking_company,
			tracking_number: infos[0].tracking_number,
			tracking_url: infos[0].tracking_url,
			tracking_numbers: infos.map((info) => info.tracking_number),
			tracking_urls: infos.map((info) => info.tracking_url),
			updated_at: now,
		});
		return { status: 200, body: { fulfillment } };
	}
	return undefined;
};
