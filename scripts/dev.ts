/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, no-console -- a development script run by Node.js: never part of a published package */
/**
 * npm run dev — a real n8n editor on http://localhost:5678 with both packages installed as
 * community nodes (a fresh `npm run build` and `npm run pack`, installed with the README's install command),
 * the local emulator running on :8787, and the emulator's credentials and the examples
 * already imported. Stop with Ctrl+C. The n8n user folder is kept in .artifacts/dev-n8n so the editor
 * remembers its state between runs.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';

import { EmulatorProcess } from './lib/emulatorProcess';
import { installN8n } from './lib/n8nCache';
import { packPackages, ROOT } from './lib/pack';
import { exitOnSignals } from './lib/processes';
import { importExamples, prepareInstance } from './e2e/n8n';
import { OWNER, startServer, type Server } from './e2e/server';

async function main() {
	const running: { emulator?: EmulatorProcess; server?: Server } = {};
	exitOnSignals(async () => {
		await running.server?.stop();
		running.emulator?.stop();
	});
	console.log('Building and packing the packages...');
	const { tarballs } = await packPackages((text) => console.log(`  ${text}`));
	const install = await installN8n('2', (text) => console.log(`  ${text}`));
	const emulator = await EmulatorProcess.start(['--port', process.env.EMULATOR_PORT ?? '8787', '--latency', '30']);
	const userFolder = join(ROOT, '.artifacts', 'dev-n8n');
	// The editor's state stays; the installed package does not: each run installs the fresh
	// tarballs into an empty nodes folder, so no lockfile points at an earlier run's tarballs.
	rmSync(join(userFolder, '.n8n', 'nodes'), { recursive: true, force: true });
	const instance = await prepareInstance(install, tarballs, Number(process.env.N8N_PORT ?? 5678), userFolder);
	await importExamples(instance, emulator.url);
	running.emulator = emulator;
	const server = await startServer(instance, join(ROOT, '.artifacts', 'dev-n8n.log'));
	running.server = server;
	console.log(`
n8n ${install.version} is running at ${server.url}
  sign in as ${OWNER.email} / ${OWNER.password}
  the emulator answers at ${emulator.url} (credentials "TMAPI API" and "SHOPLINE API" point at it)
  the examples are under Workflows; n8n's log is in .artifacts/dev-n8n.log
Press Ctrl+C to stop.`);
}

main().catch((error) => {
	console.error(`\nnpm run dev failed: ${error instanceof Error ? error.message : String(error)}`);
	process.exit(1);
});
