import { createHash } from 'crypto';
import type { IDataObject } from 'n8n-workflow';

/** How long a delivery is remembered, and how many at most (per trigger). */
export const REMEMBER_MS = 24 * 60 * 60 * 1000;
export const REMEMBER_MAX = 1000;
/** How many triggers (workflow + node) this process remembers deliveries for; the least recently used goes first. */
export const REMEMBERED_TRIGGERS = 100;
/** A delivery ID longer than this is kept as its SHA-256, so no header can bloat the lists. */
const LONGEST_KEPT_ID = 128;

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/**
 * What tells a delivery from its redeliveries: X-Shopline-Webhook-Id (SHOPLINE sends the same
 * one again), else — for a sender that gives none — the SHA-256 of the topic and the body.
 */
export function deliveryKey(webhookId: string | undefined, topic: string, rawBody: Buffer): string {
	if (webhookId === undefined || webhookId === '') return `body-sha256:${sha256(Buffer.concat([Buffer.from(`${topic}\n`), rawBody]))}`;
	return webhookId.length > LONGEST_KEPT_ID ? `id-sha256:${sha256(webhookId)}` : webhookId;
}

/**
 * This process's own record of the deliveries that started a run, per trigger. n8n saves
 * static data only after the delivery is answered: a copy arriving in between reads the list
 * from before, so the process keeps the IDs too, from the moment they are accepted.
 */
const inProcess = new Map<string, Map<string, number>>();

function fresh(seen: Record<string, number> | Map<string, number>, now: number): Array<[string, number]> {
	const entries = seen instanceof Map ? [...seen] : Object.entries(seen);
	return entries.filter(([, at]) => typeof at === 'number' && now - at < REMEMBER_MS).sort((a, b) => a[1] - b[1]);
}

function processRecord(trigger: string, now: number): Map<string, number> {
	const kept = new Map(fresh(inProcess.get(trigger) ?? new Map<string, number>(), now));
	// Re-inserted: the Map's order is then least recently used first.
	inProcess.delete(trigger);
	inProcess.set(trigger, kept);
	while (inProcess.size > REMEMBERED_TRIGGERS) inProcess.delete(inProcess.keys().next().value as string);
	return kept;
}

/**
 * Remembers a delivery that is about to start a run, under `trigger` (the workflow and node it
 * reached), both in this process and in the workflow's static data (n8n stores that with the
 * workflow, so it survives restarts and is read by whatever process takes the next delivery).
 * Returns false when the key was seen within the last 24 hours (of the last 1000) in either.
 * Check and record happen in one synchronous step: two copies in this process cannot both pass.
 */
export function rememberDelivery(trigger: string, staticData: IDataObject, key: string, now = Date.now()): boolean {
	const memory = processRecord(trigger, now);
	const stored = fresh((staticData.seenWebhookIds ?? {}) as Record<string, number>, now);
	if (memory.has(key) || stored.some(([id]) => id === key)) return false;
	memory.set(key, now);
	while (memory.size > REMEMBER_MAX) memory.delete(memory.keys().next().value as string);
	stored.push([key, now]);
	// A new object each time: n8n notices the change and saves it with the workflow.
	staticData.seenWebhookIds = Object.fromEntries(stored.slice(-REMEMBER_MAX));
	return true;
}
