import { createHmac } from 'node:crypto';

import type { EmulatorOptions, Reply } from '../options';
import type { ShoplineRoute } from './routing';
import type { ShoplineStore } from '../shoplineStore';

/**
 * Webhook subscriptions: GET/POST webhooks.json, GET webhooks/count.json, GET/PUT/DELETE
 * {id}/webhooks.json (SHOPLINE's own odd path). And deliveries: `deliver` POSTs a payload to
 * every subscription of a topic, signed like SHOPLINE signs (HMAC-SHA256 of the body with the
 * app secret in X-Shopline-Hmac-Sha256), or signed wrong on purpose.
 */

export const WEBHOOK_TOPICS = new Set([
	'products/create', 'products/update', 'products/delete', 'products/status_changed',
	'inventory_levels/update', 'inventory_levels/connect', 'inventory_levels/disconnect',
	'inventory_items/create', 'inventory_items/update', 'inventory_items/delete',
	'orders/create', 'orders/paid', 'orders/updated', 'orders/cancelled', 'orders/fulfilled',
	'orders/partially_fulfilled', 'orders/edited', 'orders/delete',
	'fulfillments/create', 'fulfillments/update', 'refunds/create', 'refunds/update',
]);

const OLDEST_VERSION = 'v20240601';
export const SHOP_DOMAIN = 'emulator.myshopline.com';
const SHOP_ID = '1610000000000000000000001';
const MERCHANT_ID = '2000000000000000000000001';

export interface Subscription {
	id: string;
	address: string;
	topic: string;
	api_version: string;
	created_at: string;
	updated_at: string;
}

interface WebhookState {
	subscriptions: Subscription[];
	next: number;
	deliveries: number;
}

const states = new WeakMap<ShoplineStore, WebhookState>();

export function webhookState(store: ShoplineStore): WebhookState {
	let state = states.get(store);
	if (!state) {
		state = { subscriptions: [], next: 1, deliveries: 0 };
		states.set(store, state);
	}
	return state;
}

const now = () => new Date(Math.floor(Date.now() / 1000) * 1000).toISOString().replace('.000Z', '+00:00');
const invalid = (field: string, message: string): Reply => ({ status: 422, body: { errors: { [field]: [message] } } });

function badAddress(address: unknown): boolean {
	if (typeof address !== 'string') return true;
	try {
		return !/^https?:$/.test(new URL(address).protocol);
	} catch {
		return true;
	}
}

export const webhookRoute: ShoplineRoute = (ctx, request) => {
	const { resource, body, entry } = request;
	const single = /^(\d+)\/webhooks\.json$/.exec(resource);
	if (!single && resource !== 'webhooks.json' && resource !== 'webhooks/count.json') return undefined;
	const state = webhookState(ctx.store);

	if (entry.method === 'GET' && resource === 'webhooks.json') return { status: 200, body: { webhooks: state.subscriptions } };
	if (entry.method === 'GET' && resource === 'webhooks/count.json') return { status: 200, body: { count: state.subscriptions.length } };
	if (entry.method === 'POST' && resource === 'webhooks.json') {
		const webhook = body.webhook as Record<string, unknown> | undefined;
		if (!webhook || typeof webhook !== 'object') return invalid('webhook', "can't be blank");
		const { address, topic } = webhook;
		const version = webhook.api_version;
		if (badAddress(address)) return invalid('address', 'is invalid');
		if (typeof topic !== 'string' || !WEBHOOK_TOPICS.has(topic)) return invalid('topic', 'Invalid topic');
		if (typeof version !== 'string' || !/^v\d{8}$/.test(version) || version < OLDEST_VERSION) return invalid('api_version', `must be ${OLDEST_VERSION} or later`);
		if (state.subscriptions.some((s) => s.address === address && s.topic === topic)) return invalid('address', 'for this topic has already been taken');
		const at = now();
		const subscription: Subscription = { id: `1900000000000000${String(state.next++).padStart(10, '0')}`, address: address as string, topic, api_version: version, created_at: at, updated_at: at };
		state.subscriptions.push(subscription);
		return { status: 201, body: { webhook: subscription } };
	}
	if (single) {
		const index = state.subscriptions.findIndex((s) => s.id === single[1]);
		if (index < 0) return { status: 404, body: { errors: 'Not Found' } };
		const subscription = state.subscriptions[index];
		if (entry.method === 'GET') return { status: 200, body: { webhook: subscription } };
		if (entry.method === 'PUT') {
			const address = (body.webhook as Record<string, unknown> | undefined)?.address;
			if (badAddress(address)) return invalid('address', 'is invalid');
			if (state.subscriptions.some((s) => s !== subscription && s.address === address && s.topic === subscription.topic)) return invalid('address', 'for this topic has already been taken');
			subscription.address = address as string;
			subscription.updated_at = now();
			return { status: 200, body: { webhook: subscription } };
		}
		if (entry.method === 'DELETE') {
			state.subscriptions.splice(index, 1);
			return { status: 200, body: {} };
		}
	}
	return undefined;
};

export type SignatureMode = 'valid-hex' | 'valid-base64' | 'wrong-secret' | 'tampered' | 'missing';

export interface DeliveryRequest {
	topic: string;
	payload: unknown;
	signature?: SignatureMode;
	/** Same ID again = a redelivery. A new one is made when absent. */
	webhookId?: string;
}

export interface DeliveryResult {
	webhookId: string;
	deliveries: Array<{ subscriptionId: string; address: string; status: number; body: string }>;
}

/** POSTs the payload to every subscription of the topic and reports what each address answered. */
export async function deliver(store: ShoplineStore, options: EmulatorOptions, request: DeliveryRequest): Promise<DeliveryResult> {
	const state = webhookState(store);
	const mode = request.signature ?? 'valid-hex';
	const webhookId = request.webhookId ?? `emu-delivery-${++state.deliveries}`;
	const text = JSON.stringify(request.payload ?? {});
	const sign = (secret: string, encoding: 'hex' | 'base64') => createHmac('sha256', secret).update(text).digest(encoding);
	const signature =
		mode === 'missing' ? undefined : mode === 'valid-base64' ? sign(options.appSecret, 'base64') : mode === 'wrong-secret' ? sign('not-the-app-secret', 'hex') : sign(options.appSecret, 'hex');
	// Tampered: signed, then changed on the way.
	const sent = mode === 'tampered' ? text.replace(/\}$/, ',"tampered":true}') : text;
	const deliveries: DeliveryResult['deliveries'] = [];
	for (const subscription of state.subscriptions.filter((s) => s.topic === request.topic)) {
		const headers: Record<string, string> = {
			'Content-Type': 'application/json; charset=utf-8',
			'X-Shopline-Topic': request.topic,
			'X-Shopline-Shop-Domain': SHOP_DOMAIN,
			'X-Shopline-Shop-Id': SHOP_ID,
			'X-Shopline-Merchant-Id': MERCHANT_ID,
			'X-Shopline-API-Version': subscription.api_version,
			'X-Shopline-Webhook-Id': webhookId,
			...(signature === undefined ? {} : { 'X-Shopline-Hmac-Sha256': signature }),
		};
		try {
			const response = await fetch(subscription.address, { method: 'POST', headers, body: sent, signal: AbortSignal.timeout(30_000) });
			deliveries.push({ subscriptionId: subscription.id, address: subscription.address, status: response.status, body: (await response.text()).slice(0, 500) });
		} catch (error) {
			deliveries.push({ subscriptionId: subscription.id, address: subscription.address, status: 0, body: (error as Error).message });
		}
	}
	return { webhookId, deliveries };
}
