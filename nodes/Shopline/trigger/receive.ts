import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { credentialOf } from '../api/appSession';
import { deliveryKey, rememberDelivery } from './deliveries';
import { signatureMatches } from './signature';

/** The parts of n8n's request a delivery is read from; n8n keeps the body's bytes as `rawBody`. */
interface DeliveryRequest {
	rawBody?: Buffer | string;
	readRawBody?: () => Promise<void>;
}

const header = (headers: IDataObject, name: string): string | undefined => {
	const value = headers[name];
	return typeof value === 'string' ? value : undefined;
};

/** Answers the delivery from the node itself (n8n then sends nothing more). */
function answer(ctx: IWebhookFunctions, status: number, body: IDataObject): void {
	const response = ctx.getResponseObject();
	response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
	response.end(JSON.stringify(body));
}

async function rawBodyOf(request: DeliveryRequest): Promise<Buffer | undefined> {
	if (request.rawBody === undefined && typeof request.readRawBody === 'function') await request.readRawBody();
	const raw = request.rawBody;
	if (raw === undefined) return undefined;
	return Buffer.isBuffer(raw) ? raw : Buffer.from(raw, 'utf8');
}

/**
 * The item's fields from the signed bytes: a JSON object's own fields; other JSON under
 * `body`; a body that is not JSON at all as its text under `raw_body` (never dropped).
 */
function bodyFields(raw: Buffer): IDataObject {
	const text = raw.toString('utf8');
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch {
		return { raw_body: text };
	}
	if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as IDataObject;
	return { body: parsed as IDataObject };
}

const skipped = (reason: string): IWebhookResponseData => ({ webhookResponse: { received: true, started: false, reason } });

/**
 * One delivery. It starts an execution only when X-Shopline-Hmac-Sha256 is the HMAC of the
 * body's exact bytes under the App Secret (otherwise 401), its X-Shopline-Topic is one of the
 * chosen topics, and it was not received before: same X-Shopline-Webhook-Id, or — without
 * one — same topic and body (SHOPLINE redelivers when an answer is late). Those are answered
 * 200 and start nothing. Nothing is remembered of a delivery that starts no run.
 */
export async function receiveDelivery(ctx: IWebhookFunctions): Promise<IWebhookResponseData> {
	const headers = ctx.getHeaderData() as IDataObject;
	const credentials = await ctx.getCredentials(credentialOf(ctx).type);
	const raw = await rawBodyOf(ctx.getRequestObject() as unknown as DeliveryRequest);

	if (raw === undefined || !signatureMatches(raw, headers['x-shopline-hmac-sha256'], credentials.appSecret)) {
		answer(ctx, 401, { error: 'The webhook signature (X-Shopline-Hmac-Sha256) is missing or does not match.' });
		return { noWebhookResponse: true };
	}

	const topic = header(headers, 'x-shopline-topic');
	const topics = ctx.getNodeParameter('topics', []) as string[];
	if (topic === undefined || !Array.isArray(topics) || !topics.includes(topic)) return skipped('topic not selected in this trigger');

	const webhookId = header(headers, 'x-shopline-webhook-id');
	const json: IDataObject = {
		...bodyFields(raw),
		topic,
		shop_domain: header(headers, 'x-shopline-shop-domain') ?? null,
		webhook_id: webhookId ?? null,
		api_version: header(headers, 'x-shopline-api-version') ?? null,
	};
	const trigger = `${ctx.getWorkflow().id ?? ''}\u0000${ctx.getNode().id}\u0000${ctx.getMode()}`;
	if (!rememberDelivery(trigger, ctx.getWorkflowStaticData('node'), deliveryKey(webhookId, topic, raw))) return skipped('delivery already received');

	// Answered here, before n8n starts the execution: n8n saves the static data (the delivery
	// just remembered) when the answer goes out, and an execution started before that would
	// reset its record of the change. Copies arriving before that save meet this process's record.
	answer(ctx, 200, { received: true });
	return { noWebhookResponse: true, workflowData: [ctx.helpers.returnJsonArray(json)] };
}
