/* eslint-disable @n8n/community-nodes/no-dangerous-functions, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- a development script run by Node.js: never part of a published package */
/**
 * Running other programs from the tooling scripts: errors that carry the cause (the last
 * lines of the program's output), long steps that report progress, the environment of a
 * user's shell, and temporary folders that are removed on exit.
 */
import { execFile, spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The last `count` non-empty lines of a text, indented, for an error message. */
export function lastLines(text: string, count = 20, skip?: RegExp): string {
	const lines = text.split('\n').filter((line) => line.trim() !== '' && !skip?.test(line));
	return lines
		.slice(-count)
		.map((line) => `    ${line}`)
		.join('\n');
}

/**
 * The environment as a user's shell has it. `npm run` exports its configuration to the
 * scripts it starts — among it `npm_config_ignore_scripts=true` from this project's .npmrc,
 * which a child `npm rebuild` or `npm install` would obey.
 */
export function userShellEnv(base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
	const env = { ...base };
	for (const key of Object.keys(env)) {
		if (/^npm_(config_(ignore_scripts|local_prefix|call)|package_|lifecycle_|command$)/i.test(key)) delete env[key];
	}
	return env;
}

export interface RunOptions {
	cwd?: string;
	env?: NodeJS.ProcessEnv;
	/** Names the command in the error, e.g. "n8n import:credentials". */
	name?: string;
	/** Output lines that say nothing about a failure, left out of the error. */
	noise?: RegExp;
}

/** Runs a program to its end; a failure becomes an error with its exit code and the tail of its stderr. */
export async function run(command: string, args: string[], options: RunOptions = {}): Promise<{ stdout: string; stderr: string }> {
	return await new Promise((resolve, reject) => {
		const child = execFile(command, args, { cwd: options.cwd, env: options.env, maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
			if (!error) return resolve({ stdout, stderr });
			const output = stderr.trim() ? stderr : stdout;
			const failure = new Error(`${options.name ?? command} failed (${describeExit(error)})${output.trim() ? `; its last output:\n${lastLines(output, 20, options.noise)}` : ' and printed nothing'}`);
			Object.assign(failure, { stdout, stderr, code: error.code });
			reject(failure);
		});
		child.stdin?.end();
	});
}

function describeExit(error: { code?: unknown; signal?: unknown }): string {
	if (error.signal) return `killed by ${String(error.signal)}`;
	return typeof error.code === 'number' ? `exit code ${error.code}` : String(error.code ?? 'error');
}

export interface StepOptions extends RunOptions {
	/** Where the step's output goes (appended). */
	logFile: string;
	log: (text: string) => void;
	/** Extra words for the progress line, e.g. how many packages are in place. */
	progress?: () => string;
	everyMs?: number;
}

/** Runs a long step with its output in a log file, printing a line every 15 s; fails with the log's tail. */
export async function step(name: string, command: string, args: string[], options: StepOptions): Promise<void> {
	const started = Date.now();
	appendFileSync(options.logFile, `\n$ ${command} ${args.join(' ')}\n`);
	options.log(`${name}...`);
	const timer = setInterval(() => {
		const extra = options.progress?.() ?? '';
		options.log(`  ${name}: ${Math.round((Date.now() - started) / 1000)} s${extra ? `, ${extra}` : ''}`);
	}, options.everyMs ?? 15_000);
	try {
		const code = await new Promise<number | string>((resolve) => {
			const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
			child.stdout.on('data', (chunk: Buffer) => appendFileSync(options.logFile, chunk));
			child.stderr.on('data', (chunk: Buffer) => appendFileSync(options.logFile, chunk));
			child.on('error', (error) => resolve(error.message));
			child.on('close', (exitCode, signal) => resolve(exitCode ?? `killed by ${signal}`));
		});
		if (code !== 0) {
			const log = existsSync(options.logFile) ? readFileSync(options.logFile, 'utf8') : '';
			throw new Error(`${name} failed (${typeof code === 'number' ? `exit code ${code}` : code}); the last lines of ${options.logFile}:\n${lastLines(log)}`);
		}
		options.log(`  ${name}: done in ${Math.round((Date.now() - started) / 1000)} s`);
	} finally {
		clearInterval(timer);
	}
}

const temporary = new Set<string>();

/** A new folder under the system's temporary folder, removed by removeTemporaryFolders() or at exit. */
export function temporaryFolder(prefix: string): string {
	const folder = mkdtempSync(join(tmpdir(), prefix));
	temporary.add(folder);
	return folder;
}

export function removeTemporaryFolders(): void {
	for (const folder of temporary) rmSync(folder, { recursive: true, force: true });
	temporary.clear();
}

process.on('exit', removeTemporaryFolders);

/** Ctrl+C and SIGTERM end the process the normal way, so that temporary folders go too. */
export function exitOnSignals(cleanup: () => Promise<void> | void = () => undefined): void {
	let stopping = false;
	const stop = (code: number) => async () => {
		if (stopping) return;
		stopping = true;
		try {
			await cleanup();
		} finally {
			process.exit(code);
		}
	};
	process.on('SIGINT', stop(130));
	process.on('SIGTERM', stop(143));
}
