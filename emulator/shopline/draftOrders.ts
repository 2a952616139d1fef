import type { ShoplineStore } from '../shoplineStore';
import type { Reply } from '../options';
import { addOrder, type OrderLineItem, type StoreOrder } from './orders';
import { readCustomer } from './customers';
import type { ShoplineRoute } from './routing';

/**
 * Draft orders: create (POST orders/draft_orders.json) from line items that name variants of
 * the store's products and complete (PUT orders/draft_orders/{id}/complete.json), which makes an order among the
 * store's orders and marks the draft completed with its order_id. Checked as SHOPLINE's
 * reference (v20260301) documents: line items required, quantity 1–99999, note ≤ 1024,
 * tags ≤ 99; a variant or customer that does not exist is refused. Reads and delete: draftOrderReads.ts.
 */

export interface StoreDraftOrder {
	id: string;
	name: string;
	status: 'open' | 'completed';
	order_id: string | null;
	email: string;
	note: string;
	tags: string[];
	currency: string;
	customer: Record<string, unknown> | null;
	line_items: Array<Record<string, unknown>>;
	subtotal_price: string;
	total_price: string;
	invoice_url: string;
	create_at: number;
	update_at: number;
	[key: string]: unknown;
}

export interface DraftState {
	drafts: Map<string, StoreDraftOrder>;
	ids: string[];
}

const states = new WeakMap<ShoplineStore, DraftState>();
export const stateOf = (store: ShoplineStore): DraftState => {
	let state = states.get(store);
	if (!state) states.set(store, (state = { drafts: new Map(), ids: [] }));
	return state;
};

/** 22 digits, as SHOPLINE's draft order IDs (e.g. 2505659131831930856670). */
export const draftOrderId = (n: number) => `2505659131${String(n).padStart(12, '0')}`;

/** A draft order of the store (a copy), or undefined. For tests. */
export function readDraftOrder(store: ShoplineStore, id: string): StoreDraftOrder | undefined {
	const draft = stateOf(store).drafts.get(id);
	return draft ? structuredClone(draft) : undefined;
}

export const unprocessable = (errors: Record<string, string[]>): Reply => ({ status: 422, body: { errors } });
const iso = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', '+00:00');

/** The variant with this ID and its product, found among the store's products. */
function variantOf(store: ShoplineStore, id: string) {
	for (const product of store.list({})) {
		const variant = product.variants.find((candidate) => String(candidate.id) === id);
		if (variant) return { product, variant };
	}
	return undefined;
}

/** The draft's line items from the request, or the 422 errors. */
function lineItems(store: ShoplineStore, value: unknown): Array<Record<string, unknown>> | Record<string, string[]> {
	if (!Array.isArray(value) || value.length === 0) return { line_items: ["can't be blank"] };
	const lines: Array<Record<string, unknown>> = [];
	for (const [n, line] of (value as Array<Record<string, unknown>>).entries()) {
		const quantity = Number(line?.quantity);
		if (!Number.isInteger(quantity) || quantity < 1 || quantity > 99999) return { quantity: ['must be between 1 and 99999'] };
		if (line.price !== undefined && !/^\d+(\.\d{1,2})?$/.test(String(line.price))) return { price: ['is invalid'] };
		const found = typeof line.variant_id === 'string' ? variantOf(store, line.variant_id) : undefined;
		if (!found) return { variant_id: [`variant ${String(line?.variant_id)} does not exist`] };
		const { product, variant } = found;
		lines.push({
			id: String(900_000_000 + n),
			product_id: product.id,
			variant_id: String(variant.id),
			product_source: 'main_site',
			sku: String(variant.sku ?? ''),
			title: product.title,
			variant_title: String(variant.title ?? ''),
			price: line.price !== undefined ? Number(line.price).toFixed(2) : String(variant.price ?? '0.00'),
			quantity,
			requires_shipping: true,
		});
	}
	return lines;
}

const total = (lines: Array<Record<string, unknown>>) => lines.reduce((sum, line) => sum + Number(line.price) * Number(line.quantity), 0).toFixed(2);

export const draftOrderRoute: ShoplineRoute = (ctx, request) => {
	const { resource, body, entry } = request;
	const complete = /^orders\/draft_orders\/(\d+)\/complete\.json$/.exec(resource);
	if (resource !== 'orders/draft_orders.json' && !complete) return undefined;
	const state = stateOf(ctx.store);

	if (entry.method === 'POST' && resource === 'orders/draft_orders.json') {
		const input = body.draft_order as Record<string, unknown> | undefined;
		if (!input || typeof input !== 'object' || Array.isArray(input)) return { status: 400, body: { errors: 'draft_order is required' } };
		const lines = lineItems(ctx.store, input.line_items);
		if (!Array.isArray(lines)) return unprocessable(lines);
		if (input.note !== undefined && (typeof input.note !== 'string' || input.note.length > 1024)) return unprocessable({ note: ['is too long (maximum is 1024 characters)'] });
		if (input.tags !== undefined && (!Array.isArray(input.tags) || input.tags.length > 99)) return unprocessable({ tags: ['Maximum of 99 tags allowed'] });
		const given = input.customer as Record<string, unknown> | undefined;
		let customer: Record<string, unknown> | null = null;
		if (given?.id !== undefined) {
			const known = readCustomer(ctx.store, String(given.id));
			if (!known) return unprocessable({ customer: [`customer ${String(given.id)} does not exist`] });
			customer = { id: known.id, email: known.email, first_name: known.first_name, last_name: known.last_name, phone: known.phone };
		} else if (typeof given?.email === 'string') {
			customer = { email: given.email };
		}
		const n = state.ids.length;
		const now = Date.now();
		const draft: StoreDraftOrder = {
			id: draftOrderId(n),
			name: `#D${n + 1}`,
			status: 'open',
			order_id: null,
			email: String(customer?.email ?? ''),
			note: typeof input.note === 'string' ? input.note : '',
			tags: (input.tags as string[] | undefined) ?? [],
			currency: 'USD',
			customer,
			line_items: lines,
			subtotal_price: total(lines),
			total_price: total(lines),
			invoice_url: `http://${ctx.request.headers.host}/invoices/${draftOrderId(n)}`,
			create_at: now,
			update_at: now,
		};
		state.drafts.set(draft.id, draft);
		state.ids.push(draft.id);
		return { status: 201, body: { draft_order: draft } };
	}
	if (complete && entry.method === 'PUT') {
		const draft = state.drafts.get(complete[1]);
		if (!draft) return { status: 404, body: { errors: 'draft order not found' } };
		if (draft.status === 'completed') return unprocessable({ base: ['The draft order has already been completed'] });
		const at = iso(Date.now());
		const order = addOrder(ctx.store, (id, name): StoreOrder => ({
			id,
			name,
			email: draft.email,
			phone: String(draft.customer?.phone ?? ''),
			note: draft.note,
			note_attributes: [],
			tags: draft.tags.join(','),
			status: 'open',
			financial_status: 'pending',
			fulfillment_status: null,
			currency: draft.currency,
			subtotal_price: draft.subtotal_price,
			total_price: draft.total_price,
			cancel_reason: null,
			cancelled_at: null,
			created_at: at,
			updated_at: at,
			customer: draft.customer,
			source_name: 'draft_order',
			line_items: draft.line_items.map((line): OrderLineItem => ({
				...(line as unknown as OrderLineItem),
				name: `${String(line.title)} - ${String(line.variant_title)}`,
				fulfillable_quantity: Number(line.quantity),
				fulfillment_status: null,
			})),
		}));
		draft.status = 'completed';
		draft.order_id = order.id;
		draft.update_at = Date.now();
		return { status: 200, body: { draft_order: draft } };
	}
	return undefined;
};
