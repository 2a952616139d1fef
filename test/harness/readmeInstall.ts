/* eslint-disable @n8n/community-nodes/no-restricted-imports -- test and development code run by Node.js: never part of a published package */
/**
 * The README's by-hand install command, read from the README: the packages test checks it names
 * each package's tarball at its version, and the end-to-end test, the demo and the dev server
 * (scripts/lib/readmeInstall.ts) run it with the tarballs' paths put in place of the ones it names.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

import { PACKAGES, ROOT } from './packages';

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
