import type { INodePropertyOptions } from 'n8n-workflow';

/**
 * Webhook topics a store can send, as the Admin API names them (SHOPLINE's webhook
 * reference and its Go SDK). Sorted by name, as n8n lists options.
 */
export const TOPIC_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Fulfillment Created', value: 'fulfillments/create' },
	{ name: 'Fulfillment Updated', value: 'fulfillments/update' },
	{ name: 'Inventory Item Created', value: 'inventory_items/create' },
	{ name: 'Inventory Item Deleted', value: 'inventory_items/delete' },
	{ name: 'Inventory Item Updated', value: 'inventory_items/update' },
	{ name: 'Inventory Level Connected', value: 'inventory_levels/connect' },
	{ name: 'Inventory Level Disconnected', value: 'inventory_levels/disconnect' },
	{ name: 'Inventory Level Updated', value: 'inventory_levels/update' },
	{ name: 'Order Cancelled', value: 'orders/cancelled' },
	{ name: 'Order Created', value: 'orders/create' },
	{ name: 'Order Deleted', value: 'orders/delete' },
	{ name: 'Order Edited', value: 'orders/edited' },
	{ name: 'Order Fulfilled', value: 'orders/fulfilled' },
	{ name: 'Order Paid', value: 'orders/paid' },
	{ name: 'Order Partially Fulfilled', value: 'orders/partially_fulfilled' },
	{ name: 'Order Updated', value: 'orders/updated' },
	{ name: 'Product Created', value: 'products/create' },
	{ name: 'Product Deleted', value: 'products/delete' },
	{ name: 'Product Status Changed', value: 'products/status_changed' },
	{ name: 'Product Updated', value: 'products/update' },
	{ name: 'Refund Created', value: 'refunds/create' },
	{ name: 'Refund Updated', value: 'refunds/update' },
];

export const TOPICS: readonly string[] = TOPIC_OPTIONS.map((option) => String(option.value));

/** The oldest API version SHOPLINE accepts for a webhook subscription. */
export const OLDEST_WEBHOOK_VERSION = 'v20240601';
