/* eslint-disable @n8n/community-nodes/no-restricted-imports -- a development script run by Node.js: never part of a published package */
/**
 * The README's by-hand install, as one source of truth: the end-to-end test, the demo and the
 * dev server install the packages into n8n by running the shell block between the README's
 * install-command markers, with the user folder as HOME and only the tarballs' paths put in
 * place of the ones the README names.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

import { PACKAGES, ROOT } from '../../test/harness/packages';
import { run, userShellEnv } from './processes';

const START = '<!-- install-command:start -->';
const END = '<!-- install-command:end -->';

/** The shell block between the README's install-command markers. */
export function readmeInstallCommand(readme = readFileSync(join(ROOT, 'README.md'), 'utf8')): string {
	const start = readme.indexOf(START);
	const end = readme.indexOf(END);
	if (start < 0 || end < start) throw new Error(`README.md has no ${START} … ${END} block`);
	const block = /```(?:sh|bash)\n([\s\S]*?)```/.exec(readme.slice(start, end));
	if (!block) throw new Error('The README install block holds no ```sh code block');
	return block[1];
}

const quoted = (path: string) => `'${path.replace(/'/g, "'\\''")}'`;

/**
 * The README's command with each tarball in place of the package file it names: every package
 * of packages/ must be named once, at its current version.
 */
export function installScript(tarballs: string[], command = readmeInstallCommand()): string {
	let script = command;
	for (const { name, version } of PACKAGES) {
		const named = [...script.matchAll(new RegExp(`\\S*${name}-(\\d+\\.\\d+\\.\\d+(?:-[\\w.]+)?)\\.tgz`, 'g'))];
		if (named.length !== 1) throw new Error(`The README install command should name ${name}'s tarball once; it names it ${named.length} times:\n${command}`);
		if (named[0][1] !== version) throw new Error(`The README install command names ${name} ${named[0][1]}; packages/${name}/package.json is at ${version}`);
		const tarball = tarballs.find((path) => basename(path) === `${name}-${version}.tgz`);
		if (!tarball) throw new Error(`No tarball of ${name} ${version} among ${tarballs.join(', ')}`);
		script = script.replace(named[0][0], quoted(tarball));
	}
	return script;
}

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
