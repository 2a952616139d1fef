import {
	NodeConnectionTypes,
	type IHookFunctions,
	type INodeType,
	type INodeTypeDescription,
	type IWebhookFunctions,
	type IWebhookResponseData,
} from 'n8n-workflow';

import { shoplineApiTest, shoplineAppApiTest } from './api/credentialCheck';
import { authenticationProperty } from './api/appSession';
import { receiveDelivery } from './trigger/receive';
import * as subscriptions from './trigger/subscriptions';
import { TOPIC_OPTIONS } from './trigger/topics';

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
		credentials: [
			{ name: 'shoplineApi', required: true, testedBy: 'shoplineApiTest', displayOptions: { show: { authentication: ['accessToken'] } } },
			{ name: 'shoplineAppApi', required: true, testedBy: 'shoplineAppApiTest', displayOptions: { show: { authentication: ['appOAuth'] } } },
		],
		webhooks: [
			{
				name: 'default',
				httpMethod: 'POST',
				responseMode: 'onReceived',
				path: 'webhook',
			},
		],
		properties: [
			authenticationProperty,
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

	methods = { credentialTest: { shoplineApiTest, shoplineAppApiTest } };

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

	/** One delivery: verified, filtered by topic, de-duplicated (see receive.ts). */
	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return await receiveDelivery(this);
	}
}
