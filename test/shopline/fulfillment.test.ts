import { Emulator, emulatorCredentials } from '../../emulator';
import { ORDER_COUNT, orderId, readOrder } from '../../emulator/shopline/orders';
import { FAST_RETRIES, runShopline } from '../helpers/run';
import { mockShopline, SHOPLINE_PREFIX } from '../helpers/shoplineServer';
import { jsonOf, pairedOf } from '../helpers/workflows';

const ORDER_ID = '21050224312121887324667162';
const FULFILLMENT_ID = '22046737798141702810214336';
const runFulfillment = (parameters: Record<string, unknown>, options = {}) => runShopline({ resource: 'fulfillment', ...parameters }, options);
const tracking = {
	trackingInfo: [
		{ trackingNumber: 'UG198768340YP', trackingCompany: '4PX', trackingUrl: 'https://track.example.com/UG198768340YP' },
		{ trackingNumber: ' SF1012223332 ' },
	],
};
const trackingInfoList = [
	{ tracking_number: 'UG198768340YP', tracking_company: '4PX', tracking_url: 'https://track.example.com/UG198768340YP' },
	{ tracking_number: 'SF1012223332' },
];

describe('SHOPLINE → Fulfillment → Create', () => {
	it('ships the chosen line items with their tracking list and notify flag', async () => {
		const requests = mockShopline('POST', `orders/${ORDER_ID}/fulfillments.json`, () => [201, { fulfillment: { id: FULFILLMENT_ID, order_id: ORDER_ID, status: 'success' } }]);
		const result = await runFulfillment({
			operation: 'create',
			orderId: ORDER_ID,
			itemsToFulfill: 'chosen',
			lineItems: { lineItem: [{ id: '466157049', quantity: 2 }, { id: '466157050', quantity: '1' }] },
			tracking,
			notifyCustomer: true,
		});
		expect(result.error).toBeUndefined();
		expect(requests).toHaveLength(1);
		expect(requests[0].path).toBe(`${SHOPLINE_PREFIX}orders/${ORDER_ID}/fulfillments.json`);
		expect(requests[0].body).toEqual({
			fulfillment: {
				line_items: [
					{ id: '466157049', quantity: 2 },
					{ id: '466157050', quantity: 1 },
				],
				notify_customer: true,
				tracking_info_list: trackingInfoList,
			},
		});
		expect(jsonOf(result)).toEqual([{ id: FULFILLMENT_ID, order_id: ORDER_ID, status: 'success' }]);
		expect(pairedOf(result)).toEqual([{ item: 0 }]);
	});

	it('ships all remaining items: reads the order, then sends each unfulfilled quantity', async () => {
		const reads = mockShopline('GET', `orders/${ORDER_ID}.json`, () => [
			200,
			{
				order: {
					id: ORDER_ID,
					line_items: [
						{ id: '101', quantity: 3, fulfillable_quantity: 2 },
						{ id: '102', quantity: 1, fulfillable_quantity: 0 },
						{ id: '103', quantity: 4, fulfillable_quantity: 4 },
					],
				},
			},
		]);
		const posts = mockShopline('POST', `orders/${ORDER_ID}/fulfillments.json`, () => [201, { fulfillment: { id: FULFILLMENT_ID } }]);
		const result = await runFulfillment({ operation: 'create', orderId: ORDER_ID });
		expect(result.error).toBeUndefined();
		expect(reads[0].query).toEqual({ fields: 'id,line_items' });
		expect(posts[0].body).toEqual({
			fulfillment: {
				line_items: [
					{ id: '101', quantity: 2 },
					{ id: '103', quantity: 4 },
				],
				notify_customer: false,
			},
		});
		expect(jsonOf(result)).toEqual([{ id: FULFILLMENT_ID }]);
	});

	it('sends nothing when every line item is already fulfilled', async () => {
		mockShopline('GET', `orders/${ORDER_ID}.json`, () => [200, { order: { id: ORDER_ID, line_items: [{ id: '101', quantity: 1, fulfillable_quantity: 0 }] } }]);
		const posts = mockShopline('POST', `orders/${ORDER_ID}/fulfillments.json`, () => [201, {}]);
		const result = await runFulfillment({ operation: 'create', orderId: ORDER_ID });
		expect(result.error?.message).toBe(`Order ${ORDER_ID} has nothing left to fulfill`);
		expect(posts).toHaveLength(0);
	});

	it('is not retried on 503 (the package may exist), and the error has SHOPLINE\'s text and traceId', async () => {
		const requests = mockShopline('POST', `orders/${ORDER_ID}/fulfillments.json`, () => [503, { errors: 'Service temporarily unavailable' }, { traceId: 'trace-ship' }]);
		const result = await runFulfillment({ operation: 'create', orderId: ORDER_ID, itemsToFulfill: 'chosen', lineItems: { lineItem: [{ id: '101', quantity: 1 }] }, options: FAST_RETRIES });
		expect(requests).toHaveLength(1);
		expect(result.error?.message).toContain('Service temporarily unavailable');
		expect(result.error?.description).toContain('traceId trace-ship');
	});

	it('refuses a line item given twice before sending anything', async () => {
		const requests = mockShopline('POST', `orders/${ORDER_ID}/fulfillments.json`, () => [201, {}]);
		const result = await runFulfillment({ operation: 'create', orderId: ORDER_ID, itemsToFulfill: 'chosen', lineItems: { lineItem: [{ id: '101', quantity: 1 }, { id: '101', quantity: 2 }] } });
		expect(result.error?.message).toBe('Line Items → Line Item ID (line item 2): "101" is not valid — give each line item once, with its whole quantity');
		expect(requests).toHaveLength(0);
	});
});

describe('SHOPLINE → Fulfillment → Update Tracking, Get Many', () => {
	it('posts the tracking list to orders/{order}/fulfillments/{fulfillment}/update_tracking.json, order first', async () => {
		const requests = mockShopline('POST', `orders/${ORDER_ID}/fulfillments/${FULFILLMENT_ID}/update_tracking.json`, (request) => [
			200,
			{ fulfillment: { id: FULFILLMENT_ID, ...((request.body as { fulfillment: object }).fulfillment) } },
		]);
		const result = await runFulfillment({ operation: 'updateTracking', orderId: ORDER_ID, fulfillmentId: FULFILLMENT_ID, tracking, notifyCustomer: true });
		expect(result.error).toBeUndefined();
		expect(requests).toHaveLength(1);
		expect(requests[0].body).toEqual({ fulfillment: { tracking_info_list: trackingInfoList, notify_customer: true } });
		expect(jsonOf(result)).toEqual([{ id: FULFILLMENT_ID, tracking_info_list: trackingInfoList, notify_customer: true }]);
	});

	it('refuses more than 10 tracking entries, or none for Update Tracking, sending nothing', async () => {
		const requests = mockShopline('POST', /update_tracking\.json|fulfillments\.json/, () => [200, {}]);
		const eleven = { trackingInfo: Array.from({ length: 11 }, (_, n) => ({ trackingNumber: `T${n}` })) };
		const tooMany = await runFulfillment({ operation: 'updateTracking', orderId: ORDER_ID, fulfillmentId: FULFILLMENT_ID, tracking: eleven });
		expect(tooMany.error?.message).toBe('Tracking: a list is not valid — use at most 10 tracking entries');
		const none = await runFulfillment({ operation: 'updateTracking', orderId: ORDER_ID, fulfillmentId: FULFILLMENT_ID, tracking: {} });
		expect(none.error?.message).toBe('Tracking: nothing is not valid — add at least one tracking entry with a tracking number');
		const createTooMany = await runFulfillment({ operation: 'create', orderId: ORDER_ID, itemsToFulfill: 'chosen', lineItems: { lineItem: [{ id: '1', quantity: 1 }] }, tracking: eleven });
		expect(createTooMany.error?.message).toBe('Tracking: a list is not valid — use at most 10 tracking entries');
		expect(requests).toHaveLength(0);
	});

	it('reports an unknown fulfillment with SHOPLINE\'s text and traceId, without retrying', async () => {
		const requests = mockShopline('POST', `orders/${ORDER_ID}/fulfillments/${FULFILLMENT_ID}/update_tracking.json`, () => [404, { errors: 'Not Found' }, { traceId: 'trace-track' }]);
		const result = await runFulfillment({ operation: 'updateTracking', orderId: ORDER_ID, fulfillmentId: FULFILLMENT_ID, tracking, options: FAST_RETRIES });
		expect(requests).toHaveLength(1);
		expect(result.error?.message).toContain('Not Found');
		expect(result.error?.description).toContain('traceId trace-track');
	});

	it('lists the fulfillments of an order, one item each, up to Limit', async () => {
		const list = [1, 2, 3].map((n) => ({ id: `2204673779814170281021433${n}`, order_id: ORDER_ID }));
		const requests = mockShopline('GET', `orders/${ORDER_ID}/fulfillments.json`, () => [200, { fulfillments: list }]);
		const limited = await runFulfillment({ operation: 'getAll', orderId: ORDER_ID, limit: 2 });
		expect(requests[0].query).toEqual({});
		expect(jsonOf(limited)).toEqual(list.slice(0, 2));
		expect(pairedOf(limited)).toEqual([{ item: 0 }, { item: 0 }]);
		const everything = await runFulfillment({ operation: 'getAll', orderId: ORDER_ID, returnAll: true });
		expect(jsonOf(everything)).toEqual(list);
	});

	it('reports a failed list with SHOPLINE\'s text and traceId', async () => {
		mockShopline('GET', `orders/${ORDER_ID}/fulfillments.json`, () => [404, { errors: 'Not Found' }, { traceId: 'trace-list' }]);
		const result = await runFulfillment({ operation: 'getAll', orderId: ORDER_ID, options: FAST_RETRIES });
		expect(result.error?.message).toContain('Not Found');
		expect(result.error?.description).toContain('traceId trace-list');
	});
});

describe('SHOPLINE → Fulfillment against the emulator', () => {
	const emulator = new Emulator({ storeSize: 60, shopline: { bucket: null } });
	const onEmulator = () => ({ credentials: emulatorCredentials(emulator) });
	beforeAll(async () => void (await emulator.start()));
	afterAll(async () => await emulator.stop());
	beforeEach(() => {
		emulator.resetStore();
		emulator.reset();
	});

	type Line = { id: string; quantity: number; fulfillable_quantity: number };
	const unshipped = () =>
		Array.from({ length: ORDER_COUNT }, (_, n) => readOrder(emulator.store, orderId(n))!).find(
			(entry) => entry.status === 'open' && entry.fulfillment_status === null && (entry.line_items as Line[]).length >= 2 && (entry.line_items as Line[])[0].quantity >= 2,
		)!;

	it('ships part of an order, then the rest; the order goes partial, then fulfilled; a third shipment is refused', async () => {
		const target = unshipped();
		const lines = target.line_items as Line[];
		const part = await runFulfillment(
			{ operation: 'create', orderId: target.id, itemsToFulfill: 'chosen', lineItems: { lineItem: [{ id: lines[0].id, quantity: 1 }] }, tracking: { trackingInfo: [{ trackingNumber: 'AB1' }] } },
			onEmulator(),
		);
		expect(part.error).toBeUndefined();
		expect(jsonOf(part)[0]).toMatchObject({ order_id: target.id, tracking_info_list: [{ tracking_number: 'AB1', tracking_company: '', tracking_url: '' }] });
		expect(readOrder(emulator.store, target.id)!.fulfillment_status).toBe('partial');

		const rest = await runFulfillment({ operation: 'create', orderId: target.id }, onEmulator());
		expect(rest.error).toBeUndefined();
		const shipped = (jsonOf(rest)[0].line_items as Line[]).map((line) => [line.id, line.quantity]);
		expect(shipped).toEqual(lines.map((line, n) => [line.id, n === 0 ? line.quantity - 1 : line.quantity]));
		expect(readOrder(emulator.store, target.id)!.fulfillment_status).toBe('fulfilled');

		const again = await runFulfillment({ operation: 'create', orderId: target.id, itemsToFulfill: 'chosen', lineItems: { lineItem: [{ id: lines[1].id, quantity: 1 }] } }, onEmulator());
		expect(again.error?.message).toContain('already fulfilled');
		expect(again.error?.description).toMatch(/traceId emu-/);

		const listed = await runFulfillment({ operation: 'getAll', orderId: target.id, returnAll: true }, onEmulator());
		expect(jsonOf(listed).map((entry) => entry.id)).toEqual([jsonOf(part)[0].id, jsonOf(rest)[0].id]);
	});

	it('refuses a quantity larger than what is left, changing nothing', async () => {
		const target = unshipped();
		const line = (target.line_items as Line[])[0];
		const result = await runFulfillment({ operation: 'create', orderId: target.id, itemsToFulfill: 'chosen', lineItems: { lineItem: [{ id: line.id, quantity: line.quantity + 1 }] } }, onEmulator());
		expect(result.error?.message).toContain(`only ${line.quantity} left to fulfill`);
		expect(readOrder(emulator.store, target.id)!.fulfillment_status).toBeNull();
	});

	it('replaces the tracking info of a fulfillment', async () => {
		const target = unshipped();
		const created = await runFulfillment({ operation: 'create', orderId: target.id, tracking: { trackingInfo: [{ trackingNumber: 'OLD1' }] } }, onEmulator());
		const fulfillmentId = jsonOf(created)[0].id as string;
		expect(fulfillmentId).toMatch(/^\d{26}$/);
		const updated = await runFulfillment(
			{ operation: 'updateTracking', orderId: target.id, fulfillmentId, tracking: { trackingInfo: [{ trackingNumber: 'NEW1', trackingCompany: 'DHL', trackingUrl: 'https://dhl.example.com/NEW1' }] } },
			onEmulator(),
		);
		expect(updated.error).toBeUndefined();
		expect(jsonOf(updated)[0]).toMatchObject({ id: fulfillmentId, tracking_number: 'NEW1', tracking_numbers: ['NEW1'] });
		const listed = await runFulfillment({ operation: 'getAll', orderId: target.id, returnAll: true }, onEmulator());
		expect(jsonOf(listed).map((entry) => entry.tracking_info_list)).toEqual([[{ tracking_number: 'NEW1', tracking_company: 'DHL', tracking_url: 'https://dhl.example.com/NEW1' }]]);
	});
});
