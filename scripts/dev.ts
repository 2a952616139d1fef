/**
 * npm run dev — a real n8n editor on http://localhost:5678 with this package installed (as a
 * community node, from a fresh `npm pack`), the local emulator running on :8787, and the
 * emulator's credentials and the examples already imported. Stop with Ctrl+C. The n8n user
 * folder is kept in .artifacts/dev-n8n so the editor remembers its state between runs.
 */
import { join } from 'node:path';

import { EmulatorProcess } from './lib/emulatorProcess';
import { importExamples, installN8n, OWNER, packPackage, prepareInstance, ROOT, startServer } from './e2e/n8n';

async function main() {
	console.log('Building and packing the package...');
	const tarball = packPackage();
	const install = installN8n('2');
	const emulator = await EmulatorProcess.start(['--port', process.env.EMULATOR_PORT ?? '8787', '--latency', '30']);
	const instance = prepareInstance(install, tarball, Number(process.env.N8N_PORT ?? 5678), join(ROOT, '.artifacts', 'dev-n8n'));
	await importExamples(instance, emulator.url);
	const server = await startServer(instance, join(ROOT, '.artifacts', 'dev-n8n.log'));
	console.log(`
n8n ${install.version} is running at ${server.url}
  sign in as ${OWNER.email} / ${OWNER.password}
  the emulator answers at ${emulator.url} (credentials "TMAPI API" and "SHOPLINE API" point at it)
  the examples are under Workflows; n8n's log is in .artifacts/dev-n8n.log
Press Ctrl+C to stop.`);
	const stop = async () => {
		await server.stop();
		emulator.stop();
		process.exit(0);
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}

main().catch((error) => {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
});
