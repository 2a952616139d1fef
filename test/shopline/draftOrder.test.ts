import { allCustomers } from '../../emulator/shopline/customers';
import { draftOrderId, readDraftOrder } from '../../emulator/shopline/draftOrders';
import { readOrder } from '../../emulator/shopline/orders';
import { productId } from '../../emulator/shoplineStore';
import { storeEmulator } from '../helpers/storeEmulator';
import { FAST_RETRIES, runShopline } from '../helpers/run';
import { mockShopline } from '../helpers/shoplineServer';
import { expectNoSecret, jsonOf, pairedOf, SHOPLINE_TOKEN } from '../helpers/workflows';

const VARIANT = '18060878902931000000000010';
const runDraft = (parameters: Record<string, unknown>, options = {}) => runShopline({ resource: 'draftOrder', ...parameters }, options);

describe('SHOPLINE → Draft Order (nock)', () => {
	it('creates from line items: variant, quantity as a number, price only when given; customer, note and tags', async () => {
		const requests = mockShopline('POST', 'orders/draft_orders.json', () => [201, { draft_order: { id: '2505659131000000000001', status: 'open' } }]);
		const result = await runDraft({
			operation: 'create',
			lineItems: { lineItem: [{ variantId: VARIANT, quantity: '2' }, { variantId: ` ${VARIANT.replace(/0$/, '1')} `, quantity: 1, price: 19.9 }] },
			additionalFields: { customerId: { __rl: true, mode: 'id', value: '4201825054' }, note: 'Phone order', tags: 'wholesale, phone' },
		});
		expect(result.error).toBeUndefined();
		expect(requests[0].body).toEqual({
			draft_order: {
				line_items: [
					{ variant_id: VARIANT, quantity: 2 },
					{ variant_id: VARIANT.replace(/0$/, '1'), quantity: 1, price: '19.9' },
				],
				customer: { id: '4201825054' },
				note: 'Phone order',
				tags: ['wholesale', 'phone'],
			},
		});
		expect(jsonOf(result)).toEqual([{ id: '2505659131000000000001', status: 'open' }]);
	});

	it('refuses before any request: no line item, more than 100, and a draft order ID that is not digits', async () => {
		const requests = mockShopline('POST', 'orders/draft_orders.json', () => [201, { draft_order: {} }]);
		const lineItem = Array.from({ length: 101 }, () => ({ variantId: VARIANT, quantity: 1 }));
		const tooMany = await runDraft({ operation: 'create', lineItems: { lineItem } });
		expect(tooMany.error?.message).toBe('Line Items: a list is not valid — add at least one line item (a variant and its quantity), at most 100');
		const none = await runDraft({ operation: 'create', lineItems: {} });
		expect(none.error?.message).toBe('Line Items: nothing is not valid — add at least one line item (a variant and its quantity), at most 100');
		const badId = await runDraft({ operation: 'complete', draftOrderId: 'D-1' });
		expect(badId.error?.message).toMatch(/^Draft Order ID: "D-1" is not valid — use the ID as text of digits/);
		expect(requests).toHaveLength(0);
	});

	it('completes at orders/draft_orders/{id}/complete.json, not retried on 503', async () => {
		const requests = mockShopline('PUT', /\/orders\/draft_orders\/2505659131000000000001\/complete\.json/, () => [503, { errors: 'Service Unavailable' }]);
		const result = await runDraft({ operation: 'complete', draftOrderId: '2505659131000000000001', options: FAST_RETRIES });
		expect(result.error).toBeDefined();
		expect(requests).toHaveLength(1);
		expectNoSecret(result, SHOPLINE_TOKEN);
	});
});

describe('SHOPLINE → Draft Order against the emulator', () => {
	const { emulator, onEmulator } = storeEmulator(20);
	const variantOf = (n: number) => emulator.store.get(productId(n))!.variants[0] as { id: string; price: string };

	it('creates a draft for a customer from two variants, completes it once into an order; a second complete is refused', async () => {
		const buyer = allCustomers(emulator.store)[3];
		const [first, second] = [variantOf(1), variantOf(2)];
		const created = await runDraft(
			{ operation: 'create', lineItems: { lineItem: [{ variantId: first.id, quantity: 2 }, { variantId: second.id, quantity: 1, price: '5.50' }] }, additionalFields: { customerId: buyer.id } },
			onEmulator(),
		);
		expect(created.error).toBeUndefined();
		const draft = jsonOf(created)[0] as { id: string; status: string; total_price: string };
		expect(draft.status).toBe('open');
		expect(draft.total_price).toBe((Number(first.price) * 2 + 5.5).toFixed(2));
		const completed = await runDraft({ operation: 'complete', draftOrderId: { __rl: true, mode: 'list', value: draft.id } }, onEmulator());
		expect(completed.error).toBeUndefined();
		const done = jsonOf(completed)[0] as { status: string; order_id: string };
		expect(done.status).toBe('completed');
		const order = readOrder(emulator.store, done.order_id)!;
		expect(order.email).toBe(buyer.email);
		expect(order.line_items.map((line) => [line.variant_id, line.quantity, line.price])).toEqual([
			[first.id, 2, String(first.price)],
			[second.id, 1, '5.50'],
		]);
		const again = await runDraft({ operation: 'complete', draftOrderId: draft.id }, onEmulator());
		expect(again.error?.message).toContain('already been completed');
		expect(again.error?.description).toMatch(/traceId emu-/);
	});

	it('answers as SHOPLINE does: an unknown variant is a 422 naming it, nothing is created', async () => {
		const result = await runDraft({ operation: 'create', lineItems: { lineItem: [{ variantId: '18060878902931999999999999', quantity: 1 }] } }, onEmulator());
		expect(result.error?.message).toContain('variant 18060878902931999999999999 does not exist');
		expect(readDraftOrder(emulator.store, draftOrderId(0))).toBeUndefined();
	});

	it('one draft per input item, each linked to its item', async () => {
		const variant = variantOf(0);
		const result = await runDraft({ operation: 'create', lineItems: { lineItem: [{ variantId: variant.id, quantity: '={{ $json.quantity }}' }] } }, onEmulator({ input: [{ quantity: 1 }, { quantity: 3 }] }));
		expect(result.error).toBeUndefined();
		expect(jsonOf(result).map((draft) => (draft.line_items as Array<{ quantity: number }>)[0].quantity)).toEqual([1, 3]);
		expect(pairedOf(result)).toEqual([{ item: 0 }, { item: 1 }]);
	});
});

describe('SHOPLINE → Draft Order → Get Many, Get, Count, Delete against the emulator', () => {
	const { emulator, onEmulator } = storeEmulator(20);
	const variant = () => (emulator.store.get(productId(0))!.variants[0] as { id: string }).id;
	const reads = () => emulator.log.filter((entry) => entry.api === 'shopline').map((entry) => `${entry.method} ${entry.path.replace('/admin/openapi/v20260301/', '')}`);

	/** Four drafts of 1 to 4 pieces; the second completed. */
	async function fourDrafts(): Promise<string[]> {
		const created = await runDraft({ operation: 'create', lineItems: { lineItem: [{ variantId: variant(), quantity: '={{ $json.quantity }}' }] } }, onEmulator({ input: [1, 2, 3, 4].map((quantity) => ({ quantity })) }));
		const ids = jsonOf(created).map((draft) => String(draft.id));
		expect((await runDraft({ operation: 'complete', draftOrderId: ids[1] }, onEmulator())).error).toBeUndefined();
		emulator.reset();
		return ids;
	}

	it('Get Many: every open draft across pages of 1, once each, in order; Limit stops inside a page; Completed gives the other', async () => {
		const ids = await fourDrafts();
		const open = await runDraft({ operation: 'getAll', returnAll: true, filters: { status: 'open' }, options: { pageSize: 1 } }, onEmulator());
		expect(open.error).toBeUndefined();
		expect(jsonOf(open).map((draft) => draft.id)).toEqual([ids[0], ids[2], ids[3]]);
		expect(pairedOf(open)).toEqual([{ item: 0 }, { item: 0 }, { item: 0 }]);
		expect(reads()).toEqual(Array(3).fill('GET orders/draft_orders.json'));
		// The filter goes on the first request only; the next links carry it in page_info.
		expect(emulator.log.map((entry) => [entry.query.status, entry.query.page_info !== undefined, Boolean(entry.filtersWithPageInfo)])).toEqual([
			['open', false, false],
			[undefined, true, false],
			[undefined, true, false],
		]);
		const two = await runDraft({ operation: 'getAll', returnAll: false, limit: 2 }, onEmulator());
		expect(jsonOf(two).map((draft) => draft.id)).toEqual([ids[0], ids[1]]);
		const completed = await runDraft({ operation: 'getAll', returnAll: true, filters: { status: 'completed' } }, onEmulator());
		expect(jsonOf(completed).map((draft) => [draft.id, draft.status])).toEqual([[ids[1], 'completed']]);
		const some = await runDraft({ operation: 'getAll', returnAll: true, filters: { ids: `${ids[3]}, ${ids[0]}` } }, onEmulator());
		expect(jsonOf(some).map((draft) => draft.id)).toEqual([ids[0], ids[3]]);
	});

	it('Count: by status, and by update time', async () => {
		await fourDrafts();
		const count = async (filters: Record<string, unknown>) => jsonOf(await runDraft({ operation: 'count', filters }, onEmulator()))[0]?.count;
		expect(await count({})).toBe(4);
		expect(await count({ status: 'open' })).toBe(3);
		expect(await count({ status: 'completed' })).toBe(1);
		expect(await count({ updatedAtMin: new Date(Date.now() + 3_600_000).toISOString() })).toBe(0);
	});

	it('Get: the draft of that ID, open or completed; an ID the store does not have is the item\'s error naming the field and the ID', async () => {
		const ids = await fourDrafts();
		const got = await runDraft({ operation: 'get', draftOrderId: { __rl: true, mode: 'id', value: ids[1] } }, onEmulator());
		expect(jsonOf(got).map((draft) => [draft.id, draft.status])).toEqual([[ids[1], 'completed']]);
		const missing = '2505659131999999999999';
		const failing = await runDraft({ operation: 'get', draftOrderId: missing }, onEmulator());
		expect(failing.error?.message).toBe(`Draft Order ID: the store has no draft order with ID "${missing}"`);
	});

	it('Delete: the draft is gone from the store and from Get Many; an unknown ID is SHOPLINE\'s 404, nothing else deleted', async () => {
		const ids = await fourDrafts();
		const deleted = await runDraft({ operation: 'delete', draftOrderId: ids[2] }, onEmulator());
		expect(jsonOf(deleted)).toEqual([{ id: ids[2], deleted: true }]);
		expect(readDraftOrder(emulator.store, ids[2])).toBeUndefined();
		const failing = await runDraft({ operation: 'delete', draftOrderId: ids[2] }, onEmulator());
		expect(failing.error?.message).toMatch(/HTTP 404/);
		const left = await runDraft({ operation: 'getAll', returnAll: true }, onEmulator());
		expect(jsonOf(left).map((draft) => draft.id)).toEqual([ids[0], ids[1], ids[3]]);
	});

	it.each([
		['an IDs filter that is not IDs', { operation: 'getAll', returnAll: true, filters: { ids: '25056591318,abc' } }, 'IDs: "25056591318,abc" is not valid — use draft order IDs as text of digits, separated by commas'],
		['Updated Before earlier than Updated After', { operation: 'count', filters: { updatedAtMin: '2026-03-02T00:00:00Z', updatedAtMax: '2026-03-01T00:00:00Z' } }, 'use a time not earlier than Updated After'],
		['a Draft Order ID that is not digits', { operation: 'delete', draftOrderId: 'D-12' }, 'Draft Order ID'],
	])('refuses %s before any request, naming the field', async (_name, parameters, message) => {
		const result = await runDraft(parameters, onEmulator());
		expect(result.error?.message).toContain(message);
		expect(reads()).toEqual([]);
	});
});
