/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, no-console -- a development script run by Node.js: never part of a published package */
/**
 * npm run test:e2e — both packages inside a real n8n, installed as users install them.
 *
 * For each n8n line (N8N_E2E_LINES, default "2,1"; n8n listens on N8N_E2E_PORT, default 5690, and up): install n8n (cached outside the repo),
 * build and pack both packages (`npm run build`, `npm run pack`) and install the tarballs into the user folder's .n8n/nodes
 * with the README's own install command (on the Node that line runs on), import
 * credentials that point at the local emulator and the example workflows, run each example
 * with `n8n execute` and check the items out. Then start the server, test both credentials
 * through n8n's own credential test, and take a look in the editor with headless Chromium
 * (screenshots in .artifacts/e2e/). Prints "N passed, N failed" and exits non-zero on a failure.
 *
 * N8N_E2E_ONLY runs some parts only, a comma list of: examples, agent (both action nodes as
 * tools of an AI Agent whose model is the emulator's fake, see agent.ts), credentials, trigger, editor,
 * customers (a customer created, searched and updated, a draft order made and completed, see customers.ts),
 * oauth (products read through the SHOPLINE App (OAuth) credential: token created, expired, refreshed, see oauth.ts)
 * (e.g. N8N_E2E_ONLY=editor N8N_E2E_LINES=2 N8N_E2E_PORT=5720 npm run test:e2e). Installing
 * the package and importing the examples always run: every part needs them.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

import { DEFAULT_OPTIONS } from '../../emulator';
import { EmulatorProcess } from '../lib/emulatorProcess';
import { installN8n, type Line } from '../lib/n8nCache';
import { packPackages, ROOT } from '../lib/pack';
import { exitOnSignals, run } from '../lib/processes';
import { agentChecks } from './agent';
import { customerChecks } from './customers';
import { oauthChecks } from './oauth';
import { checkEditor } from './editor';
import { check, finish, runMain } from './checks';
import { EXAMPLE_CHECKS } from './examples';
import { importExamples, prepareInstance, type Instance } from './n8n';
import { rest, startServer } from './server';
import { triggerChecks } from './trigger';

/**
 * n8n 2.x shows the credential's own rule messages for HTTP failures; n8n 1.x shows its
 * generic text for them (e.g. "Authorization failed - please check your credentials") and
 * applies only the body rules. Either way the test must fail for a bad credential.
 */
const CREDENTIAL_IDS: Record<string, string> = { tmapi1688Api: 'tmapiExample1688', shoplineApi: 'shoplineExample01', shoplineAppApi: 'shoplineAppOAuth' };

async function credentialTests(label: string, server: Awaited<ReturnType<typeof startServer>>, emulator: EmulatorProcess) {
	const test = async (type: string, data: Record<string, unknown>) =>
		await rest<{ status: string; message: string }>(server, 'POST', '/credentials/test', { credentials: { id: CREDENTIAL_IDS[type], name: 'test', type, data } });
	const tmapi = { host: 'custom', customBaseUrl: emulator.url };
	const shopline = { storeHandle: 'emulator', apiVersion: 'v20260301', customApiVersion: '', baseUrl: emulator.url };
	const app = { appKey: DEFAULT_OPTIONS.app.appKey, appSecret: DEFAULT_OPTIONS.appSecret, scopes: DEFAULT_OPTIONS.app.scope, authorizationCode: DEFAULT_OPTIONS.app.authorizationCode };
	const refused = (words: string) => (r: { status: string; message: string }) => r.status === 'Error' && r.message.includes(words);
	const cases: Array<[string, string, Record<string, unknown>, (result: { status: string; message: string }) => boolean]> = [
		['TMAPI credential test passes with a good token', 'tmapi1688Api', { ...tmapi, apiToken: 'emulator-tmapi-token' }, (r) => r.status === 'OK'],
		['TMAPI credential test refuses a wrong token', 'tmapi1688Api', { ...tmapi, apiToken: 'wrong-token' }, refused('did not accept this API token')],
		['SHOPLINE credential test passes with a good token', 'shoplineApi', { ...shopline, accessToken: 'emulator-shopline-token' }, (r) => r.status === 'OK'],
		['SHOPLINE credential test refuses a wrong token', 'shoplineApi', { ...shopline, accessToken: 'wrong-token' }, refused('did not accept the access token')],
		['SHOPLINE credential test refuses a wrong API version', 'shoplineApi', { ...shopline, accessToken: 'emulator-shopline-token', apiVersion: 'custom', customApiVersion: 'v20990101' }, refused('check the Store Handle and the API Version')],
		['SHOPLINE App (OAuth) credential test passes complete fields without spending the code', 'shoplineAppApi', { ...shopline, ...app }, (r) => r.status === 'OK' && r.message.includes('does not spend the code')],
		['SHOPLINE App (OAuth) credential test names an empty App Key', 'shoplineAppApi', { ...shopline, ...app, appKey: '' }, refused('App Key is empty')],
	];
	for (const [name, type, data, expected] of cases) {
		try {
			const result = await test(type, data);
			check(`${label} ${name}`, expected(result), JSON.stringify(result));
			if (result.status === 'Error') console.log(`         n8n says: ${result.message}`);
		} catch (error) {
			check(`${label} ${name}`, false, (error as Error).message);
		}
	}
	await emulator.configure({ tmapi: { balanceExhausted: true } });
	const broke = await test('tmapi1688Api', { ...tmapi, apiToken: 'emulator-tmapi-token' }).catch((error: Error) => ({ status: 'Error', message: error.message }));
	await emulator.configure({ tmapi: { balanceExhausted: false } });
	check(`${label} TMAPI credential test explains an empty balance (439)`, broke.status === 'Error' && broke.message.includes('balance is too low'), JSON.stringify(broke));
}

/** Installs the package into a new user folder of this n8n and imports the examples; undefined when that fails. */
async function setUp(label: string, install: Awaited<ReturnType<typeof installN8n>>, tarballs: string[], port: number, emulator: EmulatorProcess): Promise<Instance | undefined> {
	const node = (await run('node', ['--version'], { env: { ...process.env, PATH: install.path } })).stdout.trim();
	let instance: Instance;
	try {
		instance = await prepareInstance(install, tarballs, port);
		check(`${label} the README's install command installs both tarballs (npm on Node ${node})`, true);
	} catch (error) {
		check(`${label} the README's install command installs both tarballs (npm on Node ${node})`, false, (error as Error).message);
		return undefined;
	}
	try {
		await importExamples(instance, emulator.url);
		check(`${label} the credentials and the examples import`, true);
		return instance;
	} catch (error) {
		check(`${label} the credentials and the examples import`, false, (error as Error).message);
		return undefined;
	}
}

const PARTS = ['examples', 'agent', 'credentials', 'trigger', 'editor', 'customers', 'oauth'] as const;
type Part = (typeof PARTS)[number];

/** The parts N8N_E2E_ONLY asks for (all when unset); an unknown name stops the run before anything starts. */
function partsToRun(): Set<Part> {
	const asked = (process.env.N8N_E2E_ONLY ?? '').split(',').map((part) => part.trim()).filter(Boolean);
	const unknown = asked.filter((part) => !(PARTS as readonly string[]).includes(part));
	if (unknown.length > 0) throw new Error(`N8N_E2E_ONLY: unknown part(s) ${unknown.join(', ')}; use a comma list of ${PARTS.join(', ')}`);
	return new Set(asked.length > 0 ? (asked as Part[]) : PARTS);
}

async function main() {
	exitOnSignals();
	const parts = partsToRun();
	const started = Date.now();
	const lines = (process.env.N8N_E2E_LINES ?? '2,1').split(',').map((line) => line.trim()) as Line[];
	const editorLines = (process.env.N8N_E2E_EDITOR_LINES ?? '2,1').split(',');
	const artifacts = join(ROOT, '.artifacts', 'e2e');
	mkdirSync(artifacts, { recursive: true });
	console.log('Building and packing the packages...');
	const { tarballs } = await packPackages((text) => console.log(`  ${text}`));
	const emulator = await EmulatorProcess.start(['--store-size', '300']);
	const timings: string[] = [];
	try {
		for (const [index, line] of lines.entries()) {
			const lineStarted = Date.now();
			let install;
			try {
				install = await installN8n(line, (text) => console.log(`  ${text}`));
			} catch (error) {
				check(`n8n ${line}.x installs`, false, (error as Error).message);
				continue;
			}
			const label = `[n8n ${install.version}]`;
			console.log(`\n${label} ${install.dir}`);
			await emulator.reset(true);
			const instance = await setUp(label, install, tarballs, Number(process.env.N8N_E2E_PORT ?? 5690) + index, emulator);
			if (!instance) continue;
			try {
				if (parts.has('examples')) for (const exampleCheck of EXAMPLE_CHECKS) await exampleCheck(label, instance, emulator);
			} catch (error) {
				check(`${label} examples run`, false, (error as Error).message);
			}
			try {
				if (parts.has('agent')) await agentChecks(label, instance, emulator);
			} catch (error) {
				check(`${label} the AI Agent workflow runs`, false, (error as Error).message);
			}
			try {
				if (parts.has('customers')) await customerChecks(label, instance, emulator);
			} catch (error) {
				check(`${label} the customers and draft orders workflow runs`, false, (error as Error).message);
			}
			try {
				if (parts.has('oauth')) await oauthChecks(label, instance, emulator);
			} catch (error) {
				check(`${label} the app (OAuth) credential workflow runs`, false, (error as Error).message);
			}
			const server = await startServer(instance, join(artifacts, `n8n-${install.version}.log`)).catch((error: Error) => {
				check(`${label} n8n start serves the editor`, false, error.message);
				return undefined;
			});
			if (server) {
				check(`${label} n8n start serves the editor`, true);
				try {
					if (parts.has('credentials')) await credentialTests(label, server, emulator);
					if (parts.has('trigger')) await triggerChecks(label, server, emulator);
					if (parts.has('editor') && editorLines.includes(line)) {
						for (const result of await checkEditor(server, join(artifacts, `screenshots-n8n-${install.version}`))) check(`${label} ${result.name}`, result.ok, result.detail);
					}
				} finally {
					await server.stop();
				}
			}
			timings.push(`n8n ${install.version}: ${((Date.now() - lineStarted) / 1000).toFixed(0)} s`);
		}
	} finally {
		emulator.stop();
	}
	console.log(`\nTime: ${((Date.now() - started) / 1000).toFixed(0)} s (${timings.join(', ')}). Screenshots and logs: .artifacts/e2e/`);
	finish();
}

runMain(main);
