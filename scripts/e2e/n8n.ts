/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- a development script run by Node.js: never part of a published package */
/**
 * Both packages inside a real n8n, installed the way users install community nodes: the
 * tarballs from `npm run pack` go into <user folder>/.n8n/nodes through the README's own
 * install command. Used by the end-to-end test, the demo and the dev server. A failing n8n
 * command raises an error with the last lines of what n8n printed.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { DEFAULT_OPTIONS } from '../../emulator';
import type { N8nInstall } from '../lib/n8nCache';
import { ROOT } from '../lib/pack';
import { lastLines, run, temporaryFolder } from '../lib/processes';
import { installAsTheReadmeSays } from '../lib/readmeInstall';

export interface Instance {
	install: N8nInstall;
	userFolder: string;
	env: NodeJS.ProcessEnv;
	port: number;
}

/**
 * A new temporary user folder, inside a folder with a package.json of its own: a user's home
 * may have one too, and the README's install command must not install there.
 */
function newUserFolder(install: N8nInstall): string {
	const parent = temporaryFolder(`n8n-e2e-${install.line}-`);
	writeFileSync(join(parent, 'package.json'), JSON.stringify({ name: 'not-the-n8n-nodes-folder', private: true }));
	return join(parent, 'user');
}

/**
 * An n8n user folder with the package installed as a community node: a new temporary one
 * (removed at exit), or `userFolder` when given (the dev server keeps its own).
 */
export async function prepareInstance(install: N8nInstall, tarballs: string[], port: number, userFolder?: string): Promise<Instance> {
	const folder = userFolder ?? newUserFolder(install);
	mkdirSync(folder, { recursive: true });
	const env: NodeJS.ProcessEnv = {
		...process.env,
		PATH: install.path,
		N8N_USER_FOLDER: folder,
		N8N_PORT: String(port),
		// Webhook subscriptions (SHOPLINE Trigger) give this address to the local emulator.
		[install.line === '1' ? 'WEBHOOK_URL' : 'N8N_WEBHOOK_URL']: `http://127.0.0.1:${port}/`,
		// Its own task-broker port too, so two n8n of the e2e (or a developer's own n8n) never meet.
		N8N_RUNNERS_BROKER_PORT: String(port + 1000),
		N8N_ENCRYPTION_KEY: 'local-test-key-not-a-secret',
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_SECURE_COOKIE: 'false',
		N8N_RUNNERS_TASK_TIMEOUT: '300',
		DB_SQLITE_POOL_SIZE: '2',
	};
	// n8n 1.x's default expression engine needs isolated-vm, which does not build on Node 20.
	if (install.line === '1') env.N8N_EXPRESSION_ENGINE = 'legacy';
	delete env.NODE_OPTIONS;
	await installAsTheReadmeSays(folder, tarballs, env);
	return { install, userFolder: folder, env, port };
}

/** Runs an n8n command; its failure says which command failed and what n8n printed last. */
export async function n8n(instance: Instance, args: string[]): Promise<{ stdout: string; stderr: string }> {
	return await run(instance.install.bin, args, { env: instance.env, cwd: instance.userFolder, name: `n8n ${args.join(' ')}`, noise: /^(Starting|Finished) migration / });
}

/** Credential data pointing both nodes at an emulator. */
export function emulatorCredentialsFile(url: string): object[] {
	return [
		{
			id: 'tmapiExample1688',
			name: 'TMAPI API',
			type: 'tmapi1688Api',
			data: { apiToken: 'emulator-tmapi-token', host: 'custom', customBaseUrl: url },
		},
		{
			id: 'shoplineExample01',
			name: 'SHOPLINE API',
			type: 'shoplineApi',
			data: { storeHandle: 'emulator', accessToken: 'emulator-shopline-token', appSecret: 'emulator-app-secret', apiVersion: 'v20260301', customApiVersion: '', baseUrl: url },
		},
		{
			// An app installed in the emulator's store: no token yet, the code the store gave (see oauth.ts).
			id: 'shoplineAppOAuth',
			name: 'SHOPLINE App (OAuth)',
			type: 'shoplineAppApi',
			data: {
				storeHandle: 'emulator',
				appKey: DEFAULT_OPTIONS.app.appKey,
				appSecret: DEFAULT_OPTIONS.appSecret,
				scopes: DEFAULT_OPTIONS.app.scope,
				authorizationCode: DEFAULT_OPTIONS.app.authorizationCode,
				apiVersion: 'v20260301',
				customApiVersion: '',
				baseUrl: url,
				accessToken: '',
				expiresAt: '',
			},
		},
	];
}

/** Imports the credentials and every workflow of examples/. */
export async function importExamples(instance: Instance, emulatorUrl: string): Promise<void> {
	const file = join(instance.userFolder, 'credentials.json');
	writeFileSync(file, JSON.stringify(emulatorCredentialsFile(emulatorUrl)));
	await n8n(instance, ['import:credentials', `--input=${file}`]);
	for (const example of readdirSync(join(ROOT, 'examples')).filter((name) => name.endsWith('.json'))) {
		await n8n(instance, ['import:workflow', `--input=${join(ROOT, 'examples', example)}`]);
	}
}

export interface NodeRun {
	status?: string;
	/** Milliseconds the node took in this run, as n8n measured it. */
	executionTime?: number;
	items: Array<Array<{ json: Record<string, unknown> }>>;
	/** The last run's items by connection type (main, ai_tool, ai_languageModel…). */
	outputs: Record<string, Array<Array<{ json: Record<string, unknown> }>>>;
	/** How many times the node ran (a tool or a chat model once per call). */
	runs: number;
	error?: string;
	/** The error's description, where n8n keeps the details (e.g. what an API said under "Bad request"). */
	errorDescription?: string;
}

export interface WorkflowRun {
	error?: string;
	errorDescription?: string;
	nodes: Record<string, NodeRun>;
}

/** Runs a stored workflow with `n8n execute` and reads what each node output. */
export async function executeWorkflow(instance: Instance, id: string): Promise<WorkflowRun> {
	// Into a file, not a pipe: n8n exits right after printing, and a large run written to a
	// pipe would be cut off at the exit.
	const file = join(instance.userFolder, `run-${id}.json`);
	const shell = ['-c', '"$0" "$@" > "$N8N_E2E_RUN_FILE"', instance.install.bin, 'execute', `--id=${id}`, '--rawOutput'];
	const options = { env: { ...instance.env, N8N_E2E_RUN_FILE: file }, cwd: instance.userFolder, name: `n8n execute --id=${id}`, noise: /^(Starting|Finished) migration / };
	let failure: unknown;
	await run('/bin/sh', shell, options).catch((error: unknown) => (failure = error));
	const stdout = existsSync(file) ? readFileSync(file, 'utf8') : '';
	// A workflow that fails makes n8n exit non-zero after printing the run: read it.
	if (failure && !/^\{/m.test(stdout)) throw failure;
	const start = stdout.search(/^\{/m);
	if (start < 0) throw new Error(`n8n execute --id=${id} printed no run; its last output:\n${lastLines(stdout)}`);
	// The run is printed indented, so its first line "}" closes it; n8n (or a task runner that
	// shares its output) may print more after it, which is not part of the run.
	const end = stdout.indexOf('\n}', start);
	const parsed = JSON.parse(end < 0 ? stdout.slice(start) : stdout.slice(start, end + 2)) as {
		data: { resultData: { error?: { message: string; description?: string }; runData: Record<string, Array<{ executionStatus?: string; executionTime?: number; data?: NodeRun['outputs']; error?: { message: string; description?: string } }>> } };
	};
	const nodes: WorkflowRun['nodes'] = {};
	for (const [name, runs] of Object.entries(parsed.data.resultData.runData)) {
		const last = runs[runs.length - 1];
		const outputs = Object.fromEntries(Object.entries(last.data ?? {}).map(([type, list]) => [type, (list ?? []).map((output) => output ?? [])]));
		nodes[name] = { status: last.executionStatus, executionTime: last.executionTime, items: outputs.main ?? [], outputs, runs: runs.length, error: last.error?.message, errorDescription: last.error?.description ?? undefined };
	}
	const { error } = parsed.data.resultData;
	return { error: error?.message, errorDescription: error?.description ?? undefined, nodes };
}
