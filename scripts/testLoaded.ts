/* eslint-disable @n8n/community-nodes/no-dangerous-functions, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, no-console -- a development script run by Node.js: never part of a published package */
/**
 * npm run test:loaded — the whole test suite on a busy machine: while jest runs, busy
 * processes (one per core, at least two) spin on the CPUs, as other work on a shared machine
 * or CI runner would. Three runs in a row by default; each must pass. Proves that no test
 * depends on how fast the machine is.
 *
 *   npm run test:loaded                      three runs
 *   npm run test:loaded -- --runs 1          one run (what .ci/run does)
 *   npm run test:loaded -- --hogs 4          four busy processes
 *   npm run test:loaded -- --runs 1 test/unit   other arguments go to jest
 *
 * The busy processes cannot outlive the run: each stops by itself after a hard time limit
 * (--limit-minutes, 30 by default) or as soon as this script is gone, and this script stops
 * them when jest ends, on Ctrl-C and on any exit.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpus } from 'node:os';

function option(name: string, fallback: number): number {
	const index = process.argv.indexOf(`--${name}`);
	if (index < 0) return fallback;
	const value = Number(process.argv[index + 1]);
	if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} takes a whole number, not ${process.argv[index + 1]}`);
	process.argv.splice(index, 2);
	return value;
}

const RUNS = option('runs', 3);
const HOGS = option('hogs', Math.max(2, cpus().length));
const LIMIT_MS = option('limit-minutes', 30) * 60_000;
const jestArgs = process.argv.slice(2);

/**
 * One busy process: a loop that checks, about every 50 ms, whether its hard time limit has
 * passed or its parent is gone (then it belongs to another process), and ends then.
 */
const HOG = `
const end = Date.now() + ${LIMIT_MS};
const parent = process.ppid;
let x = 0;
for (;;) {
	const until = Date.now() + 50;
	while (Date.now() < until) x = (x * 31 + 7) % 1000003;
	if (Date.now() > end || process.ppid !== parent) process.exit(0);
}
`;

const hogs = new Set<ChildProcess>();
let jest: ChildProcess | undefined;

function startHogs(): void {
	for (let i = 0; i < HOGS; i++) {
		const hog = spawn(process.execPath, ['-e', HOG], { stdio: 'ignore' });
		hogs.add(hog);
		hog.on('exit', () => hogs.delete(hog));
	}
}

function stopHogs(): void {
	for (const hog of hogs) hog.kill('SIGKILL');
	hogs.clear();
}

process.on('exit', () => {
	stopHogs();
	jest?.kill('SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
	process.on(signal, () => {
		console.error(`\n${signal}: stopping the busy processes and jest`);
		stopHogs();
		jest?.kill('SIGTERM');
		process.exit(130);
	});
}

async function runJest(): Promise<number> {
	return await new Promise((resolve) => {
		jest = spawn(process.execPath, [require.resolve('jest/bin/jest'), ...jestArgs], { stdio: 'inherit' });
		jest.on('exit', (code, signal) => {
			jest = undefined;
			resolve(code ?? (signal ? 1 : 0));
		});
	});
}

async function main(): Promise<void> {
	console.log(`${RUNS} run(s) of the test suite, each with ${HOGS} busy processes on ${cpus().length} cores`);
	const results: Array<{ run: number; passed: boolean; seconds: number }> = [];
	for (let run = 1; run <= RUNS; run++) {
		console.log(`\n== run ${run} of ${RUNS}`);
		startHogs();
		const started = Date.now();
		const code = await runJest();
		stopHogs();
		results.push({ run, passed: code === 0, seconds: Math.round((Date.now() - started) / 1000) });
		if (code !== 0) break;
	}
	console.log('\n== loaded runs');
	for (const { run, passed, seconds } of results) console.log(`run ${run}: ${passed ? 'passed' : 'FAILED'} in ${seconds} s`);
	if (results.length < RUNS || results.some(({ passed }) => !passed)) {
		console.log(`stopped after run ${results.length} of ${RUNS}`);
		process.exitCode = 1;
	}
}

void main();
