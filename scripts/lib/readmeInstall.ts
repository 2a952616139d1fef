/**
 * The README's by-hand install, as one source of truth: the end-to-end test, the demo and the
 * dev server install the package into n8n by running the shell block between the README's
 * install-command markers, with the user folder as HOME and only the tarball's path put in
 * place of the one the README names.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { ROOT } from './pack';
import { run, userShellEnv } from './processes';

const START = '<!-- install-command:start -->';
const END = '<!-- install-command:end -->';
const TARBALL = /\S*n8n-nodes-tmapi-shopline-(\d+\.\d+\.\d+(?:-[\w.]+)?)\.tgz/g;

/** The shell block between the README's install-command markers. */
export function readmeInstallCommand(readme = readFileSync(join(ROOT, 'README.md'), 'utf8')): string {
	const start = readme.indexOf(START);
	const end = readme.indexOf(END);
	if (start < 0 || end < start) throw new Error(`README.md has no ${START} … ${END} block`);
	const block = /```(?:sh|bash)\n([\s\S]*?)```/.exec(readme.slice(start, end));
	if (!block) throw new Error('The README install block holds no ```sh code block');
	return block[1];
}

/** The README's command with `tarball` in place of the package file it names. */
export function installScript(tarball: string, command = readmeInstallCommand()): string {
	const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
	const named = [...command.matchAll(TARBALL)];
	if (named.length !== 1) throw new Error(`The README install command should name the tarball once; it names it ${named.length} times:\n${command}`);
	if (named[0][1] !== version) throw new Error(`The README install command names version ${named[0][1]}; package.json is at ${version}`);
	return command.replace(TARBALL, `'${tarball.replace(/'/g, "'\\''")}'`);
}

/**
 * Runs the README's install command for an n8n whose user folder is `userFolder` (as HOME,
 * so that ~/.n8n is that n8n's), with the PATH of `env` (the Node that this n8n line runs on).
 */
export async function installAsTheReadmeSays(userFolder: string, tarball: string, env: NodeJS.ProcessEnv): Promise<void> {
	await run('bash', ['-euo', 'pipefail', '-c', installScript(tarball)], {
		cwd: userFolder,
		env: { ...userShellEnv(env), HOME: userFolder },
		name: "the README's install command",
	});
	// npm installs into the nearest folder above that has a package.json when the current one
	// has none: the command must put the package in ~/.n8n/nodes all the same.
	const installed = join(userFolder, '.n8n', 'nodes', 'node_modules', 'n8n-nodes-tmapi-shopline', 'package.json');
	if (!existsSync(installed)) throw new Error(`The README's install command did not install the package into ${join(userFolder, '.n8n', 'nodes')}`);
}
