import { Emulator, emulatorCredentials } from '../../emulator';
import { ORDER_COUNT, orderId, readOrder } from '../../emulator/shopline/orders';
import { FAST_RETRIES, runShopline } from '../helpers/run';
import { mockShopline, SHOPLINE_ORIGIN, SHOPLINE_PREFIX } from '../helpers/shoplineServer';
import { jsonOf, pairedOf } from '../helpers/workflows';

const ORDER_ID = '21050224312121887324667162';
const order = (n: number) => ({ id: `2105022431212188${String(n).padStart(10, '0')}`, name: `#${1000 + n}`, financial_status: 'paid' });
const link = (pageInfo: string, rel: string) => `<${SHOPLINE_ORIGIN}${SHOPLINE_PREFIX}orders.json?limit=100&page_info=${pageInfo}>; rel="${rel}"`;
const runOrder = (parameters: Record<string, unknown>, options = {}) => runShopline({ resource: 'order', ...parameters }, options);

describe('SHOPLINE → Order → Get Many', () => {
	it('sends the filters on the first page only, follows the Link header (previous first) over three pages', async () => {
		const pages = [
			{ orders: [order(1), order(2)], link: link('p2', 'next') },
			{ orders: [order(3)], link: `${link('p1', 'previous')}, ${link('p3', 'next')}` },
			{ orders: [order(4)], link: link('p2', 'previous') },
		];
		const requests = mockShopline('GET', /\/orders\.json/, (_request, index) => [200, { orders: pages[index].orders }, { link: pages[index].link }]);
		const result = await runOrder({
			operation: 'getAll',
			returnAll: true,
			filters: {
				status: 'any',
				financialStatus: 'partially_refunded',
				fulfillmentStatus: 'shipped',
				createdAtMin: '2026-01-01T00:00:00+08:00',
				createdAtMax: '2026-02-01T00:00:00+08:00',
				updatedAtMin: '2026-01-15T00:00:00Z',
				updatedAtMax: '2026-03-01T00:00:00Z',
				sinceId: '21050224312121887324660000',
			},
			options: { fields: 'id, name,financial_status' },
		});
		expect(result.error).toBeUndefined();
		expect(requests.map((request) => request.path.split('?')[0])).toEqual(Array(3).fill(`${SHOPLINE_PREFIX}orders.json`));
		expect(requests[0].query).toEqual({
			status: 'any',
			financial_status: 'partially_refunded',
			fulfillment_status: 'shipped',
			created_at_min: '2026-01-01T00:00:00+08:00',
			created_at_max: '2026-02-01T00:00:00+08:00',
			updated_at_min: '2026-01-15T00:00:00Z',
			updated_at_max: '2026-03-01T00:00:00Z',
			since_id: '21050224312121887324660000',
			fields: 'id,name,financial_status',
			limit: '100',
		});
		expect(requests[1].query).toEqual({ limit: '100', page_info: 'p2', fields: 'id,name,financial_status' });
		expect(requests[2].query).toEqual({ limit: '100', page_info: 'p3', fields: 'id,name,financial_status' });
		expect(jsonOf(result)).toEqual([order(1), order(2), order(3), order(4)]);
		expect(pairedOf(result)).toEqual(Array(4).fill({ item: 0 }));
	});

	it('stops at Limit across pages, asking pages no larger than Limit', async () => {
		const requests = mockShopline('GET', /\/orders\.json/, (request, index) => {
			const size = Number(request.query.limit);
			return [200, { orders: Array.from({ length: size }, (_, n) => order(index * size + n)) }, { link: link(`p${index + 2}`, 'next') }];
		});
		const result = await runOrder({ operation: 'getAll', limit: 7, options: { pageSize: 5 } });
		expect(result.error).toBeUndefined();
		expect(requests).toHaveLength(2);
		expect(requests.map((request) => request.query.limit)).toEqual(['5', '5']);
		expect(jsonOf(result).map((entry) => entry.id)).toEqual(Array.from({ length: 7 }, (_, n) => order(n).id));
	});

	it('retries a read on 503', async () => {
		const retried = mockShopline('GET', /\/orders\.json/, (_request, index) => (index === 0 ? [503, { errors: 'Service Unavailable' }] : [200, { orders: [order(1)] }]));
		const ok = await runOrder({ operation: 'getAll', limit: 5, options: FAST_RETRIES });
		expect(ok.error).toBeUndefined();
		expect(retried).toHaveLength(2);
		expect(jsonOf(ok)).toEqual([order(1)]);
	});

	it('reports a 422 with SHOPLINE\'s text and traceId', async () => {
		mockShopline('GET', /\/orders\.json/, () => [422, { errors: { fulfillment_status: ['fulfillment status value is illegal'] } }, { traceId: 'trace-orders' }]);
		const failed = await runOrder({ operation: 'getAll', limit: 5, options: FAST_RETRIES });
		expect(failed.error?.message).toContain('fulfillment status value is illegal');
		expect(failed.error?.description).toContain('traceId trace-orders');
	});
});

describe('SHOPLINE → Order → Get, Count', () => {
	it('gets one order by its 26-digit ID, with fields, the ID kept as text', async () => {
		const requests = mockShopline('GET', `orders/${ORDER_ID}.json`, () => [200, `{"order":{"id":"${ORDER_ID}","name":"#1001"}}`, { 'content-type': 'application/json' }]);
		const result = await runOrder({ operation: 'get', orderId: ORDER_ID, options: { fields: 'id,name' } });
		expect(requests).toHaveLength(1);
		expect(requests[0].method).toBe('GET');
		expect(requests[0].query).toEqual({ fields: 'id,name' });
		expect(jsonOf(result)).toEqual([{ id: ORDER_ID, name: '#1001' }]);
		expect(pairedOf(result)).toEqual([{ item: 0 }]);
	});

	it('reports an unknown order with SHOPLINE\'s text and traceId', async () => {
		mockShopline('GET', `orders/${ORDER_ID}.json`, () => [404, { errors: 'Not Found' }, { traceId: 'trace-404' }]);
		const result = await runOrder({ operation: 'get', orderId: ORDER_ID, options: FAST_RETRIES });
		expect(result.error?.message).toContain('Not Found');
		expect(result.error?.description).toContain('traceId trace-404');
	});

	it('counts with every filter, "Any" included', async () => {
		const requests = mockShopline('GET', 'orders/count.json', () => [200, { count: '42' }]);
		const result = await runOrder({
			operation: 'count',
			filters: { status: 'open', financialStatus: 'any', fulfillmentStatus: 'unshipped', createdAtMin: '2026-01-01', updatedAtMax: '2026-11-01T00:00:00Z' },
		});
		expect(requests[0].query).toEqual({ status: 'open', financial_status: 'any', fulfillment_status: 'unshipped', created_at_min: '2026-01-01', updated_at_max: '2026-11-01T00:00:00Z' });
		expect(jsonOf(result)).toEqual([{ count: 42 }]);
	});

	it('refuses a count answer that is not a number, with the answer', async () => {
		mockShopline('GET', 'orders/count.json', () => [200, { count: 'many' }]);
		const result = await runOrder({ operation: 'count' });
		expect(result.error?.message).toBe('SHOPLINE answered orders/count.json without a usable count: {"count":"many"}');
	});
});

describe('SHOPLINE → Order → Update, Cancel', () => {
	it('updates only the fields given', async () => {
		const requests = mockShopline('PUT', `orders/${ORDER_ID}.json`, (request) => [200, { order: { id: ORDER_ID, ...(request.body as { order: object }).order } }]);
		const result = await runOrder({
			operation: 'update',
			orderId: ORDER_ID,
			updateFields: { tags: 'VIP, Wholesale', email: ' buyer@example.com ' },
			noteAttributes: { noteAttribute: [{ name: 'Packed by', value: 'Anna' }, { name: 'Gift', value: '' }] },
		});
		expect(result.error).toBeUndefined();
		expect(requests[0].body).toEqual({
			order: { tags: 'VIP,Wholesale', email: 'buyer@example.com', note_attributes: [{ name: 'Packed by', value: 'Anna' }, { name: 'Gift', value: '' }] },
		});
		expect(jsonOf(result)[0]).toMatchObject({ id: ORDER_ID, tags: 'VIP,Wholesale' });
	});

	it('updates the phone alone', async () => {
		const requests = mockShopline('PUT', `orders/${ORDER_ID}.json`, () => [200, { order: { id: ORDER_ID } }]);
		const result = await runOrder({ operation: 'update', orderId: ORDER_ID, updateFields: { phone: '+1 555 0100' } });
		expect(requests[0].body).toEqual({ order: { phone: '+1 555 0100' } });
		expect(jsonOf(result)).toEqual([{ id: ORDER_ID }]);
	});

	it('refuses an update with nothing to change, sending nothing', async () => {
		const requests = mockShopline('PUT', `orders/${ORDER_ID}.json`, () => [200, {}]);
		const result = await runOrder({ operation: 'update', orderId: ORDER_ID, updateFields: {} });
		expect(result.error?.message).toBe('Update Fields: nothing to update — add at least one field or note attribute');
		expect(requests).toHaveLength(0);
	});

	it('does not retry an update on 503: the change may have been applied', async () => {
		const requests = mockShopline('PUT', `orders/${ORDER_ID}.json`, () => [503, { errors: 'Service Unavailable' }, { traceId: 'trace-put' }]);
		const result = await runOrder({ operation: 'update', orderId: ORDER_ID, updateFields: { tags: 'A' }, options: FAST_RETRIES });
		expect(requests).toHaveLength(1);
		expect(result.error?.description).toContain('traceId trace-put');
	});

	it('cancels with reason, restock and notify; without them no body is sent', async () => {
		const requests = mockShopline('POST', `orders/${ORDER_ID}/cancel.json`, () => [200, { order: { id: ORDER_ID, status: 'cancelled' } }]);
		const result = await runOrder({ operation: 'cancel', orderId: ORDER_ID, additionalFields: { reason: 'Out of stock', restock: true, notifyCustomer: false } });
		expect(requests[0].body).toEqual({ cancel_reason: 'Out of stock', restock: true, email: false });
		expect(jsonOf(result)).toEqual([{ id: ORDER_ID, status: 'cancelled' }]);
		await runOrder({ operation: 'cancel', orderId: ORDER_ID });
		expect(requests[1].method).toBe('POST');
		expect(requests[1].body).toBeUndefined();
	});

	it('reports a refused cancel with SHOPLINE\'s text and traceId, retrying only on 429', async () => {
		const requests = mockShopline('POST', `orders/${ORDER_ID}/cancel.json`, (_request, index) =>
			index === 0 ? [429, { errors: 'Too many request' }, { 'retry-after': '0' }] : [422, { errors: { base: ['The order has already been cancelled'] } }, { traceId: 'trace-cancel' }],
		);
		const result = await runOrder({ operation: 'cancel', orderId: ORDER_ID, options: FAST_RETRIES });
		expect(requests).toHaveLength(2);
		expect(result.error?.message).toContain('The order has already been cancelled');
		expect(result.error?.description).toContain('traceId trace-cancel');
	});
});

describe('SHOPLINE → Order against the emulator', () => {
	const emulator = new Emulator({ storeSize: 60, shopline: { bucket: null } });
	const onEmulator = () => ({ credentials: emulatorCredentials(emulator) });
	beforeAll(async () => void (await emulator.start()));
	afterAll(async () => await emulator.stop());
	beforeEach(() => {
		emulator.resetStore();
		emulator.reset();
	});

	const all = () => Array.from({ length: ORDER_COUNT }, (_, n) => readOrder(emulator.store, orderId(n))!);

	it('lists filtered orders over several pages, filters dropped with page_info, and counts the same', async () => {
		const expected = all().filter((entry) => entry.status === 'open' && entry.financial_status === 'paid' && entry.fulfillment_status === null);
		expect(expected.length).toBeGreaterThan(60);
		const filters = { status: 'open', financialStatus: 'paid', fulfillmentStatus: 'unshipped' };
		const result = await runOrder({ operation: 'getAll', returnAll: true, filters, options: { pageSize: 30 } }, onEmulator());
		expect(result.error).toBeUndefined();
		expect(jsonOf(result).map((entry) => entry.id)).toEqual(expected.map((entry) => entry.id));
		expect(emulator.log).toHaveLength(Math.ceil(expected.length / 30));
		expect(emulator.log.slice(1).every((entry) => entry.query.page_info !== undefined && !entry.filtersWithPageInfo)).toBe(true);
		const count = await runOrder({ operation: 'count', filters }, onEmulator());
		expect(jsonOf(count)).toEqual([{ count: expected.length }]);
	});

	it('refers to the store\'s products in line items, with 26-digit order IDs', () => {
		const first = readOrder(emulator.store, orderId(0))!;
		expect(first.id).toMatch(/^\d{26}$/);
		const line = (first.line_items as Array<{ product_id: string; variant_id: string; sku: string }>)[0];
		const product = emulator.store.get(line.product_id)!;
		expect(product.variants.find((variant) => variant.id === line.variant_id)?.sku).toBe(line.sku);
	});

	it('updates tags, then cancels an open order once; the second cancel is refused', async () => {
		const target = all().find((entry) => entry.status === 'open' && entry.fulfillment_status === null)!;
		const updated = await runOrder({ operation: 'update', orderId: target.id, updateFields: { tags: 'Checked' } }, onEmulator());
		expect(jsonOf(updated)[0].tags).toBe('Checked');
		const cancelled = await runOrder({ operation: 'cancel', orderId: target.id, additionalFields: { reason: 'Fraud' } }, onEmulator());
		expect(jsonOf(cancelled)[0]).toMatchObject({ id: target.id, status: 'cancelled', cancel_reason: 'Fraud', tags: 'Checked' });
		expect(readOrder(emulator.store, target.id)!.status).toBe('cancelled');
		const again = await runOrder({ operation: 'cancel', orderId: target.id }, onEmulator());
		expect(again.error?.message).toContain('already been cancelled');
		expect(again.error?.description).toMatch(/traceId emu-/);
	});

	it('refuses to cancel a fulfilled order', async () => {
		const shipped = all().find((entry) => entry.status === 'open' && entry.fulfillment_status === 'fulfilled')!;
		const result = await runOrder({ operation: 'cancel', orderId: shipped.id }, onEmulator());
		expect(result.error?.message).toContain('cannot be cancelled');
		expect(readOrder(emulator.store, shipped.id)!.status).toBe('open');
	});
});
