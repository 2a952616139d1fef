/* eslint-disable @n8n/community-nodes/no-restricted-imports, no-console -- a development script run by Node.js: never part of a published package */
/**
 * Customers and draft orders in a real n8n (N8N_E2E_ONLY=customers). One small workflow, not
 * an example: Manual Trigger → SHOPLINE Customer → Create → Customer → Search (by the new
 * email) → Customer → Update (tags, note) → Product → Get Many (one product, for a variant)
 * → Draft Order → Create (that variant, quantity 2, the customer as buyer) → Draft Order →
 * Complete → Draft Order → Get → Draft Order → Get Many (Completed) → Draft Order → Delete.
 * Checked, with exact counts: n8n runs it without error, each node outputs one item; the
 * emulator got exactly those nine requests in that order with the bodies and queries the
 * nodes were given; and the store holds what they did — the customer updated, the order the
 * completed draft made, with the customer's email and the variant, and the draft deleted.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import type { LogEntry } from '../../emulator';
import { NODE_TYPE } from '../../test/harness/packages';
import type { EmulatorProcess } from '../lib/emulatorProcess';
import { check, json } from './checks';
import { executeWorkflow, n8n, type Instance } from './n8n';

const WORKFLOW_ID = 'customersDraftOrder';
const EMAIL = 'e2e.buyer@example.org';
const NODES = ['Create Customer', 'Search Customer', 'Update Customer', 'Get Product', 'Create Draft Order', 'Complete Draft Order', 'Get Draft Order', 'Completed Draft Orders', 'Delete Draft Order'] as const;

const credentials = { shoplineApi: { id: 'shoplineExample01', name: 'SHOPLINE API' } };
const node = (n: number, parameters: Record<string, unknown>) => ({
	id: `c7000000-0000-4000-8000-00000000000${n + 2}`,
	name: NODES[n],
	type: NODE_TYPE.shopline,
	typeVersion: 1,
	position: [240 * (n + 1), 0],
	parameters,
	credentials,
});

function workflow() {
	const chain = ['When clicking ‘Execute workflow’', ...NODES];
	return {
		id: WORKFLOW_ID,
		name: 'SHOPLINE: a customer and a completed draft order',
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: [
			{ id: 'c7000000-0000-4000-8000-000000000001', name: chain[0], type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
			node(0, { resource: 'customer', operation: 'create', email: EMAIL, additionalFields: { firstName: 'Erin', lastName: 'Endtoend', tags: 'trial' } }),
			node(1, { resource: 'customer', operation: 'search', searchText: '={{ $json.email }}', limit: 1 }),
			node(2, { resource: 'customer', operation: 'update', customerId: { __rl: true, mode: 'id', value: '={{ $json.id }}' }, updateFields: { tags: 'loyal,e2e', note: 'Checked in n8n' } }),
			node(3, { resource: 'product', operation: 'getAll', limit: 1, filters: { status: 'active' } }),
			node(4, {
				resource: 'draftOrder',
				operation: 'create',
				lineItems: { lineItem: [{ variantId: '={{ $json.variants[0].id }}', quantity: 2 }] },
				additionalFields: { customerId: { __rl: true, mode: 'id', value: "={{ $('Update Customer').item.json.id }}" }, note: 'Phone order' },
			}),
			node(5, { resource: 'draftOrder', operation: 'complete', draftOrderId: { __rl: true, mode: 'id', value: '={{ $json.id }}' } }),
			node(6, { resource: 'draftOrder', operation: 'get', draftOrderId: { __rl: true, mode: 'id', value: '={{ $json.id }}' } }),
			node(7, { resource: 'draftOrder', operation: 'getAll', returnAll: true, filters: { status: 'completed' } }),
			node(8, { resource: 'draftOrder', operation: 'delete', draftOrderId: { __rl: true, mode: 'id', value: '={{ $json.id }}' } }),
		],
		connections: Object.fromEntries(chain.slice(0, -1).map((name, n) => [name, { main: [[{ node: chain[n + 1], type: 'main', index: 0 }]] }])),
	};
}

const under = (entry: LogEntry) => entry.path.replace(/^\/admin\/openapi\/v\d+\//, '');

/** The customers-and-draft-orders check on one n8n line. */
export async function customerChecks(label: string, instance: Instance, emulator: EmulatorProcess): Promise<void> {
	const file = join(instance.userFolder, `${WORKFLOW_ID}.json`);
	writeFileSync(file, JSON.stringify(workflow()));
	await n8n(instance, ['import:workflow', `--input=${file}`]);
	await emulator.reset(true);
	const run = await executeWorkflow(instance, WORKFLOW_ID);
	const counts = NODES.map((name) => json(run, name).length);
	check(`${label} Customers: n8n runs create → search → update → draft order → complete → get → get many → delete without error, one item per node`, !run.error && counts.every((count) => count === 1), run.error ?? `items per node: ${counts.join(', ')}`);

	const log = (await emulator.log()).filter((entry) => entry.api === 'shopline');
	const [customer] = json(run, NODES[0]) as Array<{ id?: string }>;
	const [product] = json(run, NODES[3]) as Array<{ variants?: Array<{ id?: string }> }>;
	const [draft] = json(run, NODES[4]) as Array<{ id?: string }>;
	const variant = product?.variants?.[0]?.id;
	const requests = log.map((entry) => `${entry.method} ${under(entry)}`);
	const expected = [
		'POST customers.json',
		'GET customers/v2/search.json',
		`PUT customers/${customer?.id}.json`,
		'GET products/products.json',
		'POST orders/draft_orders.json',
		`PUT orders/draft_orders/${draft?.id}/complete.json`,
		'GET orders/draft_orders.json',
		'GET orders/draft_orders.json',
		`DELETE orders/draft_orders/${draft?.id}.json`,
	];
	check(`${label} Customers: the emulator got exactly the nine requests, in order`, JSON.stringify(requests) === JSON.stringify(expected), `got ${JSON.stringify(requests)}`);
	const body = (n: number) => log[n]?.body as Record<string, Record<string, unknown>> | undefined;
	const sentLine = (body(4)?.draft_order?.line_items as Array<Record<string, unknown>> | undefined)?.[0];
	check(
		`${label} Customers: what reached the emulator is what the nodes were given`,
		body(0)?.customer?.email === EMAIL &&
			body(0)?.customer?.tags === 'trial' &&
			log[1]?.query.query_param === EMAIL &&
			body(2)?.customer?.tags === 'loyal,e2e' &&
			sentLine?.variant_id === variant &&
			sentLine?.quantity === 2 &&
			(body(4)?.draft_order?.customer as { id?: string } | undefined)?.id === customer?.id &&
			log[6]?.query.ids === draft?.id &&
			log[7]?.query.status === 'completed',
		JSON.stringify(log.map((entry) => ({ q: entry.query, b: entry.body }))).slice(0, 800),
	);

	const stored = customer?.id ? (await emulator.shopline<{ customer: { tags?: string; note?: string } }>(`customers/v2/${customer.id}.json`)).body.customer : undefined;
	const [completed] = json(run, NODES[5]) as Array<{ status?: string; order_id?: string }>;
	const order = completed?.order_id ? (await emulator.shopline<{ order: { email?: string; line_items?: Array<{ variant_id?: string; quantity?: number }> } }>(`orders/${completed.order_id}.json`)).body.order : undefined;
	const [got] = json(run, NODES[6]) as Array<{ id?: string; order_id?: string }>;
	const [listed] = json(run, NODES[7]) as Array<{ id?: string }>;
	const [deleted] = json(run, NODES[8]) as Array<{ id?: string; deleted?: boolean }>;
	const left = (await emulator.shopline<{ draft_orders: unknown[] }>('orders/draft_orders.json')).body.draft_orders;
	console.log(`         customer ${customer?.id}, draft ${draft?.id} → order ${completed?.order_id}`);
	check(
		`${label} Draft orders: Get and Get Many (Completed) output the completed draft, Delete removes it from the store`,
		got?.id === draft?.id && got?.order_id === completed?.order_id && listed?.id === draft?.id && deleted?.id === draft?.id && deleted?.deleted === true && Array.isArray(left) && left.length === 0,
		`get ${JSON.stringify(got).slice(0, 200)}; listed ${JSON.stringify(listed).slice(0, 120)}; deleted ${JSON.stringify(deleted)}; left ${JSON.stringify(left).slice(0, 200)}`,
	);
	check(
		`${label} Customers: the store holds the updated customer and the order the completed draft made, for that customer and variant`,
		stored?.tags === 'loyal,e2e' &&
			stored?.note === 'Checked in n8n' &&
			completed?.status === 'completed' &&
			order?.email === EMAIL &&
			order?.line_items?.length === 1 &&
			order.line_items[0].variant_id === variant &&
			order.line_items[0].quantity === 2,
		`customer ${JSON.stringify(stored)}; draft ${JSON.stringify(completed).slice(0, 200)}; order ${JSON.stringify(order).slice(0, 300)}`,
	);
}
