import type { IDataObject } from 'n8n-workflow';

/** How long a delivery ID is remembered, and how many at most. */
export const REMEMBER_MS = 24 * 60 * 60 * 1000;
export const REMEMBER_MAX = 1000;

/**
 * Remembers the X-Shopline-Webhook-Id of deliveries that started an execution, in the
 * workflow's static data (n8n stores it with the workflow, so it survives restarts and is
 * shared by whatever process handles the next delivery). A redelivery carries the same ID.
 * Returns false when the ID was seen within the last 24 hours (of the last 1000).
 */
export function rememberDelivery(staticData: IDataObject, webhookId: string, now = Date.now()): boolean {
	const before = (staticData.seenWebhookIds ?? {}) as Record<string, number>;
	const kept = Object.entries(before)
		.filter(([, at]) => typeof at === 'number' && now - at < REMEMBER_MS)
		.sort((a, b) => a[1] - b[1]);
	if (kept.some(([id]) => id === webhookId)) return false;
	kept.push([webhookId, now]);
	// A new object each time: n8n notices the change and saves it with the workflow.
	staticData.seenWebhookIds = Object.fromEntries(kept.slice(-REMEMBER_MAX));
	return true;
}
