import {
	NodeConnectionTypes,
	type IDataObject,
	type IHookFunctions,
	type INodeType,
	type INodeTypeDescription,
	type IWebhookFunctions,
	type IWebhookResponseData,
} from 'n8n-workflow';

import { SHOPLINE_CREDENTIAL } from '../Shopline/transport';
import { shoplineApiTest } from '../Shopline/transport/credentialCheck';
import { rememberDelivery } from './deliveries';
import { signatureMatches } from './signature';
import * as subscriptions from './subscriptions';
import { TOPIC_OPTIONS } from './topics';

/** The parts of n8n's request a delivery is read from; n8n keeps the body's bytes as `rawBody`. */
interface DeliveryRequest {
	rawBody?: Buffer | string;
	readRawBody?: () => Promise<void>;
	body?: unknown;
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

function parseJson(raw: Buffer, fallback: unknown): IDataObject {
	try {
		const parsed: unknown = JSON.parse(raw.toString('utf8'));
		if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as IDataObject;
		return { body: parsed as IDataObject };
	} catch {
		return fallback && typeof fallback === 'object' ? (fallback as IDataObject) : {};
	}
}

export class ShoplineTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'SHOPLINE Trigger',
		name: 'shoplineTrigger',
		icon: { light: 'file:shopline.svg', dark: 'file:shopline.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{ ($parameter["topics"] || []).join(", ") }}',
		// n8n lists this trigger and the SHOPLINE node as one entry and shows this description for
		// both: it says what the actions do, then what the trigger does.
		description: 'Manage the products, stock, orders and fulfillments of a SHOPLINE store, or start a workflow on its webhooks',
		defaults: { name: 'SHOPLINE Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'shoplineApi', required: true, testedBy: 'shoplineApiTest' }],
		webhooks: [
			{
				name: 'default',
				httpMethod: 'POST',
				responseMode: 'onReceived',
				path: 'webhook',
			},
		],
		properties: [
			{
				displayName: 'Topics',
				name: 'topics',
				type: 'multiOptions',
				options: TOPIC_OPTIONS,
				default: [],
				required: true,
				description: 'The store events that start this workflow. One webhook subscription is made per topic when the workflow is activated, and removed when it is deactivated.',
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add option',
				default: {},
				options: [
					{
						displayName: 'API Version',
						name: 'apiVersion',
						type: 'string',
						default: '',
						placeholder: 'v20260301',
						description: "API version of the payloads SHOPLINE sends (v20240601 or later). Leave empty to use the credential's API version.",
					},
				],
			},
		],
	};

	methods = { credentialTest: { shoplineApiTest } };

	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return await subscriptions.checkExists(this);
			},
			async create(this: IHookFunctions): Promise<boolean> {
				return await subscriptions.create(this);
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return await subscriptions.remove(this);
			},
		},
	};

	/**
	 * One delivery. It starts an execution only when X-Shopline-Hmac-Sha256 is the HMAC of
	 * the body's exact bytes under the App Secret; otherwise it answers 401 and starts
	 * nothing. A delivery whose X-Shopline-Webhook-Id was already seen (SHOPLINE redelivers
	 * when an answer is late) is answered 200 and starts nothing either.
	 */
	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const headers = this.getHeaderData() as IDataObject;
		const request = this.getRequestObject() as unknown as DeliveryRequest;
		const credentials = await this.getCredentials(SHOPLINE_CREDENTIAL);
		const secret = typeof credentials.appSecret === 'string' ? credentials.appSecret : '';
		const raw = await rawBodyOf(request);

		if (raw === undefined || !signatureMatches(raw, headers['x-shopline-hmac-sha256'], secret)) {
			answer(this, 401, { error: 'The webhook signature (X-Shopline-Hmac-Sha256) is missing or does not match.' });
			return { noWebhookResponse: true };
		}

		const topic = header(headers, 'x-shopline-topic');
		const webhookId = header(headers, 'x-shopline-webhook-id');
		const topics = this.getNodeParameter('topics', []) as string[];
		if (topic !== undefined && Array.isArray(topics) && topics.length > 0 && !topics.includes(topic)) {
			return { webhookResponse: { received: true, started: false, reason: 'topic not selected in this trigger' } };
		}
		if (webhookId !== undefined && !rememberDelivery(this.getWorkflowStaticData('node'), webhookId)) {
			return { webhookResponse: { received: true, started: false, reason: 'delivery already received' } };
		}

		const json: IDataObject = {
			...parseJson(raw, request.body),
			topic: topic ?? null,
			shop_domain: header(headers, 'x-shopline-shop-domain') ?? null,
			webhook_id: webhookId ?? null,
			api_version: header(headers, 'x-shopline-api-version') ?? null,
		};
		// Answered here, before n8n starts the execution: n8n saves the static data (the ID just
		// remembered) when the answer goes out, and an execution started before that would
		// reset its record of the change, so a redelivery would start a second run.
		answer(this, 200, { received: true });
		return { noWebhookResponse: true, workflowData: [this.helpers.returnJsonArray(json)] };
	}
}
