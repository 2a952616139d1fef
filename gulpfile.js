/**
 * The two npm packages are built from this repository's tree. Each folder in packages/ is one
 * package: its manifest, README, template ESLint config and tsconfig, and links to the
 * folders of nodes/ and credentials/ that it ships (one API each, plus nodes/shared, which is
 * copied into both: neither package depends on the other or on anything at run time).
 *
 *   gulp build          packages/<name>/ → dist/<name>/ with the links resolved (a real copy),
 *                       then `n8n-node build` inside it → dist/<name>/dist/
 *   gulp lint:packages  `n8n-node lint` (strict mode) and `n8n-node cloud-support` inside each
 *   gulp pack           `npm pack` of each → dist/<name>-<version>.tgz
 *   gulp publish:dry-run  `npm publish --dry-run` of each, as the release workflow runs it
 *                       (RELEASE_MODE=true), and the prepublishOnly guard that refuses it otherwise
 *
 * n8n's tooling runs in the copy, not in packages/<name>/: ESLint does not descend into linked
 * folders, so a lint there would pass without having read the nodes.
 */
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { series, task } = require('gulp');

const ROOT = __dirname;
const CLI = path.join(ROOT, 'node_modules', '.bin', 'n8n-node');

function packages() {
	const folder = path.join(ROOT, 'packages');
	return fs
		.readdirSync(folder)
		.filter((name) => fs.existsSync(path.join(folder, name, 'package.json')))
		.map((name) => {
			const manifest = JSON.parse(fs.readFileSync(path.join(folder, name, 'package.json'), 'utf8'));
			return { name: manifest.name, version: manifest.version, manifest, source: path.join(folder, name), out: path.join(ROOT, 'dist', manifest.name) };
		});
}

/** Runs a command in a package's copy and returns its output; a failure stops the task. */
function inPackage(pkg, command, args, extraEnv = {}) {
	// Scripts started by npm inherit its settings (the repository's ignore-scripts, its prefix):
	// n8n's tooling and npm inside the copy must behave as they do in a package of their own.
	const env = { ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_(config_|package_|lifecycle_|command$)/i.test(key))), ...extraEnv };
	const result = spawnSync(command, args, { cwd: pkg.out, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
	const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
	if (result.status !== 0) throw new Error(`${pkg.name}: ${path.basename(command)} ${args.join(' ')} failed (exit ${result.status}):\n${output}`);
	return output;
}

/** The files of the package's manifest that n8n loads, which `has` does not find. */
function missing(pkg, has) {
	return [...pkg.manifest.n8n.nodes, ...pkg.manifest.n8n.credentials].filter((file) => !has(file));
}

async function build() {
	for (const pkg of packages()) {
		fs.rmSync(pkg.out, { recursive: true, force: true });
		fs.cpSync(pkg.source, pkg.out, { recursive: true, dereference: true });
		inPackage(pkg, CLI, ['build']);
		const absent = missing(pkg, (file) => fs.existsSync(path.join(pkg.out, file)));
		if (absent.length > 0) throw new Error(`${pkg.name}: n8n-node build did not produce ${absent.join(', ')}`);
		console.log(`built ${pkg.name}@${pkg.version} in ${path.relative(ROOT, pkg.out)}/dist`);
	}
}

function built(pkg) {
	if (!fs.existsSync(path.join(pkg.out, 'dist'))) throw new Error(`${pkg.name} is not built: run \`npm run build\` first`);
}

async function lintPackages() {
	for (const pkg of packages()) {
		built(pkg);
		inPackage(pkg, CLI, ['lint']);
		const support = inPackage(pkg, CLI, ['cloud-support']).replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '');
		if (!/Status: eligible/.test(support)) throw new Error(`${pkg.name}: n8n-node cloud-support does not say eligible:\n${support}`);
		console.log(`${pkg.name}: n8n-node lint passed (strict mode); cloud support: eligible`);
	}
}

async function pack() {
	for (const pkg of packages()) {
		built(pkg);
		const output = inPackage(pkg, 'npm', ['pack', '--json', '--loglevel=error', '--pack-destination', path.dirname(pkg.out)]);
		const [packed] = JSON.parse(output.slice(output.indexOf('[')));
		const files = packed.files.map((file) => file.path);
		const absent = missing(pkg, (file) => files.includes(file));
		if (absent.length > 0) throw new Error(`${packed.filename} lacks ${absent.join(', ')}`);
		console.log(`packed dist/${packed.filename}: ${files.length} files, ${(packed.size / 1024).toFixed(1)} kB`);
	}
}

async function publishDryRun() {
	for (const pkg of packages()) {
		built(pkg);
		let refused = false;
		try {
			inPackage(pkg, 'npm', ['publish', '--dry-run'], { RELEASE_MODE: '' });
		} catch (error) {
			refused = /npm run release/.test(error.message);
		}
		if (!refused) throw new Error(`${pkg.name}: npm publish outside the release workflow was not stopped by the prepublishOnly guard`);
		const output = inPackage(pkg, 'npm', ['publish', '--dry-run'], { RELEASE_MODE: 'true' });
		if (!output.includes(`+ ${pkg.name}@${pkg.version}`)) throw new Error(`${pkg.name}: npm publish --dry-run did not end with + ${pkg.name}@${pkg.version}:\n${output}`);
		const files = /total files:\s*(\d+)/.exec(output)?.[1];
		console.log(`${pkg.name}@${pkg.version}: npm publish --dry-run passes in release mode (${files} files); refused outside it`);
	}
}

task('build', build);
task('publish:dry-run', publishDryRun);
task('lint:packages', lintPackages);
task('pack', pack);
task('build:pack', series(build, pack));
