/* eslint-disable @n8n/community-nodes/no-dangerous-functions, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, no-console -- a development script run by Node.js: never part of a published package */
/**
 * npm run test:e2e:queue — the package in n8n 2.x queue mode: one main and two workers
 * (`n8n worker --concurrency=4`) sharing Redis (Bull queue) and PostgreSQL, each process with
 * its own user folder where the README's install command put the package (a worker loads
 * community nodes from its own ~/.n8n/nodes, as a container of the official image does).
 *
 * Redis and PostgreSQL are Debian's packages (apt-get installs them when missing), started on
 * loopback on ports of their own with their data in temporary folders, stopped at the end.
 * Ports: N8N_E2E_QUEUE_PORT (default 5750) and the next 11.
 *
 * Eight workflows with a Webhook trigger are activated through the REST API and called at
 * once: TMAPI category Return All (3 categories × 2,000 offers), SHOPLINE products Return All
 * (2 × a store of 2,000), TMAPI shop Return All → Get Detail for every offer (2 shops × 300),
 * and example 1's sync (eight executions). Each execution's output is compared with what the emulator itself
 * answers (counts, order, IDs), and the worker that ran it is read from the workers' logs.
 * Then the same again with 30 % injected faults (TMAPI 417, 499, 500, 503; SHOPLINE 429):
 * the outputs must not change.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

import type { IDataObject } from 'n8n-workflow';

import type { EmulatorOverrides, LogEntry } from '../../emulator';
import { NODE_TYPE } from '../../test/harness/packages';
import { normalizeProduct } from '../../nodes/Tmapi1688/model/normalize';
import { EmulatorProcess } from '../lib/emulatorProcess';
import { installN8n, type N8nInstall } from '../lib/n8nCache';
import { packPackages, ROOT } from '../lib/pack';
import { exitOnSignals, lastLines } from '../lib/processes';
import { check, finish, runMain } from './checks';
import { emulatorCredentialsFile, n8n, prepareInstance, type Instance } from './n8n';
import { startRedis, startPostgres, ensureServicePackages, type Service } from './queueServices';
import { rest, startServer, type Server } from './server';
import { setActive, waitFor } from './trigger';

const BASE_PORT = Number(process.env.N8N_E2E_QUEUE_PORT ?? 5750);
const PORTS = { main: BASE_PORT, mainBroker: BASE_PORT + 1, workers: [BASE_PORT + 2, BASE_PORT + 4], redis: BASE_PORT + 10, postgres: BASE_PORT + 11 };
const WORKERS = 2;
const STORE_SIZE = 2000;
const CATEGORIES = ['1031922', '1038378', '1042754'];
const SHOPS = ['demo-factory', 'queue-workshop'];
const TMAPI_TOKEN = 'emulator-tmapi-token';
/** Generous retries: at a 30 % fault rate five tries leave one request in 400 failed. */
const RUN_OPTIONS = { maxTries: 10, retryDelayMs: 100 };
const FAULTS: EmulatorOverrides = {
	tmapi: { faults: { rate: 0.3, kinds: ['417', '499', '500', '503'] } },
	// 429 only: SHOPLINE writes are not retried after a 5xx (the change may have been applied),
	// so the sync's Create Product could not come out exact; reads under 5xx are in npm test.
	shopline: { faults: { rate: 0.3, kinds: ['429'] } },
};
/**
 * Round 3: nothing injected, but TMAPI refuses (503) beyond 3 requests in flight, each taking
 * 100 ms so that they overlap; the store's bucket (40, 4/s) is on in every round.
 */
const SHARED_LIMITS: EmulatorOverrides = { tmapi: { concurrencyLimit: 3, latencyMs: 100 } };
const NO_FAULTS: EmulatorOverrides = { tmapi: { faults: { rate: 0, kinds: [] } }, shopline: { faults: { rate: 0, kinds: [] } } };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
type Json = Record<string, unknown>;

// ----- what the emulator itself answers ------------------------------------------------

async function tmapiPages(emulator: EmulatorProcess, path: string, query: Record<string, string>): Promise<Json[]> {
	const items: Json[] = [];
	for (let page = 1; ; page++) {
		const qs = new URLSearchParams({ ...query, page: String(page), page_size: '100', apiToken: TMAPI_TOKEN });
		const body = (await (await fetch(`${emulator.url}${path}?${qs}`)).json()) as { code: number; data: { items: Json[] } };
		if (body.code !== 200) throw new Error(`${path} page ${page}: code ${body.code}`);
		items.push(...body.data.items);
		if (body.data.items.length < 100) return items;
	}
}

async function shoplineProducts(emulator: EmulatorProcess, createdAtMax: string): Promise<string[]> {
	const ids: string[] = [];
	let path: string | undefined = `products/products.json?limit=250&created_at_max=${encodeURIComponent(createdAtMax)}`;
	while (path) {
		const { body, link }: { body: { products: Array<{ id: string }> }; link: string } = await emulator.shopline(path);
		ids.push(...body.products.map((product) => String(product.id)));
		path = /<([^>]+)>;\s*rel="next"/.exec(link)?.[1];
	}
	return ids;
}

async function detailOf(emulator: EmulatorProcess, offerId: string): Promise<Json> {
	const response = await fetch(`${emulator.url}/1688/item_detail_by_url?apiToken=${TMAPI_TOKEN}`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify({ url: `https://detail.1688.com/offer/${offerId}.html` }),
	});
	return ((await response.json()) as { data: Json }).data;
}

// ----- the workflows ---------------------------------------------------------------------

interface Case {
	name: string;
	/** The node whose output is checked. */
	node: string;
	nodes: Json[];
	connections: Json;
	/** Why the output is wrong, or undefined when it is exact. */
	verify: (output: Json[], run: Record<string, Json[]>) => string | undefined;
}

const credentials = {
	tmapi: { tmapi1688Api: { id: 'tmapiExample1688', name: 'TMAPI API' } },
	shopline: { shoplineApi: { id: 'shoplineExample01', name: 'SHOPLINE API' } },
};

function webhookNode(path: string): Json {
	return { id: randomUUID(), name: 'Webhook', type: 'n8n-nodes-base.webhook', typeVersion: 2, position: [0, 0], webhookId: path, parameters: { httpMethod: 'POST', path, responseMode: 'onReceived', options: {} } };
}

function chain(names: string[]): Json {
	return Object.fromEntries(names.slice(0, -1).map((name, index) => [name, { main: [[{ node: names[index + 1], type: 'main', index: 0 }]] }]));
}

function node(name: string, type: 'tmapi1688' | 'shopline', parameters: Json, x: number): Json {
	const options = { ...((parameters.options as Json | undefined) ?? {}), ...RUN_OPTIONS };
	return { id: randomUUID(), name, type: NODE_TYPE[type], typeVersion: 1, position: [x, 0], parameters: { ...parameters, options }, credentials: type === 'tmapi1688' ? credentials.tmapi : credentials.shopline };
}

const sameIds = (got: string[], expected: string[]) => {
	if (got.length !== expected.length) return `${got.length} items, expected ${expected.length}`;
	const at = got.findIndex((id, index) => id !== expected[index]);
	return at < 0 ? undefined : `item ${at} is ${got[at]}, expected ${expected[at]}`;
};

/** Example 1 with a Webhook instead of the manual trigger, and the same generous retries. */
function syncCase(expectedHandles: string[]): Case {
	const example = JSON.parse(readFileSync(join(ROOT, 'examples', '1-sync-1688-shop-to-shopline.json'), 'utf8')) as { nodes: Json[]; connections: Record<string, Json> };
	const manual = example.nodes.find((entry) => entry.type === 'n8n-nodes-base.manualTrigger')!;
	const path = randomUUID();
	const nodes = example.nodes.map((entry) => {
		if (entry === manual) return { ...webhookNode(path), name: manual.name, position: manual.position };
		if (Object.values(NODE_TYPE).includes(String(entry.type) as (typeof NODE_TYPE)[keyof typeof NODE_TYPE])) return { ...entry, parameters: { ...(entry.parameters as Json), options: { ...((entry.parameters as Json).options as Json), ...RUN_OPTIONS } } };
		return entry;
	});
	return {
		name: 'example 1 sync (1688 shop → SHOPLINE)',
		node: 'Create or Update in SHOPLINE',
		nodes,
		connections: example.connections,
		verify: (created, run) => {
			const details = run['1688 Item Detail'] ?? [];
			if (details.length !== 5) return `${details.length} details, expected 5`;
			const handles = created.map((product) => String(product.handle));
			if (JSON.stringify(handles) !== JSON.stringify(expectedHandles)) return `created ${handles.join(',')}, expected ${expectedHandles.join(',')}`;
			if (!created.every((product) => /^\d{26}$/.test(String(product.id)))) return 'a created product has no 26-digit ID';
			const actions = created.map((product) => String(product.action));
			return actions.every((action) => action === 'created') ? undefined : `actions ${actions.join(',')} in a fresh store, expected created`;
		},
	};
}

/**
 * The eight workflows of a round. `shared`: the round of shared limits, where five SHOPLINE
 * Return Alls (pages of 50: 40 requests each) and the sync share the store's bucket, and two
 * category Return Alls and the sync share a TMAPI account.
 */
async function buildCases(emulator: EmulatorProcess, createdAtMax: string, shared = false): Promise<Case[]> {
	const cases: Case[] = [];
	// In the shared round one category run asks for 3 requests at once (Fixed), the other finds its share (Auto, up to 8).
	const sharedConcurrency = [
		{ label: '3 at once', options: { concurrency: 3 } },
		{ label: 'Auto', options: { concurrencyMode: 'auto', autoConcurrencyMax: 8 } },
	];
	for (const [n, category] of (shared ? CATEGORIES.slice(0, 2) : CATEGORIES).entries()) {
		const expected = (await tmapiPages(emulator, '/1688/category/items/v2', { cat_id: category })).map((item) => String(item.item_id));
		cases.push({
			name: `TMAPI category ${category} Return All${shared ? ` (${sharedConcurrency[n].label})` : ''}`,
			node: 'Category Items',
			nodes: [webhookNode(randomUUID()), node('Category Items', 'tmapi1688', { resource: 'category', operation: 'getItems', categoryId: category, returnAll: true, ...(shared ? { options: sharedConcurrency[n].options } : {}) }, 300)],
			connections: chain(['Webhook', 'Category Items']),
			verify: (output) => sameIds(output.map((item) => String(item.item_id)), expected),
		});
	}
	const products = await shoplineProducts(emulator, createdAtMax);
	for (let copy = 1; copy <= (shared ? 5 : 2); copy++) {
		cases.push({
			name: `SHOPLINE products Return All (#${copy}${shared ? ', pages of 50' : ''})`,
			node: 'Products',
			nodes: [webhookNode(randomUUID()), node('Products', 'shopline', { resource: 'product', operation: 'getAll', returnAll: true, filters: { createdAtMax: createdAtMax }, ...(shared ? { options: { pageSize: 50 } } : {}) }, 300)],
			connections: chain(['Webhook', 'Products']),
			verify: (output) => sameIds(output.map((product) => String(product.id)), products),
		});
	}
	for (const shop of shared ? [] : SHOPS) {
		const offers = (await tmapiPages(emulator, '/1688/shop/items/v2', { shop_url: `https://${shop}.1688.com/` })).map((item) => String(item.item_id));
		const details = new Map<string, Json>();
		// What the node outputs by default: the emulator's answer through the node's own normalization.
		for (let from = 0; from < offers.length; from += 20) {
			const batch = offers.slice(from, from + 20);
			const answers = await Promise.all(batch.map(async (offer) => await detailOf(emulator, offer)));
			batch.forEach((offer, index) => details.set(offer, normalizeProduct(answers[index] as IDataObject) as Json));
		}
		cases.push({
			name: `TMAPI shop ${shop} Return All → Get Detail ×${offers.length}`,
			node: 'Item Detail',
			nodes: [
				webhookNode(randomUUID()),
				node('Shop Items', 'tmapi1688', { resource: 'shop', operation: 'getItems', shopUrl: `https://${shop}.1688.com/`, returnAll: true }, 300),
				node('Item Detail', 'tmapi1688', { resource: 'item', operation: 'getDetail', productUrl: '={{ $json.item_id }}' }, 600),
			],
			connections: chain(['Webhook', 'Shop Items', 'Item Detail']),
			verify: (output) => {
				const wrongIds = sameIds(output.map((item) => String(item.item_id)), offers);
				if (wrongIds) return wrongIds;
				const at = output.findIndex((item) => JSON.stringify(item) !== JSON.stringify(details.get(String(item.item_id))));
				return at < 0 ? undefined : `detail ${at} (${String(output[at].item_id)}) differs from the emulator's`;
			},
		});
	}
	const best = (await tmapiPages(emulator, '/1688/shop/items/v2', { shop_url: 'https://demo-factory.1688.com/', sort: 'sales' })).slice(0, 5);
	cases.push(syncCase(best.map((item) => `1688-${String(item.item_id)}`)));
	return cases;
}

// ----- n8n in queue mode -----------------------------------------------------------------

function queueEnv(instance: Instance, brokerPort: number, healthPort?: number): NodeJS.ProcessEnv {
	return {
		...instance.env,
		EXECUTIONS_MODE: 'queue',
		QUEUE_BULL_REDIS_HOST: '127.0.0.1',
		QUEUE_BULL_REDIS_PORT: String(PORTS.redis),
		DB_TYPE: 'postgresdb',
		DB_POSTGRESDB_HOST: '127.0.0.1',
		DB_POSTGRESDB_PORT: String(PORTS.postgres),
		DB_POSTGRESDB_DATABASE: 'n8n',
		DB_POSTGRESDB_USER: 'postgres',
		DB_POSTGRESDB_PASSWORD: '',
		N8N_RUNNERS_BROKER_PORT: String(brokerPort),
		...(healthPort ? { QUEUE_HEALTH_CHECK_PORT: String(healthPort) } : {}),
		N8N_PORT: String(PORTS.main),
		N8N_LOG_LEVEL: 'info',
		N8N_GRACEFUL_SHUTDOWN_TIMEOUT: '10',
	};
}

interface Worker {
	name: string;
	child: ChildProcess;
	logFile: string;
}

async function startWorker(name: string, instance: Instance, logFile: string): Promise<Worker> {
	const out = openSync(logFile, 'w');
	const child = spawn(instance.install.bin, ['worker', '--concurrency=4'], { env: instance.env, cwd: instance.userFolder, stdio: ['ignore', out, out] });
	const ready = await waitFor(
		async () => (child.exitCode === null ? readFileSync(logFile, 'utf8') : 'exited'),
		(text) => text === 'exited' || text.includes('n8n worker is now ready'),
		120_000,
	);
	if (!ready.includes('n8n worker is now ready')) throw new Error(`${name} did not get ready; the last lines of ${logFile}:\n${lastLines(readFileSync(logFile, 'utf8'))}`);
	return { name, child, logFile };
}

async function stopChild(child: ChildProcess): Promise<void> {
	if (child.exitCode !== null || child.signalCode !== null) return;
	const exited = new Promise((resolve) => child.once('exit', resolve));
	child.kill('SIGTERM');
	await Promise.race([exited, sleep(20_000).then(() => child.kill('SIGKILL'))]);
}

interface Execution {
	id: string;
	status: string;
	finished?: boolean;
}

async function runOf(server: Server, id: string, flatted: { parse: (text: string) => unknown }): Promise<Record<string, Json[]>> {
	const execution = await rest<{ data: string }>(server, 'GET', `/executions/${id}`);
	const data = flatted.parse(execution.data) as { resultData: { runData: Record<string, Array<{ data?: { main: Array<Array<{ json: Json }> | null> } }>> } };
	return Object.fromEntries(
		Object.entries(data.resultData.runData).map(([name, runs]) => [name, (runs[runs.length - 1].data?.main ?? []).flatMap((output) => output ?? []).map((item) => item.json)]),
	);
}

/** Which worker started each execution: the job processor logs "Worker started execution <id> (job <n>)". */
function workerOf(workers: Worker[], fromOffsets: number[]): Map<string, string> {
	const owner = new Map<string, string>();
	workers.forEach((worker, index) => {
		const text = readFileSync(worker.logFile, 'utf8').slice(fromOffsets[index]);
		for (const match of text.matchAll(/Worker started execution (\d+) \(job/g)) owner.set(match[1], worker.name);
	});
	return owner;
}

async function round(label: string, server: Server, emulator: EmulatorProcess, workers: Worker[], workflows: Array<{ id: string; path: string; test: Case }>, flatted: { parse: (text: string) => unknown }) {
	const started = Date.now();
	const offsets = workers.map((worker) => readFileSync(worker.logFile, 'utf8').length);
	const before = new Map<string, Set<string>>();
	for (const workflow of workflows) before.set(workflow.id, new Set((await executionsOf(server, workflow.id)).map((execution) => execution.id)));
	// All eight at once; a 404 means the webhook is not registered yet (activation still landing).
	const answers = await Promise.all(
		workflows.map(async (workflow) => {
			for (let attempt = 0; attempt < 60; attempt++) {
				const response = await fetch(`${server.url}/webhook/${workflow.path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
				if (response.status !== 404) return response.status;
				await sleep(1000);
			}
			return 404;
		}),
	);
	check(`${label} n8n took all ${workflows.length} webhook calls at once`, answers.every((status) => status === 200), answers.join(','));
	const executions = new Map<string, Execution>();
	await waitFor(
		async () => {
			for (const workflow of workflows) {
				const fresh = (await executionsOf(server, workflow.id)).filter((execution) => !before.get(workflow.id)!.has(execution.id));
				if (fresh[0]) executions.set(workflow.id, fresh[0]);
			}
			return [...executions.values()];
		},
		(list) => list.length === workflows.length && list.every((execution) => !['new', 'running', 'waiting', 'unknown'].includes(execution.status)),
		420_000,
	);
	const seconds = (Date.now() - started) / 1000;
	const owners = workerOf(workers, offsets);
	const perWorker = new Map(workers.map((worker) => [worker.name, 0]));
	for (const workflow of workflows) {
		const execution = executions.get(workflow.id);
		const ranOn = execution ? owners.get(execution.id) : undefined;
		if (ranOn) perWorker.set(ranOn, perWorker.get(ranOn)! + 1);
		if (!execution || execution.status !== 'success') {
			check(`${label} ${workflow.test.name}`, false, execution ? `execution ${execution.id} ended ${execution.status}` : 'no execution');
			continue;
		}
		const run = await runOf(server, execution.id, flatted);
		const output = run[workflow.test.node] ?? [];
		const problem = workflow.test.verify(output, run);
		check(`${label} ${workflow.test.name}: ${output.length} items exact (execution ${execution.id} on ${ranOn ?? 'an unknown worker'})`, !problem, problem);
	}
	const counts = [...perWorker.entries()].map(([name, count]) => `${name} ${count}`).join(', ');
	console.log(`         executions per worker: ${counts}`);
	check(`${label} every execution ran on a worker, and on both workers`, [...executions.values()].every((execution) => owners.has(execution.id)) && [...perWorker.values()].every((count) => count > 0), counts);
	const log = (await (await fetch(`${emulator.url}/__emulator/log`)).json()) as LogEntry[];
	const status = (code: number) => log.filter((entry) => entry.status === code || entry.code === code).length;
	const needed = log.filter((entry) => entry.ok).length;
	console.log(`         ${log.length} requests for ${needed} answers needed (TMAPI ${log.filter((e) => e.api === 'tmapi').length}, SHOPLINE ${log.filter((e) => e.api === 'shopline').length}); 429: ${status(429)}, 503: ${status(503)}, other faults: ${log.filter((e) => e.fault && e.status !== 429 && e.status !== 503 && e.code !== 503).length}; ${seconds.toFixed(1)} s`);
	const tally = (api: LogEntry['api']) => ({ requests: log.filter((entry) => entry.api === api).length, needed: log.filter((entry) => entry.api === api && entry.ok).length });
	return { perWorker, requests: log.length, needed, rateLimited: status(429), unavailable: status(503), seconds, shopline: tally('shopline'), tmapi: tally('tmapi') };
}

async function executionsOf(server: Server, workflowId: string): Promise<Execution[]> {
	const filter = encodeURIComponent(JSON.stringify({ workflowId }));
	return (await rest<{ results: Execution[] }>(server, 'GET', `/executions?filter=${filter}&limit=20`)).results;
}

// ----- the whole test ----------------------------------------------------------------------

async function main() {
	const started = Date.now();
	const services: Service[] = [];
	const children: ChildProcess[] = [];
	const stopNow = () => {
		for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
		for (const service of services) service.stopNow();
	};
	// Before the temporary folders go (processes.ts removes them at exit): PostgreSQL's data is in one.
	process.prependListener('exit', stopNow);
	exitOnSignals(stopNow);
	const artifacts = join(ROOT, '.artifacts', 'e2e-queue');
	mkdirSync(artifacts, { recursive: true });
	const log = (text: string) => console.log(`  ${text}`);
	const phase = (text: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(0)} s] ${text}`);

	phase('Redis and PostgreSQL');
	await ensureServicePackages(log);
	console.log('Building and packing the packages...');
	const { tarballs } = await packPackages(log);
	const install: N8nInstall = await installN8n('2', log);
	const label = `[n8n ${install.version} queue]`;
	services.push(await startRedis(PORTS.redis));
	services.push(await startPostgres(PORTS.postgres, 'n8n'));
	console.log(`Redis on 127.0.0.1:${PORTS.redis}, PostgreSQL on 127.0.0.1:${PORTS.postgres}`);
	// EmulatorProcess stops its child at exit by itself.
	const emulator = await EmulatorProcess.start(['--store-size', String(STORE_SIZE)]);

	phase('Installing the package for the main and the workers');
	// One user folder per process, each with the package installed the README's way.
	const folders = await Promise.all([PORTS.main, ...PORTS.workers].map(async (port) => await prepareInstance(install, tarballs, port)));
	check(`${label} the README's install command installs the package for the main and ${WORKERS} workers`, true);
	const main = { ...folders[0], env: queueEnv(folders[0], PORTS.mainBroker) };
	const workerInstances = folders.slice(1).map((instance, index) => ({ ...instance, env: queueEnv(instance, PORTS.workers[index] + 1, PORTS.workers[index]) }));
	const credentialsFile = join(main.userFolder, 'credentials.json');
	writeFileSync(credentialsFile, JSON.stringify(emulatorCredentialsFile(emulator.url)));
	await n8n(main, ['import:credentials', `--input=${credentialsFile}`]);

	let server: Server | undefined;
	const workers: Worker[] = [];
	try {
		phase('Starting n8n main');
		writeFileSync(join(artifacts, 'main.log'), '');
		server = await startServer(main, join(artifacts, 'main.log'));
		children.push(server.process);
		check(`${label} n8n main starts in queue mode on PostgreSQL and Redis`, true);
		phase(`Starting ${WORKERS} workers`);
		const ready = await Promise.allSettled(workerInstances.map(async (instance, index) => await startWorker(`worker ${index + 1}`, instance, join(artifacts, `worker-${index + 1}.log`))));
		for (const result of ready) if (result.status === 'fulfilled') workers.push(result.value);
		children.push(...workers.map((worker) => worker.child));
		const failure = ready.find((result) => result.status === 'rejected');
		if (failure) throw failure.reason;
		check(`${label} ${WORKERS} workers (concurrency 4) are ready`, true);

		phase('Reading the expected outputs from the emulator; creating and activating the workflows');
		const createdAtMax = new Date(Date.now() - 1000).toISOString();
		const activate = async (cases: Case[]) => {
			const active: Array<{ id: string; path: string; test: Case }> = [];
			for (const test of cases) {
				let stored = await rest<{ id: string; versionId: string }>(server!, 'POST', '/workflows', { name: `Queue e2e: ${test.name}`, active: false, settings: { executionOrder: 'v1' }, nodes: test.nodes, connections: test.connections });
				stored = await setActive(server!, stored, true);
				const trigger = test.nodes.find((entry) => entry.type === 'n8n-nodes-base.webhook')!;
				active.push({ id: stored.id, path: String((trigger.parameters as Json).path), test });
			}
			return active;
		};
		const workflows = await activate(await buildCases(emulator, createdAtMax));
		const sharedWorkflows = await activate(await buildCases(emulator, createdAtMax, true));
		const workflowsTotal = workflows.length + sharedWorkflows.length;
		check(`${label} ${workflowsTotal} workflows with a Webhook trigger are active`, true);
		const flatted = createRequire(join(install.dir, 'node_modules', 'n8n', 'package.json'))('flatted') as { parse: (text: string) => unknown };

		phase('Round 1: no faults');
		await emulator.reset(true);
		const clean = await round(`${label} [no faults]`, server, emulator, workers, workflows, flatted);
		await emulator.reset(true);
		await emulator.configure(FAULTS);
		phase('Round 2: 30 % faults');
		const faulty = await round(`${label} [30 % faults]`, server, emulator, workers, workflows, flatted);
		await emulator.configure(NO_FAULTS);
		await emulator.reset(true);
		await emulator.configure(SHARED_LIMITS);
		phase('Round 3: shared limits (no injected faults; one store bucket of 40 at 4/s, a TMAPI account of 3 concurrent requests)');
		const shared = await round(`${label} [shared limits]`, server, emulator, workers, sharedWorkflows, flatted);
		await emulator.configure({ tmapi: { concurrencyLimit: 0, latencyMs: 0 } });
		check(
			`${label} [shared limits] 6 executions on one store: every 429 absorbed, SHOPLINE requests ≤ 1.15 × the minimum`,
			shared.shopline.requests <= 1.15 * shared.shopline.needed,
			`${shared.shopline.requests} requests for ${shared.shopline.needed} answers`,
		);
		check(`${label} [shared limits] 3 executions on a TMAPI account of 3 requests at once: 503s met and every one absorbed`, shared.unavailable > 0, `${shared.unavailable} × 503`);
		console.log(`         SHOPLINE: ${shared.shopline.requests} requests for ${shared.shopline.needed} answers (${(shared.shopline.requests / shared.shopline.needed).toFixed(3)} ×), 429: ${shared.rateLimited}; TMAPI: ${shared.tmapi.requests} requests for ${shared.tmapi.needed} answers (${(shared.tmapi.requests / shared.tmapi.needed).toFixed(3)} ×), 503: ${shared.unavailable}`);
		console.log('\nSummary');
		for (const [name, result] of [['no faults', clean], ['30 % faults', faulty], ['shared limits', shared]] as const) {
			const perWorker = [...result.perWorker.entries()].map(([worker, count]) => `${worker}: ${count}`).join(', ');
			console.log(`  ${name}: ${perWorker}; ${result.requests} requests (minimum ${result.needed}); 429: ${result.rateLimited}, 503: ${result.unavailable}; ${result.seconds.toFixed(1)} s`);
		}
	} catch (error) {
		check(`${label} queue-mode run`, false, (error as Error).message);
	} finally {
		phase('Stopping n8n, the emulator, PostgreSQL and Redis');
		await Promise.all(workers.map(async (worker) => await stopChild(worker.child)));
		if (server) await server.stop();
		emulator.stop();
		for (const service of services.reverse()) await service.stop();
	}
	console.log(`\nTime: ${((Date.now() - started) / 1000).toFixed(0)} s. Logs: .artifacts/e2e-queue/`);
	finish();
}

runMain(main);
