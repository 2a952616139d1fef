/**
 * The SHOPLINE record fields — every Product, Collection, Order, Location, Customer and Draft Order ID of every
 * operation — are resource locators whose From List mode names a list search the node has,
 * and whose By ID and By URL modes the editor checks as the node does.
 */
import type { INode, INodeProperties } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import { Shopline } from '../../nodes/Shopline/Shopline.node';
import { NODE_TYPE } from '../harness/packages';

const node = new Shopline();
const properties = node.description.properties as INodeProperties[];

/** Every property with where it shows, collections' entries included. */
function allFields(list: readonly INodeProperties[], where = ''): Array<{ where: string; field: INodeProperties }> {
	return list.flatMap((field) => {
		const here = `${where}${field.displayOptions?.show?.resource ?? ''}/${field.displayOptions?.show?.operation ?? ''} ${field.name}`;
		const nested = field.type === 'collection' ? allFields((field.options ?? []) as INodeProperties[], `${here} → `) : [];
		return [{ where: here, field }, ...nested];
	});
}

const RECORD_FIELDS = ['productId', 'collectionId', 'orderId', 'locationId', 'stockLocationId', 'customerId', 'draftOrderId'];

describe('the record fields of the SHOPLINE node', () => {
	const records = allFields(properties).filter(({ field }) => RECORD_FIELDS.includes(field.name));

	it('are resource locators, From List first, in every operation', () => {
		expect(records.length).toBeGreaterThanOrEqual(25);
		expect(records.filter(({ field }) => field.type !== 'resourceLocator').map(({ where }) => where)).toEqual([]);
		expect(records.filter(({ field }) => field.modes?.[0].name !== 'list' || (field.default as { mode?: string }).mode !== 'list').map(({ where }) => where)).toEqual([]);
	});

	it('name list searches the node has', () => {
		const named = new Set(records.map(({ field }) => String(field.modes?.[0].typeOptions?.searchListMethod)));
		expect([...named].sort()).toEqual(Object.keys(node.methods.listSearch).sort());
	});

	it('offer By URL for products and orders only (the admin addresses with the ID in them)', () => {
		const withUrl = new Set(records.filter(({ field }) => field.modes?.some((mode) => mode.name === 'url')).map(({ field }) => field.name));
		expect([...withUrl].sort()).toEqual(['orderId', 'productId']);
	});

	const issuesOf = (productId: unknown) => {
		const workflowNode: INode = { id: 'n1', name: 'SHOPLINE', type: NODE_TYPE.shopline, typeVersion: 1, position: [0, 0], parameters: { resource: 'product', operation: 'get', productId } as INode['parameters'] };
		return NodeHelpers.getNodeParametersIssues(properties, workflowNode, node.description)?.parameters?.productId ?? [];
	};

	it.each([
		['By ID: digits', { __rl: true, mode: 'id', value: '16057850264845250791280282' }, []],
		['By ID: letters', { __rl: true, mode: 'id', value: '1605abc' }, ['Not a product ID: use its digits, e.g. 16057850264845250791280282']],
		['By URL: the admin address', { __rl: true, mode: 'url', value: 'https://open001.myshopline.com/admin/products/16057850264845250791280282' }, []],
		['By URL: the storefront', { __rl: true, mode: 'url', value: 'https://open001.myshopline.com/products/linen-shirt' }, ['Not the SHOPLINE admin address of a product']],
		['By URL: another store host', { __rl: true, mode: 'url', value: 'https://evil.example/admin/products/16057850264845250791280282' }, ['Not the SHOPLINE admin address of a product']],
		['an expression', { __rl: true, mode: 'id', value: '={{ $json.id }}' }, []],
		['From List, nothing picked', { __rl: true, mode: 'list', value: '' }, ['Parameter "Product ID" is required.']],
	])('the editor flags %s as it should', (_case, value, issues) => {
		expect(issuesOf(value)).toEqual(issues);
	});
});
