/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/require-node-api-error, no-console -- a development script run by Node.js: never part of a published package */
/**
 * The SHOPLINE Trigger inside a running n8n: a workflow with the trigger is created and
 * activated through n8n's REST API (n8n subscribes its topics at the emulator, which sees n8n
 * at WEBHOOK_URL), the emulator delivers two well-signed webhooks (hex and base64), one
 * signed with a wrong secret and one redelivery, and n8n's execution list must show exactly
 * two executions. Deactivating must remove the subscriptions.
 */
import { randomUUID } from 'node:crypto';

import { NODE_TYPE } from '../../test/harness/packages';
import type { EmulatorProcess } from '../lib/emulatorProcess';
import { check } from './checks';
import { rest, type Server } from './server';

const TOPICS = ['orders/create', 'products/update'];

interface Subscription {
	id: string;
	address: string;
	topic: string;
}

interface StoredWorkflow {
	id: string;
	versionId: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** n8n 2.x publishes and unpublishes through an outbox polled every 15 s: (de)activation lands a little later. */
export async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 60_000): Promise<T> {
	let value = await read();
	for (const until = Date.now() + ms; !done(value) && Date.now() < until; value = await read()) await sleep(500);
	return value;
}

async function subscriptionsAt(emulator: EmulatorProcess, address: string): Promise<Subscription[]> {
	const { webhooks } = (await emulator.shopline<{ webhooks: Subscription[] }>('webhooks.json')).body;
	return webhooks.filter((webhook) => webhook.address === address);
}

async function deliver(emulator: EmulatorProcess, body: Record<string, unknown>): Promise<number[]> {
	const response = await fetch(`${emulator.url}/__emulator/deliver`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
	const result = (await response.json()) as { deliveries: Array<{ status: number }> };
	return result.deliveries.map((delivery) => delivery.status);
}

async function executionsOf(server: Server, workflowId: string): Promise<Array<{ id: string; status: string }>> {
	const filter = encodeURIComponent(JSON.stringify({ workflowId }));
	const data = await rest<{ results: Array<{ id: string; status: string }> }>(server, 'GET', `/executions?filter=${filter}&limit=50`);
	return data.results;
}

/** n8n 2.x publishes with POST …/activate; n8n 1.x sets `active` with PATCH. */
export async function setActive(server: Server, workflow: StoredWorkflow, active: boolean): Promise<StoredWorkflow> {
	try {
		return await rest<StoredWorkflow>(server, 'POST', `/workflows/${workflow.id}/${active ? 'activate' : 'deactivate'}`, active ? { versionId: workflow.versionId } : {});
	} catch (error) {
		if (!/HTTP 404/.test((error as Error).message)) throw error;
		return await rest<StoredWorkflow>(server, 'PATCH', `/workflows/${workflow.id}`, { active, versionId: workflow.versionId });
	}
}

export async function triggerChecks(label: string, server: Server, emulator: EmulatorProcess): Promise<void> {
	const started = Date.now();
	const webhookId = randomUUID();
	const address = `http://127.0.0.1:${new URL(server.url).port}/webhook/${webhookId}/webhook`;
	let workflow: StoredWorkflow;
	try {
		workflow = await rest<StoredWorkflow>(server, 'POST', '/workflows', {
			name: 'SHOPLINE Trigger e2e',
			active: false,
			settings: { executionOrder: 'v1' },
			connections: {},
			nodes: [
				{
					id: randomUUID(),
					name: 'SHOPLINE Trigger',
					type: NODE_TYPE.shoplineTrigger,
					typeVersion: 1,
					position: [0, 0],
					webhookId,
					parameters: { topics: TOPICS },
					credentials: { shoplineApi: { id: 'shoplineExample01', name: 'SHOPLINE API' } },
				},
			],
		});
		workflow = await setActive(server, workflow, true);
		check(`${label} a workflow with the SHOPLINE Trigger activates`, true);
	} catch (error) {
		check(`${label} a workflow with the SHOPLINE Trigger activates`, false, (error as Error).message);
		return;
	}

	const activatedAt = Date.now();
	const subscribed = await waitFor(async () => await subscriptionsAt(emulator, address), (list) => list.length >= TOPICS.length);
	console.log(`         subscriptions in place ${((Date.now() - activatedAt) / 1000).toFixed(1)} s after activation`);
	check(`${label} activation subscribed ${TOPICS.join(' and ')} at n8n's webhook URL`, subscribed.map((s) => s.topic).sort().join() === TOPICS.join(), JSON.stringify(subscribed));

	const statuses = [
		...(await deliver(emulator, { topic: 'orders/create', payload: { id: '1001', name: '#1001' }, signature: 'valid-hex', webhookId: 'e2e-1' })),
		...(await deliver(emulator, { topic: 'products/update', payload: { id: '2002', title: 'Robe' }, signature: 'valid-base64', webhookId: 'e2e-2' })),
		...(await deliver(emulator, { topic: 'orders/create', payload: { id: '1003' }, signature: 'wrong-secret', webhookId: 'e2e-3' })),
		...(await deliver(emulator, { topic: 'orders/create', payload: { id: '1001', name: '#1001' }, signature: 'valid-hex', webhookId: 'e2e-1' })),
	];
	check(`${label} n8n answered the deliveries 200, 200, 401 (wrong signature), 200 (redelivery)`, statuses.join() === '200,200,401,200', statuses.join());

	// Executions are saved once they end: wait for two, then a little longer for any extra one.
	let executions = await waitFor(async () => await executionsOf(server, workflow.id), (list) => list.length >= 2, 30_000);
	await sleep(2000);
	executions = await executionsOf(server, workflow.id);
	console.log(`         ${executions.length} executions (${executions.map((e) => e.status).join(', ')}) for 4 deliveries`);
	check(`${label} exactly 2 executions: none for the wrong signature, none for the redelivery`, executions.length === 2 && executions.every((e) => e.status === 'success'), JSON.stringify(executions));

	try {
		await setActive(server, workflow, false);
		const left = await waitFor(async () => await subscriptionsAt(emulator, address), (list) => list.length === 0);
		check(`${label} deactivation removed the subscriptions`, left.length === 0, JSON.stringify(left));
	} catch (error) {
		check(`${label} deactivation removed the subscriptions`, false, (error as Error).message);
	}
	console.log(`         SHOPLINE Trigger checks took ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
