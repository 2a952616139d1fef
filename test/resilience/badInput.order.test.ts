import { ORDER_COUNT, orderId, readOrder } from '../../emulator/shopline/orders';
import { ShoplineStore } from '../../emulator/shoplineStore';
import { badInputTable, V, type Row } from './badInput.harness';

/** Bad input for the Order and Fulfillment operations; what each row checks is in badInput.harness.ts. */

// The harness's emulator store holds 50 products; the orders do not depend on its size.
const orders = Array.from({ length: ORDER_COUNT }, (_, n) => readOrder(new ShoplineStore(50), orderId(n))!);
const open = orders.filter((order) => order.status === 'open' && order.fulfillment_status === null);
const shipped = orders.filter((order) => order.fulfillments.length > 0);
/** Writes that may not be repeated on one order take the order of their item: three different ones. */
const byItem = (ids: string[]) => `={{ ${JSON.stringify(ids.slice(0, 3))}[$itemIndex] }}`;
const openIds = open.map((order) => order.id);
const firstLines = open.map((order) => order.line_items[0].id);
const SHIPPED_ORDER = shipped[0].id;
const FULFILLMENT = shipped[0].fulfillments[0].id;
const TOO_BIG = Number('21050224312121887324667162');
const MANY_TAGS = Array.from({ length: 251 }, (_, n) => `T${n}`).join(',');

const list = (extra: Record<string, unknown>) => ({ resource: 'order', operation: 'getAll', limit: 3, ...extra });
const count = (extra: Record<string, unknown>) => ({ resource: 'order', operation: 'count', ...extra });
const get = (extra: Record<string, unknown>) => ({ resource: 'order', operation: 'get', orderId: openIds[0], ...extra });
const update = (extra: Record<string, unknown>) => ({ resource: 'order', operation: 'update', orderId: openIds[0], ...extra });
const cancel = (extra: Record<string, unknown>) => ({ resource: 'order', operation: 'cancel', orderId: byItem(openIds), ...extra });
const ship = (extra: Record<string, unknown>) => ({ resource: 'fulfillment', operation: 'create', orderId: byItem(openIds), ...extra });
const chosen = (line: Record<string, unknown>) => ship({ itemsToFulfill: 'chosen', lineItems: { lineItem: [{ id: byItem(firstLines), quantity: 1, ...line }] } });
const track = (extra: Record<string, unknown>) => ({ resource: 'fulfillment', operation: 'updateTracking', orderId: SHIPPED_ORDER, fulfillmentId: FULFILLMENT, tracking: { trackingInfo: [{ trackingNumber: 'NEW1' }] }, ...extra });
const listShipments = (extra: Record<string, unknown>) => ({ resource: 'fulfillment', operation: 'getAll', orderId: SHIPPED_ORDER, ...extra });

const rows: Array<[string, Row]> = [
	// Order → Get Many
	['order status closed', { node: 'shopline', parameters: list({ filters: { status: V } }), good: 'open', bad: 'closed', message: 'Status: "closed" is not valid — use one of "open", "cancelled", "any"' }],
	['order financial status any on a list', { node: 'shopline', parameters: list({ filters: { financialStatus: V } }), good: 'paid', bad: 'any', message: 'Financial Status: "any" is not valid — use one of "unpaid", "authorized"' }],
	['order fulfillment status fulfilled', { node: 'shopline', parameters: list({ filters: { fulfillmentStatus: V } }), good: 'shipped', bad: 'fulfilled', message: 'Fulfillment Status: "fulfilled" is not valid — use one of "unshipped", "partial", "shipped"' }],
	['order created after not a date', { node: 'shopline', parameters: list({ filters: { createdAtMin: V } }), good: '2026-01-01T00:00:00Z', bad: 'yesterday', message: 'Created After: "yesterday" is not valid — use an ISO 8601 date' }],
	['order created range reversed', { node: 'shopline', parameters: list({ filters: { createdAtMin: '2026-01-05', createdAtMax: V } }), good: '2026-01-20', bad: '2026-01-01', message: 'Created Before: "2026-01-01" is not valid — use a time not earlier than Created After' }],
	['order updated after impossible date', { node: 'shopline', parameters: list({ filters: { updatedAtMin: V } }), good: '2026-01-01', bad: '2026-02-30T25:00:00Z', message: 'Updated After: "2026-02-30T25:00:00Z" is not valid' }],
	['order updated before as an object', { node: 'shopline', parameters: list({ filters: { updatedAtMax: V } }), good: '2026-12-31', bad: { at: 1 }, message: 'Updated Before: an object is not valid' }],
	['order since ID with letters', { node: 'shopline', parameters: list({ filters: { sinceId: V } }), good: openIds[0], bad: 'after-1001', message: 'Since ID: "after-1001" is not valid — use the ID as text of digits' }],
	['order fields with semicolons', { node: 'shopline', parameters: list({ options: { fields: V } }), good: 'id,name', bad: 'id;name', message: 'Fields: "id;name" is not valid' }],
	['order page size over 100', { node: 'shopline', parameters: list({ options: { pageSize: V } }), good: 100, bad: 101, message: 'Page Size: 101 is not valid — use a whole number from 1 to 100' }],
	['order max pages 0', { node: 'shopline', parameters: list({ options: { maxPages: V } }), good: 5, bad: 0, message: 'Max Pages: 0 is not valid' }],
	['order limit 0', { node: 'shopline', parameters: list({ limit: V }), good: 3, bad: 0, message: 'Limit: 0 is not valid' }],
	['order return all as words', { node: 'shopline', parameters: list({ returnAll: V, filters: { sinceId: orders[ORDER_COUNT - 5].id } }), good: true, bad: 'all', message: 'Return All: "all" is not valid — use true or false' }],
	// Order → Count
	['count status unknown', { node: 'shopline', parameters: count({ filters: { status: V } }), good: 'any', bad: 'archived', message: 'Status: "archived" is not valid' }],
	['count financial status unknown', { node: 'shopline', parameters: count({ filters: { financialStatus: V } }), good: 'any', bad: 'voided', message: 'Financial Status: "voided" is not valid — use one of "any", "unpaid"' }],
	['count fulfillment status unknown', { node: 'shopline', parameters: count({ filters: { fulfillmentStatus: V } }), good: 'any', bad: 'unfulfilled', message: 'Fulfillment Status: "unfulfilled" is not valid — use one of "any", "unshipped"' }],
	['count created before not a date', { node: 'shopline', parameters: count({ filters: { createdAtMax: V } }), good: '2026-12-31', bad: 'soon', message: 'Created Before: "soon" is not valid' }],
	['count updated range reversed', { node: 'shopline', parameters: count({ filters: { updatedAtMin: '2026-06-01', updatedAtMax: V } }), good: '2026-07-01', bad: '2026-05-01', message: 'Updated Before: "2026-05-01" is not valid — use a time not earlier than Updated After' }],
	// Order → Get
	['order ID with letters', { node: 'shopline', parameters: get({ orderId: V }), good: openIds[0], good2: openIds[1], bad: 'D1001', message: 'Order ID: "D1001" is not valid — use the ID as text of digits' }],
	['order ID as a 26-digit number', { node: 'shopline', parameters: get({ orderId: V }), good: openIds[0], good2: openIds[1], bad: TOO_BIG, message: `Order ID: ${String(TOO_BIG)} is not valid` }],
	['order ID empty', { node: 'shopline', parameters: get({ orderId: V }), good: openIds[0], good2: openIds[1], bad: ' ', message: 'Order ID: an empty value is not valid' }],
	['get fields as a number', { node: 'shopline', parameters: get({ options: { fields: V } }), good: 'id,name', bad: 42, message: 'Fields: 42 is not valid' }],
	// Order → Update
	['update order ID as an object', { node: 'shopline', parameters: update({ orderId: V, updateFields: { tags: 'A' } }), good: openIds[0], good2: openIds[1], bad: { id: 1 }, message: 'Order ID: an object is not valid' }],
	['update email without @', { node: 'shopline', parameters: update({ updateFields: { email: V } }), good: 'buyer@example.com', bad: 'buyer.example.com', message: 'Email: "buyer.example.com" is not valid — use an email address such as name@email.com' }],
	['update email too long', { node: 'shopline', parameters: update({ updateFields: { email: V } }), good: 'buyer@example.com', bad: `${'b'.repeat(60)}@example.com`, message: `Email: "${'b'.repeat(60)}@example.com" is not valid` }],
	['update phone with words', { node: 'shopline', parameters: update({ updateFields: { phone: V } }), good: '+1 555 0100', bad: 'call me', message: 'Phone: "call me" is not valid — use a phone number of digits' }],
	['update tags as an object', { node: 'shopline', parameters: update({ updateFields: { tags: V } }), good: 'VIP', bad: { tag: 'VIP' }, message: 'Tags: an object is not valid — use tags separated by commas' }],
	['update tags over 250', { node: 'shopline', parameters: update({ updateFields: { tags: V } }), good: 'VIP', bad: MANY_TAGS, message: `Tags: "${MANY_TAGS.slice(0, 77)}..." is not valid — use at most 250 tags` }],
	['update tag over 255 characters', { node: 'shopline', parameters: update({ updateFields: { tags: V } }), good: 'VIP', bad: ['VIP', 'w'.repeat(300)], message: `Tags: a list is not valid — use tags of at most 255 characters each; "${'w'.repeat(77)}..." has 300` }],
	['note attribute without a name', { node: 'shopline', parameters: update({ noteAttributes: { noteAttribute: [{ name: V, value: 'x' }] } }), good: 'Source', bad: '', message: 'Note Attributes → Name (note attribute 1): an empty value is not valid' }],
	['note attribute value as a list', { node: 'shopline', parameters: update({ noteAttributes: { noteAttribute: [{ name: 'Source', value: V }] } }), good: 'Shop', bad: ['a'], message: 'Note Attributes → Value (note attribute 1): a list is not valid' }],
	// Order → Cancel
	['cancel order ID with a dash', { node: 'shopline', parameters: cancel({ orderId: V }), good: openIds[0], good2: openIds[2], bad: '2105-0224', message: 'Order ID: "2105-0224" is not valid' }],
	['cancel reason too long', { node: 'shopline', parameters: cancel({ additionalFields: { reason: V } }), good: 'Out of stock', bad: 'x'.repeat(501), message: 'Reason: "' }],
	['cancel restock as words', { node: 'shopline', parameters: cancel({ additionalFields: { restock: V } }), good: true, bad: 'yes', message: 'Restock: "yes" is not valid — use true or false' }],
	['cancel notify as a number', { node: 'shopline', parameters: cancel({ additionalFields: { notifyCustomer: V } }), good: false, bad: 2, message: 'Notify Customer: 2 is not valid — use true or false' }],
	// Fulfillment → Create
	['ship order ID empty', { node: 'shopline', parameters: ship({ orderId: V }), good: openIds[0], good2: openIds[2], bad: '', message: 'Order ID: an empty value is not valid' }],
	['ship items to fulfill unknown', { node: 'shopline', parameters: ship({ itemsToFulfill: V }), good: 'all', bad: 'some', message: 'Items to Fulfill: "some" is not valid — use one of "all", "chosen"' }],
	['ship line item ID with letters', { node: 'shopline', parameters: ship({ itemsToFulfill: 'chosen', lineItems: { lineItem: [{ id: V, quantity: 1 }] } }), good: firstLines[0], good2: firstLines[2], bad: 'line-1', message: 'Line Items → Line Item ID (line item 1): "line-1" is not valid — use the line item ID as text of digits' }],
	['ship quantity 0', { node: 'shopline', parameters: chosen({ quantity: V }), good: 1, bad: 0, message: 'Line Items → Quantity (line item 1): 0 is not valid — use a whole number from 1 to 1000000' }],
	['ship quantity fractional', { node: 'shopline', parameters: chosen({ quantity: V }), good: '1', bad: 1.5, message: 'Line Items → Quantity (line item 1): 1.5 is not valid' }],
	['ship tracking number empty', { node: 'shopline', parameters: ship({ tracking: { trackingInfo: [{ trackingNumber: V }] } }), good: 'AB123', bad: ' ', message: 'Tracking → Tracking Number (tracking info 1): an empty value is not valid' }],
	['ship tracking number too long', { node: 'shopline', parameters: ship({ tracking: { trackingInfo: [{ trackingNumber: V }] } }), good: 'AB123', bad: '9'.repeat(101), message: 'Tracking → Tracking Number (tracking info 1): "' }],
	['ship tracking company as an object', { node: 'shopline', parameters: ship({ tracking: { trackingInfo: [{ trackingNumber: 'AB123', trackingCompany: V }] } }), good: 'DHL', bad: { name: 'DHL' }, message: 'Tracking → Tracking Company (tracking info 1): an object is not valid' }],
	['ship tracking URL not http', { node: 'shopline', parameters: ship({ tracking: { trackingInfo: [{ trackingNumber: 'AB123', trackingUrl: V }] } }), good: 'https://track.example.com/AB123', bad: 'ftp://track.example.com/AB123', message: 'Tracking → Tracking URL (tracking info 1): "ftp://track.example.com/AB123" is not valid — use a web address starting with http:// or https://' }],
	['ship notify as words', { node: 'shopline', parameters: ship({ notifyCustomer: V }), good: false, bad: 'maybe', message: 'Notify Customer: "maybe" is not valid — use true or false' }],
	// Fulfillment → Update Tracking
	['tracking order ID with letters', { node: 'shopline', parameters: track({ orderId: V }), good: SHIPPED_ORDER, bad: 'abc', message: 'Order ID: "abc" is not valid' }],
	['tracking fulfillment ID with letters', { node: 'shopline', parameters: track({ fulfillmentId: V }), good: FULFILLMENT, bad: 'pkg-1', message: 'Fulfillment ID: "pkg-1" is not valid — use the ID as text of digits' }],
	['tracking fulfillment ID empty', { node: 'shopline', parameters: track({ fulfillmentId: V }), good: FULFILLMENT, bad: '', message: 'Fulfillment ID: an empty value is not valid' }],
	['tracking number as a list', { node: 'shopline', parameters: track({ tracking: { trackingInfo: [{ trackingNumber: V }] } }), good: 'NEW1', bad: ['NEW1'], message: 'Tracking → Tracking Number (tracking info 1): a list is not valid' }],
	['tracking URL without a host', { node: 'shopline', parameters: track({ tracking: { trackingInfo: [{ trackingNumber: 'NEW1', trackingUrl: V }] } }), good: 'https://dhl.example.com/NEW1', bad: 'https://NEW1', message: 'Tracking → Tracking URL (tracking info 1): "https://NEW1" is not valid' }],
	['tracking notify as a number', { node: 'shopline', parameters: track({ notifyCustomer: V }), good: true, bad: 0, message: 'Notify Customer: 0 is not valid' }],
	// Fulfillment → Get Many
	['shipments order ID with a space', { node: 'shopline', parameters: listShipments({ orderId: V }), good: SHIPPED_ORDER, bad: '2105 0224', message: 'Order ID: "2105 0224" is not valid' }],
	['shipments limit negative', { node: 'shopline', parameters: listShipments({ limit: V }), good: 5, bad: -1, message: 'Limit: -1 is not valid' }],
];

badInputTable(rows);
