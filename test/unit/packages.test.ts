/* eslint-disable @n8n/community-nodes/no-restricted-imports -- test code run by jest: never part of a published package */
/**
 * The two npm packages built from this tree (packages/<name>): each ships one service, what it
 * links is whole (no import leaves it), every node and credential of the repository is in one
 * of them, and what n8n and its verification read — type names, codex files, manifests, the
 * ESLint config — agrees.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, readlinkSync, realpathSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

import { nodeTypes } from '../harness/nodeTypes';
import { NODE_TYPE, PACKAGES, ROOT } from '../harness/packages';
import { installScript } from '../harness/readmeInstall';

const folderOf = (name: string) => join(ROOT, 'packages', name);
const rootManifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string; n8n: { nodes: string[]; credentials: string[] } };

/** The files a package ships from this tree: its links resolved, walked recursively. */
function sourcesOf(name: string): string[] {
	const files: string[] = [];
	const walk = (path: string) => {
		const real = realpathSync(path);
		if (lstatSync(real).isDirectory()) for (const entry of readdirSync(real)) walk(join(real, entry));
		else files.push(real);
	};
	for (const top of ['nodes', 'credentials']) walk(join(folderOf(name), top));
	return files;
}

/** Relative imports of a TypeScript file, resolved to files. */
function relativeImports(file: string): string[] {
	const text = readFileSync(file, 'utf8');
	const specifiers = [...text.matchAll(/(?:from\s+|import\s*\(|require\()\s*['"](\.[^'"]+)['"]/g)].map((match) => match[1]);
	return specifiers.map((specifier) => {
		const base = resolve(dirname(file), specifier);
		const found = [`${base}.ts`, join(base, 'index.ts'), base].find((candidate) => existsSync(candidate) && lstatSync(candidate).isFile());
		return found ?? `${base} (missing)`;
	});
}

describe('the npm packages built from this tree', () => {
	it('are the two services, each in its own package', () => {
		expect(PACKAGES.map((pkg) => pkg.name).sort()).toEqual(['n8n-nodes-shopline', 'n8n-nodes-tmapi-1688']);
	});

	it.each(PACKAGES.map((pkg) => [pkg.name, pkg] as const))('%s links only its own service, nodes/shared and its credential', (name) => {
		const links = ['nodes', 'credentials'].flatMap((top) =>
			readdirSync(join(folderOf(name), top)).map((entry) => relative(ROOT, resolve(join(folderOf(name), top), readlinkSync(join(folderOf(name), top, entry))))),
		);
		const expected =
			name === 'n8n-nodes-tmapi-1688'
				? ['credentials/Tmapi1688Api.credentials.ts', 'nodes/Tmapi1688', 'nodes/shared']
				: ['credentials/ShoplineApi.credentials.ts', 'credentials/ShoplineAppApi.credentials.ts', 'nodes/Shopline', 'nodes/shared'];
		expect(links.sort()).toEqual(expected.sort());
	});

	it.each(PACKAGES.map((pkg) => [pkg.name] as const))('%s is whole: every relative import of its files stays among them', (name) => {
		const files = new Set(sourcesOf(name));
		const tsFiles = [...files].filter((file) => file.endsWith('.ts'));
		expect(tsFiles.length).toBeGreaterThan(20);
		const outside = tsFiles.flatMap((file) => relativeImports(file).filter((target) => !files.has(target)).map((target) => `${relative(ROOT, file)} → ${relative(ROOT, target)}`));
		expect(outside).toEqual([]);
	});

	it('together ship every node and credential of the repository, each once', () => {
		const shipped = PACKAGES.flatMap((pkg) => [...pkg.n8n.nodes, ...pkg.n8n.credentials]);
		expect(new Set(shipped).size).toBe(shipped.length);
		expect(shipped.sort()).toEqual([...rootManifest.n8n.nodes, ...rootManifest.n8n.credentials].sort());
		// A service's folder holds its nodes: nodes/Shopline has the SHOPLINE node and its trigger.
		const nodeFiles = readdirSync(join(ROOT, 'nodes')).flatMap((folder) =>
			readdirSync(join(ROOT, 'nodes', folder))
				.filter((file) => file.endsWith('.node.ts'))
				.map((file) => `dist/nodes/${folder}/${file.replace(/\.ts$/, '.js')}`),
		);
		expect(nodeFiles.sort()).toEqual(PACKAGES.flatMap((pkg) => pkg.n8n.nodes).sort());
		const credentialFiles = readdirSync(join(ROOT, 'credentials')).map((file) => `dist/credentials/${file.replace(/\.ts$/, '.js')}`);
		expect(credentialFiles.sort()).toEqual(PACKAGES.flatMap((pkg) => pkg.n8n.credentials).sort());
	});

	it.each(PACKAGES.map((pkg) => [pkg.name, pkg] as const))("%s names its nodes' types and codex files after itself", (name, pkg) => {
		for (const file of pkg.n8n.nodes) {
			const folder = dirname(file.replace(/^dist\//, ''));
			const base = file.split('/').pop()!.replace(/\.node\.js$/, '');
			const codex = JSON.parse(readFileSync(join(ROOT, folder, `${base}.node.json`), 'utf8')) as { node: string };
			const type = codex.node;
			expect(type.startsWith(`${name}.`)).toBe(true);
			expect(Object.values(NODE_TYPE)).toContain(type);
			expect(nodeTypes.getByNameAndVersion(type).description.name).toBe(type.slice(name.length + 1));
		}
	});

	it.each(PACKAGES.map((pkg) => [pkg.name, pkg] as const))('%s is a strict n8n package with no runtime dependency, at the repository version', (name, pkg) => {
		expect(pkg.version).toBe(rootManifest.version);
		expect(pkg.n8n.strict).toBe(true);
		expect(pkg.dependencies).toBeUndefined();
		expect(pkg.peerDependencies).toEqual({ 'n8n-workflow': '*' });
		expect(pkg.scripts).toMatchObject({ build: 'n8n-node build', lint: 'n8n-node lint', release: 'n8n-node release', prepublishOnly: 'n8n-node prerelease' });
		expect((pkg.repository as { directory: string }).directory).toBe(`packages/${name}`);
		const template = readFileSync(join(ROOT, 'node_modules/@n8n/node-cli/dist/template/templates/shared/default/eslint.config.mjs'), 'utf8');
		expect(readFileSync(join(folderOf(name), 'eslint.config.mjs'), 'utf8')).toBe(template);
	});

	it("the README's install command installs both packages at their version", () => {
		const tarballs = PACKAGES.map((pkg) => `/tmp/x/${pkg.name}-${pkg.version}.tgz`);
		const script = installScript(tarballs);
		for (const tarball of tarballs) expect(script).toContain(`'${tarball}'`);
		expect(() => installScript(tarballs.slice(0, 1))).toThrow(/No tarball of/);
	});
});
