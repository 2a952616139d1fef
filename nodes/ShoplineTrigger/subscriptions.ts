import { NodeOperationError, type ICredentialDataDecryptedObject, type IDataObject, type IHookFunctions } from 'n8n-workflow';

import { DEFAULT_RETRY_POLICY } from '../shared/retry';
import { throwInvalid } from '../shared/validation';
import { createShoplineClient, SHOPLINE_CREDENTIAL, type ShoplineClient, type ShoplineRunOptions } from '../Shopline/transport';
import { usableAppSecret } from './signature';
import { OLDEST_WEBHOOK_VERSION } from './topics';

/**
 * The trigger's webhook subscriptions: one per topic, all at this node's webhook URL, their
 * IDs kept in the node's static data ({topic: id}). Every call goes through the SHOPLINE
 * transport (pacing, retries, API error text with traceId).
 */

/** Activation makes a few calls: one at a time, the usual retries. */
const HOOK_RUN: ShoplineRunOptions = {
	concurrency: 1,
	retry: DEFAULT_RETRY_POLICY,
	timeoutMs: 30_000,
	pacing: { ratePerSecond: 4, capacity: 40 },
};

interface Subscription {
	id: string;
	address: string;
	topic: string;
	api_version?: string;
}

/** Refuses to activate without an App Secret (the same rule as for deliveries): they could not be verified. */
export async function triggerCredentials(ctx: IHookFunctions): Promise<ICredentialDataDecryptedObject> {
	const credentials = await ctx.getCredentials(SHOPLINE_CREDENTIAL);
	if (usableAppSecret(credentials.appSecret) === undefined) {
		throw new NodeOperationError(ctx.getNode(), 'The SHOPLINE credential has no App Secret', {
			description:
				"SHOPLINE Trigger verifies every delivery with the app secret. Copy it from your app's API credentials in the SHOPLINE admin into the App Secret field of the credential, then activate again.",
		});
	}
	return credentials;
}

/** The API version of the subscriptions: the node's option, else the credential's; v20240601 or later. */
export function subscriptionVersion(ctx: IHookFunctions, credentials: ICredentialDataDecryptedObject): string {
	const option = String(ctx.getNodeParameter('options.apiVersion', '') ?? '').trim();
	const version = option || String((credentials.apiVersion === 'custom' ? credentials.customApiVersion : credentials.apiVersion) ?? 'v20260301').trim();
	if (!/^v\d{8}$/.test(version) || version < OLDEST_WEBHOOK_VERSION) {
		const label = option ? 'API Version' : 'API Version (SHOPLINE API credential)';
		return throwInvalid(ctx.getNode(), label, version, `webhooks need ${OLDEST_WEBHOOK_VERSION} or a later version such as v20260301; set the trigger's API Version option`, 0);
	}
	return version;
}

export function selectedTopics(ctx: IHookFunctions): string[] {
	const topics = ctx.getNodeParameter('topics', []) as string[];
	if (!Array.isArray(topics) || topics.length === 0) {
		throw new NodeOperationError(ctx.getNode(), 'Topics: choose at least one topic', {
			description: 'Pick the events that should start this workflow in the Topics parameter.',
		});
	}
	return [...new Set(topics)];
}

function webhookAddress(ctx: IHookFunctions): string {
	const address = ctx.getNodeWebhookUrl('default');
	if (!address) throw new NodeOperationError(ctx.getNode(), 'n8n gave this trigger no webhook URL');
	return address;
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

/** Ours: the ones at this node's address, by topic. */
function ours(list: Subscription[], address: string): Map<string, Subscription> {
	return new Map(list.filter((webhook) => webhook.address === address).map((webhook) => [webhook.topic, webhook]));
}

/** checkExists: true when every chosen topic has a subscription at this address (their IDs are kept). */
export async function checkExists(ctx: IHookFunctions): Promise<boolean> {
	await triggerCredentials(ctx);
	const topics = selectedTopics(ctx);
	const address = webhookAddress(ctx);
	const found = ours(await listSubscriptions(await createShoplineClient(ctx, HOOK_RUN)), address);
	const ids: Record<string, string> = {};
	for (const topic of topics) {
		const webhook = found.get(topic);
		if (!webhook) return false;
		ids[topic] = webhook.id;
	}
	storeIds(ctx, ids);
	return true;
}

/**
 * create: POST webhooks.json {webhook: {address, topic, api_version}} for every chosen
 * topic that has no subscription at this address yet. Each ID is kept as soon as it is
 * made, so a failure part-way leaves nothing that delete would not find.
 */
export async function create(ctx: IHookFunctions): Promise<boolean> {
	const credentials = await triggerCredentials(ctx);
	const topics = selectedTopics(ctx);
	const apiVersion = subscriptionVersion(ctx, credentials);
	const address = webhookAddress(ctx);
	const client = await createShoplineClient(ctx, HOOK_RUN);
	const found = ours(await listSubscriptions(client), address);
	const ids: Record<string, string> = {};
	for (const topic of topics) {
		const existing = found.get(topic);
		if (existing) {
			ids[topic] = existing.id;
			continue;
		}
		const { body } = await client.request({ method: 'POST', path: 'webhooks.json', body: { webhook: { address, topic, api_version: apiVersion } }, itemIndex: 0 });
		const made = ((body ?? {}) as IDataObject).webhook as IDataObject | undefined;
		if (made?.id === undefined || made.id === null) {
			throw new NodeOperationError(ctx.getNode(), `SHOPLINE answered the subscription to ${topic} without a webhook ID`);
		}
		ids[topic] = String(made.id);
		storeIds(ctx, ids);
	}
	storeIds(ctx, ids);
	return true;
}

/**
 * delete: DELETE {id}/webhooks.json (that is the official path) for every kept ID. One
 * that is already gone (404) counts as deleted; false when another failure remains.
 */
export async function remove(ctx: IHookFunctions): Promise<boolean> {
	const ids = storedIds(ctx);
	if (Object.keys(ids).length === 0) return true;
	const client = await createShoplineClient(ctx, HOOK_RUN);
	const left: Record<string, string> = {};
	for (const [topic, id] of Object.entries(ids)) {
		try {
			await client.request({ method: 'DELETE', path: `${encodeURIComponent(id)}/webhooks.json`, itemIndex: 0 });
		} catch (error) {
			const status = (error as { httpCode?: string | null }).httpCode;
			if (status !== '404') {
				left[topic] = id;
				ctx.logger.warn('SHOPLINE Trigger could not remove a webhook subscription', { topic, id, reason: (error as Error).message });
			}
		}
	}
	storeIds(ctx, left);
	return Object.keys(left).length === 0;
}
