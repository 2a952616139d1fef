/**
 * npm run dev — a real n8n editor on http://localhost:5678 with this package installed as a
 * community node (a fresh build and `npm pack`, installed with the README's install command),
 * the local emulator running on :8787, and the emulator's credentials and the examples
 * already imported. Stop with Ctrl+C. The n8n user folder is kept in .artifacts/dev-n8n so the editor
 * remembers its state between runs; the packed tarball's temporary folder is removed.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';

import { EmulatorProcess } from './lib/emulatorProcess';
import { installN8n } from './lib/n8nCache';
import { packPackage, ROOT } from './lib/pack';
import { exitOnSignals, removeTemporaryFolders } from './lib/processes';
import { importExamples, prepareInstance } from './e2e/n8n';
import { OWNER, startServer, type Server } from './e2e/server';

async function main() {
	const running: { emulator?: EmulatorProcess; server?: Server } = {};
	exitOnSignals(async () => {
		await running.server?.stop();
		running.emulator?.stop();
	});
	console.log('Building and packing the package...');
	const { tarball } = await packPackage((text) => console.log(`  ${text}`));
	const install = await installN8n('2', (text) => console.log(`  ${text}`));
	const emulator = await EmulatorProcess.start(['--port', process.env.EMULATOR_PORT ?? '8787', '--latency', '30']);
	const userFolder = join(ROOT, '.artifacts', 'dev-n8n');
	// The editor's state stays; the installed package does not: each run installs the fresh
	// tarball into an empty nodes folder, so no lockfile points at an earlier run's tarball.
	rmSync(join(userFolder, '.n8n', 'nodes'), { recursive: true, force: true });
	const instance = await prepareInstance(install, tarball, Number(process.env.N8N_PORT ?? 5678), userFolder);
	removeTemporaryFolders();
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
