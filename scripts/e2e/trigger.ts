/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/require-node-api-error, no-console -- a development script run by Node.js: never part of a published package */
/**
 * The SHOPLINE Trigger inside a running n8n. Two subscriptions are left at n8n's webhook URL
 * beforehand (orders/create at an older API version, refunds/create not chosen); a workflow
 * with the trigger is created and activated through n8n's REST API, and activation must leave
 * exactly the chosen topics at the chosen version. Then deliveries come phase by phase, and
 * n8n's execution count must grow by exactly what each phase should start:
 *   - from the emulator: two well-signed deliveries (hex, base64), one signed with a wrong
 *     secret, one redelivery: 2
 *   - sent straight to n8n, signed like the emulator signs:
 *     20 deliveries, each sent again right after its 200 (while n8n may still be saving the
 *     first one's static data): 20; one delivery sent 20 times in a row, each right after the
 *     previous 200: 1; one delivery sent 6 times at the same moment: 1
 *   - without X-Shopline-Topic: 0; twice without X-Shopline-Webhook-Id (same body): 1; a body
 *     declared JSON that does not parse: 0 (n8n answers 422 itself); a signed text body that
 *     is not JSON: 1, whose item carries the text as raw_body
 * Deactivating must remove the subscriptions.
 */
import { createHmac, randomUUID } from 'node:crypto';

import { DEFAULT_OPTIONS } from '../../emulator';
import { NODE_TYPE } from '../../test/harness/packages';
import type { EmulatorProcess } from '../lib/emulatorProcess';
import { check } from './checks';
import { rest, type Server } from './server';

const TOPICS = ['orders/create', 'products/update'];
const VERSION = 'v20260301';

interface Subscription {
	id: string;
	address: string;
	topic: string;
	api_version: string;
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

const describeSubscriptions = (list: Subscription[]) => list.map((s) => `${s.topic} ${s.api_version}`).sort().join(', ');

async function deliver(emulator: EmulatorProcess, body: Record<string, unknown>): Promise<number[]> {
	const response = await fetch(`${emulator.url}/__emulator/deliver`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
	const result = (await response.json()) as { deliveries: Array<{ status: number }> };
	return result.deliveries.map((delivery) => delivery.status);
}

/** How many executions of the workflow n8n has saved, and the newest one's ID. */
async function executionsOf(server: Server, workflowId: string): Promise<{ count: number; newest?: string; failed: number }> {
	const filter = encodeURIComponent(JSON.stringify({ workflowId }));
	const data = await rest<{ count: number; results: Array<{ id: string; status: string }> }>(server, 'GET', `/executions?filter=${filter}&limit=100`);
	return { count: data.count, newest: data.results[0]?.id, failed: data.results.filter((e) => e.status !== 'success').length };
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

async function createWorkflow(server: Server, webhookId: string): Promise<StoredWorkflow> {
	return await rest<StoredWorkflow>(server, 'POST', '/workflows', {
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
				parameters: { topics: TOPICS, options: { apiVersion: VERSION } },
				credentials: { shoplineApi: { id: 'shoplineExample01', name: 'SHOPLINE API' } },
			},
		],
	});
}

/**
 * A delivery sent straight to n8n's webhook URL, signed with the emulator's app secret as
 * SHOPLINE signs: no hop through the emulator, so a copy follows the previous 200 as closely
 * as this machine allows. Headers given as null are left out.
 */
async function post(address: string, body: string, headers: Record<string, string | null>): Promise<number> {
	const all: Record<string, string | null> = {
		'Content-Type': 'application/json; charset=utf-8',
		'X-Shopline-Topic': 'orders/create',
		'X-Shopline-Shop-Domain': 'emulator.myshopline.com',
		'X-Shopline-API-Version': VERSION,
		'X-Shopline-Hmac-Sha256': createHmac('sha256', DEFAULT_OPTIONS.appSecret).update(body).digest('hex'),
		...headers,
	};
	const sent = Object.fromEntries(Object.entries(all).filter((entry): entry is [string, string] => entry[1] !== null));
	const response = await fetch(address, { method: 'POST', headers: sent, body });
	await response.arrayBuffer();
	return response.status;
}

interface Phase {
	name: string;
	/** Executions the phase must start. */
	runs: number;
	send: () => Promise<number[]>;
	/** The statuses n8n must answer, joined with commas. */
	statuses: string;
}

const order = (id: string) => JSON.stringify({ id, name: `#${id}` });
const times = async (count: number, send: () => Promise<number[]>) => {
	const statuses: number[] = [];
	for (let n = 0; n < count; n++) statuses.push(...(await send()));
	return statuses;
};
const repeat = (status: number, count: number) => Array(count).fill(status).join();

function phases(emulator: EmulatorProcess, address: string, run: string): Phase[] {
	const viaEmulator = (body: Record<string, unknown>) => async () => await deliver(emulator, { topic: 'orders/create', signature: 'valid-hex', ...body });
	const direct = (body: string, headers: Record<string, string | null>) => async () => [await post(address, body, headers)];
	let pair = 0;
	return [
		{
			name: 'two well-signed deliveries, one with a wrong signature, one redelivery (from the emulator)',
			runs: 2,
			statuses: '200,200,401,200',
			send: async () => [
				...(await viaEmulator({ payload: { id: '1001' }, webhookId: `${run}-1` })()),
				...(await viaEmulator({ topic: 'products/update', payload: { id: '2002', title: 'Robe' }, signature: 'valid-base64', webhookId: `${run}-2` })()),
				...(await viaEmulator({ payload: { id: '1003' }, signature: 'wrong-secret', webhookId: `${run}-3` })()),
				...(await viaEmulator({ payload: { id: '1001' }, webhookId: `${run}-1` })()),
			],
		},
		{
			name: '20 deliveries, each sent again right after its 200',
			runs: 20,
			statuses: repeat(200, 40),
			send: async () =>
				await times(20, async () => {
					const copy = direct(order(`2${String(++pair).padStart(3, '0')}`), { 'X-Shopline-Webhook-Id': `${run}-pair-${pair}` });
					return [...(await copy()), ...(await copy())];
				}),
		},
		{ name: 'one delivery sent 20 times in a row', runs: 1, statuses: repeat(200, 20), send: async () => await times(20, direct(order('3001'), { 'X-Shopline-Webhook-Id': `${run}-row` })) },
		{
			name: 'one delivery sent 6 times at the same moment',
			runs: 1,
			statuses: repeat(200, 6),
			send: async () => (await Promise.all(Array.from({ length: 6 }, direct(order('4001'), { 'X-Shopline-Webhook-Id': `${run}-burst` })))).flat(),
		},
		{ name: 'a delivery without X-Shopline-Topic', runs: 0, statuses: '200', send: direct(order('5001'), { 'X-Shopline-Webhook-Id': `${run}-no-topic`, 'X-Shopline-Topic': null }) },
		{ name: 'one delivery twice without X-Shopline-Webhook-Id', runs: 1, statuses: '200,200', send: async () => await times(2, direct(order(`6001-${run}`), {})) },
		// n8n's own body parser refuses a body declared JSON that does not parse, before the trigger sees it.
		{ name: 'a body declared JSON that does not parse (refused by n8n itself)', runs: 0, statuses: '422', send: direct(`{"id": "7001", ${run}`, { 'X-Shopline-Webhook-Id': `${run}-broken` }) },
		{
			name: 'a signed text body that is not JSON',
			runs: 1,
			statuses: '200',
			send: direct(`not json at all ${run}`, { 'X-Shopline-Webhook-Id': `${run}-text`, 'Content-Type': 'text/plain; charset=utf-8' }),
		},
	];
}

export async function triggerChecks(label: string, server: Server, emulator: EmulatorProcess): Promise<void> {
	const started = Date.now();
	const webhookId = randomUUID();
	const address = `http://127.0.0.1:${new URL(server.url).port}/webhook/${webhookId}/webhook`;
	let workflow: StoredWorkflow;
	try {
		// Left over at this address: an older API version, and a topic the trigger does not choose.
		await emulator.shopline('webhooks.json', { method: 'POST', body: { webhook: { address, topic: 'orders/create', api_version: 'v20250301' } } });
		await emulator.shopline('webhooks.json', { method: 'POST', body: { webhook: { address, topic: 'refunds/create', api_version: VERSION } } });
		workflow = await setActive(server, await createWorkflow(server, webhookId), true);
		check(`${label} a workflow with the SHOPLINE Trigger activates`, true);
	} catch (error) {
		check(`${label} a workflow with the SHOPLINE Trigger activates`, false, (error as Error).message);
		return;
	}

	const activatedAt = Date.now();
	const wanted = TOPICS.map((topic) => `${topic} ${VERSION}`).join(', ');
	const subscribed = await waitFor(async () => await subscriptionsAt(emulator, address), (list) => describeSubscriptions(list) === wanted);
	console.log(`         subscriptions in place ${((Date.now() - activatedAt) / 1000).toFixed(1)} s after activation`);
	check(`${label} activation left exactly ${wanted} at n8n's webhook URL (the older version and the topic not chosen removed)`, describeSubscriptions(subscribed) === wanted, describeSubscriptions(subscribed));

	let expected = 0;
	for (const phase of phases(emulator, address, webhookId.slice(0, 8))) {
		const statuses = (await phase.send()).join();
		expected += phase.runs;
		// Executions are saved once they end: wait for the expected count, then a little longer for an extra one.
		await waitFor(async () => await executionsOf(server, workflow.id), (seen) => seen.count >= expected, 30_000);
		await sleep(2000);
		const seen = await executionsOf(server, workflow.id);
		console.log(`         ${phase.name}: ${seen.count - (expected - phase.runs)} executions (${phase.runs} expected)`);
		check(`${label} ${phase.name}: answered ${phase.statuses.length > 30 ? 'all 200' : phase.statuses}`, statuses === phase.statuses, statuses);
		check(`${label} ${phase.name}: exactly ${phase.runs} execution${phase.runs === 1 ? '' : 's'}`, seen.count === expected && seen.failed === 0, JSON.stringify(seen));
		expected = seen.count;
		if (phase.name.includes('text body') && seen.newest) {
			const detail = JSON.stringify(await rest(server, 'GET', `/executions/${seen.newest}`));
			check(`${label} the text body reached the workflow as raw_body`, detail.includes('raw_body') && detail.includes(`not json at all ${webhookId.slice(0, 8)}`), detail.slice(0, 300));
		}
	}

	try {
		await setActive(server, workflow, false);
		const left = await waitFor(async () => await subscriptionsAt(emulator, address), (list) => list.length === 0);
		check(`${label} deactivation removed the subscriptions`, left.length === 0, JSON.stringify(left));
	} catch (error) {
		check(`${label} deactivation removed the subscriptions`, false, (error as Error).message);
	}
	console.log(`         SHOPLINE Trigger checks took ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
