import type { IDataObject, INodePropertyOptions } from 'n8n-workflow';

import { filtersCollection } from '../../../shared/node/descriptions';
import { custom, dateTime, options } from '../../../shared/node/field';
import { fieldsOf, refineDateOrder } from '../common/fields';
import { optionalShoplineId } from '../common/ids';

export const orderFieldsOption = fieldsOf({ placeholder: 'id,name,financial_status,line_items', description: 'Only these order fields (comma-separated)' });

const ANY: INodePropertyOptions & { value: 'any' } = { name: 'Any', value: 'any' };

const FINANCIAL = ['unpaid', 'authorized', 'pending', 'partially_paid', 'paid', 'partially_refunded', 'refunded'] as const;
const SHIPPING = ['unshipped', 'partial', 'shipped'] as const;

const dateFilter = (displayName: string, name: 'createdAtMin' | 'createdAtMax' | 'updatedAtMin' | 'updatedAtMax', description: string) => dateTime({ displayName, name, description });

/** The order filters Get Many and Count share; Count also takes "Any" for each status, and has no Since ID. */
export function orderFilters(forCount: boolean) {
	const withAny = <V extends string>(options: Array<INodePropertyOptions & { value: V }>) => (forCount ? [ANY, ...options] : options);
	const financialStatus = options({
		displayName: 'Financial Status',
		name: 'financialStatus',
		options: withAny<(typeof FINANCIAL)[number]>([
			{ name: 'Authorized', value: 'authorized' },
			{ name: 'Paid', value: 'paid' },
			{ name: 'Partially Paid', value: 'partially_paid' },
			{ name: 'Partially Refunded', value: 'partially_refunded' },
			{ name: 'Pending', value: 'pending' },
			{ name: 'Refunded', value: 'refunded' },
			{ name: 'Unpaid', value: 'unpaid' },
		]),
		values: forCount ? ['any', ...FINANCIAL] : FINANCIAL,
		default: 'paid',
		description: 'Only orders with this payment status',
	});
	const fulfillmentStatus = options({
		displayName: 'Fulfillment Status',
		name: 'fulfillmentStatus',
		options: withAny<(typeof SHIPPING)[number]>([
			{ name: 'Partially Shipped', value: 'partial' },
			{ name: 'Shipped', value: 'shipped' },
			{ name: 'Unshipped', value: 'unshipped' },
		]),
		values: forCount ? ['any', ...SHIPPING] : SHIPPING,
		default: 'unshipped',
		description: 'Only orders with this shipping status',
	});
	const sinceId = custom(
		{ displayName: 'Since ID', name: 'sinceId', type: 'string', default: '', placeholder: '21050224312121887324667162', description: 'Only orders after this order ID' },
		optionalShoplineId,
	);
	const status = options({
		displayName: 'Status',
		name: 'status',
		options: [
			{ name: 'Any', value: 'any', description: 'Open, cancelled and archived orders' },
			{ name: 'Cancelled', value: 'cancelled' },
			{ name: 'Open', value: 'open', description: 'Orders in process' },
		],
		values: ['open', 'cancelled', 'any'],
		default: 'open',
		description: 'Only orders with this order status',
	});
	return filtersCollection(
		[
			dateFilter('Created After', 'createdAtMin', 'Only orders created at or after this time (ISO 8601)'),
			dateFilter('Created Before', 'createdAtMax', 'Only orders created at or before this time (ISO 8601)'),
			financialStatus,
			fulfillmentStatus,
			...(forCount ? [] : [sinceId]),
			status,
			dateFilter('Updated After', 'updatedAtMin', 'Only orders updated at or after this time (ISO 8601): the filter for incremental syncs'),
			dateFilter('Updated Before', 'updatedAtMax', 'Only orders updated at or before this time (ISO 8601)'),
		],
		refineDateOrder,
	);
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
