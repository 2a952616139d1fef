import { productId } from '../../emulator';
import { badInputTable, V, type Row } from './badInput.harness';

/** Bad input in Simplify (1688 item details, SHOPLINE products); what each row checks is in badInput.harness.ts. */

const rows: Array<[string, Row]> = [
	['1688 detail Simplify as a word', { node: 'tmapi', parameters: { resource: 'item', operation: 'getDetailById', offerId: '859086919394', simplify: V }, good: true, bad: 'maybe', message: 'Simplify: "maybe" is not valid — use true or false' }],
	['1688 detail by URL Simplify as a number', { node: 'tmapi', parameters: { resource: 'item', operation: 'getDetail', productUrl: '859086919394', simplify: V }, good: 'true', bad: 1, message: 'Simplify: 1 is not valid — use true or false' }],
	['product Get Simplify as a word', { node: 'shopline', parameters: { resource: 'product', operation: 'get', productId: productId(0), simplify: V }, good: true, bad: 'yes', message: 'Simplify: "yes" is not valid — use true or false' }],
	['products Get Many Simplify as a list', { node: 'shopline', parameters: { resource: 'product', operation: 'getAll', limit: 1, simplify: V }, good: false, bad: [true], message: 'Simplify: a list is not valid — use true or false' }],
];

badInputTable(rows);
