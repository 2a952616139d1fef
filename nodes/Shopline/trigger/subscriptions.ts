import { NodeOperationError, type IDataObject, type IHookFunctions } from 'n8n-workflow';

import { createShoplineClient, oneAtATime, type ShoplineClient } from '../api/client';
import { activationSettings } from './settings';

/**
 * The trigger's webhook subscriptions: one per chosen topic, all at this node's webhook URL
 * and the chosen API version, their IDs kept in the node's static data ({topic: id}). Every
 * call goes through the SHOPLINE api client (pacing, retries, API error text with traceId).
 */

/** Activation makes a few calls: one at a time, the usual retries. */
const HOOK_RUN = oneAtATime();

interface Subscription {
	id: string;
	address: string;
	topic: string;
	api_version?: string;
}

const storedIds = (ctx: IHookFunctions) => (ctx.getWorkflowStaticData('node').subscriptions ?? {}) as Record<string, string>;

function storeIds(ctx: IHookFunctions, ids: Record<string, string>): void {
	const data = ctx.getWorkflowStaticData('node');
	if (Object.keys(ids).length === 0) delete data.subscriptions;
	else data.subscriptions = { ...ids };
}

/** GET webhooks.json: every subscription of the app (the list is not paged). */
async function listSubscriptions(client: ShoplineClient): Promise<Subscription[]> {
	const { body } = await client.request({ method: 'GET', path: 'webhooks.json', itemIndex: 0 });
	const list = ((body ?? {}) as IDataObject).webhooks;
	if (!Array.isArray(list)) return [];
	return list.map((entry) => {
		const webhook = entry as IDataObject;
		return { id: String(webhook.id), address: String(webhook.address ?? ''), topic: String(webhook.topic ?? ''), api_version: webhook.api_version as string | undefined };
	});
}

interface Plan {
	/** At this address, one per chosen topic, at the chosen version: kept. */
	keep: Map<string, Subscription>;
	/** At this address but for a topic not chosen, at another version, or a second one for a topic: removed. */
	stale: Subscription[];
	/** Chosen topics with nothing to keep: subscribed. */
	missing: string[];
}

/** What it takes to go from the subscriptions there are to exactly the chosen topics at the chosen version. */
function plan(list: Subscription[], { topics, apiVersion, address }: { topics: string[]; apiVersion: string; address: string }): Plan {
	const keep = new Map<string, Subscription>();
	const stale: Subscription[] = [];
	for (const webhook of list.filter((entry) => entry.address === address)) {
		if (topics.includes(webhook.topic) && webhook.api_version === apiVersion && !keep.has(webhook.topic)) keep.set(webhook.topic, webhook);
		else stale.push(webhook);
	}
	return { keep, stale, missing: topics.filter((topic) => !keep.has(topic)) };
}

const idsOf = (keep: Map<string, Subscription>) => Object.fromEntries([...keep].map(([topic, webhook]) => [topic, webhook.id]));

/**
 * checkExists: true only when the subscriptions at this address are exactly the chosen
 * topics at the chosen API version — none missing, none at another version, none for a
 * topic not chosen. Then their IDs are kept.
 */
export async function checkExists(ctx: IHookFunctions): Promise<boolean> {
	const settings = await activationSettings(ctx);
	const { keep, stale, missing } = plan(await listSubscriptions(await createShoplineClient(ctx, HOOK_RUN)), settings);
	if (stale.length > 0 || missing.length > 0) return false;
	storeIds(ctx, idsOf(keep));
	return true;
}

/**
 * DELETE {id}/webhooks.json (that is the official path). Resolves to the client's error
 * (its NodeApiError) when that fails; one already gone (404) counts as deleted.
 */
async function unsubscribe(client: ShoplineClient, id: string): Promise<Error | undefined> {
	try {
		await client.request({ method: 'DELETE', path: `${encodeURIComponent(id)}/webhooks.json`, itemIndex: 0 });
		return undefined;
	} catch (error) {
		return (error as { httpCode?: string | null }).httpCode === '404' ? undefined : (error as Error);
	}
}

/**
 * create: makes the subscriptions at this address exactly the chosen topics at the chosen
 * version. It first removes those at this address for a topic not chosen or at another
 * version (SHOPLINE cannot change a subscription's version, and allows one per address and
 * topic), then POSTs webhooks.json {webhook: {address, topic, api_version}} for each chosen
 * topic left without one. The kept IDs are stored first and each new one as soon as it is
 * made, so a failure part-way leaves nothing made that delete would not find.
 */
export async function create(ctx: IHookFunctions): Promise<boolean> {
	const settings = await activationSettings(ctx);
	const { address, apiVersion } = settings;
	const client = await createShoplineClient(ctx, HOOK_RUN);
	const { keep, stale, missing } = plan(await listSubscriptions(client), settings);
	const ids = idsOf(keep);
	storeIds(ctx, ids);
	for (const webhook of stale) {
		const failure = await unsubscribe(client, webhook.id);
		if (failure) throw failure;
	}
	for (const topic of missing) {
		const { body } = await client.request({ method: 'POST', path: 'webhooks.json', body: { webhook: { address, topic, api_version: apiVersion } }, itemIndex: 0 });
		const made = ((body ?? {}) as IDataObject).webhook as IDataObject | undefined;
		if (made?.id === undefined || made.id === null) {
			throw new NodeOperationError(ctx.getNode(), `SHOPLINE answered the subscription to ${topic} without a webhook ID`);
		}
		ids[topic] = String(made.id);
		storeIds(ctx, ids);
	}
	return true;
}

/** delete: unsubscribes every kept ID; false when a failure other than 404 remains. */
export async function remove(ctx: IHookFunctions): Promise<boolean> {
	const ids = storedIds(ctx);
	if (Object.keys(ids).length === 0) return true;
	const client = await createShoplineClient(ctx, HOOK_RUN);
	const left: Record<string, string> = {};
	for (const [topic, id] of Object.entries(ids)) {
		const failure = await unsubscribe(client, id);
		if (failure) {
			left[topic] = id;
			ctx.logger.warn('SHOPLINE Trigger could not remove a webhook subscription', { topic, id, reason: failure.message });
		}
	}
	storeIds(ctx, left);
	return Object.keys(left).length === 0;
}
