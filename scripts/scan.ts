/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, no-console -- a development script run by Node.js: never part of a published package */
/**
 * npm run scan — n8n's community-package scanner on both packed packages, before anything is
 * published. @n8n/scan-community-package only scans a package on the npm registry, so its own
 * exported functions run here (scripts/lib/scanLegs.mjs) on the tarballs in dist/ (run
 * `npm run build && npm run pack` first) and on this repository as the source the scanner would
 * fetch from GitHub:
 *   - the scanner must find each package's source folder (packages/<name>) and lint every node
 *     and credential there, as it will from the commit the package's provenance names;
 *   - its source and tarball lint legs must pass;
 *   - its provenance leg is reported, not enforced: it fails for anything that was not published
 *     by .github/workflows/publish.yml with npm provenance, which nothing here can be.
 * The scanner is installed once into the n8n cache folder at the pinned version, with TypeScript
 * 5.9 in place of the native-only TypeScript 7 it pins (its ESLint parser needs TypeScript's
 * JavaScript API) and n8n-workflow for its rules; a cached install is used only after it loads.
 */
import { copyFileSync, lstatSync, mkdirSync, mkdtempSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

import { PACKAGES, ROOT } from '../test/harness/packages';
import { cacheFolder } from './lib/n8nCache';
import { run, userShellEnv } from './lib/processes';

const SCANNER = '@n8n/scan-community-package@0.32.0';
const OVERRIDES = { typescript: '5.9.3', 'n8n-workflow': '2.41.0' };
const LEGS = join(ROOT, 'scripts', 'lib', 'scanLegs.mjs');

interface Leg {
	passed: boolean;
	message?: string;
	details?: string;
}

interface Result {
	root: string | null;
	sourceFiles: string[];
	source: Leg;
	tarball: Leg;
	provenance?: Leg;
}

async function scannerWorks(folder: string): Promise<boolean> {
	const probe = `import(${JSON.stringify(`${folder}/node_modules/@n8n/scan-community-package/scanner/scanner.mjs`)}).then((m) => m.buildScanConfig())`;
	return await run('node', ['-e', probe], { cwd: folder, name: 'loading the scanner' }).then(
		() => true,
		() => false,
	);
}

async function installScanner(): Promise<string> {
	const folder = join(cacheFolder(), SCANNER.replace('@n8n/', '').replace('@', '-'));
	if (await scannerWorks(folder)) return folder;
	console.log(`Installing ${SCANNER} into ${folder}...`);
	rmSync(folder, { recursive: true, force: true });
	mkdirSync(folder, { recursive: true });
	writeFileSync(join(folder, 'package.json'), JSON.stringify({ name: 'scan-community-package-install', private: true, overrides: OVERRIDES }, null, 2));
	const args = ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--legacy-peer-deps', '--loglevel=error', SCANNER, `n8n-workflow@${OVERRIDES['n8n-workflow']}`];
	await run('npm', args, { cwd: folder, env: userShellEnv(), name: `npm install ${SCANNER}` });
	if (!(await scannerWorks(folder))) throw new Error(`${SCANNER} installed into ${folder} but does not load`);
	return folder;
}

/** The registry's metadata of a package, or undefined when it is not published (404). */
async function registryMetadata(name: string): Promise<Record<string, unknown> | undefined> {
	const response = await fetch(`https://registry.npmjs.org/${name}`).catch(() => undefined);
	if (!response || !response.ok) return undefined;
	return (await response.json()) as Record<string, unknown>;
}

/**
 * This repository as the scanner will fetch it from GitHub: the files git tracks or would add
 * (not dist/, not node_modules/), links kept as links.
 */
async function sourceView(): Promise<string> {
	const view = mkdtempSync(join(tmpdir(), 'scan-source-'));
	const { stdout } = await run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, name: 'git ls-files' });
	for (const file of stdout.split('\0').filter(Boolean)) {
		const from = join(ROOT, file);
		const to = join(view, file);
		const stat = lstatSync(from, { throwIfNoEntry: false });
		if (!stat) continue; // deleted in the working tree
		mkdirSync(dirname(to), { recursive: true });
		if (stat.isSymbolicLink()) symlinkSync(readlinkSync(from), to);
		else copyFileSync(from, to);
	}
	return view;
}

const indent = (text: string) => text.replace(/^/gm, '      ');

async function main() {
	const scanner = await installScanner();
	const source = await sourceView();
	let failed = 0;
	for (const { name, version, n8n } of PACKAGES) {
		const tarball = join(ROOT, 'dist', `${name}-${version}.tgz`);
		const unpacked = mkdtempSync(join(tmpdir(), 'scan-'));
		try {
			await run('tar', ['-xzf', tarball, '-C', unpacked, '--strip-components=1'], { name: `unpacking ${tarball} (run npm run build && npm run pack first)` });
			const metadata = await registryMetadata(name);
			const job = { name, version, repository: source, tarballDir: unpacked, metadata };
			const { stdout } = await run('node', [LEGS, scanner, JSON.stringify(job)], { cwd: ROOT, name: 'the scanner' });
			const result = JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as Result;
			// Every node and credential the package ships must be among the files the scanner lints.
			const sources = [...n8n.nodes, ...n8n.credentials].map((file) => file.replace(/^dist\//, '').replace(/\.js$/, '.ts'));
			const unseen = sources.filter((file) => !result.sourceFiles.includes(file));
			const legs: Array<[string, boolean, string]> = [
				['package root', result.root === join(source, 'packages', name), result.root ? result.root.replace(source, '<repository>') : 'not found'],
				['source lint', result.source.passed && unseen.length === 0, unseen.length > 0 ? `did not see ${unseen.join(', ')}` : `${result.sourceFiles.length} files${result.source.message ? `: ${result.source.message}` : ''}`],
				['tarball lint', result.tarball.passed, result.tarball.message ?? 'compiled .js and package.json'],
			];
			console.log(`${name}@${version}`);
			for (const [leg, passed, detail] of legs) {
				console.log(`  ${passed ? 'pass' : 'FAIL'}  ${leg}: ${detail}`);
				if (!passed) failed += 1;
			}
			for (const details of [result.source.details, result.tarball.details]) if (details) console.log(indent(details));
			const provenance = result.provenance
				? `${result.provenance.passed ? 'pass' : 'fails'}: ${result.provenance.message ?? 'published with npm provenance'}`
				: `not checked: ${name} is not on the npm registry yet. It fails until .github/workflows/publish.yml publishes it with npm provenance`;
			console.log(`  note  provenance (not enforced here): ${provenance}`);
		} finally {
			rmSync(unpacked, { recursive: true, force: true });
		}
	}
	rmSync(source, { recursive: true, force: true });
	console.log(failed === 0 ? 'The scanner finds nothing to refuse in either package (lint legs).' : `${failed} scanner check(s) failed.`);
	if (failed > 0) process.exit(1);
}

main().catch((error) => {
	console.error(`npm run scan failed: ${error instanceof Error ? error.message : String(error)}`);
	process.exit(1);
});
