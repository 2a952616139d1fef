import { allCustomers } from '../../emulator/shopline/customers';
import { productId, ShoplineStore } from '../../emulator/shoplineStore';
import { badInputTable, V, type Row } from './badInput.harness';

/** Bad input for the Draft Order operations; what each row checks is in badInput.harness.ts. */

const store = new ShoplineStore(50);
const variant = String(store.get(productId(1))!.variants[0].id);
const buyer = allCustomers(store)[0].id;
const line = (extra: Record<string, unknown>) => ({ lineItems: { lineItem: [{ variantId: variant, quantity: 1, ...extra }] } });
const create = (extra: Record<string, unknown>) => ({ resource: 'draftOrder', operation: 'create', ...line({}), ...extra });

const rows: Array<[string, Row]> = [
	// Draft Order → Create
	['draft variant ID with letters', { node: 'shopline', parameters: create(line({ variantId: V })), good: variant, bad: 'SKU-1', message: 'Line Items → Variant ID (line item 1): "SKU-1" is not valid — use the variant ID as text of digits' }],
	['draft variant ID empty', { node: 'shopline', parameters: create(line({ variantId: V })), good: variant, bad: ' ', message: 'Line Items → Variant ID (line item 1): an empty value is not valid' }],
	['draft quantity 0', { node: 'shopline', parameters: create(line({ quantity: V })), good: 1, bad: 0, message: 'Line Items → Quantity (line item 1): 0 is not valid — use a whole number from 1 to 99999' }],
	['draft quantity over 99999', { node: 'shopline', parameters: create(line({ quantity: V })), good: '2', bad: 100000, message: 'Line Items → Quantity (line item 1): 100000 is not valid' }],
	['draft quantity fractional', { node: 'shopline', parameters: create(line({ quantity: V })), good: 1, bad: 1.5, message: 'Line Items → Quantity (line item 1): 1.5 is not valid' }],
	['draft quantity in words', { node: 'shopline', parameters: create(line({ quantity: V })), good: 1, bad: 'two', message: 'Line Items → Quantity (line item 1): "two" is not valid' }],
	['draft price negative', { node: 'shopline', parameters: create(line({ price: V })), good: '19.90', bad: '-1', message: 'Line Items → Price (line item 1): "-1" is not valid — use a price of 0 to 99999999.99 with at most 2 decimals' }],
	['draft price three decimals', { node: 'shopline', parameters: create(line({ price: V })), good: 5, bad: '5.999', message: 'Line Items → Price (line item 1): "5.999" is not valid' }],
	['draft price too large', { node: 'shopline', parameters: create(line({ price: V })), good: '5', bad: 1e12, message: 'Line Items → Price (line item 1): 1000000000000 is not valid' }],
	['draft price with a currency', { node: 'shopline', parameters: create(line({ price: V })), good: '5', bad: '$5', message: 'Line Items → Price (line item 1): "$5" is not valid' }],
	['draft customer ID with letters', { node: 'shopline', parameters: create({ additionalFields: { customerId: V } }), good: buyer, bad: 'bob', message: 'Customer ID: "bob" is not valid' }],
	['draft note over 1024', { node: 'shopline', parameters: create({ additionalFields: { note: V } }), good: 'Phone order', bad: 'n'.repeat(1025), message: 'Note: "' }],
	['draft 100 tags', { node: 'shopline', parameters: create({ additionalFields: { tags: V } }), good: 'a,b', bad: Array.from({ length: 100 }, (_, n) => `t${n}`).join(','), message: 'Tags: "t0,t1' }],
	['draft tag over 255', { node: 'shopline', parameters: create({ additionalFields: { tags: V } }), good: 'a', bad: 't'.repeat(256), message: 'Tags: "ttt' }],
];

badInputTable(rows);
