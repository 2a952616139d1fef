import { collectionId, orderId, productId } from '../../emulator';
import { badInputTable, V, type Row } from './badInput.harness';

/**
 * Bad input in the record fields' modes (By ID, By URL, From List); what each row checks is in
 * badInput.harness.ts. The message names the field and shows the value as typed.
 */

const ID = productId(0);
const mode = (name: 'list' | 'id' | 'url') => ({ __rl: true, mode: name, value: V });
const adminUrl = (path: string) => `https://emulator.myshopline.com/admin/${path}`;
const getProduct = (productIdValue: unknown) => ({ resource: 'product', operation: 'get', productId: productIdValue });

const rows: Array<[string, Row]> = [
	['product By ID with letters', { node: 'shopline', parameters: getProduct(mode('id')), good: ID, bad: 'abc123', message: 'Product ID: "abc123" is not valid — use the ID as text of digits' }],
	['product By ID as a number too long to be exact', { node: 'shopline', parameters: getProduct(mode('id')), good: ID, bad: Number(ID), message: `Product ID: ${Number(ID)} is not valid — use the ID as text of digits` }],
	['product By URL of an order', { node: 'shopline', parameters: getProduct(mode('url')), good: adminUrl(`products/${ID}`), bad: adminUrl(`orders/${orderId(0)}`), message: `Product ID: "${adminUrl(`orders/${orderId(0)}`)}" is not valid — use an address such as https://open001.myshopline.com/admin/products/` }],
	['product By URL of the storefront', { node: 'shopline', parameters: getProduct(mode('url')), good: adminUrl(`products/${ID}`), bad: 'https://emulator.myshopline.com/products/product-1', message: 'Product ID: "https://emulator.myshopline.com/products/product-1" is not valid — use an address such as' }],
	['product By URL as a number', { node: 'shopline', parameters: getProduct(mode('url')), good: adminUrl(`products/${ID}`), bad: 42, message: 'Product ID: 42 is not valid — use an address such as' }],
	['product From List empty', { node: 'shopline', parameters: getProduct(mode('list')), good: ID, bad: '', message: 'Product ID: an empty value is not valid' }],
	['order By URL that is not an address', { node: 'shopline', parameters: { resource: 'order', operation: 'get', orderId: mode('url') }, good: adminUrl(`orders/${orderId(0)}`), bad: 'order #1001', message: 'Order ID: "order #1001" is not valid — use an address such as https://open001.myshopline.com/admin/orders/' }],
	['order By ID with a "#"', { node: 'shopline', parameters: { resource: 'order', operation: 'get', orderId: mode('id') }, good: orderId(0), bad: '#1001', message: 'Order ID: "#1001" is not valid — use the ID as text of digits' }],
	['collection By ID with letters', { node: 'shopline', parameters: { resource: 'collection', operation: 'get', collectionId: mode('id') }, good: collectionId(0), bad: 'spring', message: 'Collection ID: "spring" is not valid — use the ID as text of digits' }],
	['products filter Collection ID with letters', { node: 'shopline', parameters: { resource: 'product', operation: 'getAll', limit: 1, filters: { collectionId: mode('id') } }, good: collectionId(0), bad: 'spring', message: 'Collection ID: "spring" is not valid — use the ID as text of digits' }],
];

badInputTable(rows);
