import { stateOf, unprocessable, type DraftState, type StoreDraftOrder } from './draftOrders';
import { encodePageInfo, listStart, pageLinks, type ShoplineRoute } from './routing';

/**
 * Draft orders read and deleted, as SHOPLINE's reference (v20260301) gives them: list
 * (GET orders/draft_orders.json: status, ids ≤ 100, updated_at_min/max, limit 1–1000 (50),
 * Link pages), count (GET orders/draft_orders/count.json: status, updated_at_min/max) and
 * DELETE orders/draft_orders/{id}.json. There is no read of one draft order.
 */

type Filters = { status?: string; ids?: string; updated_at_min?: string; updated_at_max?: string };
const LIST_KEYS = ['status', 'ids', 'updated_at_min', 'updated_at_max'] as const;

/** An error of the filters, as 422 errors; undefined when they are good. */
function badFilter(filters: Filters): Record<string, string[]> | undefined {
	if (filters.status !== undefined && !['open', 'completed'].includes(filters.status)) return { status: ['status value is illegal'] };
	for (const key of ['updated_at_min', 'updated_at_max'] as const) {
		if (filters[key] !== undefined && Number.isNaN(Date.parse(filters[key]))) return { [key]: ['must be an ISO 8601 date'] };
	}
	const ids = filters.ids?.split(',');
	if (ids && (ids.length > 100 || ids.some((id) => !/^\d{1,64}$/.test(id)))) return { ids: ['must be at most 100 draft order IDs separated by commas'] };
	return undefined;
}

function matching(state: DraftState, filters: Filters): StoreDraftOrder[] {
	const ids = filters.ids ? new Set(filters.ids.split(',')) : undefined;
	const [from, to] = [filters.updated_at_min, filters.updated_at_max].map((value) => (value ? Date.parse(value) : undefined));
	return state.ids
		.map((id) => state.drafts.get(id)!)
		.filter(
			(draft) =>
				(!filters.status || draft.status === filters.status) &&
				(!ids || ids.has(draft.id)) &&
				(from === undefined || draft.update_at >= from) &&
				(to === undefined || draft.update_at <= to),
		);
}

export const draftOrderReadRoute: ShoplineRoute = (ctx, request) => {
	const { resource, query: q, entry } = request;
	const state = stateOf(ctx.store);
	if (entry.method === 'GET' && resource === 'orders/draft_orders.json') {
		const start = listStart<Filters>(request, 1000, LIST_KEYS);
		if ('reply' in start) return start.reply;
		const { limit, at } = start;
		const bad = start.fromPageInfo ? undefined : badFilter(at.f);
		if (bad) return unprocessable(bad);
		const all = matching(state, at.f);
		return {
			status: 200,
			body: { draft_orders: all.slice(at.o, at.o + limit) },
			headers: pageLinks(ctx, request, resource, (offset) => encodePageInfo({ f: at.f, o: offset }), { offset: at.o, limit, total: all.length }),
		};
	}
	if (entry.method === 'GET' && resource === 'orders/draft_orders/count.json') {
		const filters: Filters = { status: q.status, updated_at_min: q.updated_at_min, updated_at_max: q.updated_at_max };
		const bad = badFilter(filters);
		return bad ? unprocessable(bad) : { status: 200, body: { count: matching(state, filters).length } };
	}
	const single = /^orders\/draft_orders\/(\d+)\.json$/.exec(resource);
	if (single && entry.method === 'DELETE') {
		if (!state.drafts.has(single[1])) return { status: 404, body: { errors: 'draft order not found' } };
		state.drafts.delete(single[1]);
		state.ids.splice(state.ids.indexOf(single[1]), 1);
		return { status: 200, body: {} };
	}
	return undefined;
};
