import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { oneOf } from '../../../shared/node/validation';
import { optionalShoplineId } from '../common/ids';
import { dateFilterShape, fieldsSchema, orderId } from '../common/fields';

/** Fields that several order and fulfillment operations share. */
export const orderIdField = orderId.property;

export const orderFieldsOption: INodeProperties = {
	displayName: 'Fields',
	name: 'fields',
	type: 'string',
	default: '',
	placeholder: 'id,name,financial_status,line_items',
	description: 'Only these order fields (comma-separated)',
};

export { fieldsSchema as orderFieldsSchema };

const ANY: INodePropertyOptions = { name: 'Any', value: 'any' };

/** The order filters Get Many and Count share; Count also takes "Any" for each status. */
export function orderFilters(forCount: boolean): INodeProperties[] {
	const withAny = (options: INodePropertyOptions[]) => (forCount ? [ANY, ...options] : options);
	return [
		{ displayName: 'Created After', name: 'createdAtMin', type: 'dateTime', default: '', description: 'Only orders created at or after this time (ISO 8601)' },
		{ displayName: 'Created Before', name: 'createdAtMax', type: 'dateTime', default: '', description: 'Only orders created at or before this time (ISO 8601)' },
		{
			displayName: 'Financial Status',
			name: 'financialStatus',
			type: 'options',
			options: withAny([
				{ name: 'Authorized', value: 'authorized' },
				{ name: 'Paid', value: 'paid' },
				{ name: 'Partially Paid', value: 'partially_paid' },
				{ name: 'Partially Refunded', value: 'partially_refunded' },
				{ name: 'Pending', value: 'pending' },
				{ name: 'Refunded', value: 'refunded' },
				{ name: 'Unpaid', value: 'unpaid' },
			]),
			default: 'paid',
			description: 'Only orders with this payment status',
		},
		{
			displayName: 'Fulfillment Status',
			name: 'fulfillmentStatus',
			type: 'options',
			options: withAny([
				{ name: 'Partially Shipped', value: 'partial' },
				{ name: 'Shipped', value: 'shipped' },
				{ name: 'Unshipped', value: 'unshipped' },
			]),
			default: 'unshipped',
			description: 'Only orders with this shipping status',
		},
		...(forCount
			? []
			: [{ displayName: 'Since ID', name: 'sinceId', type: 'string', default: '', placeholder: '21050224312121887324667162', description: 'Only orders after this order ID' } as INodeProperties]),
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			options: [
				{ name: 'Any', value: 'any', description: 'Open, cancelled and archived orders' },
				{ name: 'Cancelled', value: 'cancelled' },
				{ name: 'Open', value: 'open', description: 'Orders in process' },
			],
			default: 'open',
			description: 'Only orders with this order status',
		},
		{ displayName: 'Updated After', name: 'updatedAtMin', type: 'dateTime', default: '', description: 'Only orders updated at or after this time (ISO 8601): the filter for incremental syncs' },
		{ displayName: 'Updated Before', name: 'updatedAtMax', type: 'dateTime', default: '', description: 'Only orders updated at or before this time (ISO 8601)' },
	];
}

const FINANCIAL = ['unpaid', 'authorized', 'pending', 'partially_paid', 'paid', 'partially_refunded', 'refunded'] as const;
const SHIPPING = ['unshipped', 'partial', 'shipped'] as const;

/** The checks of the order filters, in the shape of orderFilters(forCount) (Count has no Since ID field, so none comes). */
export function orderFilterShape(forCount: boolean) {
	return {
		status: oneOf(['open', 'cancelled', 'any'] as const).optional(),
		financialStatus: (forCount ? oneOf(['any', ...FINANCIAL] as const) : oneOf(FINANCIAL)).optional(),
		fulfillmentStatus: (forCount ? oneOf(['any', ...SHIPPING] as const) : oneOf(SHIPPING)).optional(),
		sinceId: optionalShoplineId,
		...dateFilterShape,
	};
}

/** The filters as SHOPLINE's query parameters. */
export function toOrderQuery(filters: { status?: string; financialStatus?: string; fulfillmentStatus?: string; sinceId?: string }): IDataObject {
	return {
		status: filters.status,
		financial_status: filters.financialStatus,
		fulfillment_status: filters.fulfillmentStatus,
		since_id: filters.sinceId,
	};
}
