/**
 * Builds this package and packs it the way it would be published. The project's .npmrc sets
 * ignore-scripts (n8n-workflow's isolated-vm does not build on Node 20), so `npm pack` would
 * skip `prepack` and ship a tarball without dist/: the build runs explicitly here, and the
 * tarball is checked for every node and credential that package.json announces to n8n.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { run, temporaryFolder } from './processes';

export const ROOT = join(__dirname, '..', '..');

export interface Packed {
	tarball: string;
	files: string[];
	size: number;
}

interface PackJson {
	filename: string;
	size: number;
	files: Array<{ path: string }>;
}

export async function packPackage(log: (text: string) => void = console.log): Promise<Packed> {
	log('npm run build...');
	await run('npm', ['run', 'build', '--silent'], { cwd: ROOT, name: 'npm run build' });
	const destination = temporaryFolder('n8n-nodes-pack-');
	const { stdout } = await run('npm', ['pack', '--ignore-scripts', '--json', '--loglevel=error', '--pack-destination', destination], { cwd: ROOT, name: 'npm pack' });
	const [packed] = JSON.parse(stdout.slice(stdout.indexOf('['))) as PackJson[];
	const files = packed.files.map((file) => file.path);
	const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { n8n: { nodes: string[]; credentials: string[] } };
	const missing = [...manifest.n8n.nodes, ...manifest.n8n.credentials].filter((path) => !files.includes(path));
	if (missing.length > 0) throw new Error(`The tarball lacks ${missing.join(', ')}: the build did not produce them (npm pack listed ${files.length} files).`);
	log(`Packed ${packed.filename}: ${files.length} files, ${(packed.size / 1024).toFixed(1)} kB`);
	return { tarball: join(destination, packed.filename), files, size: packed.size };
}
