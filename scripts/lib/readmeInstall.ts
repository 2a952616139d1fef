/* eslint-disable @n8n/community-nodes/no-restricted-imports -- a development script run by Node.js: never part of a published package */
/**
 * The README's by-hand install, as one source of truth: the end-to-end test, the demo and the
 * dev server install the packages into n8n by running the shell block between the README's
 * install-command markers (read by test/harness/readmeInstall.ts), with the user folder as HOME
 * and only the tarballs' paths put in place of the ones the README names.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { PACKAGES } from '../../test/harness/packages';
import { installScript } from '../../test/harness/readmeInstall';
import { run, userShellEnv } from './processes';

/**
 * Runs the README's install command for an n8n whose user folder is `userFolder` (as HOME,
 * so that ~/.n8n is that n8n's), with the PATH of `env` (the Node that this n8n line runs on).
 */
export async function installAsTheReadmeSays(userFolder: string, tarballs: string[], env: NodeJS.ProcessEnv): Promise<void> {
	await run('bash', ['-euo', 'pipefail', '-c', installScript(tarballs)], {
		cwd: userFolder,
		env: { ...userShellEnv(env), HOME: userFolder },
		name: "the README's install command",
	});
	// npm installs into the nearest folder above that has a package.json when the current one
	// has none: the command must put the packages in ~/.n8n/nodes all the same.
	for (const { name } of PACKAGES) {
		const installed = join(userFolder, '.n8n', 'nodes', 'node_modules', name, 'package.json');
		if (!existsSync(installed)) throw new Error(`The README's install command did not install ${name} into ${join(userFolder, '.n8n', 'nodes')}`);
	}
}
