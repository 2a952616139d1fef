/* eslint-disable @n8n/community-nodes/no-restricted-imports -- test code run by jest: never part of a published package */
import 'reflect-metadata';

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import { HookContext, WebhookContext } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	INode,
	INodeExecutionData,
	INodeParameters,
	INodeType,
	IWebhookData,
	IWebhookResponseData,
	IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { TestCredentialsHelper } from './credentials';
import { nodeTypes } from './nodeTypes';
import { NODE_TYPE } from './packages';
import './workflow'; // registers the capturing logger n8n-core's contexts use

/** One webhook request as the trigger answered it. */
export interface Delivery {
	status: number;
	body: string;
	/** Items of the execution the request started; undefined when it started none. */
	execution?: INodeExecutionData[];
}

export interface TriggerOptions {
	/**
	 * Hold each delivery's save of static data until `flushSaves()`, as when a copy arrives
	 * while n8n is still saving the first one's (n8n saves after the answer went out).
	 */
	holdSaves?: boolean;
}

export interface TriggerHarness {
	node: INode;
	/** The node's webhook URL, served by this harness. */
	webhookUrl: string;
	/** Every execution a delivery started, in order. */
	executions: INodeExecutionData[][];
	deliveries: Delivery[];
	/** Runs one of webhookMethods.default as n8n does when activating or deactivating. */
	hook(method: 'checkExists' | 'create' | 'delete'): Promise<boolean>;
	/** The node's static data as n8n stored it (subscriptions, delivery IDs seen); changes go to the store. */
	staticData(): IDataObject;
	/** Saves the static data of the deliveries held by `holdSaves`, in the order they came. */
	flushSaves(): void;
	stop(): Promise<void>;
}

/**
 * The SHOPLINE Trigger inside n8n-core's own HookContext and WebhookContext, the contexts
 * n8n gives a webhook trigger when it activates a workflow and when a request arrives. A
 * local HTTP server plays n8n's webhook endpoint: it keeps the body's bytes as `rawBody`
 * (as n8n's body reader does), calls `webhook()`, and — like n8n with the response mode
 * "onReceived" — starts an execution (recorded here) only when workflowData comes back,
 * answers 200 with webhookResponse otherwise, and leaves the answer to the node when it
 * says noWebhookResponse. Static data is kept as n8n keeps it in its database: each request
 * and each webhook method gets a Workflow loaded from the stored copy, and the copy is
 * replaced by that Workflow's static data when it changed — after the method, and after the
 * delivery was answered (or later, with `holdSaves`).
 */
let harnesses = 0;
export async function startTrigger(
	parameters: INodeParameters,
	credentials: Record<string, ICredentialDataDecryptedObject>,
	options: TriggerOptions = {},
): Promise<TriggerHarness> {
	const node: INode = {
		id: 'c1f1c2d3-0000-4000-8000-000000000001',
		name: 'SHOPLINE Trigger',
		type: NODE_TYPE.shoplineTrigger,
		typeVersion: 1,
		position: [0, 0],
		webhookId: 'a7c0ffee-0000-4000-8000-00000000beef',
		parameters,
		// Both: the Authentication parameter says which one the trigger reads.
		credentials: { shoplineApi: { id: '1', name: 'Test credential' }, shoplineAppApi: { id: '2', name: 'Test app credential' } },
	};
	// A workflow of its own for each harness: the trigger keeps a per-workflow record in the process.
	const workflowId = `trigger-test-${++harnesses}`;
	let stored: IDataObject = {};
	const load = () =>
		new Workflow({ id: workflowId, name: 'trigger test', nodes: [node], connections: {}, active: true, nodeTypes, staticData: JSON.parse(JSON.stringify(stored)) as IDataObject });
	const save = (workflow: Workflow) => {
		if (workflow.staticData.__dataChanged === true) stored = JSON.parse(JSON.stringify(workflow.staticData)) as IDataObject;
	};
	const held: Workflow[] = [];
	const nodeType = nodeTypes.getByNameAndVersion(node.type, 1) as INodeType;
	const executions: INodeExecutionData[][] = [];
	const deliveries: Delivery[] = [];

	let base = '';
	const additionalData = (extra: Partial<IWorkflowExecuteAdditionalData> = {}) =>
		({
			credentialsHelper: new TestCredentialsHelper(credentials),
			executionId: undefined,
			restApiUrl: `${base}/rest`,
			instanceBaseUrl: base,
			webhookBaseUrl: `${base}/webhook`,
			webhookTestBaseUrl: `${base}/webhook-test`,
			webhookWaitingBaseUrl: `${base}/webhook-waiting`,
			formWaitingBaseUrl: `${base}/form-waiting`,
			variables: {},
			...extra,
		}) as unknown as IWorkflowExecuteAdditionalData;

	const handle = async (request: IncomingMessage, response: ServerResponse) => {
		const chunks: Buffer[] = [];
		for await (const chunk of request) chunks.push(chunk as Buffer);
		const rawBody = Buffer.concat(chunks);
		let body: unknown = {};
		try {
			body = rawBody.length ? JSON.parse(rawBody.toString('utf8')) : {};
		} catch {
			body = rawBody.toString('utf8');
		}
		const httpRequest = Object.assign(request, { body, rawBody, params: {}, query: {} });
		const workflow = load();
		const webhookData: IWebhookData = {
			httpMethod: 'POST',
			node: node.name,
			path: 'webhook',
			webhookDescription: nodeType.description.webhooks![0],
			workflowId: workflow.id,
			workflowExecuteAdditionalData: additionalData(),
		} as IWebhookData;
		const context = new WebhookContext(workflow, node, additionalData({ httpRequest, httpResponse: response } as never), 'webhook', webhookData, [], null);
		const delivery: Delivery = { status: 0, body: '' };
		deliveries.push(delivery);
		let result: IWebhookResponseData;
		try {
			result = await nodeType.webhook!.call(context);
		} catch (error) {
			delivery.status = 500;
			delivery.body = (error as Error).message;
			response.writeHead(500).end(delivery.body);
			return;
		}
		if (options.holdSaves) held.push(workflow);
		else save(workflow);
		if (result.workflowData) {
			delivery.execution = result.workflowData[0];
			executions.push(result.workflowData[0]);
		}
		if (result.noWebhookResponse) {
			// The node answered by itself (a refused signature: 401).
			delivery.status = response.headersSent ? response.statusCode : 0;
			return;
		}
		delivery.status = 200;
		delivery.body = JSON.stringify(result.webhookResponse ?? { message: result.workflowData ? 'Workflow was started' : 'Webhook call received' });
		response.writeHead(200, { 'Content-Type': 'application/json' }).end(delivery.body);
	};

	const server: Server = createServer((request, response) => void handle(request, response));
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

	return {
		node,
		webhookUrl: `${base}/webhook/${node.webhookId}/webhook`,
		executions,
		deliveries,
		async hook(method) {
			const workflow = load();
			const context = new HookContext(workflow, node, additionalData(), 'trigger', 'activate');
			const methods = nodeType.webhookMethods?.default;
			if (!methods?.[method]) throw new Error(`The trigger has no webhook method ${method}`);
			try {
				return await methods[method].call(context);
			} finally {
				save(workflow);
			}
		},
		staticData: () => (stored[`node:${node.name}`] ??= {}) as IDataObject,
		flushSaves: () => held.splice(0).forEach(save),
		stop: async () => await new Promise<void>((resolve) => server.close(() => resolve())),
	};
}
