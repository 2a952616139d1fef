/* eslint-disable @n8n/community-nodes/no-restricted-imports, no-console -- a development script run by Node.js: never part of a published package */
/**
 * Builds the two packages and packs them the way they would be published: `npm run build`
 * (each packages/<name> copied to dist/<name> and built there by `n8n-node build`) and
 * `npm run pack` (npm pack in each copy, checked for every node and credential its manifest
 * announces to n8n). The demo, the dev server, the benchmark and the end-to-end tests install
 * what this returns.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

import { PACKAGES, ROOT } from '../../test/harness/packages';
import { run } from './processes';

export { ROOT };

export interface Packed {
	/** The tarballs, one per package, in the order of packages/. */
	tarballs: string[];
}

export async function packPackages(log: (text: string) => void = console.log): Promise<Packed> {
	log('npm run build && npm run pack...');
	await run('npm', ['run', 'build', '--silent'], { cwd: ROOT, name: 'npm run build' });
	const { stdout } = await run('npm', ['run', 'pack', '--silent'], { cwd: ROOT, name: 'npm run pack' });
	for (const line of stdout.split('\n').filter((text) => text.startsWith('packed '))) log(line);
	const files = readdirSync(join(ROOT, 'dist'));
	const tarballs = PACKAGES.map(({ name, version }) => {
		const file = `${name}-${version}.tgz`;
		if (!files.includes(file)) throw new Error(`npm run pack did not write dist/${file}`);
		return join(ROOT, 'dist', file);
	});
	return { tarballs };
}
